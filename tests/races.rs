//! The store's rules over a simulated second tab whose `storage` event has not arrived:
//! a save never writes over what it has not seen (it merges the reader's change into
//! what is stored, or refuses), a removal is never written back, a stale import plan
//! is never written, and "Forget" resets only what it removed. Issue 19.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{
    habit_keys, quiz_keys, ChecklistAction, ChecklistState, ForgetReport, PartChange, QuizAction,
    QuizPhase, QuizState, SelfCheckAction, SelfCheckState, StorageStatus,
};
use gut_skin_axis::storage::{
    Backend, Imported, MemoryBackend, Namespace, Slot, StorageError, Store,
};
use support_rs::{page, FailingBackend, Mounted, CHECKLIST, QUIZ};

const NO_TIPS: &[&str] = &[];

/// The checklist in a new tab of the browser that `backend` is the storage of.
fn checklist(backend: &Rc<MemoryBackend>) -> Mounted<ChecklistState> {
    Mounted::mount(&page(backend, &Namespace::none()), Slot::Checklist, NO_TIPS)
}

fn tick(id: &str) -> ChecklistAction {
    ChecklistAction::Toggle(id.into())
}

fn stored(backend: &MemoryBackend, key: &str) -> Option<String> {
    backend.get(key).expect("memory")
}

#[test]
fn a_tick_after_another_tabs_unseen_tick_keeps_both() {
    let backend = Rc::new(MemoryBackend::new());
    let (mut a, mut b) = (checklist(&backend), checklist(&backend));
    a.act(tick("a"));
    // B ticks before A's `storage` event reaches it.
    b.act(tick("b"));
    let both = r#"{"v":1,"ticked":["a","b"]}"#;
    assert_eq!(stored(&backend, CHECKLIST).as_deref(), Some(both));
    assert!(b.model.state.is_ticked("a"), "B shows what it merged into");
    assert_eq!(b.status(), StorageStatus::Saved);
    // An untick is an untick of that tip only, whatever the other tab did.
    a.act(tick("a"));
    b.act(tick("c"));
    let after = r#"{"v":1,"ticked":["b","c"]}"#;
    assert_eq!(stored(&backend, CHECKLIST).as_deref(), Some(after));
}

#[test]
fn a_removal_between_read_and_write_is_never_written_back() {
    let backend = Rc::new(MemoryBackend::new());
    let (mut a, mut b) = (checklist(&backend), checklist(&backend));
    a.act(tick("a"));
    b.storage_event();
    // Tab A forgets, then ticks "c"; none of this has reached B when B ticks "b".
    a.store.forget_all();
    a.forgotten_here();
    a.act(tick("c"));
    b.act(tick("b"));
    let kept = r#"{"v":1,"ticked":["b","c"]}"#;
    assert_eq!(
        stored(&backend, CHECKLIST).as_deref(),
        Some(kept),
        "the forgotten tick stays gone"
    );
    // A plain removal that B has not heard of: B's save is refused, nothing comes back.
    a.store.forget_all();
    b.act(tick("d"));
    assert_eq!(stored(&backend, CHECKLIST), None);
    assert!(b.model.state.ticked.is_empty());
}

#[test]
fn self_check_answers_merge_per_answer() {
    let backend = Rc::new(MemoryBackend::new());
    let open = || {
        Mounted::<SelfCheckState>::mount(
            &page(&backend, &Namespace::none()),
            Slot::SelfCheck,
            habit_keys(),
        )
    };
    let (mut a, mut b) = (open(), open());
    a.act(SelfCheckAction::Answer {
        question: 0,
        option: 1,
    });
    b.act(SelfCheckAction::Answer {
        question: 1,
        option: 2,
    });
    assert_eq!(&open().model.state.answers[..2], &[Some(1), Some(2)]);
}

#[test]
fn a_quiz_in_progress_refuses_and_shows_what_the_other_tab_saved() {
    let backend = Rc::new(MemoryBackend::new());
    let open = || {
        Mounted::<QuizState>::mount(&page(&backend, &Namespace::none()), Slot::Quiz, quiz_keys())
    };
    let (mut a, mut b) = (open(), open());
    a.act(QuizAction::Start(1));
    a.act(QuizAction::Select(0));
    a.act(QuizAction::Check);
    let progress = stored(&backend, QUIZ);
    b.act(QuizAction::Start(2));
    assert_eq!(
        stored(&backend, QUIZ),
        progress,
        "B's start is not saved over A's progress"
    );
    assert_eq!(b.model.state, a.model.state, "B shows A's progress");
    assert_eq!(b.model.state.phase, QuizPhase::Checked);
    assert_eq!(b.status(), StorageStatus::ChangedElsewhere);
    // B's next step builds on what it now shows, and saves.
    b.act(QuizAction::Next);
    assert_eq!(b.status(), StorageStatus::Saved);
    assert_ne!(stored(&backend, QUIZ), progress);
}

