//! In-browser test helpers: waiting for a condition (never for a fixed time), a fresh
//! namespace, storage and root element, and a live checklist.
// Each test file uses some of these.
#![allow(dead_code)]

use std::time::Duration;

use gut_skin_axis::components::{TipChecklist, TipChecklistProps};
use gut_skin_axis::storage::Namespace;
use web_sys::{Element, Storage};

/// How long a condition may take before the test fails: far above any render's time, so
/// a loaded machine never fails a test, yet a condition that never holds still does.
const PATIENCE: Duration = Duration::from_secs(10);
/// How often the condition is looked at; each look yields to Yew's scheduler.
const STEP: Duration = Duration::from_millis(5);

/// Waits until `holds` is true, or fails the test naming `what` it waited for.
pub async fn until(what: &str, holds: impl Fn() -> bool) {
    let steps = PATIENCE.as_millis() / STEP.as_millis();
    for _ in 0..steps {
        if holds() {
            return;
        }
        yew::platform::time::sleep(STEP).await;
    }
    assert!(holds(), "waited {PATIENCE:?} for {what}");
}

/// A namespace no other test (or earlier run) uses, named `{prefix}-<random>`.
pub fn unique_namespace(prefix: &str) -> Namespace {
    let suffix = (js_sys::Math::random() * 1e12) as u64;
    Namespace::named(&format!("{prefix}-{suffix}")).expect("a valid namespace")
}

/// The test browser's `localStorage`.
pub fn local_storage() -> Storage {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

/// A new, empty element at the end of the page's body.
pub fn new_root() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// Mounts a checklist in `namespace` into a new element, and waits until it is live.
pub async fn live_checklist(namespace: &Namespace) -> Element {
    let root = new_root();
    let props = TipChecklistProps {
        namespace: namespace.clone(),
    };
    yew::Renderer::<TipChecklist>::with_root_and_props(root.clone(), props).render();
    until("a live checklist", || {
        root.query_selector("#tip-sleep-7h-box:not([aria-disabled])")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    root
}
