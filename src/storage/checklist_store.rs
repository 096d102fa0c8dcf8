//! Loading and saving the checklist's ticks through a [`Backend`].

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{
    decode, encode, forget_all, Backend, Decoded, MemoryBackend, Migration, Namespace, Slot,
    StorageError,
};
use crate::model::{ForgetReport, StorageStatus};

/// The stored fields of the checklist (version 1): ticked tip ids, in any order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistData {
    /// Stable tip ids, never positions, so tips can be reordered, added or retired.
    pub ticked: Vec<String>,
}

/// Upgrades from older checklist versions; empty while version 1 is current.
pub const CHECKLIST_MIGRATIONS: &[Migration] = &[];

/// Reads and writes the checklist for one namespace.
pub struct ChecklistStore {
    backend: Rc<dyn Backend>,
    key: String,
    namespace: Namespace,
    memory_only: bool,
}

impl ChecklistStore {
    /// A store over `backend` (normally `localStorage`).
    pub fn new(backend: Rc<dyn Backend>, namespace: &Namespace) -> Self {
        Self {
            backend,
            key: namespace.key(Slot::Checklist),
            namespace: namespace.clone(),
            memory_only: false,
        }
    }

    /// A store for when storage cannot be reached: it keeps nothing beyond the page.
    pub fn memory_only(namespace: &Namespace) -> Self {
        Self {
            memory_only: true,
            ..Self::new(Rc::new(MemoryBackend::new()), namespace)
        }
    }

    /// The key this store owns, to match `storage` events from other tabs.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads the stored ticks and says how far they can be trusted and saved.
    pub fn load(&self) -> (BTreeSet<String>, StorageStatus) {
        if self.memory_only {
            return (BTreeSet::new(), StorageStatus::MemoryOnly);
        }
        let raw = match self.backend.get(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (BTreeSet::new(), StorageStatus::Saved),
            Err(_) => return (BTreeSet::new(), StorageStatus::MemoryOnly),
        };
        match decode::<ChecklistData>(&raw, CHECKLIST_MIGRATIONS) {
            Ok(Decoded::Current(data) | Decoded::Migrated(data)) => {
                (data.ticked.into_iter().collect(), StorageStatus::Saved)
            }
            Ok(Decoded::Newer(data)) => (
                data.map(|data| data.ticked.into_iter().collect())
                    .unwrap_or_default(),
                StorageStatus::ReadOnlyNewer,
            ),
            Err(_) => (BTreeSet::new(), StorageStatus::StartedFresh),
        }
    }

    /// Writes the ticks and reports the resulting status.
    pub fn save(&self, ticked: &BTreeSet<String>) -> StorageStatus {
        if self.memory_only {
            return StorageStatus::MemoryOnly;
        }
        let data = ChecklistData {
            ticked: ticked.iter().cloned().collect(),
        };
        match self
            .backend
            .set(&self.key, &encode(&data, CHECKLIST_MIGRATIONS))
        {
            Ok(()) => StorageStatus::Saved,
            Err(StorageError::Unavailable) => StorageStatus::MemoryOnly,
            Err(StorageError::QuotaExceeded | StorageError::Other(_)) => StorageStatus::SaveFailed,
        }
    }

    /// Removes every key the app owns in this namespace (not only the checklist's).
    pub fn forget(&self) -> ForgetReport {
        if self.memory_only {
            return ForgetReport::Removed(Vec::new());
        }
        match forget_all(self.backend.as_ref(), &self.namespace) {
            Ok(removed) => ForgetReport::Removed(removed),
            Err(_) => ForgetReport::Failed,
        }
    }
}
