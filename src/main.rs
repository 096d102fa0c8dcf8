//! Browser entry point: mounts the page, and exports the widget mount for `widget.js`.

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

fn main() {
    gut_skin_axis::mount::mount_page();
}

/// Called by `widget.js` for each `[data-gut-skin]` element, with its shadow root's
/// container and the prerendered page's HTML (fetched once), if it could be had.
#[wasm_bindgen]
pub fn mount_widget(
    root: Element,
    page: Option<String>,
    sections: Option<String>,
    theme: Option<String>,
    accent: Option<String>,
    namespace: Option<String>,
    base: String,
) {
    let get = move |name: &str| match name {
        "sections" => sections.clone(),
        "theme" => theme.clone(),
        "accent" => accent.clone(),
        "namespace" => namespace.clone(),
        _ => None,
    };
    gut_skin_axis::mount::mount_widget(root, page, get, base);
}
