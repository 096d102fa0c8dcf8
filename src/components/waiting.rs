//! Controls that wait for their part to load. They are marked `aria-disabled`, not
//! `disabled`, so a reader can focus and tap them before the part is live (a disabled
//! control gets neither); the page's loader carries that first action out once it is.

use yew::prelude::*;

/// `aria-disabled="true"` while the part is not loaded; no attribute once it is.
pub fn waiting(loaded: bool) -> Option<AttrValue> {
    (!loaded).then_some(AttrValue::Static("true"))
}

/// A click handler that cancels a control's own action (a tick, a choice, a submit)
/// while its part is not loaded, so what shows never runs ahead of the saved state.
pub fn hold_until_loaded(loaded: bool) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        if !loaded {
            event.prevent_default();
        }
    })
}
