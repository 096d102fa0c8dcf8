//! The storage rules across tabs and after "Forget my data", for every part:
//! forgotten keys are never written back, newer data is never overwritten, and
//! each tab follows the others. Two tabs are two stores over one backend.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::content::HABITS;
use gut_skin_axis::model::{
    habit_keys, quiz_keys, ChecklistAction, ChecklistState, LastResult, LastResultAction,
    QuizAction, QuizPhase, QuizState, Removal, SavedResult, SelfCheckAction, SelfCheckState,
    StorageStatus,
};
use gut_skin_axis::storage::{Backend, MemoryBackend, Namespace, Refused, Slot};
use support_rs::{page, Mounted};

/// The checklist's content in these storage tests: no tips are shown, so none are counted.
const NO_TIPS: &[&str] = &[];

/// Every part of one tab.
struct Tab {
    checklist: Mounted<ChecklistState>,
    quiz: Mounted<QuizState>,
    self_check: Mounted<SelfCheckState>,
    last: Mounted<LastResult>,
}

impl Tab {
    fn open(backend: &Rc<MemoryBackend>) -> Self {
        let store = page(backend, &Namespace::none());
        Self {
            checklist: Mounted::mount(&store, Slot::Checklist, NO_TIPS),
            quiz: Mounted::mount(&store, Slot::Quiz, quiz_keys()),
            self_check: Mounted::mount(&store, Slot::SelfCheck, habit_keys()),
            last: Mounted::mount(&store, Slot::SelfCheckResult, &()),
        }
    }

    /// Answers the first quiz question and ticks two tips, as in the issue.
    fn make_progress(&mut self) {
        self.quiz.act(QuizAction::Start(7));
        self.quiz.act(QuizAction::Select(0));
        self.quiz.act(QuizAction::Check);
        self.checklist
            .act(ChecklistAction::Toggle("fibre-30g".into()));
        self.checklist
            .act(ChecklistAction::Toggle("sleep-7h".into()));
        self.self_check.act(SelfCheckAction::Answer {
            question: 0,
            option: 2,
        });
        self.last.act(LastResultAction::Record(SavedResult {
            score: 9,
            max: 16,
            weakest: vec![],
            areas: vec![],
            date: "2026-11-25".into(),
        }));
    }

    /// The `storage` events for every key arrive.
    fn storage_events(&mut self) {
        self.checklist.storage_event();
        self.quiz.storage_event();
        self.self_check.storage_event();
        self.last.storage_event();
    }
}

fn stored_keys(backend: &MemoryBackend) -> Vec<String> {
    backend.keys()
}

#[test]
fn a_forget_in_one_tab_resets_every_part_of_the_other_and_nothing_comes_back() {
    let backend = Rc::new(MemoryBackend::new());
    let mut b = Tab::open(&backend);
    b.make_progress();
    assert_eq!(stored_keys(&backend).len(), 4, "all four parts saved");
    let a = Tab::open(&backend);
    a.checklist.store.forget_all();
    assert!(stored_keys(&backend).is_empty());

    b.storage_events();
    assert_eq!(b.quiz.model.state.phase, QuizPhase::Start);
    assert!(b.checklist.model.state.ticked.is_empty());
    assert_eq!(b.self_check.model.state.answers, vec![None; HABITS.len()]);
    assert_eq!(b.last.model.state, LastResult(None));
    for removed in [
        b.quiz.model.removed,
        b.checklist.model.removed,
        b.self_check.model.removed,
        b.last.model.removed,
    ] {
        assert_eq!(removed, Some(Removal::Elsewhere));
    }
    // The next action starts afresh, and only what it creates is stored.
    b.quiz.act(QuizAction::Start(8));
    assert_eq!(
        stored_keys(&backend),
        vec!["gut-skin-axis:quiz".to_string()]
    );
    assert_eq!(
        b.quiz.model.removed, None,
        "the notice goes once the reader acts"
    );
}

#[test]
fn state_from_before_a_forget_is_refused_even_before_the_event_arrives() {
    let backend = Rc::new(MemoryBackend::new());
    let mut b = Tab::open(&backend);
    b.make_progress();
    Tab::open(&backend).checklist.store.forget_all();
    // Tab B acts before its `storage` event: the store notices the removal itself.
    b.quiz.act(QuizAction::Next);
    assert_eq!(backend.get("gut-skin-axis:quiz").unwrap(), None);
    assert_eq!(b.quiz.model.state.phase, QuizPhase::Start);
    assert_eq!(b.quiz.model.removed, Some(Removal::Elsewhere));
    // Whatever a caller tries with the old generation is refused.
    let store = &b.quiz.store;
    let old = store.generation(Slot::Quiz) - 1;
    let saved = gut_skin_axis::model::SavedQuiz {
        phase: QuizPhase::Asking,
        order: vec![],
        option_orders: vec![],
        position: 0,
        selected: None,
        answers: vec![],
    };
    assert_eq!(store.save(Slot::Quiz, &saved, old), Err(Refused::Stale));
    assert_eq!(backend.get("gut-skin-axis:quiz").unwrap(), None);
}

