//! The browser backend: `window.localStorage`, with every failure turned into a [`StorageError`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use super::{Backend, Namespace, StorageError, Store};

/// `localStorage`, reached without a single `unwrap`.
pub struct WebBackend {
    storage: Storage,
}

impl WebBackend {
    /// Opens `localStorage`; fails when it is missing or throws (blocked cookies, sandboxed frame).
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) | Err(_) => Err(StorageError::Unavailable),
        }
    }
}

thread_local! {
    static STORES: RefCell<Vec<Rc<Store>>> = const { RefCell::new(Vec::new()) };
}

/// The page's one store for `namespace` over `localStorage` (memory only when it
/// cannot be reached). Every part of the page shares it, so a removal or a newer
/// version that one part sees holds for all of them.
pub fn shared_store(namespace: &Namespace) -> Rc<Store> {
    STORES.with(|stores| {
        let mut stores = stores.borrow_mut();
        if let Some(store) = stores.iter().find(|store| store.namespace() == namespace) {
            return store.clone();
        }
        let store = Rc::new(match WebBackend::open() {
            Ok(backend) => Store::new(Rc::new(backend), namespace),
            Err(_) => Store::memory_only(namespace),
        });
        stores.push(store.clone());
        store
    })
}

impl Backend for WebBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }
}

/// Maps a thrown value to a typed error; browsers name a full quota differently.
fn classify(error: JsValue) -> StorageError {
    match error.dyn_ref::<DomException>().map(DomException::name) {
        Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StorageError::QuotaExceeded
        }
        Some(name) if name == "SecurityError" => StorageError::Unavailable,
        Some(name) => StorageError::Other(name),
        None => StorageError::Other(error.as_string().unwrap_or_else(|| "unknown error".into())),
    }
}
