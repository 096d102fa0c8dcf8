//! The tip checklist as a pure state machine: ticks by stable tip id, and undo.

use super::host_events::HostEvent;
use super::persisted::PersistedPart;
use super::tick_set::TickSet;

/// Something the reader did to the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChecklistAction {
    /// The reader ticked or unticked a tip.
    Toggle(String),
    /// The reader cleared every tick (undoable for a few seconds).
    ClearAll,
    /// The reader undid "Clear all".
    Undo,
    /// The undo window closed.
    UndoExpired,
}

/// The checklist's state; `reduce` is the only way it changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChecklistState {
    /// Ticked tip ids, including ids of retired tips, which are kept but not shown.
    pub ticked: TickSet,
    /// Ticks to restore if the reader undoes "Clear all".
    pub undo: Option<TickSet>,
}

/// The stored fields of the checklist (version 1): ticked tip ids, in any order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistData {
    /// Stable tip ids, never positions, so tips can be reordered, added or retired.
    pub ticked: Vec<String>,
}

impl ChecklistState {
    /// Applies one action and returns the new state.
    pub fn reduce(mut self, action: ChecklistAction) -> Self {
        match action {
            ChecklistAction::Toggle(id) => {
                if !self.ticked.remove(&id) {
                    self.ticked.insert(id);
                }
                self.undo = None;
            }
            ChecklistAction::ClearAll => {
                if !self.ticked.is_empty() {
                    self.undo = Some(std::mem::take(&mut self.ticked));
                }
            }
            ChecklistAction::Undo => {
                if let Some(previous) = self.undo.take() {
                    self.ticked = previous;
                }
            }
            ChecklistAction::UndoExpired => self.undo = None,
        }
        self
    }

    /// Whether `id` is ticked.
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(id)
    }

    /// How many of the given tip ids are ticked (retired ids do not count).
    pub fn done_among<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        ids.into_iter()
            .filter(|id| self.ticked.contains(id))
            .count()
    }
}

impl PersistedPart for ChecklistState {
    type Saved = ChecklistData;
    type Action = ChecklistAction;
    /// The ids of the tips this version shows.
    type Content = [&'static str];

    fn fresh(_: &[&'static str]) -> Self {
        Self::default()
    }

    fn restore(saved: ChecklistData, _: &[&'static str]) -> Option<Self> {
        Some(Self {
            ticked: saved.ticked.into_iter().collect(),
            undo: None,
        })
    }

    fn to_saved(&self, _: &[&'static str]) -> Option<ChecklistData> {
        Some(ChecklistData {
            ticked: self.ticked.iter().cloned().collect(),
        })
    }

    fn act(self, action: ChecklistAction, _: &[&'static str]) -> Self {
        self.reduce(action)
    }

    /// By tip id: what the reader ticked is ticked in what is stored, what they
    /// unticked is unticked there, and every other stored tick stays.
    fn rebase(&self, base: &Self, stored: Self, _: &[&'static str]) -> Option<Self> {
        let mut ticked = stored.ticked;
        for id in self.ticked.iter().filter(|id| !base.ticked.contains(id)) {
            ticked.insert(id.clone());
        }
        for id in base.ticked.iter().filter(|id| !self.ticked.contains(id)) {
            ticked.remove(id);
        }
        let undo = self.undo.clone();
        Some(Self { ticked, undo })
    }

    /// Any change tells how many of the shown tips are ticked (ids kept from other
    /// versions do not count, and no id is ever told).
    fn host_event(&self, _: &Self, tips: &[&'static str]) -> Option<HostEvent> {
        Some(HostEvent::ChecklistChanged(
            self.done_among(tips.iter().copied()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> TickSet {
        list.iter().map(|id| id.to_string()).collect()
    }

    fn with(list: &[&str]) -> ChecklistState {
        ChecklistState {
            ticked: ids(list),
            undo: None,
        }
    }

    #[test]
    fn toggle_ticks_and_unticks() {
        let state = with(&[]).reduce(ChecklistAction::Toggle("a".into()));
        assert!(state.is_ticked("a"));
        let state = state.reduce(ChecklistAction::Toggle("a".into()));
        assert!(!state.is_ticked("a"));
    }

    #[test]
    fn clear_all_can_be_undone() {
        let state = with(&["a", "b"]).reduce(ChecklistAction::ClearAll);
        assert!(state.ticked.is_empty());
        assert_eq!(state.undo, Some(ids(&["a", "b"])));
        let state = state.reduce(ChecklistAction::Undo);
        assert_eq!(state.ticked, ids(&["a", "b"]));
        assert_eq!(state.undo, None);
    }

    #[test]
    fn undo_expires_and_then_does_nothing() {
        let state = with(&["a"])
            .reduce(ChecklistAction::ClearAll)
            .reduce(ChecklistAction::UndoExpired)
            .reduce(ChecklistAction::Undo);
        assert!(state.ticked.is_empty());
    }

    #[test]
    fn clearing_an_empty_checklist_offers_no_undo() {
        let state = with(&[]).reduce(ChecklistAction::ClearAll);
        assert_eq!(state.undo, None);
    }

    #[test]
    fn a_toggle_after_clear_closes_the_undo_window() {
        let state = with(&["a"])
            .reduce(ChecklistAction::ClearAll)
            .reduce(ChecklistAction::Toggle("b".into()));
        assert_eq!(state.undo, None);
        assert_eq!(state.ticked, ids(&["b"]));
    }

    #[test]
    fn stored_ticks_are_sorted_ids_and_restore_without_undo() {
        let state = with(&["b", "a"]).reduce(ChecklistAction::ClearAll);
        let saved = with(&["b", "a"]).to_saved(&[]).expect("always saved");
        assert_eq!(saved.ticked, vec!["a", "b"]);
        let restored = ChecklistState::restore(saved, &[]).expect("always fits");
        assert_eq!(restored, with(&["a", "b"]));
        assert!(state.undo.is_some(), "undo is never stored");
    }

    #[test]
    fn progress_counts_only_current_tips() {
        let state = with(&["a", "retired"]);
        assert_eq!(state.done_among(["a", "b"]), 1);
    }
}
