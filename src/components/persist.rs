//! A hook that connects a component's state to one storage slot.

use std::cell::RefCell;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use yew::prelude::*;

use crate::model::StorageStatus;
use crate::storage::{on_forgotten, Migration, Namespace, Slot, SlotStore, WebBackend};

/// A slot store that exists once the component has mounted.
pub type SharedStore<T> = Rc<RefCell<Option<Rc<SlotStore<T>>>>>;

/// Opens `slot` after mounting (never during a render, which also runs natively),
/// passes what it holds to `on_load`, and calls `on_forget` when the reader forgets
/// their data elsewhere on the page.
#[hook]
pub fn use_slot<T>(
    namespace: &Namespace,
    slot: Slot,
    migrations: &'static [Migration],
    on_load: Callback<(Option<T>, StorageStatus)>,
    on_forget: Callback<()>,
) -> SharedStore<T>
where
    T: Serialize + DeserializeOwned + 'static,
{
    let store: SharedStore<T> = use_mut_ref(|| None);
    let shared = store.clone();
    use_effect_with(namespace.clone(), move |namespace| {
        let opened = Rc::new(match WebBackend::open() {
            Ok(backend) => SlotStore::new(Rc::new(backend), namespace, slot, migrations),
            Err(_) => SlotStore::memory_only(namespace, slot, migrations),
        });
        on_load.emit(opened.load());
        *shared.borrow_mut() = Some(opened);
        let listener = on_forgotten(namespace, move || on_forget.emit(()));
        move || drop(listener)
    });
    store
}

/// Saves `data` through `store` if it has opened; `None` before mounting.
pub fn save_to<T: Serialize + DeserializeOwned>(
    store: &SharedStore<T>,
    data: &T,
) -> Option<StorageStatus> {
    store.borrow().as_ref().map(|store| store.save(data))
}

/// Moves keyboard focus to `node`, if it is in the page.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can fail on a detached element; there is nothing useful to do then.
        let _ = element.focus();
    }
}
