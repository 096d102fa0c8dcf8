//! Property tests: decoding never panics, and ticks survive any mix of actions and reloads.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::collections::BTreeSet;
use std::rc::Rc;

use proptest::prelude::*;

use gut_skin_axis::model::{ChecklistAction, ChecklistData, ChecklistState, StorageStatus};
use gut_skin_axis::storage::{decode, migrations, Backend, MemoryBackend, Namespace, Slot};
use support_rs::{page, Mounted};

/// The checklist's content in these storage tests: no tips are shown, so none are counted.
const NO_TIPS: &[&str] = &[];

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

fn open(backend: &Rc<MemoryBackend>) -> Mounted<ChecklistState> {
    Mounted::mount(&page(backend, &Namespace::none()), Slot::Checklist, NO_TIPS)
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(raw in stored_text()) {
        let _ = decode::<ChecklistData>(&raw, migrations(Slot::Checklist));
        let backend = Rc::new(MemoryBackend::new());
        let key = Namespace::none().key(Slot::Checklist);
        backend.set(&key, &raw).unwrap();
        let mut part = open(&backend);
        // Whatever was stored, the checklist loads and can be used...
        prop_assert!(part.model.loaded);
        let was_ticked = part.model.state.is_ticked("fibre-30g");
        part.act(ChecklistAction::Toggle("fibre-30g".into()));
        prop_assert_eq!(part.model.state.is_ticked("fibre-30g"), !was_ticked);
        // ...and the text is replaced only when this version may write over it.
        let kept = backend.get(&key).unwrap() == Some(raw.clone());
        prop_assert_eq!(kept, part.status() == StorageStatus::ReadOnlyNewer);
    }

    #[test]
    fn toggles_and_reloads_keep_exactly_the_ticks_set(steps in prop::collection::vec(step(), 0..60)) {
        let backend = Rc::new(MemoryBackend::new());
        let mut part = open(&backend);
        let mut expected: BTreeSet<String> = BTreeSet::new();
        let mut expected_undo: Option<BTreeSet<String>> = None;
        for step in steps {
            match step {
                Step::Toggle(index) => {
                    let id = TIP_IDS[index].to_string();
                    if !expected.remove(&id) {
                        expected.insert(id.clone());
                    }
                    expected_undo = None;
                    part.act(ChecklistAction::Toggle(id));
                }
                Step::ClearAll => {
                    if !expected.is_empty() {
                        expected_undo = Some(std::mem::take(&mut expected));
                    }
                    part.act(ChecklistAction::ClearAll);
                }
                Step::Undo => {
                    if let Some(previous) = expected_undo.take() {
                        expected = previous;
                    }
                    part.act(ChecklistAction::Undo);
                }
                Step::UndoExpired => {
                    expected_undo = None;
                    part.act(ChecklistAction::UndoExpired);
                }
                Step::Reload => {
                    expected_undo = None;
                    part = open(&backend);
                }
            }
            // A BTreeSet is the reference for the model's own small set.
            prop_assert!(part.model.state.ticked.iter().eq(expected.iter()));
            let undo = part.model.state.undo.as_ref().map(|set| set.iter().cloned().collect::<Vec<_>>());
            prop_assert_eq!(undo, expected_undo.as_ref().map(|set| set.iter().cloned().collect::<Vec<_>>()));
            prop_assert_eq!(part.status(), StorageStatus::Saved);
            // What is stored always matches the screen: every change was saved.
            prop_assert!(open(&backend).model.state.ticked.iter().eq(expected.iter()));
        }
    }
}
