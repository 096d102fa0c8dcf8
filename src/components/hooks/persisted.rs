//! The one hook through which every part keeps its state on the device.
//!
//! It opens the page's shared store after mounting (never during a render, which
//! also runs natively), loads the part's key, follows the key when another tab
//! changes or removes it (or another part on this page saves it, even in another
//! wasm module, or an import writes it), resets the part when "Forget my data" is pressed anywhere on this
//! page, and saves after every local change, telling the page's other parts. The rules live in
//! the model ([`Persisted`]) and in the store, so no part can break them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, StorageEvent};
use yew::prelude::*;

use super::page_links::use_host_event;
use crate::components::persist::{announce_save, forgotten_event, saved_event, PersistedHandle};
use crate::model::{FromJson, Namespace, Persisted, PersistedAction, PersistedPart, Slot, ToJson};
use crate::storage::{shared_store, Store};

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
                StoreTask::Forgotten => Some(PersistedAction::Forgotten(store.forgotten(slot))),
                StoreTask::Save => store.save_pending::<P>(slot, pending.take(), content),
            };
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
        })
    };
    use_store_link(namespace, slot, model.revision, part);
    use_host_event(model.changes, model.event);
    model
}

/// What the store side of the hook asks a part to do.
#[derive(Clone, Copy)]
enum StoreTask {
    /// Read the part's key after the store opened.
    Load,
    /// Read the key again: another tab, or another part on this page, changed it.
    External,
    /// Reset, if the key is gone (else keep it, but hear of the press): "Forget my data"
    /// was pressed on this page.
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
    // The open store, and whether this part is telling the page of its own save (which it
    // need not hear): one cell for both keeps the hook small in the wasm.
    let link: Link = use_mut_ref(|| (None, false));
    {
        let (part, link) = (part.clone(), link.clone());
        use_effect_with(namespace.clone(), move |namespace| {
            let opened = shared_store(namespace);
            part(&opened, StoreTask::Load);
            link.borrow_mut().0 = Some(opened.clone());
            let listeners = follow(&opened, slot, part, link);
            move || drop(listeners)
        });
    }
    use_effect_with(revision, move |_| {
        let store = link.borrow().0.clone();
        if let Some(store) = store {
            let writes = store.writes(slot);
            part(&store, StoreTask::Save);
            // Only a real write is news: the others' re-read saves nothing, so no loop.
            if store.writes(slot) != writes {
                link.borrow_mut().1 = true;
                announce_save(store.namespace(), &store.key(slot));
                link.borrow_mut().1 = false;
            }
        }
    });
}

/// A part's open store (once mounted), and whether it is announcing its own save.
type Link = Rc<RefCell<(Option<Rc<Store>>, bool)>>;

/// Listens for other tabs changing `slot`'s key, for other parts (or an import) on this
/// page writing it, and for "Forget my data" on this page.
fn follow(store: &Rc<Store>, slot: Slot, part: PartLink, link: Link) -> Option<[EventListener; 3]> {
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
    // Another part on this page (in this wasm module or another), or an import, wrote a
    // key: if ours, read it again, as if another tab had; a part that saved it shows it.
    let saved = {
        let (store, key) = (store.clone(), store.key(slot));
        EventListener::new(&window, saved_event(store.namespace()), move |event| {
            let named = event
                .dyn_ref::<CustomEvent>()
                .and_then(|event| event.detail().as_string());
            if !link.borrow().1 && named.is_some_and(|named| named == key) {
                part(&store, StoreTask::External);
            }
        })
    };
    Some([other_tabs, forgotten, saved])
}
