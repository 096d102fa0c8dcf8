//! The tip checklist as a pure state machine: ticks by stable tip id, undo, storage status.

use std::collections::BTreeSet;

/// Where the reader's ticks stand with respect to this browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageStatus {
    /// Ticks are loaded from and saved to storage (or nothing has happened yet).
    #[default]
    Saved,
    /// Storage is missing or blocked: ticks live in memory for this page only.
    MemoryOnly,
    /// The last save failed because the browser's storage quota is full; the change stays on screen.
    StorageFull,
    /// The last save failed for another reason; the change stays on screen.
    SaveFailed,
    /// Stored data could not be read, so the checklist started empty.
    StartedFresh,
    /// Stored data came from a newer version: shown, but never overwritten.
    ReadOnlyNewer,
}

impl StorageStatus {
    /// False when writing would be pointless (memory only) or harmful (newer data).
    pub fn accepts_writes(self) -> bool {
        !matches!(
            self,
            StorageStatus::MemoryOnly | StorageStatus::ReadOnlyNewer
        )
    }
}

/// What "Forget my data on this device" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForgetReport {
    /// These stored items (by label) were removed; empty means nothing was stored.
    Removed(Vec<&'static str>),
    /// Storage could not be reached, so nothing could be removed.
    Failed,
}

/// Something the reader or the browser did to the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChecklistAction {
    /// Ticks read from storage when the checklist mounts.
    Loaded(BTreeSet<String>, StorageStatus),
    /// The reader ticked or unticked a tip.
    Toggle(String),
    /// The reader cleared every tick (undoable for a few seconds).
    ClearAll,
    /// The reader undid "Clear all".
    Undo,
    /// The undo window closed.
    UndoExpired,
    /// Another tab changed the stored ticks.
    External(BTreeSet<String>),
    /// The result of saving the current ticks.
    SaveResult(StorageStatus),
    /// Every stored item was removed (or removal failed).
    Forgot(ForgetReport),
}

/// The checklist's whole state; `reduce` is the only way it changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChecklistState {
    /// Ticked tip ids, including ids of retired tips, which are kept but not shown.
    pub ticked: BTreeSet<String>,
    /// Ticks to restore if the reader undoes "Clear all".
    pub undo: Option<BTreeSet<String>>,
    /// Storage status, which decides the notice the reader sees.
    pub status: StorageStatus,
    /// Counts local changes that need saving; external updates do not count.
    pub revision: u64,
    /// True once stored ticks have been read.
    pub loaded: bool,
    /// The outcome of the last "Forget my data", until the next change.
    pub forgotten: Option<ForgetReport>,
}

impl ChecklistState {
    /// Applies one action and returns the new state.
    pub fn reduce(mut self, action: ChecklistAction) -> Self {
        match action {
            ChecklistAction::Loaded(ticked, status) => {
                self.ticked = ticked;
                self.status = status;
                self.loaded = true;
            }
            ChecklistAction::Toggle(id) => {
                if !self.ticked.remove(&id) {
                    self.ticked.insert(id);
                }
                self.local_change();
            }
            ChecklistAction::ClearAll => {
                if !self.ticked.is_empty() {
                    self.undo = Some(std::mem::take(&mut self.ticked));
                    self.local_change_keeping_undo();
                }
            }
            ChecklistAction::Undo => {
                if let Some(previous) = self.undo.take() {
                    self.ticked = previous;
                    self.local_change();
                }
            }
            ChecklistAction::UndoExpired => self.undo = None,
            ChecklistAction::External(ticked) => {
                self.ticked = ticked;
                self.undo = None;
            }
            ChecklistAction::SaveResult(status) => {
                // A read-only or memory-only checklist keeps saying so.
                if self.can_save() {
                    self.status = status;
                }
            }
            ChecklistAction::Forgot(report) => {
                self.ticked.clear();
                self.undo = None;
                self.forgotten = Some(report);
                // Deliberately no revision bump: saving now would write the key back.
            }
        }
        self
    }

    /// Whether changes should be written to storage.
    pub fn can_save(&self) -> bool {
        self.loaded && self.status.accepts_writes()
    }