#[test]
fn a_forget_on_this_page_resets_the_other_parts_which_cannot_write_back() {
    let backend = Rc::new(MemoryBackend::new());
    let mut tab = Tab::open(&backend);
    tab.make_progress();
    let before = tab.quiz.model.clone();
    tab.checklist.store.forget_all();
    // A save from the quiz's old state, before its reset arrives, is refused...
    let pending = before.pending_save();
    assert!(pending.is_some(), "the old state had something to save");
    let next = tab
        .quiz
        .store
        .save_pending::<QuizState>(Slot::Quiz, pending, quiz_keys());
    assert!(matches!(
        next,
        Some(gut_skin_axis::model::PersistedAction::External(_))
    ));
    assert_eq!(backend.get("gut-skin-axis:quiz").unwrap(), None);
    // ...and the page event resets every part without a notice of another tab.
    tab.quiz.forgotten_here();
    tab.self_check.forgotten_here();
    assert_eq!(tab.quiz.model.state.phase, QuizPhase::Start);
    assert_eq!(tab.quiz.model.removed, Some(Removal::Here));
    tab.self_check.act(SelfCheckAction::Answer {
        question: 1,
        option: 1,
    });
    assert_eq!(
        stored_keys(&backend),
        vec!["gut-skin-axis:self-check".to_string()]
    );
}

#[test]
fn newer_data_written_after_load_by_another_tab_is_never_overwritten() {
    let backend = Rc::new(MemoryBackend::new());
    let mut a = Tab::open(&backend);
    a.checklist.act(ChecklistAction::Toggle("fibre-30g".into()));
    let newer = r#"{"v":999,"ticked":["sleep-7h"],"extra":1}"#;
    backend.set("gut-skin-axis:checklist", newer).unwrap();
    // Even before the event arrives, the next tick does not replace it...
    a.checklist
        .act(ChecklistAction::Toggle("plants-30-week".into()));
    assert_eq!(
        backend.get("gut-skin-axis:checklist").unwrap().as_deref(),
        Some(newer)
    );
    assert_eq!(a.checklist.status(), StorageStatus::ReadOnlyNewer);
    // ...nor any later one, even after the other tab goes back to version 1.
    a.checklist.storage_event();
    backend
        .set("gut-skin-axis:checklist", r#"{"v":1,"ticked":[]}"#)
        .unwrap();
    a.checklist.storage_event();
    a.checklist.act(ChecklistAction::Toggle("sleep-7h".into()));
    assert_eq!(
        backend.get("gut-skin-axis:checklist").unwrap().as_deref(),
        Some(r#"{"v":1,"ticked":[]}"#)
    );
    assert_eq!(a.checklist.status(), StorageStatus::ReadOnlyNewer);
}

#[test]
fn progress_saved_in_one_tab_shows_in_the_other() {
    let backend = Rc::new(MemoryBackend::new());
    let mut a = Tab::open(&backend);
    let mut b = Tab::open(&backend);
    b.make_progress();
    a.storage_events();
    assert_eq!(a.quiz.model.state, b.quiz.model.state);
    assert_eq!(
        a.checklist.model.state.ticked,
        b.checklist.model.state.ticked
    );
    assert_eq!(a.self_check.model.state, b.self_check.model.state);
    assert_eq!(a.last.model.state, b.last.model.state);
    assert_eq!(
        a.quiz.model.revision, 0,
        "following another tab saves nothing"
    );
}

#[test]
fn corrupt_data_from_another_tab_starts_the_part_fresh_with_its_notice() {
    let backend = Rc::new(MemoryBackend::new());
    let mut a = Tab::open(&backend);
    a.make_progress();
    for (key, raw) in [
        (
            "gut-skin-axis:quiz",
            r#"{"v":1,"phase":"asking","order":["x"],"position":18446744073709551615}"#,
        ),
        (
            "gut-skin-axis:self-check",
            r#"{"v":1,"answers":[9,9],"submitted":true}"#,
        ),
        ("gut-skin-axis:checklist", "{not json"),
        (
            "gut-skin-axis:self-check-result",
            r#"{"v":1,"score":99,"max":16,"weakest":[],"date":"x"}"#,
        ),
    ] {
        backend.set(key, raw).unwrap();
    }
    a.storage_events();
    for status in [
        a.quiz.status(),
        a.self_check.status(),
        a.checklist.status(),
        a.last.status(),
    ] {
        assert_eq!(status, StorageStatus::StartedFresh);
    }
    assert_eq!(a.quiz.model.state.phase, QuizPhase::Start);
    a.quiz.act(QuizAction::Start(1));
    assert_eq!(a.quiz.status(), StorageStatus::Saved, "still works");
}
