//! Typed, versioned access to the app's keys in one namespace, enforcing the
//! storage rules whatever the caller does: data from a newer version is never
//! overwritten until the page is reloaded, and a key removed by "Forget my data"
//! (here or in another tab) is never written back by state held from before.

use std::cell::RefCell;
use std::rc::Rc;

use super::envelope::{decode_fields, encode_json};
use super::{Backend, Decoded, Migration, StorageError};
use crate::model::{
    FromJson, Json, Namespace, PersistedAction, PersistedPart, Slot, Snapshot, StorageStatus,
    Stored, ToJson, SAVED_AT,
};

/// Why the store refused to write a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The key holds (or held, since this page loaded) data from a newer version.
    Newer,
    /// The key was removed after the state being saved was read: it must not come back.
    Stale,
    /// Another tab saved the key meanwhile, and the change could not be merged into it.
    Changed,
}

/// What the store knows about one key.
#[derive(Debug, Default)]
pub(super) struct KeyState {
    /// Bumped by every removal the store sees; saves must quote the current one.
    pub(super) generation: u64,
    /// Set once a read found a newer version's data; cleared only by a reload.
    newer: bool,
    /// The text this page last read or wrote, to notice changes it was not told about.
    pub(super) last_seen: Option<String>,
    /// How many times this store wrote the key, so a caller can tell whether a save did.
    writes: u64,
    /// The last save that could not be written (no storage, full, refused): what the part
    /// shows. Export takes it over the stored text; "Forget my data" drops it.
    pub(super) unsaved: Option<String>,
}

/// Upgrades for each slot's stored data; the self-check's answers and its last result are
/// at version 2.
pub fn migrations(slot: Slot) -> &'static [Migration] {
    match slot {
        Slot::SelfCheck => super::SELF_CHECK_MIGRATIONS,
        Slot::SelfCheckResult => super::RESULT_MIGRATIONS,
        Slot::Checklist | Slot::Quiz => &[],
    }
}

/// The app's keys in one namespace, over one backend (or none: memory only).
pub struct Store {
    pub(super) backend: Option<Rc<dyn Backend>>,
    pub(super) namespace: Namespace,
    /// One entry per slot, in `Slot::ALL` order (a map would add kB of wasm for four keys).
    pub(super) keys: RefCell<[KeyState; Slot::ALL.len()]>,
}

impl Store {
    /// A store over `backend` (normally `localStorage`).
    pub fn new(backend: Rc<dyn Backend>, namespace: &Namespace) -> Self {
        Self {
            backend: Some(backend),
            namespace: namespace.clone(),
            keys: RefCell::default(),
        }
    }

    /// A store for when storage cannot be reached: it keeps nothing beyond the page.
    pub fn memory_only(namespace: &Namespace) -> Self {
        Self {
            backend: None,
            namespace: namespace.clone(),
            keys: RefCell::default(),
        }
    }

    /// The namespace this store serves.
    pub fn namespace(&self) -> &Namespace {
        &self.namespace
    }

    /// The full key of `slot`, to match `storage` events from other tabs.
    pub fn key(&self, slot: Slot) -> String {
        self.namespace.key(slot)
    }

    /// The current generation of `slot` (see [`Snapshot`]).
    pub fn generation(&self, slot: Slot) -> u64 {
        self.keys.borrow()[slot as usize].generation
    }

    /// How many times this store has written `slot`: a save that changed it wrote.
    pub fn writes(&self, slot: Slot) -> u64 {
        self.keys.borrow()[slot as usize].writes
    }

    /// Reads `slot` now: at load, and again whenever another tab changes it.
    pub fn read<T: FromJson>(&self, slot: Slot) -> Snapshot<T> {
        let Snapshot { stored, generation } = self.read_fields(slot);
        // Only this last step depends on `T`, so the read itself is in the wasm once.
        let stored = match stored {
            Stored::Current(fields) => {
                T::from_json(&fields).map_or(Stored::Unreadable, Stored::Current)
            }
            Stored::Newer(fields) => Stored::Newer(fields.and_then(|fields| T::from_json(&fields))),
            Stored::Absent => Stored::Absent,
            Stored::Unreadable => Stored::Unreadable,
            Stored::Unavailable => Stored::Unavailable,
        };
        Snapshot { stored, generation }
    }

