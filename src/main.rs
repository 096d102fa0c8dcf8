//! Browser entry point: mounts the explainer into `#app` (or `<body>` as a fallback).

use gut_skin_axis::components::App;

fn main() {
    // Never unwrap browser objects: a missing element falls back to <body>.
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