    /// Whether `id` is ticked.
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(id)
    }

    /// How many of the given tip ids are ticked (retired ids do not count).
    pub fn done_among<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        ids.into_iter()
            .filter(|id| self.ticked.contains(*id))
            .count()
    }

    fn local_change(&mut self) {
        self.undo = None;
        self.local_change_keeping_undo();
    }

    fn local_change_keeping_undo(&mut self) {
        self.forgotten = None;
        self.revision += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|id| id.to_string()).collect()
    }

    fn loaded(list: &[&str]) -> ChecklistState {
        ChecklistState::default().reduce(ChecklistAction::Loaded(ids(list), StorageStatus::Saved))
    }

    #[test]
    fn toggle_ticks_and_unticks_and_bumps_revision() {
        let state = loaded(&[]).reduce(ChecklistAction::Toggle("a".into()));
        assert!(state.is_ticked("a"));
        assert_eq!(state.revision, 1);
        let state = state.reduce(ChecklistAction::Toggle("a".into()));
        assert!(!state.is_ticked("a"));
        assert_eq!(state.revision, 2);
    }

    #[test]
    fn clear_all_can_be_undone() {
        let state = loaded(&["a", "b"]).reduce(ChecklistAction::ClearAll);
        assert!(state.ticked.is_empty());
        assert_eq!(state.undo, Some(ids(&["a", "b"])));
        let state = state.reduce(ChecklistAction::Undo);
        assert_eq!(state.ticked, ids(&["a", "b"]));
        assert_eq!(state.undo, None);
        assert_eq!(state.revision, 2);
    }

    #[test]
    fn undo_expires_and_then_does_nothing() {
        let state = loaded(&["a"])
            .reduce(ChecklistAction::ClearAll)
            .reduce(ChecklistAction::UndoExpired)
            .reduce(ChecklistAction::Undo);
        assert!(state.ticked.is_empty());
    }

    #[test]
    fn clearing_an_empty_checklist_offers_no_undo() {
        let state = loaded(&[]).reduce(ChecklistAction::ClearAll);
        assert_eq!(state.undo, None);
        assert_eq!(state.revision, 0);
    }

    #[test]
    fn a_toggle_after_clear_closes_the_undo_window() {
        let state = loaded(&["a"])
            .reduce(ChecklistAction::ClearAll)
            .reduce(ChecklistAction::Toggle("b".into()));
        assert_eq!(state.undo, None);
        assert_eq!(state.ticked, ids(&["b"]));
    }

    #[test]
    fn external_changes_replace_ticks_without_a_save() {
        let state = loaded(&["a"]).reduce(ChecklistAction::External(ids(&["c"])));
        assert_eq!(state.ticked, ids(&["c"]));
        assert_eq!(state.revision, 0);
    }

    #[test]
    fn forgetting_clears_ticks_without_a_save() {
        let report = ForgetReport::Removed(vec!["checklist ticks"]);
        let state = loaded(&["a"]).reduce(ChecklistAction::Forgot(report.clone()));
        assert!(state.ticked.is_empty());
        assert_eq!(state.revision, 0);
        assert_eq!(state.forgotten, Some(report));
        let state = state.reduce(ChecklistAction::Toggle("a".into()));
        assert_eq!(state.forgotten, None);
    }

    #[test]
    fn memory_only_and_newer_data_are_never_saved() {
        for status in [StorageStatus::MemoryOnly, StorageStatus::ReadOnlyNewer] {
            let state = ChecklistState::default()
                .reduce(ChecklistAction::Loaded(ids(&[]), status))
                .reduce(ChecklistAction::SaveResult(StorageStatus::Saved));
            assert!(!state.can_save());
            assert_eq!(state.status, status);
        }
    }

    #[test]
    fn a_failed_save_shows_and_a_later_success_clears_it() {
        let state = loaded(&[]).reduce(ChecklistAction::SaveResult(StorageStatus::SaveFailed));
        assert_eq!(state.status, StorageStatus::SaveFailed);
        assert!(state.can_save(), "keep trying: space may free up");
        let state = state.reduce(ChecklistAction::SaveResult(StorageStatus::Saved));
        assert_eq!(state.status, StorageStatus::Saved);
    }

    #[test]
    fn nothing_is_saved_before_loading() {
        assert!(!ChecklistState::default().can_save());
    }

    #[test]
    fn progress_counts_only_current_tips() {
        let state = loaded(&["a", "retired"]);
        assert_eq!(state.done_among(["a", "b"]), 1);
    }
}
