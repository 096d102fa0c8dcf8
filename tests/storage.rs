//! The storage adapter against in-memory and failing backends.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gut_skin_axis::model::{ChecklistAction, ChecklistState, ForgetReport, StorageStatus};
use gut_skin_axis::storage::{
    Backend, ChecklistStore, MemoryBackend, Namespace, Slot, StorageError,
};

/// A backend whose reads, writes or both fail in a chosen way.
#[derive(Default)]
struct FailingBackend {
    inner: MemoryBackend,
    read_error: Option<StorageError>,
    write_error: RefCell<Option<StorageError>>,
}

impl Backend for FailingBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.read_error {
            Some(error) => Err(error.clone()),
            None => self.inner.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &*self.write_error.borrow() {
            Some(error) => Err(error.clone()),
            None => self.inner.set(key, value),
        }
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match &*self.write_error.borrow() {
            Some(error) => Err(error.clone()),
            None => self.inner.remove(key),
        }
    }
}

fn ids(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|id| id.to_string()).collect()
}

fn key() -> String {
    Namespace::none().key(Slot::Checklist)
}

#[test]
fn keys_are_prefixed_and_namespaced() {
    assert_eq!(
        Namespace::none().key(Slot::Checklist),
        "gut-skin-axis:checklist"
    );
    let named = Namespace::named("mysite").expect("valid");
    assert_eq!(named.key(Slot::Checklist), "gut-skin-axis@mysite:checklist");
    for bad in ["", "My Site", "a:b", "x".repeat(33).as_str(), "é"] {
        assert_eq!(Namespace::named(bad), None, "{bad:?}");
    }
}