    /// [`Store::read`] up to the fields at the current version, for any stored type.
    pub(super) fn read_fields(&self, slot: Slot) -> Snapshot<Json> {
        let Some(backend) = &self.backend else {
            return self.snapshot(slot, Stored::Unavailable);
        };
        let raw = match backend.get(&self.key(slot)) {
            Ok(raw) => raw,
            Err(_) => return self.snapshot(slot, Stored::Unavailable),
        };
        let stored = {
            let mut keys = self.keys.borrow_mut();
            let key = &mut keys[slot as usize];
            if raw.is_none() && key.last_seen.is_some() {
                key.generation += 1; // Removed since this page last saw it.
            }
            key.last_seen.clone_from(&raw);
            let stored = match raw {
                None => Stored::Absent,
                Some(raw) => match decode_fields(&raw, migrations(slot)) {
                    Ok(Decoded::Current(data) | Decoded::Migrated(data)) => Stored::Current(data),
                    Ok(Decoded::Newer(data)) => Stored::Newer(data),
                    Err(_) => Stored::Unreadable,
                },
            };
            key.newer |= matches!(stored, Stored::Newer(_));
            stored
        };
        self.snapshot(slot, stored)
    }

    /// Writes `data` to `slot` for state read at `generation`, unless the rules forbid it.
    /// With no part to merge with, a key another tab changed unseen is refused
    /// ([`Refused::Changed`]); parts save through [`Store::save_pending`], which merges.
    pub fn save<T: ToJson + FromJson>(
        &self,
        slot: Slot,
        data: &T,
        generation: u64,
    ) -> Result<StorageStatus, Refused> {
        self.save_json(slot, &data.to_json(), generation, &|_, _| None)
            .map(|(status, _)| status)
    }

    /// [`Store::save`] for data already turned into JSON: the same for every stored type.
    /// Reads the key, applies the change and writes it in one synchronous call, so no
    /// event or timer of this page comes between. When the key holds text this page has
    /// not seen (another tab saved, and its event has not arrived), `merge(base, stored)`
    /// applies the change to what is stored, `base` being the fields this page last saw;
    /// `None` refuses. The flag says whether the write was merged.
    fn save_json(
        &self,
        slot: Slot,
        data: &Json,
        generation: u64,
        merge: &dyn Fn(Option<&Json>, &Json) -> Option<Json>,
    ) -> Result<(StorageStatus, bool), Refused> {
        let key_name = self.key(slot);
        let mut keys = self.keys.borrow_mut();
        let key = &mut keys[slot as usize];
        let Some(backend) = &self.backend else {
            key.unsaved = Some(encoded(slot, data));
            return Ok((StorageStatus::MemoryOnly, false));
        };
        if key.newer {
            return Err(Refused::Newer);
        }
        if generation != key.generation {
            return Err(Refused::Stale);
        }
        let current = match backend.get(&key_name) {
            Ok(current) => current,
            Err(error) => {
                key.unsaved = Some(encoded(slot, data));
                return Ok((status_of(Err(error)), false));
            }
        };
        let mut merged = None;
        if current != key.last_seen {
            // Another tab changed the key and its event has not arrived yet.
            let Some(raw) = &current else {
                // Removed: state read before the removal must not bring it back.
                key.generation += 1;
                key.last_seen = None;
                return Err(Refused::Stale);
            };
            let fields = |raw: &str| match decode_fields(raw, migrations(slot)) {
                Ok(Decoded::Current(data) | Decoded::Migrated(data)) => Some(data),
                _ => None,
            };
            if let Ok(Decoded::Newer(_)) = decode_fields(raw, migrations(slot)) {
                key.newer = true;
                return Err(Refused::Newer);
            }
            // Unreadable text holds nothing to keep: the change is written as it is.
            if let Some(stored) = fields(raw) {
                let base = key.last_seen.as_deref().and_then(fields);
                merged = Some(merge(base.as_ref(), &stored).ok_or(Refused::Changed)?);
            }
        }
        let text = encoded(slot, merged.as_ref().unwrap_or(data));
        let result = backend.set(&key_name, &text);
        if result.is_ok() {
            key.last_seen = Some(text);
            key.writes += 1;
            key.unsaved = None;
        } else {
            key.unsaved = Some(text);
        }
        Ok((status_of(result), merged.is_some()))
    }

