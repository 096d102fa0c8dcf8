//! In-browser tests: the app mounts in a real page and shows the article.
#![cfg(target_arch = "wasm32")]

use gut_skin_axis::components::App;
use gut_skin_axis::content::{ARTICLE, TITLE};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element};

#[path = "support_wasm/mod.rs"]
mod support_wasm;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// Mounts the app into a new element and waits until Yew has rendered it (its title:
/// the whole tree is committed in one render).
async fn mount_app() -> Element {
    let document = document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<App>::with_root(root.clone()).render();
    support_wasm::until("the app's title", || {
        root.query_selector("h1").ok().flatten().is_some()
    })
    .await;
    root
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_title() {
    let root = mount_app().await;
    let h1 = root.query_selector("h1").expect("query").expect("an h1");
    assert_eq!(h1.text_content().as_deref(), Some(TITLE));
}

#[wasm_bindgen_test]
async fn every_article_section_is_in_the_page() {
    let root = mount_app().await;
    let sections = root
        .query_selector_all("article section h2")
        .expect("query");
    assert_eq!(sections.length() as usize, ARTICLE.len());
    for section in ARTICLE {
        let found = root
            .query_selector(&format!("#{}", section.id))
            .expect("query");
        assert!(found.is_some(), "section {} is missing", section.id);
    }
}

#[wasm_bindgen_test]
async fn references_and_diagram_render() {
    let root = mount_app().await;
    let references = root
        .query_selector_all("#references li a[href^='https://']")
        .expect("query");
    assert!(references.length() >= 6);
    assert!(root
        .query_selector("svg[role='img'] title")
        .expect("query")
        .is_some());
}
