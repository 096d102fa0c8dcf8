//! The browser backend: `window.localStorage`, with every failure turned into a [`StorageError`].

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, DomException, Storage, StorageEvent};

use super::{Backend, Namespace, StorageError};

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

    /// Calls `on_change` whenever another tab changes `key` (or clears storage).
    pub fn watch(key: String, on_change: impl Fn() + 'static) -> Option<EventListener> {
        let window = web_sys::window()?;
        Some(EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<StorageEvent>() else {
                return;
            };
            // A `None` key means another tab cleared the whole storage area.
            match event.key() {
                Some(changed) if changed != key => {}
                _ => on_change(),
            }
        }))
    }
}

/// Tells every part of this page that uses `namespace` that its data was forgotten.
pub fn announce_forgotten(namespace: &Namespace) {
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        CustomEvent::new(&namespace.event_name("forgotten")),
    ) {
        // Dispatch only fails for an uninitialised event, which this is not.
        let _ = window.dispatch_event(&event);
    }
}

/// Calls `on_forgotten` when another part of this page forgets `namespace`'s data.
pub fn on_forgotten(
    namespace: &Namespace,
    on_forgotten: impl Fn() + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(
        &window,
        namespace.event_name("forgotten"),
        move |_| on_forgotten(),
    ))
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