/// A file that adds the tick "x" and a quiz in progress.
const FILE: &str = r#"{"format":"gut-skin-axis-data","version":1,"exported":"2026-11-25","namespace":null,"data":{"checklist":{"v":1,"ticked":["x"]},"quiz":{"v":1,"phase":"asking","order":["a","b"],"option_orders":[[0,1],[1,0]],"position":1,"selected":null,"answers":[0,null],"saved":"2026-11-20T10:00:00.000Z"}}}"#;

#[test]
fn an_import_whose_plan_went_stale_is_planned_again_and_never_overwrites() {
    let backend = Rc::new(MemoryBackend::new());
    let store = page(&backend, &Namespace::none());
    let shown = store.plan_import(FILE).expect("valid");
    // While the plan shows, a newer version writes the quiz and another tab ticks "t".
    let newer = r#"{"v":99,"anything":true}"#;
    backend.set(QUIZ, newer).expect("memory");
    checklist(&backend).act(tick("t"));
    // "Import": the plan made now is not the one shown, so nothing is written...
    let outcome = store.import(FILE, &|now| now.changes == shown.changes);
    let Ok(Imported::Changed(now)) = outcome else {
        panic!("asked again, got {outcome:?}");
    };
    assert_eq!(
        now.changes,
        vec![PartChange::AddTicks(1), PartChange::ReadOnly(Slot::Quiz)]
    );
    assert_eq!(
        stored(&backend, CHECKLIST).as_deref(),
        Some(r#"{"v":1,"ticked":["t"]}"#)
    );
    // ...and confirming the new plan keeps the tick and leaves the newer data alone.
    let outcome = store.import(FILE, &|again| again.changes == now.changes);
    assert!(
        matches!(&outcome, Ok(Imported::Written { refused, .. }) if refused.is_empty()),
        "written: {outcome:?}"
    );
    assert_eq!(stored(&backend, QUIZ).as_deref(), Some(newer));
    assert_eq!(
        stored(&backend, CHECKLIST).as_deref(),
        Some(r#"{"v":1,"ticked":["t","x"]}"#)
    );
}

/// A browser whose storage refuses to remove the quiz's key.
struct StuckQuiz(MemoryBackend);

impl Backend for StuckQuiz {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match key == QUIZ {
            true => Err(StorageError::Other("refused".into())),
            false => self.0.remove(key),
        }
    }
}

#[test]
fn forget_resets_only_the_parts_it_removed_and_names_the_others() {
    let backend = Rc::new(StuckQuiz(MemoryBackend::new()));
    let store = Rc::new(Store::new(backend.clone(), &Namespace::none()));
    let mut list = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, NO_TIPS);
    let mut quiz = Mounted::<QuizState>::mount(&store, Slot::Quiz, quiz_keys());
    list.act(tick("a"));
    quiz.act(QuizAction::Start(1));
    assert_eq!(
        store.forget_all(),
        ForgetReport::Partly {
            removed: vec![Slot::Checklist],
            kept: vec![Slot::Quiz]
        }
    );
    list.forgotten_here();
    quiz.forgotten_here();
    assert!(list.model.state.ticked.is_empty());
    assert_eq!(
        quiz.model.state.phase,
        QuizPhase::Asking,
        "still stored, still shown"
    );
    // Both heard of the press, so the report (which names the quiz) shows.
    assert!(list.model.forget_pressed() && quiz.model.forget_pressed());
    // And it can still be saved: its generation did not move.
    quiz.act(QuizAction::Select(0));
    assert_eq!(quiz.status(), StorageStatus::Saved);
}

#[test]
fn a_forget_the_browser_refuses_entirely_leaves_every_part_and_is_still_reported() {
    let backend = Rc::new(FailingBackend::default());
    let store = page(&backend, &Namespace::none());
    let mut list = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, NO_TIPS);
    list.act(tick("a"));
    // removeItem throws (a SecurityError), as in a sandboxed frame that allows reads.
    *backend.write_error.borrow_mut() = Some(StorageError::Unavailable);
    assert_eq!(
        store.forget_all(),
        ForgetReport::Partly {
            removed: vec![],
            kept: vec![Slot::Checklist]
        }
    );
    list.forgotten_here();
    assert!(list.model.state.is_ticked("a"), "still stored, still shown");
    assert!(
        list.model.forget_pressed(),
        "the checklist shows the report that names its ticks"
    );
    assert_eq!(
        stored(&backend.inner, CHECKLIST).as_deref(),
        Some(r#"{"v":1,"ticked":["a"]}"#)
    );
}
