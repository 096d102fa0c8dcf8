//! The last self-check result, kept on the device to show on the next visit.

use super::persisted::PersistedPart;
use super::Date;
use crate::content::day_and_month_words;

/// The last self-check result kept on this device, if any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LastResult(pub Option<SavedResult>);

/// Something that changes the last result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LastResultAction {
    /// The reader saw a new result: it becomes "last time" from now on.
    Record(SavedResult),
}

impl PersistedPart for LastResult {
    type Saved = SavedResult;
    type Action = LastResultAction;
    type Content = ();

    fn fresh(_: &()) -> Self {
        Self(None)
    }

    /// A result with more points than available, or no real date, is not shown.
    fn restore(saved: SavedResult, _: &()) -> Option<Self> {
        let plausible = saved.score <= saved.max && day_and_month(&saved.date).is_some();
        plausible.then_some(Self(Some(saved)))
    }

    fn to_saved(&self, _: &()) -> Option<SavedResult> {
        self.0.clone()
    }

    fn act(self, action: LastResultAction, _: &()) -> Self {
        match action {
            LastResultAction::Record(result) => Self(Some(result)),
        }
    }

    /// The later save wins, and the one being saved now is the later.
    fn rebase(&self, _: &Self, _: Self, _: &()) -> Option<Self> {
        Some(self.clone())
    }
}

/// The last result, kept on the device to show on the next visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedResult {
    /// Points scored.
    pub score: u32,
    /// Points available.
    pub max: u32,
    /// Ids of the weakest areas.
    pub weakest: Vec<String>,
    /// Points per area in question order; empty for results saved before the breakdown was kept.
    pub areas: Vec<u32>,
    /// The day, as `YYYY-MM-DD`.
    pub date: String,
}

/// "12 November" from "2026-11-12"; `None` for anything that is not a real date.
pub fn day_and_month(date: &str) -> Option<String> {
    Date::parse(date).map(|date| day_and_month_words(date.day, date.month))
}
