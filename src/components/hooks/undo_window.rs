//! The checklist's undo window: "Undo" is offered for a few seconds after "Clear all",
//! and focus is handed back to "Clear all" when it goes.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::persist::{focus, PersistedHandle};
use crate::content::UNDO_SECONDS;
use crate::model::{ChecklistAction, ChecklistState, PersistedAction};

/// Closes the undo window after a few seconds. Focus moves to "Clear all" only
/// if it was on Undo, and without scrolling the page to it.
#[hook]
pub fn use_undo_window(
    model: &PersistedHandle<ChecklistState>,
    clear_ref: &NodeRef,
    undo_ref: &NodeRef,
) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let dispatcher = model.dispatcher();
    let (clear_ref, undo_ref) = (clear_ref.clone(), undo_ref.clone());
    use_effect_with(model.state.undo.is_some(), move |open| {
        // The timer is kept here and dropped (cancelled) when the window closes early.
        *timer.borrow_mut() = open.then(|| {
            focus(&undo_ref);
            Timeout::new(UNDO_SECONDS * 1000, move || {
                move_focus_off_undo(&undo_ref, &clear_ref);
                dispatcher.dispatch(PersistedAction::Act(ChecklistAction::UndoExpired));
            })
        });
        move || drop(timer.borrow_mut().take())
    });
}

/// Before the Undo button goes away: if it has focus, hand focus to "Clear all"
/// without scrolling; anywhere else, focus stays where the reader put it.
pub fn move_focus_off_undo(undo_ref: &NodeRef, clear_ref: &NodeRef) {
    let Some(undo) = undo_ref.cast::<web_sys::Element>() else {
        return;
    };
    let document = web_sys::window().and_then(|window| window.document());
    let has_focus = document
        .and_then(|document| document.active_element())
        .is_some_and(|active| active == undo);
    // Inside a widget's shadow root, the document sees the host as active.
    let has_focus = has_focus
        || undo
            .get_root_node()
            .dyn_ref::<web_sys::ShadowRoot>()
            .and_then(web_sys::ShadowRoot::active_element)
            .is_some_and(|active| active == undo);
    if has_focus {
        if let Some(clear) = clear_ref.cast::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            // Focus can fail on a detached element; there is nothing useful to do then.
            let _ = clear.focus_with_options(&options);
        }
    }
}
