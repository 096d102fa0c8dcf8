//! In-browser: after a panic every live part says in one line that it stopped working,
//! with "Reload the page" on our own page and without it in a widget. (A real panic
//! aborts the test itself, so this runs what the installed hook runs.)
#![cfg(target_arch = "wasm32")]

use gut_skin_axis::content::{RELOAD_PAGE, STOPPED_WORKING};
use gut_skin_axis::mount::{mark_stopped, on_panic_mark};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A container with two islands in the page.
fn root_with_islands() -> Element {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    root.set_inner_html(
        r#"<section data-island="quiz"><button>Start</button></section><p>Article</p><section data-island="checklist"><input type="checkbox"></section>"#,
    );
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append");
    root
}

#[wasm_bindgen_test]
fn every_part_says_it_stopped_with_a_reload_button_on_the_page_only() {
    let page = root_with_islands();
    let widget = root_with_islands();
    on_panic_mark(&page, true);
    on_panic_mark(&widget, false);
    mark_stopped();
    let lines = |root: &Element| {
        let islands = root.query_selector_all("[data-island]").expect("query");
        (0..islands.length())
            .map(|at| {
                islands
                    .item(at)
                    .and_then(|node| node.text_content())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
    };
    let with_reload = format!("{STOPPED_WORKING} {RELOAD_PAGE}");
    assert_eq!(lines(&page), vec![with_reload.clone(), with_reload]);
    assert_eq!(lines(&widget), vec![STOPPED_WORKING.to_owned(); 2]);
    let button = page
        .query_selector("[data-island] button[data-reload]")
        .expect("query")
        .expect("a reload button");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert!(widget.query_selector("button").expect("query").is_none());
    assert!(
        page.text_content().unwrap_or_default().contains("Article"),
        "the article stays"
    );
    let alert = page.query_selector("[role=alert]").expect("query");
    assert!(alert.is_some(), "announced at once");
}
