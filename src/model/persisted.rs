//! One model for every part the page keeps in storage: what was read, what the
//! reader changed, what must be saved, and what another tab or "Forget" did.
//!
//! A part (the quiz, the self-check, its last result, the checklist) only says
//! how its state is built, restored, saved and changed ([`PersistedPart`]); everything
//! about storage is handled here once, and by the store, which enforces the
//! same rules on its side.

use super::host_events::HostEvent;
use super::storage_keys::Slot;
pub use super::storage_status::StorageStatus;

/// What "Forget my data on this device" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForgetReport {
    /// Every key is gone; these slots held data and were removed (empty: nothing was stored).
    Removed(Vec<Slot>),
    /// Some keys are still stored: `kept` could not be removed (or checked), `removed` were.
    Partly {
        /// Slots that held data and are gone now.
        removed: Vec<Slot>,
        /// Slots whose key may still hold data.
        kept: Vec<Slot>,
    },
    /// Storage could not be reached, so nothing could be removed.
    Failed,
}

/// What one read of a key found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored<T> {
    /// Nothing is stored under the key.
    Absent,
    /// Data written by this version (or upgraded from an older one).
    Current(T),
    /// Data written by a newer version: what could be understood, if anything.
    Newer(Option<T>),
    /// Text that is not a readable envelope of the expected shape.
    Unreadable,
    /// Storage cannot be reached: the part keeps its data in memory.
    Unavailable,
}

/// A read of a key together with the store's generation of that key. A save is
/// accepted only with the generation of the latest removal the store has seen,
/// so state held from before a "Forget" can never write the key back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot<T> {
    /// What the read found.
    pub stored: Stored<T>,
    /// The key's generation at the time of the read.
    pub generation: u64,
}

/// One part of the page whose state is kept in storage.
pub trait PersistedPart: Clone + PartialEq + Sized + 'static {
    /// The state as stored (inside the versioned envelope).
    type Saved: PartialEq;
    /// Something the reader did to the part.
    type Action;
    /// What the part needs to know about the content (question keys), or `()`.
    type Content: ?Sized + 'static;

    /// The state of a reader who has done nothing yet.
    fn fresh(content: &Self::Content) -> Self;
    /// The state saved data describes, or `None` when it no longer fits the content.
    fn restore(saved: Self::Saved, content: &Self::Content) -> Option<Self>;
    /// What to store for this state; `None` when there is nothing worth keeping.
    fn to_saved(&self, content: &Self::Content) -> Option<Self::Saved>;
    /// Applies a reader's action.
    fn act(self, action: Self::Action, content: &Self::Content) -> Self;
    /// What a host page that asked for events learns when a reader's action turned
    /// `before` into this state; `None` for most actions.
    fn host_event(&self, _before: &Self, _content: &Self::Content) -> Option<HostEvent> {
        None
    }
    /// The reader's change, from `base` (what this page last read or saved) to this
    /// state, applied to `stored` (what another tab saved meanwhile): the state to save
    /// instead of this one. `None` when the two cannot merge, so the save is refused and
    /// the part shows what is stored. The default refuses; when `stored` is `base`, an
    /// implementation must give this state back. This is the one path of every save
    /// that finds the key changed (see `Store::save_pending`).
    fn rebase(&self, _base: &Self, _stored: Self, _content: &Self::Content) -> Option<Self> {
        None
    }
}

/// What a removal from outside the part did to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// "Forget my data" was pressed on this page, and the part was reset.
    Here,
    /// "Forget my data" was pressed here, but the browser kept the key: the part shows it.
    Kept,
    /// Another tab removed the key (its "Forget my data", or clearing the site's data).
    Elsewhere,
}

/// Something that happened to a persisted part.
#[derive(Debug)]
pub enum PersistedAction<P: PersistedPart> {
    /// The first read after mounting.
    Loaded(Snapshot<P::Saved>),
    /// Another tab changed or removed the key; this is the store's new read of it.
    External(Snapshot<P::Saved>),
    /// "Forget my data" was pressed on this page: the generation after it, or `None`
    /// when the browser kept this part's key (the part keeps showing it).
    Forgotten(Option<u64>),
    /// The reader acted.
    Act(P::Action),
    /// The outcome of saving.
    SaveResult(StorageStatus),
    /// Another tab saved first and the reader's change could not be merged: the store's
    /// read of what it saved, which the part shows instead.
    Conflict(Snapshot<P::Saved>),
}

/// A part's state plus everything the page knows about its storage.
#[derive(Debug)]
pub struct Persisted<P: PersistedPart> {
    /// The part's own state.
    pub state: P,
    /// Storage status, which decides the notice the reader sees.
    pub status: StorageStatus,
    /// True once stored data has been read.
    pub loaded: bool,
    /// Counts local changes that need saving; reads and resets never count.
    pub revision: u64,
    /// The key's generation that the state builds on (see [`Snapshot`]).
    pub generation: u64,
    /// Set when a removal reached the part (see [`Removal`]), until the reader acts again.
    pub removed: Option<Removal>,
    /// What the reader's latest change tells a host page that asked for events. Only a
    /// reader's action sets it, so restoring a finished quiz on reload tells nothing again.
    pub event: Option<HostEvent>,
    /// Counts the reader's changes a host may be told of: each saved change, and "Forget my
    /// data" here (which saves nothing, so `revision` cannot count it).
    pub changes: u64,
    content: &'static P::Content,
}

