//! The tip checklist: renders `ChecklistState` and turns events into actions.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::cite::render_claim;
use super::links::{use_page_links, PageLinks};
use super::persist::focus;
use super::StorageNotice;
use crate::content::{
    forget_message, needs_javascript, progress_text, storage_notice, Tip, CHECKLIST_INTRO,
    CHECKLIST_PRIVACY, CHECKLIST_TITLE, CHECKLIST_WORDS, TIPS, UNDO_SECONDS,
};
use crate::model::{ChecklistAction, ChecklistState};
use crate::storage::{announce_forgotten, ChecklistStore, Namespace, WebBackend};

impl Reducible for ChecklistState {
    type Action = ChecklistAction;

    fn reduce(self: Rc<Self>, action: ChecklistAction) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

/// Properties of [`TipChecklist`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct TipChecklistProps {
    /// Storage namespace (set by embedding pages); the default is the app's own.
    #[prop_or_default]
    pub namespace: Namespace,
}

type StoreCell = Rc<RefCell<Option<Rc<ChecklistStore>>>>;

/// The checklist of gut-friendly tips, saved on this device.
#[function_component]
pub fn TipChecklist(props: &TipChecklistProps) -> Html {
    let state = use_reducer(ChecklistState::default);
    let links = use_page_links();
    let store: StoreCell = use_mut_ref(|| None);
    let clear_ref = use_node_ref();
    let undo_ref = use_node_ref();

    use_storage(&state, &store, &props.namespace);
    use_undo_window(&state, &clear_ref, &undo_ref);

    let toggle = |id: &'static str| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(ChecklistAction::Toggle(id.to_owned())))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(ChecklistAction::ClearAll))
    };
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(ChecklistAction::Undo))
    };
    let on_forget = {
        let (state, store, namespace) = (state.clone(), store.clone(), props.namespace.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(store) = store.borrow().as_ref() {
                state.dispatch(ChecklistAction::Forgot(store.forget()));
                // The quiz and self-check on this page reset their own state too.
                announce_forgotten(&namespace);
            }
        })
    };

    let done = state.done_among(TIPS.iter().map(|tip| tip.id));
    let total = TIPS.len();
    html! {
        <section id="checklist" class="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ CHECKLIST_TITLE }</h2>
            <p class="needs-js">{ needs_javascript("The checklist") }</p>
            <p>{ CHECKLIST_INTRO }</p>
            <StorageNotice message={storage_notice(state.status, CHECKLIST_WORDS)} />
            <fieldset class="tip-list" disabled={!state.loaded}>
                <legend>{ "Habits to tick off" }</legend>
                <ul>
                    { for TIPS.iter().map(|tip| render_tip(tip, state.is_ticked(tip.id), toggle(tip.id), &links)) }
                </ul>
            </fieldset>
            <div class="checklist-progress">
                <p id="checklist-progress-text" aria-live="polite">{ progress_text(done, total) }</p>
                <progress max={total.to_string()} value={done.to_string()}
                    aria-labelledby="checklist-progress-text"></progress>
            </div>
            <div class="checklist-actions">
                <button type="button" ref={clear_ref} onclick={on_clear} disabled={!state.loaded}>
                    { "Clear all" }
                </button>
                <button type="button" onclick={on_forget} disabled={!state.loaded}>
                    { "Forget my data on this device" }
                </button>
            </div>
            <div class="checklist-status" role="status">
                if state.undo.is_some() {
                    <p>
                        { "All ticks cleared. " }
                        <button type="button" ref={undo_ref} onclick={on_undo}>{ "Undo" }</button>
                    </p>
                }
                if let Some(report) = &state.forgotten {
                    <p>{ forget_message(report) }</p>
                }
            </div>
            <p class="privacy-note">{ CHECKLIST_PRIVACY }</p>
        </section>
    }
}

fn render_tip(
    tip: &'static Tip,
    ticked: bool,
    onchange: Callback<Event>,
    links: &PageLinks,
) -> Html {
    let box_id = format!("tip-{}-box", tip.id);
    html! {
        <li id={format!("tip-{}", tip.id)} class="tip" key={tip.id}>
            <div class="tip-choice">
                <input type="checkbox" id={box_id.clone()} checked={ticked} {onchange} />
                <label for={box_id}>{ tip.label }</label>
            </div>
            <details class="tip-why">
                <summary>
                    { "Why it helps" }<span class="visually-hidden">{ format!(": {}", tip.label) }</span>
                </summary>
                <p>
                    { render_claim(&tip.why, links) }{ " " }
                    { links.read_more(tip.section) }
                </p>
            </details>
        </li>
    }
}

/// Loads ticks after mounting, follows other tabs, and saves each local change.
#[hook]
fn use_storage(state: &UseReducerHandle<ChecklistState>, store: &StoreCell, namespace: &Namespace) {
    {
        let dispatcher = state.dispatcher();
        let store = store.clone();
        // Storage is touched only in effects: they never run during native rendering.
        use_effect_with(namespace.clone(), move |namespace| {
            let opened = Rc::new(match WebBackend::open() {
                Ok(backend) => ChecklistStore::new(Rc::new(backend), namespace),
                Err(_) => ChecklistStore::memory_only(namespace),
            });
            let (ticked, status) = opened.load();
            dispatcher.dispatch(ChecklistAction::Loaded(ticked, status));
            let watcher = {
                let (opened, dispatcher) = (opened.clone(), dispatcher.clone());
                WebBackend::watch(opened.key().to_owned(), move || {
                    dispatcher.dispatch(ChecklistAction::External(opened.load().0));
                })
            };
            *store.borrow_mut() = Some(opened);
            move || drop(watcher)
        });
    }
    let dispatcher = state.dispatcher();
    let store = store.clone();
    let (ticked, can_save) = (state.ticked.clone(), state.can_save());
    use_effect_with(state.revision, move |revision| {
        if *revision > 0 && can_save {
            if let Some(store) = store.borrow().as_ref() {
                dispatcher.dispatch(ChecklistAction::SaveResult(store.save(&ticked)));
            }
        }
    });
}

/// Closes the undo window after a few seconds and keeps keyboard focus sensible.
#[hook]
fn use_undo_window(
    state: &UseReducerHandle<ChecklistState>,
    clear_ref: &NodeRef,
    undo_ref: &NodeRef,
) {
    let dispatcher = state.dispatcher();
    let (clear_ref, undo_ref) = (clear_ref.clone(), undo_ref.clone());
    use_effect_with(state.undo.is_some(), move |open| {
        let timer = if *open {
            focus(&undo_ref);
            Some(Timeout::new(UNDO_SECONDS * 1000, move || {
                dispatcher.dispatch(ChecklistAction::UndoExpired)
            }))
        } else {
            // The Undo button is gone; if it had focus, give focus back to "Clear all".
            if focus_is_lost() {
                focus(&clear_ref);
            }
            None
        };
        move || drop(timer)
    });
}

fn focus_is_lost() -> bool {
    let document = web_sys::window().and_then(|window| window.document());
    match document {
        Some(document) => {
            let active = document.active_element();
            active.is_none() || active == document.body().map(Into::into)
        }
        None => false,
    }
}
