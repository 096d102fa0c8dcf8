//! What a host page that opted in may learn: that the explainer is ready, that a quiz
//! or self-check was finished (its band's stable id only) and how many tips are ticked.
//! Never an answer, a tick's id or anything typed: the types below cannot carry one.

use super::bands::{HabitBand, QuizBand};

/// One event for the host page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEvent {
    /// The embed's parts are live.
    Ready,
    /// The reader finished the knowledge quiz, in this band.
    QuizFinished(QuizBand),
    /// The reader finished the habits self-check, in this band.
    SelfCheckFinished(HabitBand),
    /// The reader changed the checklist; this many tips are now ticked.
    ChecklistChanged(usize),
}

/// The one value an event carries, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEventValue {
    /// A band's stable id, under the field `band`.
    Band(&'static str),
    /// A count of ticks, under the field `ticks`.
    Ticks(usize),
}

impl HostEvent {
    /// The event's name (`ready`, `quiz-finished`, `self-check-finished`, `checklist-changed`).
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::Ready => "ready",
            HostEvent::QuizFinished(_) => "quiz-finished",
            HostEvent::SelfCheckFinished(_) => "self-check-finished",
            HostEvent::ChecklistChanged(_) => "checklist-changed",
        }
    }

    /// What the event carries besides its name.
    pub fn value(self) -> Option<HostEventValue> {
        match self {
            HostEvent::Ready => None,
            HostEvent::QuizFinished(band) => Some(HostEventValue::Band(band.id())),
            HostEvent::SelfCheckFinished(band) => Some(HostEventValue::Band(band.id())),
            HostEvent::ChecklistChanged(ticks) => Some(HostEventValue::Ticks(ticks)),
        }
    }
}

impl HostEventValue {
    /// The field the value goes under.
    pub fn field(self) -> &'static str {
        match self {
            HostEventValue::Band(_) => "band",
            HostEventValue::Ticks(_) => "ticks",
        }
    }
}
