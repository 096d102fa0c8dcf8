//! Parts on one page follow each other: two widgets showing the same part (in one wasm
//! module, or in two: one per language, each with its own store) hear each other's saves
//! through the page's saved event, as they hear another tab's, without a loop; and
//! "Forget my data" in one module resets the other's part, whose next tick is kept.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gut_skin_axis::components::{announce_save, forgotten_event, saved_event};
use gut_skin_axis::model::ChecklistData;
use gut_skin_axis::storage::{Namespace, Slot, Store, WebBackend};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement};

#[path = "support_wasm/mod.rs"]
mod support_wasm;

wasm_bindgen_test_configure!(run_in_browser);

use support_wasm::{live_checklist as checklist, local_storage};

fn unique_namespace() -> Namespace {
    support_wasm::unique_namespace("page")
}

fn tip_box(root: &Element, tip: &str) -> HtmlInputElement {
    root.query_selector(&format!("#tip-{tip}-box"))
        .expect("query")
        .expect("the tip's box")
        .dyn_into()
        .expect("an input")
}

/// Counts the page's saved events for `namespace` while it lives.
fn count_saves(namespace: &Namespace) -> (Rc<Cell<u32>>, EventListener) {
    let count = Rc::new(Cell::new(0));
    let window = web_sys::window().expect("window");
    let counted = count.clone();
    let listener = EventListener::new(&window, saved_event(namespace), move |_| {
        counted.set(counted.get() + 1);
    });
    (count, listener)
}

#[wasm_bindgen_test]
async fn two_widgets_of_one_module_follow_each_other_once_per_save() {
    let namespace = unique_namespace();
    let key = namespace.key(Slot::Checklist);
    let (a, b) = (checklist(&namespace).await, checklist(&namespace).await);
    let (saves, _listening) = count_saves(&namespace);
    tip_box(&a, "sleep-7h").click();
    support_wasm::until("the other widget to show the tick", || {
        tip_box(&b, "sleep-7h").checked()
    })
    .await;
    // B ticks on top of what it now shows: nothing of A's is lost.
    tip_box(&b, "fibre-30g").click();
    support_wasm::until("the first widget to show the second tick", || {
        tip_box(&a, "fibre-30g").checked()
    })
    .await;
    let stored = local_storage()
        .get_item(&key)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(
        stored.contains("sleep-7h") && stored.contains("fibre-30g"),
        "{stored}"
    );
    // Let every render and effect run: a re-read that saved again would count here.
    for _ in 0..20 {
        yew::platform::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    assert_eq!(saves.get(), 2, "one event per save, and no echo");
    local_storage().remove_item(&key).expect("cleanup");
}

#[wasm_bindgen_test]
async fn a_save_by_another_module_shows_and_its_forget_is_kept_here() {
    let namespace = unique_namespace();
    let key = namespace.key(Slot::Checklist);
    let root = checklist(&namespace).await;
    tip_box(&root, "sleep-7h").click();
    support_wasm::until("the tick to be saved", || {
        local_storage().get_item(&key).ok().flatten().is_some()
    })
    .await;
    // Another module (a widget in another language) has its own store over localStorage.
    let backend = WebBackend::open().expect("storage");
    let other = Store::new(Rc::new(backend), &namespace);
    let read = other.read::<ChecklistData>(Slot::Checklist);
    let both = ChecklistData {
        ticked: vec!["sleep-7h".into(), "fibre-30g".into()],
    };
    assert!(other.save(Slot::Checklist, &both, read.generation).is_ok());
    announce_save(&namespace, &key);
    support_wasm::until("the other module's tick to show", || {
        tip_box(&root, "fibre-30g").checked()
    })
    .await;
    // Its "Forget my data" removes the key; this module's part resets...
    other.forget_all();
    let window = web_sys::window().expect("window");
    let forgot = web_sys::CustomEvent::new(&forgotten_event(&namespace)).expect("an event");
    window.dispatch_event(&forgot).expect("dispatched");
    support_wasm::until("the part to reset", || {
        !tip_box(&root, "sleep-7h").checked()
    })
    .await;
    assert_eq!(local_storage().get_item(&key).ok().flatten(), None);
    // ...and the reader's next tick is kept: only it, nothing from before the forget.
    tip_box(&root, "fermented-food").click();
    support_wasm::until("the new tick to be saved", || {
        local_storage().get_item(&key).ok().flatten().is_some()
    })
    .await;
    assert_eq!(
        local_storage().get_item(&key).ok().flatten().as_deref(),
        Some("{\"v\":1,\"ticked\":[\"fermented-food\"]}")
    );
    local_storage().remove_item(&key).expect("cleanup");
}
