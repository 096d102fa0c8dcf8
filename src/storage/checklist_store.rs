//! The checklist's ticks, stored as a set of stable tip ids.

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{Backend, Migration, Namespace, Slot, SlotStore};
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
pub struct ChecklistStore(SlotStore<ChecklistData>);

impl ChecklistStore {
    /// A store over `backend` (normally `localStorage`).
    pub fn new(backend: Rc<dyn Backend>, namespace: &Namespace) -> Self {
        Self(SlotStore::new(
            backend,
            namespace,
            Slot::Checklist,
            CHECKLIST_MIGRATIONS,
        ))
    }

    /// A store for when storage cannot be reached: it keeps nothing beyond the page.
    pub fn memory_only(namespace: &Namespace) -> Self {
        Self(SlotStore::memory_only(
            namespace,
            Slot::Checklist,
            CHECKLIST_MIGRATIONS,
        ))
    }

    /// The key this store owns, to match `storage` events from other tabs.
    pub fn key(&self) -> &str {
        self.0.key()
    }

    /// Reads the stored ticks and says how far they can be trusted and saved.
    pub fn load(&self) -> (BTreeSet<String>, StorageStatus) {
        let (data, status) = self.0.load();
        let ticked = data
            .map(|data| data.ticked.into_iter().collect())
            .unwrap_or_default();
        (ticked, status)
    }

    /// Writes the ticks and reports the resulting status.
    pub fn save(&self, ticked: &BTreeSet<String>) -> StorageStatus {
        self.0.save(&ChecklistData {
            ticked: ticked.iter().cloned().collect(),
        })
    }

    /// Removes every key the app owns in this namespace (not only the checklist's).
    pub fn forget(&self) -> ForgetReport {
        self.0.forget()
    }
}
