//! Which notice a saved part calls for, decided here so components only word it.

use super::persisted::{Persisted, PersistedPart, Removal, StorageStatus};

/// The one notice a part shows about its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartNotice {
    /// Another tab forgot this part's data (said before any storage status, as it explains
    /// why the part started again).
    RemovedElsewhere,
    /// Something about where the data is kept.
    Status(StorageStatus),
}

impl<P: PersistedPart> Persisted<P> {
    /// The notice this part calls for: a removal in another tab first, else its storage
    /// status; `None` when all is well.
    pub fn notice(&self) -> Option<PartNotice> {
        if self.removed == Some(Removal::Elsewhere) {
            return Some(PartNotice::RemovedElsewhere);
        }
        (self.status != StorageStatus::Saved).then_some(PartNotice::Status(self.status))
    }

    /// Whether "Forget my data" was pressed on this page since the reader last changed
    /// the part, whether or not its key could be removed: the report of what was removed
    /// (and what the browser kept) is shown until then.
    pub fn forget_pressed(&self) -> bool {
        matches!(self.removed, Some(Removal::Here | Removal::Kept))
    }
}
