//! The one place that touches `localStorage`: namespaced keys, a versioned
//! envelope, typed errors, and an in-memory fallback.
//!
//! Logic here runs against the [`Backend`] trait so that it is tested natively
//! with [`MemoryBackend`] and with failing backends; [`WebBackend`] is the thin
//! browser implementation. Nothing here ever lists, rewrites or clears keys
//! that the app does not own.

mod checklist_store;
mod envelope;
mod self_check_migrations;
mod slot_store;
mod web;

use std::cell::RefCell;
use std::collections::BTreeMap;

pub use checklist_store::{ChecklistData, ChecklistStore, CHECKLIST_MIGRATIONS};
pub use envelope::{decode, encode, DecodeError, Decoded, Migration};
pub use self_check_migrations::SELF_CHECK_MIGRATIONS;
pub use slot_store::SlotStore;
pub use web::{announce_forgotten, on_forgotten, WebBackend};

/// Every key the app writes starts with this prefix.
pub const KEY_PREFIX: &str = "gut-skin-axis";

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is missing or refuses access (blocked cookies, sandboxed frame).
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Any other failure, with the browser's description.
    Other(String),
}

/// A key-value store of strings: `localStorage`, or a stand-in.
pub trait Backend {
    /// Reads a key; `Ok(None)` when it is absent.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes a key.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes a key; removing an absent key is not an error.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// An in-memory backend: the fallback when storage is blocked, and the test double.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    entries: RefCell<BTreeMap<String, String>>,
}

impl MemoryBackend {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every key currently stored, for tests.
    pub fn keys(&self) -> Vec<String> {
        self.entries.borrow().keys().cloned().collect()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
}

/// One kind of data the app stores; each has its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The tip checklist's ticks.
    Checklist,
    /// Knowledge quiz progress and result.
    Quiz,
    /// Habits self-check answers in progress.
    SelfCheck,
    /// The last habits self-check result, with its date.
    SelfCheckResult,
}

impl Slot {
    /// Every slot the app owns: "Forget my data" removes all of them.
    pub const ALL: &'static [Slot] = &[
        Slot::Checklist,
        Slot::Quiz,
        Slot::SelfCheck,
        Slot::SelfCheckResult,
    ];

    /// The last part of the slot's key.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Checklist => "checklist",
            Slot::Quiz => "quiz",
            Slot::SelfCheck => "self-check",
            Slot::SelfCheckResult => "self-check-result",
        }
    }

    /// How the slot is described to the reader after it is removed.
    pub fn label(self) -> &'static str {
        match self {
            Slot::Checklist => "your checklist ticks",
            Slot::Quiz => "your quiz progress",
            Slot::SelfCheck => "your self-check answers",
            Slot::SelfCheckResult => "your last self-check result",
        }
    }
}

/// A storage namespace chosen by an embedding page, so that two sites' data never mix.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Namespace(Option<String>);

impl Namespace {
    /// The default namespace (the app's own page).
    pub fn none() -> Self {
        Self(None)
    }

    /// A named namespace: 1–32 characters of `a-z`, `0-9`, `-` and `_`; anything else is `None`.
    pub fn named(name: &str) -> Option<Self> {
        let valid = (1..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        valid.then(|| Self(Some(name.to_owned())))
    }

    /// The namespace's name, or `None` for the default one.
    pub fn name(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The full key of a slot, e.g. `gut-skin-axis:checklist` or `gut-skin-axis@mysite:checklist`.
    pub fn key(&self, slot: Slot) -> String {
        match &self.0 {
            // '@' cannot appear in a namespace or slot name, so keys never collide.
            Some(name) => format!("{KEY_PREFIX}@{name}:{}", slot.name()),
            None => format!("{KEY_PREFIX}:{}", slot.name()),
        }
    }
}

impl Namespace {
    /// A page-level event name for this namespace, e.g. `gut-skin-axis:forgotten`.
    pub fn event_name(&self, what: &str) -> String {
        match &self.0 {
            Some(name) => format!("{KEY_PREFIX}@{name}:{what}"),
            None => format!("{KEY_PREFIX}:{what}"),
        }
    }
}

/// Removes every slot the app owns in `namespace`; returns the labels of those that existed.
pub fn forget_all(
    backend: &dyn Backend,
    namespace: &Namespace,
) -> Result<Vec<&'static str>, StorageError> {
    let mut removed = Vec::new();
    for slot in Slot::ALL {
        let key = namespace.key(*slot);
        if backend.get(&key)?.is_some() {
            backend.remove(&key)?;
            removed.push(slot.label());
        }
    }
    Ok(removed)
}
