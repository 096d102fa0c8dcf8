//! The page's query string, read by the browser's own `URLSearchParams` (percent escapes
//! and `+` decoded as every browser does), so the wasm carries no decoder.

use wasm_bindgen::JsCast;

/// The (name, value) pairs of `search` (with or without its `?`), in order.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    // Each entry is a two-item array, [name, value].
    for entry in params.entries().into_iter().flatten() {
        let Some(entry) = entry.dyn_ref::<js_sys::Array>() else {
            continue;
        };
        if let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
            pairs.push((name, value));
        }
    }
    pairs
}
