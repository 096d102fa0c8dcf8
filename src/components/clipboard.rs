//! Copying a snippet: the Clipboard API where the browser offers it, else the text is
//! selected for the reader to copy.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::content::embed as words;

/// Copies through the Clipboard API; where that is missing or refused, selects the text instead.
pub(super) fn copy(id: &str, text: &str, copied: UseStateHandle<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let select = {
        let id = id.to_owned();
        let window = window.clone();
        move || {
            let area = window
                .document()
                .and_then(|document| document.get_element_by_id(&id))
                .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok());
            if let Some(area) = area {
                let _ = area.focus();
                area.select();
            }
        }
    };
    let Some(promise) = clipboard_write(&window, text) else {
        select();
        copied.set(words::SELECTED_FOR_COPY.to_owned());
        return;
    };
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => copied.set(words::COPIED.to_owned()),
            Err(_) => {
                select();
                copied.set(words::SELECTED_FOR_COPY.to_owned());
            }
        }
    });
}

/// The promise of `navigator.clipboard.writeText(text)`, or `None` where the API is
/// missing (plain http, some frames) or throws. Called through `Reflect` so that a
/// missing API or a thrown error comes back as a value, never as an exception in the wasm.
fn clipboard_write(window: &web_sys::Window, text: &str) -> Option<js_sys::Promise> {
    let clipboard =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