impl<P: PersistedPart> Clone for Persisted<P> {
    fn clone(&self) -> Self {
        Self {
            state: self.state.clone(),
            content: self.content,
            removed: self.removed,
            event: self.event,
            ..*self
        }
    }
}

impl<P: PersistedPart> PartialEq for Persisted<P> {
    fn eq(&self, other: &Self) -> bool {
        // The content is fixed for the page, so it never tells two states apart.
        (&self.state, self.status, self.loaded, self.revision)
            == (&other.state, other.status, other.loaded, other.revision)
            && (self.generation, self.removed) == (other.generation, other.removed)
    }
}

impl<P: PersistedPart> Persisted<P> {
    /// A part that has not read storage yet.
    pub fn new(content: &'static P::Content) -> Self {
        Self {
            state: P::fresh(content),
            status: StorageStatus::Saved,
            loaded: false,
            revision: 0,
            generation: 0,
            removed: None,
            event: None,
            changes: 0,
            content,
        }
    }

    /// The content the part was built with.
    pub fn content(&self) -> &'static P::Content {
        self.content
    }

    /// Applies one action and returns the new model.
    pub fn reduce(mut self, action: PersistedAction<P>) -> Self {
        match action {
            PersistedAction::Loaded(snapshot) => {
                self.take(snapshot);
                self.loaded = true;
            }
            // Nothing stored and no removal seen since the part read (each moves the generation):
            // the read tells nothing new, so unsaved work stays and no removal is claimed.
            PersistedAction::External(Snapshot {
                stored: Stored::Absent | Stored::Unavailable,
                generation,
            }) if generation == self.generation => {}
            PersistedAction::External(snapshot) => {
                let removed = snapshot.stored == Stored::Absent;
                self.take(snapshot);
                self.removed = removed.then_some(Removal::Elsewhere);
            }
            PersistedAction::Forgotten(None) => self.removed = Some(Removal::Kept),
            PersistedAction::Forgotten(Some(generation)) => {
                let previous = std::mem::replace(&mut self.state, P::fresh(self.content));
                if previous.to_saved(self.content) != self.state.to_saved(self.content) {
                    self.changes += 1;
                    self.event = self.state.host_event(&previous, self.content);
                }
                self.generation = generation;
                self.removed = Some(Removal::Here);
                if self.status == StorageStatus::StartedFresh {
                    self.status = StorageStatus::Saved; // The unreadable data is gone.
                }
            }
            // Nothing the reader does counts before the saved state is read: it would be
            // overwritten by the load, or (worse) saved over what was there.
            PersistedAction::Act(_) if !self.loaded => {}
            PersistedAction::Act(action) => {
                let previous = self.state.clone();
                let before = previous.to_saved(self.content);
                self.state = self.state.act(action, self.content);
                if self.state.to_saved(self.content) != before {
                    self.revision += 1;
                    self.changes += 1;
                    self.removed = None;
                    self.event = self.state.host_event(&previous, self.content);
                }
            }
            PersistedAction::SaveResult(status) => {
                if self.can_save() {
                    self.status = status;
                }
            }
            PersistedAction::Conflict(snapshot) => {
                self.take(snapshot);
                if self.status == StorageStatus::Saved {
                    self.status = StorageStatus::ChangedElsewhere;
                }
                self.removed = None;
            }
        }
        self
    }

    /// Whether local changes should be written to storage.
    pub fn can_save(&self) -> bool {
        self.loaded && self.status.accepts_writes()
    }

    /// What to save now, with the generation the store must still be at; `None` when
    /// nothing should be written.
    /// In memory only the store is still told: it keeps the text for "Export my data",
    /// the reader's one way to keep that work (it cannot write it: there is no storage).
    pub fn pending_save(&self) -> Option<(P::Saved, u64)> {
        let memory_only = self.loaded && self.status == StorageStatus::MemoryOnly;
        if self.revision == 0 || !(self.can_save() || memory_only) {
            return None;
        }
        Some((self.state.to_saved(self.content)?, self.generation))
    }

    /// Adopts what a read found. Memory-only and newer-data states stay so until a
    /// reload, as the store itself refuses those writes until then.
    fn take(&mut self, snapshot: Snapshot<P::Saved>) {
        let content = self.content;
        let (state, status) = match snapshot.stored {
            Stored::Absent => (None, StorageStatus::Saved),
            Stored::Current(saved) => match P::restore(saved, content) {
                Some(state) => (Some(state), StorageStatus::Saved),
                None => (None, StorageStatus::StartedFresh),
            },
            Stored::Newer(saved) => (
                saved.and_then(|saved| P::restore(saved, content)),
                StorageStatus::ReadOnlyNewer,
            ),
            Stored::Unreadable => (None, StorageStatus::StartedFresh),
            Stored::Unavailable => (None, StorageStatus::MemoryOnly),
        };
        self.state = state.unwrap_or_else(|| P::fresh(content));
        self.generation = snapshot.generation;
        if self.status.accepts_writes() || !self.loaded {
            self.status = status;
        }
    }
}
