//! The hooks that read the page's links context: where links lead, and whether the host
//! page asked for events.

use yew::prelude::*;

use crate::components::links::PageLinks;
use crate::model::HostEvent;

/// The links context of the current page.
#[hook]
pub fn use_page_links() -> PageLinks {
    use_context::<PageLinks>().unwrap_or_default()
}

/// Whether the host page asked for events (the privacy line then says what it learns).
#[hook]
pub fn use_host_events_on() -> bool {
    use_page_links().events.is_some()
}

/// Sends `event` once for the change numbered `changes`, if the host asked for events.
/// Keyed on the count, which only a reader's change moves, so a reload tells nothing.
#[hook]
pub fn use_host_event(changes: u64, event: Option<HostEvent>) {
    let sink = use_page_links().events;
    use_effect_with(changes, move |_| {
        if let (Some(sink), Some(event)) = (sink, event) {
            sink.send(event);
        }
    });
}
