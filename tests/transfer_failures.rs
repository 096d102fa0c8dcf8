//! An import the browser will not store (storage full or blocked), in whole or in part:
//! what it could not write is named, what it could is written, and no part on the page
//! loses what it shows, unsaved work included, or is told another tab removed anything.
//! Parts are simulated as in the browser (`support_rs::Mounted`); the hook has the parts
//! of each written key read it again, and only those.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{
    quiz_keys, ChecklistAction, ChecklistState, PartNotice, QuizAction, QuizState, StorageStatus,
};
use gut_skin_axis::storage::{Backend, Imported, MemoryBackend, Namespace, Slot, StorageError};
use support_rs::{page, FailingBackend, Mounted, CHECKLIST, QUIZ};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

const NO_TIPS: &[&str] = &[];

/// An export from another browser that ticked "x" and, if `with_quiz`, reached the quiz's
/// second question.
fn file(with_quiz: bool) -> String {
    let source = page(&Rc::new(MemoryBackend::new()), &Namespace::none());
    Mounted::<ChecklistState>::mount(&source, Slot::Checklist, NO_TIPS).act(tick("x"));
    if with_quiz {
        second_question(&mut Mounted::mount(&source, Slot::Quiz, quiz_keys()));
    }
    source.export_text("2026-11-25")
}

fn second_question(quiz: &mut Mounted<QuizState>) {
    for action in [
        QuizAction::Start(1),
        QuizAction::Select(0),
        QuizAction::Check,
        QuizAction::Next,
    ] {
        quiz.act(action);
    }
}

fn tick(id: &str) -> ChecklistAction {
    ChecklistAction::Toggle(id.into())
}

/// The page's reaction to an import that was written: the parts of each written key read
/// it again, as `components::persist::import_into` has them do.
fn tell_parts(
    outcome: &Imported,
    list: &mut Mounted<ChecklistState>,
    quiz: &mut Mounted<QuizState>,
) {
    let Imported::Written { written, .. } = outcome else {
        panic!("written, got {outcome:?}");
    };
    for slot in written {
        match slot {
            Slot::Checklist => list.storage_event(),
            Slot::Quiz => quiz.storage_event(),
            _ => {}
        }
    }
}

#[test]
fn an_import_the_browser_refuses_changes_nothing_and_names_what_was_not_saved() {
    for error in [
        StorageError::QuotaExceeded,
        StorageError::Unavailable,
        StorageError::Other("refused".into()),
    ] {
        let backend = Rc::new(FailingBackend::default());
        *backend.write_error.borrow_mut() = Some(error.clone());
        let store = page(&backend, &Namespace::none());
        let mut list = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, NO_TIPS);
        let mut quiz = Mounted::<QuizState>::mount(&store, Slot::Quiz, quiz_keys());
        // Work the browser would not save: on screen only.
        second_question(&mut quiz);
        list.act(tick("a"));
        list.act(tick("b"));
        let (quiz_before, list_before) = (quiz.model.clone(), list.model.clone());
        let (list_status, quiz_status) = (list.status(), quiz.status());
        assert_ne!(list_status, StorageStatus::Saved, "{error:?}");

        let shown = store.plan_import(&file(false)).expect("valid");
        let outcome = store
            .import(&file(false), &|now| now.changes == shown.changes)
            .expect("valid");
        let Imported::Written { written, refused } = &outcome else {
            panic!("written, got {outcome:?}");
        };
        assert_eq!(
            (written, refused),
            (&vec![], &vec![Slot::Checklist]),
            "{error:?}"
        );
        assert!(backend.inner.keys().is_empty(), "{error:?}");
        tell_parts(&outcome, &mut list, &mut quiz);
        assert_eq!(list.model, list_before, "{error:?}: the ticks stay");
        assert_eq!(quiz.model, quiz_before, "{error:?}: the quiz stays");

        // Even a part that reads its key again (another tab cleared the site's storage,
        // say) keeps its work: nothing is stored and nothing it showed was removed.
        list.storage_event();
        quiz.storage_event();
        assert_eq!(
            list.model.state.ticked,
            ["a", "b"].map(String::from).into_iter().collect()
        );
        assert_eq!(quiz.model.state, quiz_before.state, "{error:?}");
        for notice in [list.model.notice(), quiz.model.notice()] {
            assert_ne!(notice, Some(PartNotice::RemovedElsewhere), "{error:?}");
        }
        assert_eq!((list.status(), quiz.status()), (list_status, quiz_status));
    }
}

/// A browser whose storage is full for the checklist's key only.
struct FullChecklist(MemoryBackend);

impl Backend for FullChecklist {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match key == CHECKLIST {
            true => Err(StorageError::QuotaExceeded),
            false => self.0.set(key, value),
        }
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.0.remove(key)
    }
}

#[test]
fn an_import_stored_in_part_writes_every_key_it_can_and_keeps_the_rest_as_shown() {
    let backend = Rc::new(FullChecklist(MemoryBackend::new()));
    backend
        .0
        .set(CHECKLIST, r#"{"v":1,"ticked":["a"]}"#)
        .expect("memory");
    let store = page(&backend, &Namespace::none());
    let mut list = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, NO_TIPS);
    let mut quiz = Mounted::<QuizState>::mount(&store, Slot::Quiz, quiz_keys());
    list.act(tick("b")); // Shown, not saved: the quota is full.
    assert_eq!(list.status(), StorageStatus::StorageFull);

    let shown = store.plan_import(&file(true)).expect("valid");
    let outcome = store
        .import(&file(true), &|now| now.changes == shown.changes)
        .expect("valid");
    let Imported::Written { written, refused } = &outcome else {
        panic!("written, got {outcome:?}");
    };
    // The checklist comes first, and its refusal keeps the quiz from nothing.
    assert_eq!(
        (written, refused),
        (&vec![Slot::Quiz], &vec![Slot::Checklist])
    );
    assert!(backend.get(QUIZ).expect("memory").is_some());
    assert_eq!(
        backend.get(CHECKLIST).expect("memory").as_deref(),
        Some(r#"{"v":1,"ticked":["a"]}"#)
    );
    tell_parts(&outcome, &mut list, &mut quiz);
    assert_eq!(
        list.model.state.ticked,
        ["a", "b"].map(String::from).into_iter().collect(),
        "the unsaved tick is still shown"
    );
    assert_eq!(
        list.model.notice(),
        Some(PartNotice::Status(StorageStatus::StorageFull))
    );
    assert_eq!(
        quiz.model.state.position, 1,
        "the quiz shows the imported one"
    );
    assert_eq!(quiz.model.notice(), None);
}

#[test]
fn the_outcome_names_what_the_browser_would_not_store() {
    use gut_skin_axis::components::import_outcome;
    assert!(import_outcome(&[]).starts_with(pick("Imported.", "Importación hecha.")));
    assert_eq!(
        import_outcome(&[Slot::Checklist, Slot::SelfCheckResult]),
        pick(
            "This browser would not save the file's checklist and last self-check result, so what you had there still shows. The file's other parts, if any, were saved.",
            "Este navegador no permitió guardar lo siguiente del archivo: lista de hábitos y último resultado de la autoevaluación. Ahí se sigue mostrando lo que usted tenía. Las demás partes del archivo, si las hay, sí se guardaron."
        )
    );
}
