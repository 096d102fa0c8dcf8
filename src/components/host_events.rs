//! Telling a host page that asked for events what the reader did (see [`HostEvent`]).
//! The shell puts a [`HostEvents`] in the embed's `PageLinks` context only when the host
//! opted in; without it nothing is sent, so the parts need no flag of their own.

use std::rc::Rc;

use yew::prelude::*;

use super::links::use_page_links;
use crate::model::HostEvent;

/// Where events for the host page go: a message to the parent frame, or a DOM event on
/// a widget's host element.
#[derive(Clone)]
pub struct HostEvents(Rc<dyn Fn(HostEvent)>);

impl std::fmt::Debug for HostEvents {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("HostEvents")
    }
}

impl PartialEq for HostEvents {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl HostEvents {
    /// Events go to `send`.
    pub fn new(send: impl Fn(HostEvent) + 'static) -> Self {
        Self(Rc::new(send))
    }

    /// Sends one event.
    pub fn send(&self, event: HostEvent) {
        (self.0)(event);
    }
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
