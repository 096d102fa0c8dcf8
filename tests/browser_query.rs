//! In-browser: the query string is read by the browser's URLSearchParams, which decodes
//! escapes and `+` and keeps broken escapes as text, as the native tests' decoder does.
#![cfg(target_arch = "wasm32")]

use gut_skin_axis::mount::query_pairs;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

#[wasm_bindgen_test]
fn escapes_decode_and_broken_ones_stay_text() {
    assert_eq!(
        query_pairs("?a=1&b=x%2Cy&c&d=%zz&e=%4&embed"),
        pairs(&[
            ("a", "1"),
            ("b", "x,y"),
            ("c", ""),
            ("d", "%zz"),
            ("e", "%4"),
            ("embed", "")
        ])
    );
    assert_eq!(query_pairs("?q=%2B1+2"), pairs(&[("q", "+1 2")]));
    assert_eq!(
        query_pairs("accent=%23c2410c"),
        pairs(&[("accent", "#c2410c")])
    );
    assert_eq!(query_pairs(""), pairs(&[]));
}

#[wasm_bindgen_test]
fn utf8_escapes_repeated_and_empty_names_read_in_order() {
    assert_eq!(
        query_pairs("a=%E2%9C%93&b=%ff&x=1&x=2&=3"),
        pairs(&[
            ("a", "✓"),
            ("b", "\u{fffd}"),
            ("x", "1"),
            ("x", "2"),
            ("", "3")
        ])
    );
}