    /// Saves what a part has pending (see `Persisted::pending_save`) and says what
    /// the part must hear next: the save's outcome; a fresh read when its change was
    /// merged into what another tab saved (the part shows the merge) or when the store
    /// refused (the part shows what is really stored).
    pub fn save_pending<P>(
        &self,
        slot: Slot,
        pending: Option<(P::Saved, u64)>,
        content: &P::Content,
    ) -> Option<PersistedAction<P>>
    where
        P: PersistedPart,
        P::Saved: ToJson + FromJson,
    {
        let (saved, generation) = pending?;
        let restore = |fields: &Json| P::restore(P::Saved::from_json(fields)?, content);
        // The part's change from what this page last saw, applied to what is stored.
        let merge = |base: Option<&Json>, stored: &Json| {
            let Some(stored) = restore(stored) else {
                return Some(saved.to_json()); // Stored data that no longer fits keeps nothing.
            };
            let base = base.and_then(restore).unwrap_or_else(|| P::fresh(content));
            let mine = P::restore(P::Saved::from_json(&saved.to_json())?, content)?;
            Some(
                mine.rebase(&base, stored, content)?
                    .to_saved(content)?
                    .to_json(),
            )
        };
        Some(
            match self.save_json(slot, &saved.to_json(), generation, &merge) {
                Ok((StorageStatus::Saved, true)) => PersistedAction::External(self.read(slot)),
                Ok((status, _)) => PersistedAction::SaveResult(status),
                Err(Refused::Changed) => PersistedAction::Conflict(self.read(slot)),
                Err(Refused::Newer | Refused::Stale) => PersistedAction::External(self.read(slot)),
            },
        )
    }

    /// The key's text as stored, if it can be read.
    pub(super) fn raw(&self, slot: Slot) -> Option<String> {
        self.backend.as_ref()?.get(&self.key(slot)).ok().flatten()
    }

    /// Writes an imported key and moves it to a new generation, so that no state
    /// read before the import can save over it.
    /// Never over a key a newer version wrote: that key is left as it is.
    pub(super) fn write_imported(&self, slot: Slot, text: &str) -> Result<(), StorageError> {
        let Some(backend) = &self.backend else {
            return Err(StorageError::Unavailable);
        };
        let mut keys = self.keys.borrow_mut();
        let key = &mut keys[slot as usize];
        let newer =
            |raw: &str| matches!(decode_fields(raw, migrations(slot)), Ok(Decoded::Newer(_)));
        if key.newer || backend.get(&self.key(slot))?.as_deref().is_some_and(newer) {
            key.newer = true;
            return Ok(());
        }
        backend.set(&self.key(slot), text)?;
        key.generation += 1;
        key.last_seen = Some(text.to_owned());
        Ok(())
    }

    fn snapshot<T>(&self, slot: Slot, stored: Stored<T>) -> Snapshot<T> {
        Snapshot {
            stored,
            generation: self.generation(slot),
        }
    }
}

/// The text `data` is stored as in `slot`. The checklist merges by id on import; the other
/// parts keep their save time, so an import can tell which of two states is the later.
fn encoded(slot: Slot, data: &Json) -> String {
    match slot {
        Slot::Checklist => encode_json(data, migrations(slot)),
        _ => encode_json(&stamped(data), migrations(slot)),
    }
}

/// `data` with the time of saving in its [`SAVED_AT`] field.
fn stamped(data: &Json) -> Json {
    let mut data = data.clone();
    if let Json::Object(fields) = &mut data {
        fields.insert(SAVED_AT, Json::String(super::now_iso()));
    }
    data
}

fn status_of(result: Result<(), StorageError>) -> StorageStatus {
    match result {
        Ok(()) => StorageStatus::Saved,
        Err(StorageError::Unavailable) => StorageStatus::MemoryOnly,
        Err(StorageError::QuotaExceeded) => StorageStatus::StorageFull,
        Err(StorageError::Other(_)) => StorageStatus::SaveFailed,
    }
}
