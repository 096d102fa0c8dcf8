//! The storage adapter and the persisted-part model against in-memory and failing backends.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{
    ChecklistAction, ChecklistData, ChecklistState, ForgetReport, Snapshot, StorageStatus, Stored,
    TickSet,
};
use gut_skin_axis::storage::{Backend, MemoryBackend, Namespace, Slot, StorageError, Store};
use support_rs::{page, FailingBackend, Mounted};

/// The checklist's content in these storage tests: no tips are shown, so none are counted.
const NO_TIPS: &[&str] = &[];

fn ids(list: &[&str]) -> TickSet {
    list.iter().map(|id| id.to_string()).collect()
}

fn key() -> String {
    Namespace::none().key(Slot::Checklist)
}

fn data(list: &[&str]) -> ChecklistData {
    ChecklistData {
        ticked: list.iter().map(|id| id.to_string()).collect(),
    }
}

fn checklist(store: &Rc<Store>) -> Mounted<ChecklistState> {
    Mounted::mount(store, Slot::Checklist, NO_TIPS)
}

fn toggle(id: &str) -> ChecklistAction {
    ChecklistAction::Toggle(id.into())
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
    let store = page(&backend, &Namespace::none());
    assert_eq!(
        store.save(Slot::Checklist, &data(&["fibre-30g", "sleep-7h"]), 0),
        Ok(StorageStatus::Saved)
    );
    let raw = backend.get(&key()).unwrap().unwrap();
    assert_eq!(raw, r#"{"v":1,"ticked":["fibre-30g","sleep-7h"]}"#);
    let reloaded = checklist(&page(&backend, &Namespace::none()));
    assert_eq!(reloaded.model.state.ticked, ids(&["fibre-30g", "sleep-7h"]));
    assert_eq!(reloaded.status(), StorageStatus::Saved);
}

#[test]
fn nothing_stored_loads_empty_and_saveable() {
    let store = page(&Rc::new(MemoryBackend::new()), &Namespace::none());
    assert_eq!(
        store.read::<ChecklistData>(Slot::Checklist),
        Snapshot {
            stored: Stored::Absent,
            generation: 0
        }
    );
    let part = checklist(&store);
    assert!(part.model.can_save() && part.model.state.ticked.is_empty());
}

#[test]
fn corrupt_or_misshapen_data_starts_fresh_and_is_replaced_by_the_next_change() {
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
        let mut part = checklist(&page(&backend, &Namespace::none()));
        assert_eq!(part.status(), StorageStatus::StartedFresh, "{raw}");
        assert!(part.model.state.ticked.is_empty(), "{raw}");
        part.act(toggle("a"));
        assert_eq!(part.status(), StorageStatus::Saved, "{raw}");
        assert_eq!(
            backend.get(&key()).unwrap().as_deref(),
            Some(r#"{"v":1,"ticked":["a"]}"#)
        );
    }
}

#[test]
fn newer_versions_are_read_where_understood_and_never_overwritten() {
    let backend = Rc::new(MemoryBackend::new());
    let newer = r#"{"v":7,"ticked":["fibre-30g"],"colour":"blue"}"#;
    backend.set(&key(), newer).unwrap();
    let store = page(&backend, &Namespace::none());
    let mut part = checklist(&store);
    assert_eq!(part.model.state.ticked, ids(&["fibre-30g"]));
    assert_eq!(part.status(), StorageStatus::ReadOnlyNewer);

    // The reader's tick shows, but nothing is written, whatever the caller tries.
    part.act(toggle("sleep-7h"));
    assert!(part.model.state.is_ticked("sleep-7h"));
    assert_eq!(
        store.save(
            Slot::Checklist,
            &data(&["x"]),
            store.generation(Slot::Checklist)
        ),
        Err(gut_skin_axis::storage::Refused::Newer)
    );
    assert_eq!(backend.get(&key()).unwrap().as_deref(), Some(newer));

    let unknown = r#"{"v":9,"ticks":{"a":true}}"#;
    backend.set(&key(), unknown).unwrap();
    part.storage_event();
    assert!(part.model.state.ticked.is_empty());
    assert_eq!(part.status(), StorageStatus::ReadOnlyNewer);
}

#[test]
fn blocked_storage_works_in_memory_and_says_so() {
    let backend = Rc::new(FailingBackend {
        read_error: Some(StorageError::Unavailable),
        ..Default::default()
    });
    let mut part = checklist(&page(&backend, &Namespace::none()));
    assert_eq!(part.status(), StorageStatus::MemoryOnly);
    part.act(toggle("a"));
    assert!(part.model.state.is_ticked("a"), "works in memory");
    assert_eq!(part.status(), StorageStatus::MemoryOnly);
    let memory = Rc::new(Store::memory_only(&Namespace::none()));
    assert_eq!(checklist(&memory).status(), StorageStatus::MemoryOnly);
    assert_eq!(
        memory.save(Slot::Checklist, &data(&["a"]), 0),
        Ok(StorageStatus::MemoryOnly)
    );
}

#[test]
fn a_full_quota_keeps_the_tick_and_reports_it() {
    let backend = Rc::new(FailingBackend::default());
    let store = page(&backend, &Namespace::none());
    let mut part = checklist(&store);
    *backend.write_error.borrow_mut() = Some(StorageError::QuotaExceeded);
    part.act(toggle("fibre-30g"));
    assert_eq!(part.status(), StorageStatus::StorageFull);
    assert!(
        part.model.state.is_ticked("fibre-30g"),
        "the tick stays on screen"
    );
    assert_eq!(backend.get(&key()).unwrap(), None);

    *backend.write_error.borrow_mut() = None;
    part.act(toggle("sleep-7h"));
    assert_eq!(part.status(), StorageStatus::Saved);
    let reloaded = checklist(&page(&backend, &Namespace::none()));
    assert_eq!(reloaded.model.state.ticked, ids(&["fibre-30g", "sleep-7h"]));
}

#[test]
fn storage_revoked_mid_session_falls_back_to_memory() {
    let backend = Rc::new(FailingBackend::default());
    let store = page(&backend, &Namespace::none());
    *backend.write_error.borrow_mut() = Some(StorageError::Unavailable);
    assert_eq!(
        store.save(Slot::Checklist, &data(&["a"]), 0),
        Ok(StorageStatus::MemoryOnly)
    );
    *backend.write_error.borrow_mut() = Some(StorageError::Other("weird".into()));
    assert_eq!(
        store.save(Slot::Checklist, &data(&["a"]), 0),
        Ok(StorageStatus::SaveFailed)
    );
}

#[test]
fn ticks_follow_ids_when_tips_are_reordered_added_or_retired() {
    let backend = Rc::new(MemoryBackend::new());
    backend
        .set(&key(), r#"{"v":1,"ticked":["fibre-30g","retired-tip"]}"#)
        .unwrap();
    let mut part = checklist(&page(&backend, &Namespace::none()));
    // A new list: reordered, one tip added, "retired-tip" gone.
    let current = ["new-tip", "sleep-7h", "fibre-30g"];
    assert_eq!(part.model.state.done_among(current), 1);
    assert!(part.model.state.is_ticked("fibre-30g"));
    assert!(!part.model.state.is_ticked("new-tip"));
    // The retired tick is kept, so bringing the tip back restores it.
    part.act(toggle("sleep-7h"));
    let reloaded = checklist(&page(&backend, &Namespace::none()));
    assert_eq!(
        reloaded.model.state.ticked,
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
    checklist(&page(&backend, &other)).act(toggle("a"));
    let store = page(&backend, &Namespace::none());
    assert_eq!(
        store.forget_all(),
        ForgetReport::Removed(vec![]),
        "nothing stored yet"
    );
    let mut part = checklist(&store);
    part.act(toggle("a"));
    assert!(
        backend.get(&key()).unwrap().is_some(),
        "saved before forgetting"
    );
    assert_eq!(
        store.forget_all(),
        ForgetReport::Removed(vec![Slot::Checklist])
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
    assert_eq!(
        page(&backend, &Namespace::none()).forget_all(),
        ForgetReport::Failed
    );
    assert_eq!(
        Store::memory_only(&Namespace::none()).forget_all(),
        ForgetReport::Removed(vec![])
    );
}

#[test]
fn namespaces_never_mix() {
    let backend = Rc::new(MemoryBackend::new());
    let mut a = checklist(&page(&backend, &Namespace::named("a").unwrap()));
    a.act(toggle("fibre-30g"));
    let b = checklist(&page(&backend, &Namespace::named("b").unwrap()));
    assert!(b.model.state.ticked.is_empty());
    let a = checklist(&page(&backend, &Namespace::named("a").unwrap()));
    assert_eq!(a.model.state.ticked, ids(&["fibre-30g"]));
}
