//! Loading and saving one slot's typed data through a [`Backend`], with status reporting.

use std::marker::PhantomData;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{
    decode, encode, forget_all, Backend, Decoded, MemoryBackend, Migration, Namespace, Slot,
    StorageError,
};
use crate::model::{ForgetReport, StorageStatus};

/// Typed access to one slot (one key) in one namespace.
pub struct SlotStore<T> {
    backend: Rc<dyn Backend>,
    namespace: Namespace,
    key: String,
    migrations: &'static [Migration],
    memory_only: bool,
    data: PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned> SlotStore<T> {
    /// A store for `slot` over `backend` (normally `localStorage`).
    pub fn new(
        backend: Rc<dyn Backend>,
        namespace: &Namespace,
        slot: Slot,
        migrations: &'static [Migration],
    ) -> Self {
        Self {
            backend,
            key: namespace.key(slot),
            namespace: namespace.clone(),
            migrations,
            memory_only: false,
            data: PhantomData,
        }
    }

    /// A store for when storage cannot be reached: it keeps nothing beyond the page.
    pub fn memory_only(
        namespace: &Namespace,
        slot: Slot,
        migrations: &'static [Migration],
    ) -> Self {
        Self {
            memory_only: true,
            ..Self::new(Rc::new(MemoryBackend::new()), namespace, slot, migrations)
        }
    }

    /// The key this store owns, to match `storage` events from other tabs.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads the slot: the data if any was usable, and how far it can be saved.
    pub fn load(&self) -> (Option<T>, StorageStatus) {
        if self.memory_only {
            return (None, StorageStatus::MemoryOnly);
        }
        let raw = match self.backend.get(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (None, StorageStatus::Saved),
            Err(_) => return (None, StorageStatus::MemoryOnly),
        };
        match decode::<T>(&raw, self.migrations) {
            Ok(Decoded::Current(data) | Decoded::Migrated(data)) => {
                (Some(data), StorageStatus::Saved)
            }
            Ok(Decoded::Newer(data)) => (data, StorageStatus::ReadOnlyNewer),
            Err(_) => (None, StorageStatus::StartedFresh),
        }
    }

    /// Writes the slot and reports the resulting status.
    pub fn save(&self, data: &T) -> StorageStatus {
        if self.memory_only {
            return StorageStatus::MemoryOnly;
        }
        status_of(self.backend.set(&self.key, &encode(data, self.migrations)))
    }

    /// Removes this slot only.
    pub fn clear(&self) -> StorageStatus {
        if self.memory_only {
            return StorageStatus::MemoryOnly;
        }
        status_of(self.backend.remove(&self.key))
    }

    /// Removes every key the app owns in this namespace (not only this slot's).
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

fn status_of(result: Result<(), StorageError>) -> StorageStatus {
    match result {
        Ok(()) => StorageStatus::Saved,
        Err(StorageError::Unavailable) => StorageStatus::MemoryOnly,
        Err(StorageError::QuotaExceeded) => StorageStatus::StorageFull,
        Err(StorageError::Other(_)) => StorageStatus::SaveFailed,
    }
}
