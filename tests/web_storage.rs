//! The web storage backend against the real `localStorage`, with unique keys per test.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use gut_skin_axis::model::{ChecklistData, ForgetReport, StorageStatus, Stored};
use gut_skin_axis::storage::{Backend, Namespace, Slot, StorageError, Store, WebBackend};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlInputElement;

#[path = "support_wasm/mod.rs"]
mod support_wasm;

wasm_bindgen_test_configure!(run_in_browser);

use support_wasm::{live_checklist, local_storage};

/// A namespace no other test (or earlier run) uses.
fn unique_namespace() -> Namespace {
    support_wasm::unique_namespace("test")
}

#[wasm_bindgen_test]
fn web_backend_round_trips_and_removes() {
    let backend = WebBackend::open().expect("storage");
    let key = unique_namespace().key(Slot::Checklist);
    assert_eq!(backend.get(&key), Ok(None));
    backend.set(&key, "{\"v\":1,\"ticked\":[]}").expect("set");
    assert_eq!(
        local_storage().get_item(&key).ok().flatten().as_deref(),
        Some("{\"v\":1,\"ticked\":[]}")
    );
    backend.remove(&key).expect("remove");
    assert_eq!(backend.get(&key), Ok(None));
}

#[wasm_bindgen_test]
fn the_store_persists_and_forgets_only_its_own_keys() {
    let namespace = unique_namespace();
    let host_key = format!("host-{}", namespace.key(Slot::Checklist));
    local_storage()
        .set_item(&host_key, "host data")
        .expect("host key");

    let store = Store::new(Rc::new(WebBackend::open().expect("storage")), &namespace);
    let ticked = ChecklistData {
        ticked: vec!["fibre-30g".into(), "sleep-7h".into()],
    };
    assert_eq!(
        store.save(Slot::Checklist, &ticked, 0),
        Ok(StorageStatus::Saved)
    );
    assert_eq!(
        store.read::<ChecklistData>(Slot::Checklist).stored,
        Stored::Current(ticked)
    );
    assert_eq!(
        store.forget_all(),
        ForgetReport::Removed(vec![Slot::Checklist])
    );
    assert_eq!(
        store.read::<ChecklistData>(Slot::Checklist).stored,
        Stored::Absent
    );
    assert_eq!(
        local_storage()
            .get_item(&host_key)
            .ok()
            .flatten()
            .as_deref(),
        Some("host data")
    );
    local_storage().remove_item(&host_key).expect("cleanup");
}

#[wasm_bindgen_test]
fn a_thrown_quota_error_is_classified() {
    js_sys::eval(
        "Storage.prototype.__realSetItem = Storage.prototype.setItem;\
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .expect("patch setItem");
    let backend = WebBackend::open().expect("storage");
    let result = backend.set(&unique_namespace().key(Slot::Checklist), "x");
    js_sys::eval("Storage.prototype.setItem = Storage.prototype.__realSetItem;").expect("restore");
    assert_eq!(result, Err(StorageError::QuotaExceeded));
}

#[wasm_bindgen_test]
async fn ticking_a_box_saves_it_under_the_namespace() {
    let namespace = unique_namespace();
    // Live after mounting: the box renders without aria-disabled.
    let live = "#tip-sleep-7h-box:not([aria-disabled])";
    let root = live_checklist(&namespace).await;
    let checkbox: HtmlInputElement = root
        .query_selector(live)
        .expect("query")
        .expect("checkbox")
        .dyn_into()
        .expect("an input");
    checkbox.click();
    let key = namespace.key(Slot::Checklist);
    support_wasm::until("the tick to be saved", || {
        local_storage().get_item(&key).ok().flatten().is_some()
    })
    .await;

    let stored = local_storage().get_item(&key).ok().flatten();
    assert_eq!(
        stored.as_deref(),
        Some("{\"v\":1,\"ticked\":[\"sleep-7h\"]}")
    );
    let progress = root
        .query_selector("#checklist-progress-text")
        .expect("q")
        .expect("progress");
    let expected = format!("1 of {} done", gut_skin_axis::content::TIPS.len());
    assert_eq!(progress.text_content().as_deref(), Some(expected.as_str()));
    local_storage().remove_item(&key).expect("cleanup");
}
