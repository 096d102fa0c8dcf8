//! Wraps any state that is kept in storage: loaded or not, saveable or not, changed or not.

use super::StorageStatus;

/// A state plus what the page knows about its storage.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Persisted<S> {
    /// The wrapped state.
    pub state: S,
    /// True once stored data has been read.
    pub loaded: bool,
    /// Storage status, which decides the notice the reader sees.
    pub status: StorageStatus,
    /// Counts local changes that need saving.
    pub revision: u64,
}

impl<S: PartialEq> Persisted<S> {
    /// Takes what storage held (`None` keeps the current state) and its status.
    pub fn restored(mut self, state: Option<S>, status: StorageStatus) -> Self {
        if let Some(state) = state {
            self.state = state;
        }
        self.status = status;
        self.loaded = true;
        self
    }

    /// Applies a local change; only a real change needs saving.
    pub fn changed(mut self, change: impl FnOnce(S) -> S) -> Self
    where
        S: Clone,
    {
        let before = self.state.clone();
        self.state = change(self.state);
        if before != self.state {
            self.revision += 1;
        }
        self
    }

    /// Replaces the state without saving it (the data was forgotten elsewhere).
    pub fn reset(mut self, state: S) -> Self {
        self.state = state;
        self
    }

    /// Records the outcome of a save.
    pub fn saved(mut self, status: StorageStatus) -> Self {
        if self.can_save() {
            self.status = status;
        }
        self
    }

    /// Whether changes should be written to storage.
    pub fn can_save(&self) -> bool {
        self.loaded && self.status.accepts_writes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_changes_bump_the_revision() {
        let wrapped = Persisted::<u8>::default().restored(Some(3), StorageStatus::Saved);
        let same = wrapped.clone().changed(|n| n);
        assert_eq!(same.revision, 0);
        let changed = wrapped.changed(|n| n + 1);
        assert_eq!((changed.state, changed.revision), (4, 1));
    }

    #[test]
    fn nothing_is_saved_before_loading_or_when_read_only() {
        assert!(!Persisted::<u8>::default().can_save());
        let newer = Persisted::<u8>::default().restored(None, StorageStatus::ReadOnlyNewer);
        assert!(!newer.can_save());
        assert_eq!(
            newer.saved(StorageStatus::Saved).status,
            StorageStatus::ReadOnlyNewer
        );
    }

    #[test]
    fn reset_does_not_ask_for_a_save() {
        let wrapped = Persisted::<u8>::default()
            .restored(Some(3), StorageStatus::Saved)
            .reset(0);
        assert_eq!((wrapped.state, wrapped.revision), (0, 0));
    }
}
