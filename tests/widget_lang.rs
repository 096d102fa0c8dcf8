//! A widget marks its root with the build's language, and a `data-lang` the build does
//! not speak is shown in the build's own with one console warning per page, however many
//! widgets ask.
#![cfg(target_arch = "wasm32")]

use gut_skin_axis::content::LANG;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

#[path = "support_wasm/mod.rs"]
mod support_wasm;
use support_wasm::new_root;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a quiz-only widget whose host asks for `lang`.
fn mount(lang: &'static str) -> Element {
    let root = new_root();
    let get = move |name: &str| match name {
        "lang" => Some(lang.to_owned()),
        "sections" => Some("quiz".to_owned()),
        _ => None,
    };
    gut_skin_axis::mount::mount_widget(root.clone(), None, get, "./".into(), None);
    root
}

#[wasm_bindgen_test]
fn widgets_speak_the_builds_language_and_warn_of_another_once() {
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).expect("console");
    let original = js_sys::Reflect::get(&console, &"warn".into()).expect("console.warn");
    let seen = js_sys::Array::new();
    let capture = {
        let seen = seen.clone();
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            seen.push(&message);
        })
    };
    js_sys::Reflect::set(&console, &"warn".into(), capture.as_ref()).expect("replace");
    let roots = [mount("fr"), mount("xx"), mount(LANG)];
    js_sys::Reflect::set(&console, &"warn".into(), &original).expect("restore");
    for root in &roots {
        assert_eq!(root.get_attribute("lang").as_deref(), Some(LANG));
    }
    let about_lang: Vec<String> = seen
        .iter()
        .filter_map(|message| message.as_string())
        .filter(|message| message.contains("lang="))
        .collect();
    assert_eq!(about_lang.len(), 1, "{about_lang:?}");
    assert!(about_lang[0].contains("lang=\"fr\""), "{about_lang:?}");
}
