//! The one hook through which every part keeps its state on the device.
//!
//! It opens the page's shared store after mounting (never during a render, which
//! also runs natively), loads the part's key, follows the key when another tab
//! changes or removes it, resets the part when "Forget my data" is pressed
//! anywhere on this page, and saves after every local change. The rules live in
//! the model ([`Persisted`]) and in the store, so no part can break them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, StorageEvent};
use yew::prelude::*;

use super::hooks::use_host_event;
use crate::model::{
    ForgetReport, FromJson, ImportError, Namespace, Persisted, PersistedAction, PersistedPart,
    Slot, ToJson,
};
use crate::storage::{shared_store, ImportPlan, Imported, Store};

impl<P: PersistedPart> Reducible for Persisted<P> {
    type Action = PersistedAction<P>;

    fn reduce(self: Rc<Self>, action: PersistedAction<P>) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

/// A part's state and storage bookkeeping; dispatch `PersistedAction::Act` to change it.
pub type PersistedHandle<P> = UseReducerHandle<Persisted<P>>;

/// Keeps part `P` in `slot` of `namespace`; see the module documentation.
#[hook]
pub fn use_persisted<P>(
    namespace: &Namespace,
    slot: Slot,
    content: &'static P::Content,
) -> PersistedHandle<P>
where
    P: PersistedPart,
    P::Saved: ToJson + FromJson,
{
    // Re-render only on a real change: a save that changes nothing shows nothing new.
    let model = use_reducer_eq(move || Persisted::<P>::new(content));
    // Only this small closure is built once per part; the effects and listeners that
    // call it are shared by every part, which keeps the wasm from carrying four copies.
    let part: PartLink = {
        let dispatcher = model.dispatcher();
        let pending = Cell::new(model.pending_save());
        Rc::new(move |store: &Store, task: StoreTask| {
            let action = match task {
                StoreTask::Load => Some(PersistedAction::Loaded(store.read(slot))),
                StoreTask::External => Some(PersistedAction::External(store.read(slot))),
                StoreTask::Forgotten => store.forgotten(slot).map(PersistedAction::Forgotten),
                StoreTask::Save => store.save_pending::<P>(slot, pending.take(), content),
            };
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
        })
    };
    use_store_link(namespace, slot, model.revision, part);
    use_host_event(model.revision, model.event);
    model
}

/// What the store side of the hook asks a part to do.
#[derive(Clone, Copy)]
enum StoreTask {
    /// Read the part's key after the store opened.
    Load,
    /// Read the key again: another tab changed it.
    External,
    /// Reset, if the key is gone: "Forget my data" was pressed on this page.
    Forgotten,
    /// Save the change this render made, if any.
    Save,
}

/// A part's half of [`use_persisted`]: carries out one task against the open store.
type PartLink = Rc<dyn Fn(&Store, StoreTask)>;

/// The part-independent half of [`use_persisted`]: opens the store after mounting,
/// follows other tabs and "Forget my data", and saves after every local change.
#[hook]
fn use_store_link(namespace: &Namespace, slot: Slot, revision: u64, part: PartLink) {
    let store: Rc<RefCell<Option<Rc<Store>>>> = use_mut_ref(|| None);
    {
        let (part, store) = (part.clone(), store.clone());
        use_effect_with(namespace.clone(), move |namespace| {
            let opened = shared_store(namespace);
            part(&opened, StoreTask::Load);
            *store.borrow_mut() = Some(opened.clone());
            let listeners = follow(&opened, slot, part);
            move || drop(listeners)
        });
    }
    use_effect_with(revision, move |_| {
        let store = store.borrow().clone();
        if let Some(store) = store {
            part(&store, StoreTask::Save);
        }
    });
}

/// Listens for other tabs changing `slot`'s key, and for "Forget my data" and imports on this page.
fn follow(store: &Rc<Store>, slot: Slot, part: PartLink) -> Option<[EventListener; 3]> {
    let window = web_sys::window()?;
    let other_tabs = {
        let (store, part, key) = (store.clone(), part.clone(), store.key(slot));
        EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<StorageEvent>() else {
                return;
            };
            // A `None` key means another tab cleared the whole storage area.
            if event.key().is_none_or(|changed| changed == key) {
                part(&store, StoreTask::External);
            }
        })
    };
    let forgotten = {
        let (store, part) = (store.clone(), part.clone());
        EventListener::new(&window, forgotten_event(store.namespace()), move |_| {
            part(&store, StoreTask::Forgotten);
        })
    };
    // An import on this page wrote keys: read them again, as if another tab had.
    let imported = {
        let store = store.clone();
        EventListener::new(&window, imported_event(store.namespace()), move |_| {
            part(&store, StoreTask::External);
        })
    };
    Some([other_tabs, forgotten, imported])
}

/// Removes every key the app owns in `namespace`, and resets every part on this
/// page that uses it (other tabs follow through their `storage` events).
pub fn forget_everything(namespace: &Namespace) -> ForgetReport {
    let report = shared_store(namespace).forget_all();
    page_event(&forgotten_event(namespace));
    report
}

fn forgotten_event(namespace: &Namespace) -> String {
    namespace.event_name("forgotten")
}

/// Imports the file `text` into `namespace` if its plan, made again now, is still the
/// one the reader `confirmed` (see `Store::import`), and has every part on this page read
/// its key again (other tabs follow through their `storage` events).
pub fn import_into(
    namespace: &Namespace,
    text: &str,
    confirmed: &dyn Fn(&ImportPlan) -> bool,
) -> Result<Imported, ImportError> {
    let outcome = shared_store(namespace).import(text, confirmed);
    if let Ok(Imported::Written(_)) = outcome {
        // Even a partial write must show: every part reads what is really stored now.
        page_event(&imported_event(namespace));
    }
    outcome
}

fn imported_event(namespace: &Namespace) -> String {
    namespace.event_name("imported")
}

/// Dispatches a page-level event that the parts' hooks listen for.
fn page_event(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), CustomEvent::new(name)) {
        // Dispatch only fails for an uninitialised event, which this is not.
        let _ = window.dispatch_event(&event);
    }
}

/// Moves keyboard focus to `node`, if it is in the page.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can fail on a detached element; there is nothing useful to do then.
        let _ = element.focus();
    }
}
