//! The console warnings for an embed's or widget's options, and a `lang` this build does
//! not speak only once per page, however many widgets ask for it.

use wasm_bindgen::JsValue;

use crate::model::OptionWarning;

thread_local! {
    /// Whether the page was told that a `lang` this build does not speak was asked for:
    /// every widget on a page may ask, and once says it.
    static WARNED_LANG: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Writes each warning to the console (a `lang` one only the first time).
pub(super) fn warn_all(warnings: &[OptionWarning]) {
    for warning in warnings {
        if warning.option == "lang" && WARNED_LANG.with(|warned| warned.replace(true)) {
            continue;
        }
        web_sys::console::warn_1(&JsValue::from_str(&warning.message()));
    }
}