#[test]
fn ticks_round_trip_in_a_versioned_envelope() {
    let backend = Rc::new(MemoryBackend::new());
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    assert_eq!(
        store.save(&ids(&["sleep-7h", "fibre-30g"])),
        StorageStatus::Saved
    );
    let raw = backend.get(&key()).unwrap().unwrap();
    assert_eq!(raw, r#"{"v":1,"ticked":["fibre-30g","sleep-7h"]}"#);
    assert_eq!(
        store.load(),
        (ids(&["fibre-30g", "sleep-7h"]), StorageStatus::Saved)
    );
}

#[test]
fn nothing_stored_loads_empty_and_saveable() {
    let store = ChecklistStore::new(Rc::new(MemoryBackend::new()), &Namespace::none());
    assert_eq!(store.load(), (BTreeSet::new(), StorageStatus::Saved));
}

#[test]
fn corrupt_or_misshapen_data_starts_fresh() {
    for raw in [
        "not json",
        "[]",
        "{}",
        r#"{"v":0,"ticked":[]}"#,
        r#"{"v":-1,"ticked":[]}"#,
        r#"{"v":"1","ticked":[]}"#,
        r#"{"v":1}"#,
        r#"{"v":1,"ticked":"fibre-30g"}"#,
        r#"{"v":1,"ticked":[1,2]}"#,
    ] {
        let backend = Rc::new(MemoryBackend::new());
        backend.set(&key(), raw).unwrap();
        let store = ChecklistStore::new(backend, &Namespace::none());
        assert_eq!(
            store.load(),
            (BTreeSet::new(), StorageStatus::StartedFresh),
            "{raw}"
        );
    }
}

#[test]
fn newer_versions_are_read_where_understood_and_never_overwritten() {
    let backend = Rc::new(MemoryBackend::new());
    let newer = r#"{"v":7,"ticked":["fibre-30g"],"colour":"blue"}"#;
    backend.set(&key(), newer).unwrap();
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    let (ticked, status) = store.load();
    assert_eq!(
        (ticked.clone(), status),
        (ids(&["fibre-30g"]), StorageStatus::ReadOnlyNewer)
    );

    // The reducer refuses to save it, whatever the reader does.
    let state = ChecklistState::default()
        .reduce(ChecklistAction::Loaded(ticked, status))
        .reduce(ChecklistAction::Toggle("sleep-7h".into()));
    assert!(!state.can_save());
    assert_eq!(backend.get(&key()).unwrap().as_deref(), Some(newer));

    backend
        .set(&key(), r#"{"v":9,"ticks":{"a":true}}"#)
        .unwrap();
    assert_eq!(
        store.load(),
        (BTreeSet::new(), StorageStatus::ReadOnlyNewer)
    );
}

#[test]
fn blocked_storage_works_in_memory_and_says_so() {
    let backend = Rc::new(FailingBackend {
        read_error: Some(StorageError::Unavailable),
        ..Default::default()
    });
    let store = ChecklistStore::new(backend, &Namespace::none());
    assert_eq!(store.load(), (BTreeSet::new(), StorageStatus::MemoryOnly));
    let memory = ChecklistStore::memory_only(&Namespace::none());
    assert_eq!(memory.load().1, StorageStatus::MemoryOnly);
    assert_eq!(memory.save(&ids(&["a"])), StorageStatus::MemoryOnly);
}

#[test]
fn a_full_quota_keeps_the_tick_and_reports_it() {
    let backend = Rc::new(FailingBackend::default());
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    let state = ChecklistState::default().reduce(ChecklistAction::Loaded(
        BTreeSet::new(),
        StorageStatus::Saved,
    ));
    *backend.write_error.borrow_mut() = Some(StorageError::QuotaExceeded);
    let state = state.reduce(ChecklistAction::Toggle("fibre-30g".into()));
    let saved = store.save(&state.ticked);
    let state = state.reduce(ChecklistAction::SaveResult(saved));
    assert_eq!(state.status, StorageStatus::StorageFull);
    assert!(state.is_ticked("fibre-30g"), "the tick stays on screen");

    *backend.write_error.borrow_mut() = None;
    let state = state.reduce(ChecklistAction::Toggle("sleep-7h".into()));
    let saved = store.save(&state.ticked);
    let state = state.reduce(ChecklistAction::SaveResult(saved));
    assert_eq!(state.status, StorageStatus::Saved);
    assert_eq!(store.load().0, ids(&["fibre-30g", "sleep-7h"]));
}

#[test]
fn storage_revoked_mid_session_falls_back_to_memory() {
    let backend = Rc::new(FailingBackend::default());
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    *backend.write_error.borrow_mut() = Some(StorageError::Unavailable);
    assert_eq!(store.save(&ids(&["a"])), StorageStatus::MemoryOnly);
    *backend.write_error.borrow_mut() = Some(StorageError::Other("weird".into()));
    assert_eq!(store.save(&ids(&["a"])), StorageStatus::SaveFailed);
}

#[test]
fn ticks_follow_ids_when_tips_are_reordered_added_or_retired() {
    let backend = Rc::new(MemoryBackend::new());
    let store = ChecklistStore::new(backend, &Namespace::none());
    store.save(&ids(&["fibre-30g", "retired-tip"]));
    let state = ChecklistState::default().reduce({
        let (ticked, status) = store.load();
        ChecklistAction::Loaded(ticked, status)
    });
    // A new list: reordered, one tip added, "retired-tip" gone.
    let current = ["new-tip", "sleep-7h", "fibre-30g"];
    assert_eq!(state.done_among(current), 1);
    assert!(state.is_ticked("fibre-30g"));
    assert!(!state.is_ticked("new-tip"));
    // The retired tick is kept, so bringing the tip back restores it.
    let state = state.reduce(ChecklistAction::Toggle("sleep-7h".into()));
    store.save(&state.ticked);
    assert_eq!(
        store.load().0,
        ids(&["fibre-30g", "retired-tip", "sleep-7h"])
    );
}

#[test]
fn forget_removes_only_the_apps_keys() {
    let backend = Rc::new(MemoryBackend::new());
    backend.set("host-page-setting", "keep me").unwrap();
    backend
        .set("gut-skin-axis-lookalike", "keep me too")
        .unwrap();
    let other = Namespace::named("othersite").unwrap();
    ChecklistStore::new(backend.clone(), &other).save(&ids(&["a"]));
    let store = ChecklistStore::new(backend.clone(), &Namespace::none());
    assert_eq!(
        store.forget(),
        ForgetReport::Removed(vec![]),
        "nothing stored yet"
    );
    store.save(&ids(&["a"]));
    assert_eq!(
        store.forget(),
        ForgetReport::Removed(vec![Slot::Checklist.label()])
    );
    assert_eq!(
        backend.keys(),
        vec![
            "gut-skin-axis-lookalike".to_string(),
            "gut-skin-axis@othersite:checklist".to_string(),
            "host-page-setting".to_string(),
        ]
    );
}

#[test]
fn forget_reports_failure_when_storage_is_unreachable() {
    let backend = Rc::new(FailingBackend {
        read_error: Some(StorageError::Unavailable),
        ..Default::default()
    });
    let store = ChecklistStore::new(backend, &Namespace::none());
    assert_eq!(store.forget(), ForgetReport::Failed);
    assert_eq!(
        ChecklistStore::memory_only(&Namespace::none()).forget(),
        ForgetReport::Removed(vec![])
    );
}

#[test]
fn namespaces_never_mix() {
    let backend = Rc::new(MemoryBackend::new());
    let a = ChecklistStore::new(backend.clone(), &Namespace::named("a").unwrap());
    let b = ChecklistStore::new(backend.clone(), &Namespace::named("b").unwrap());
    a.save(&ids(&["fibre-30g"]));
    assert_eq!(b.load().0, BTreeSet::new());
    assert_eq!(a.load().0, ids(&["fibre-30g"]));
}
