//! Browser entry point: mounts the page, and exports the widget mount for `widget.js`.

#![deny(unsafe_code)]

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

fn main() {
    gut_skin_axis::mount::mount_page();
}

/// Called by `widget.js` for each `[data-gut-skin]` element (`host`, whose `data-*`
/// attributes are the options), with its shadow root's container, the prerendered
/// page's HTML (fetched once) if it could be had, and the function that dispatches
/// events on the host element (used only when the host has `data-events`).
#[wasm_bindgen]
pub fn mount_widget(
    root: Element,
    host: Element,
    page: Option<String>,
    base: String,
    emit: Option<js_sys::Function>,
) {
    let get = move |name: &str| host.get_attribute(&format!("data-{name}"));
    gut_skin_axis::mount::mount_widget(root, page, get, base, emit);
}
