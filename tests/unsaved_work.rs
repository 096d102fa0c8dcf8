//! Work shown but never stored (storage blocked, or full): "Export my data" takes it, as it
//! is the reader's only way to keep it, and "Forget my data" asks about it, drops it and
//! names it. Parts are simulated as in the browser (`support_rs::Mounted`).
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{ChecklistAction, ChecklistState, ForgetReport, Json, StorageStatus};
use gut_skin_axis::storage::{
    json_text, parse_json, Backend, Namespace, Slot, StorageError, Store,
};
use support_rs::{page, FailingBackend, Mounted, CHECKLIST};

const TIPS: &[&str] = &["a", "b"];

fn tick(id: &str) -> ChecklistAction {
    ChecklistAction::Toggle(id.to_owned())
}

/// The ticks an export file holds for the checklist, if it holds the checklist.
fn exported_ticks(store: &Store) -> Option<String> {
    let field = |json: &Json, name: &str| match json {
        Json::Object(fields) => fields.get(name).cloned(),
        _ => None,
    };
    let file = parse_json(&store.export_text("2026-12-06"))?;
    let ticked = field(&field(&field(&file, "data")?, "checklist")?, "ticked")?;
    Some(json_text(&ticked))
}

#[test]
fn with_storage_blocked_export_takes_what_the_reader_sees() {
    let store = Rc::new(Store::memory_only(&Namespace::none()));
    assert!(!store.has_saved_data(), "nothing yet");
    let mut checklist = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, TIPS);
    checklist.act(tick("a"));
    assert_eq!(checklist.status(), StorageStatus::MemoryOnly);
    assert!(
        store.has_saved_data(),
        "there is something to export, and to ask about"
    );
    assert_eq!(exported_ticks(&store).as_deref(), Some(r#"["a"]"#));
}

#[test]
fn with_storage_full_export_takes_the_tick_the_browser_would_not_keep() {
    let backend = Rc::new(FailingBackend::default());
    let store = page(&backend, &Namespace::none());
    let mut checklist = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, TIPS);
    checklist.act(tick("a"));
    assert_eq!(checklist.status(), StorageStatus::Saved);
    *backend.write_error.borrow_mut() = Some(StorageError::QuotaExceeded);
    checklist.act(tick("b"));
    assert_eq!(checklist.status(), StorageStatus::StorageFull);
    assert_eq!(exported_ticks(&store).as_deref(), Some(r#"["a","b"]"#));
    // Once a save works again, the stored text is the reader's, and the export follows it.
    *backend.write_error.borrow_mut() = None;
    checklist.act(tick("b"));
    assert_eq!(exported_ticks(&store).as_deref(), Some(r#"["a"]"#));
}

#[test]
fn forget_drops_work_never_stored_and_names_it() {
    let store = Rc::new(Store::memory_only(&Namespace::none()));
    let mut checklist = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, TIPS);
    checklist.act(tick("a"));
    assert_eq!(
        store.forget_all(),
        ForgetReport::Removed(vec![Slot::Checklist])
    );
    checklist.forgotten_here();
    assert!(
        !checklist.model.state.is_ticked("a"),
        "the part starts again"
    );
    assert!(!store.has_saved_data(), "forget means forget");
    assert_eq!(exported_ticks(&store), None);
}

#[test]
fn forget_with_storage_full_names_a_part_only_once() {
    let backend = Rc::new(FailingBackend::default());
    let store = page(&backend, &Namespace::none());
    let mut checklist = Mounted::<ChecklistState>::mount(&store, Slot::Checklist, TIPS);
    checklist.act(tick("a"));
    *backend.write_error.borrow_mut() = Some(StorageError::QuotaExceeded);
    checklist.act(tick("b"));
    // A full quota still lets a key be removed.
    *backend.write_error.borrow_mut() = None;
    assert_eq!(
        store.forget_all(),
        ForgetReport::Removed(vec![Slot::Checklist])
    );
    assert_eq!(backend.inner.get(CHECKLIST).ok().flatten(), None);
    assert!(!store.has_saved_data());
}
