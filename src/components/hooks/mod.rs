//! Every hook of the components, in one place: each part's effects go through these, so
//! the wasm carries one copy of each. Components import them from here.

mod forget;
mod my_data;
mod page_links;
mod persisted;
mod undo_window;

use yew::prelude::*;

pub use forget::use_forget;
pub use my_data::use_my_data;
pub use page_links::{use_host_event, use_host_events_on, use_page_links};
pub use persisted::use_persisted;
pub use undo_window::{move_focus_off_undo, use_undo_window};

/// Calls `callback` once, after the component's first render is in the DOM (never
/// during a native render). One shared hook, so the wasm carries one such effect.
#[hook]
pub fn use_after_first_render(callback: Callback<()>) {
    use_effect_with((), move |_| callback.emit(()));
}
