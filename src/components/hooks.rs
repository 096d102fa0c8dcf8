//! The shared hooks of the components: each part's effects go through these, so the wasm
//! carries one copy of each.

use yew::prelude::*;

use super::links::use_page_links;
use crate::model::HostEvent;

/// Calls `callback` once, after the component's first render is in the DOM (never
/// during a native render). One shared hook, so the wasm carries one such effect.
#[hook]
pub fn use_after_first_render(callback: Callback<()>) {
    use_effect_with((), move |_| callback.emit(()));
}

/// Whether the host page asked for events (the privacy line then says what it learns).
#[hook]
pub fn use_host_events_on() -> bool {
    use_page_links().events.is_some()
}

/// Sends `event` once for the change numbered `revision`, if the host asked for events.
/// Keyed on the revision, which only a reader's change moves, so a reload tells nothing.
#[hook]
pub fn use_host_event(revision: u64, event: Option<HostEvent>) {
    let sink = use_page_links().events;
    use_effect_with(revision, move |_| {
        if let (Some(sink), Some(event)) = (sink, event) {
            sink.send(event);
        }
    });
}
