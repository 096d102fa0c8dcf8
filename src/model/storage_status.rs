//! Where a part's data stands with respect to this browser's storage: the status that
//! decides whether a part may write and which notice it shows.

/// Where a part's data stands with respect to this browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageStatus {
    /// Loaded from and saved to storage (or nothing has happened yet).
    #[default]
    Saved,
    /// Storage is missing or blocked: the data lives in memory for this page only.
    MemoryOnly,
    /// The last save failed because the browser's storage quota is full; the change stays on screen.
    StorageFull,
    /// The last save failed for another reason; the change stays on screen.
    SaveFailed,
    /// Stored data could not be read, so the part started fresh.
    StartedFresh,
    /// Stored data came from a newer version: shown, never overwritten until a reload.
    ReadOnlyNewer,
    /// Another tab saved this part first and the reader's change could not be merged
    /// into it (a quiz in progress): what is stored is shown, and the change was not saved.
    ChangedElsewhere,
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
