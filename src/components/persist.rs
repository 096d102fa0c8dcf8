//! What every part shares to keep its state on the device: the reducer over the model's
//! [`Persisted`], "Forget my data", the import whose keys the parts then read, and the
//! page events through which the parts on this page follow both. The hook itself is
//! `hooks::use_persisted`; the rules live in the model and in the store.

use std::rc::Rc;

use web_sys::{CustomEvent, CustomEventInit};
use yew::prelude::*;

use crate::model::{
    ForgetReport, ImportError, Namespace, Persisted, PersistedAction, PersistedPart,
};
use crate::storage::{shared_store, ImportPlan, Imported};

impl<P: PersistedPart> Reducible for Persisted<P> {
    type Action = PersistedAction<P>;

    fn reduce(self: Rc<Self>, action: PersistedAction<P>) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

/// A part's state and storage bookkeeping; dispatch `PersistedAction::Act` to change it.
pub type PersistedHandle<P> = UseReducerHandle<Persisted<P>>;

/// Removes every key the app owns in `namespace`, and resets every part on this
/// page that uses it (other tabs follow through their `storage` events).
pub fn forget_everything(namespace: &Namespace) -> ForgetReport {
    let report = shared_store(namespace).forget_all();
    page_event(&forgotten_event(namespace));
    report
}

/// The page event that tells every part in `namespace` that "Forget my data" was pressed.
pub fn forgotten_event(namespace: &Namespace) -> String {
    namespace.event_name("forgotten")
}

/// Imports the file `text` into `namespace` if its plan, made again now, is still the
/// one the reader `confirmed` (see `Store::import`), and has the parts of each key it
/// wrote read it again, as after a save (other tabs follow through their `storage`
/// events). Only those: a part whose key the browser refused, or that the file does not
/// hold, must not re-read, as that would replace what it shows (perhaps unsaved work).
pub fn import_into(
    namespace: &Namespace,
    text: &str,
    confirmed: &dyn Fn(&ImportPlan) -> bool,
) -> Result<Imported, ImportError> {
    let outcome = shared_store(namespace).import(text, confirmed);
    if let Ok(Imported::Written { written, .. }) = &outcome {
        for slot in written {
            announce_save(namespace, &namespace.key(*slot));
        }
    }
    outcome
}

/// The page event that tells every part in `namespace` that a part on this page saved the
/// key named in its `detail`. Within one page no `storage` event fires, and each wasm
/// module (a widget in each language) has its own store: this one reaches them all,
/// and each part takes it as it takes another tab's change.
pub fn saved_event(namespace: &Namespace) -> String {
    namespace.event_name("saved")
}

/// Tells every part on this page, in every module, that `key` of `namespace` was written.
pub fn announce_save(namespace: &Namespace, key: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&key.into());
    let event = CustomEvent::new_with_event_init_dict(&saved_event(namespace), &init);
    if let (Some(window), Ok(event)) = (web_sys::window(), event) {
        let _ = window.dispatch_event(&event);
    }
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
