//! The one place that touches `localStorage`: namespaced keys, a versioned
//! envelope, typed errors, and an in-memory fallback.
//!
//! Logic here runs against the [`Backend`] trait so that it is tested natively
//! with [`MemoryBackend`] and with failing backends; [`WebBackend`] is the thin
//! browser implementation. Nothing here ever lists, rewrites or clears keys
//! that the app does not own.

mod envelope;
mod forget;
#[cfg(target_arch = "wasm32")]
mod json_browser;
#[cfg(not(target_arch = "wasm32"))]
mod json_native;
mod self_check_migrations;
mod store;
mod transfer;
mod web;

use std::cell::RefCell;
use std::collections::BTreeMap;

pub use envelope::{decode, decode_value, encode, DecodeError, Decoded, Migration};
#[cfg(target_arch = "wasm32")]
pub use json_browser::{json_text, parse_json};
#[cfg(not(target_arch = "wasm32"))]
pub use json_native::{json_text, parse_json};
// Keys are a model type; they are re-exported here for code that names them with storage.
pub use crate::model::{Namespace, Slot, KEY_PREFIX};
pub use self_check_migrations::{RESULT_MIGRATIONS, SELF_CHECK_MIGRATIONS};
pub use store::{migrations, Refused, Store};
pub use transfer::{ImportPlan, Imported, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES};
pub use web::{shared_store, WebBackend};

/// The time now as ISO 8601 (`2026-11-25T10:11:12.000Z`), from the browser's clock.
#[cfg(target_arch = "wasm32")]
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The time now as ISO 8601 (`2026-11-25T10:11:12.000Z`), from the system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_iso() -> String {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as i64);
    let (days, rest) = (millis.div_euclid(86_400_000), millis.rem_euclid(86_400_000));
    let date = crate::model::Date::from_unix_days(days).map_or_else(String::new, |d| d.iso());
    let (hours, minutes, seconds) = (rest / 3_600_000, rest / 60_000 % 60, rest / 1000 % 60);
    format!(
        "{date}T{hours:02}:{minutes:02}:{seconds:02}.{:03}Z",
        rest % 1000
    )
}

/// How deeply stored JSON may nest; the app's own data nests three levels.
pub const MAX_JSON_DEPTH: usize = 32;

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
