//! Property tests: decoding never panics, and ticks survive any mix of actions and reloads.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::rc::Rc;

use proptest::prelude::*;

use gut_skin_axis::model::{ChecklistAction, ChecklistState};
use gut_skin_axis::storage::{
    decode, Backend, ChecklistData, ChecklistStore, MemoryBackend, Namespace, Slot,
    CHECKLIST_MIGRATIONS,
};

const TIP_IDS: [&str; 6] = [
    "fibre-30g",
    "sleep-7h",
    "plants-30-week",
    "a",
    "b",
    "retired",
];

#[derive(Debug, Clone)]
enum Step {
    Toggle(usize),
    ClearAll,
    Undo,
    UndoExpired,
    Reload,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..TIP_IDS.len()).prop_map(Step::Toggle),
        1 => Just(Step::ClearAll),
        1 => Just(Step::Undo),
        1 => Just(Step::UndoExpired),
        2 => Just(Step::Reload),
    ]
}

/// Text that is often close to a real envelope, to reach the deeper branches.
fn stored_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\{\"v\":-?[0-9]{1,20}(\\.[0-9])?,\"ticked\":\\[(\"[a-z0-9-]{0,12}\",?){0,4}\\]\\}",
        "\\{\"v\":[0-9],\"ticked\":(null|true|\\{\\}|\\[1\\]|\"x\")\\}",
        "[\\[\\]\\{\\}\":,v0-9a-z ]{0,40}",
    ]
}

fn open(backend: &Rc<MemoryBackend>) -> (ChecklistStore, ChecklistState) {
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    let (ticked, status) = store.load();
    let state = ChecklistState::default().reduce(ChecklistAction::Loaded(ticked, status));
    (store, state)
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(raw in stored_text()) {
        let _ = decode::<ChecklistData>(&raw, CHECKLIST_MIGRATIONS);
        let backend = Rc::new(MemoryBackend::new());
        backend.set(&Namespace::none().key(Slot::Checklist), &raw).unwrap();
        let (store, state) = open(&backend);
        // Whatever was stored, the checklist loads and can be used.
        let state = state.reduce(ChecklistAction::Toggle("fibre-30g".into()));
        let _ = store.save(&state.ticked);
    }

    #[test]
    fn toggles_and_reloads_keep_exactly_the_ticks_set(steps in prop::collection::vec(step(), 0..60)) {
        let backend = Rc::new(MemoryBackend::new());
        let (mut store, mut state) = open(&backend);
        let mut expected: BTreeSet<String> = BTreeSet::new();
        let mut expected_undo: Option<BTreeSet<String>> = None;
        for step in steps {
            let before = state.revision;
            match step {
                Step::Toggle(index) => {
                    let id = TIP_IDS[index].to_string();
                    if !expected.remove(&id) {
                        expected.insert(id.clone());
                    }
                    expected_undo = None;
                    state = state.reduce(ChecklistAction::Toggle(id));
                }
                Step::ClearAll => {
                    if !expected.is_empty() {
                        expected_undo = Some(std::mem::take(&mut expected));
                    }
                    state = state.reduce(ChecklistAction::ClearAll);
                }
                Step::Undo => {
                    if let Some(previous) = expected_undo.take() {
                        expected = previous;
                    }
                    state = state.reduce(ChecklistAction::Undo);
                }
                Step::UndoExpired => {
                    expected_undo = None;
                    state = state.reduce(ChecklistAction::UndoExpired);
                }
                Step::Reload => {
                    expected_undo = None;
                    (store, state) = open(&backend);
                }
            }
            // The component saves after every local change; do the same here.
            if state.revision != before && state.can_save() {
                let saved = store.save(&state.ticked);
                state = state.reduce(ChecklistAction::SaveResult(saved));
            }
            prop_assert_eq!(&state.ticked, &expected);
            prop_assert!(state.revision >= before || matches!(step, Step::Reload));
        }
        let (_, reloaded) = open(&backend);
        prop_assert_eq!(reloaded.ticked, expected);
    }
}
