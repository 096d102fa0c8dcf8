//! Telling a host page that asked for events what the reader did (see [`HostEvent`]).
//! The shell puts a [`HostEvents`] in the embed's `PageLinks` context only when the host
//! opted in; without it nothing is sent, so the parts need no flag of their own.

use std::rc::Rc;

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
