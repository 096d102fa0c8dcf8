//! The tip checklist: renders `ChecklistState` and turns events into actions.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::cite::render_claims;
use super::hooks::use_host_events_on;
use super::links::{use_page_links, PageLinks};
use super::my_data::use_my_data;
use super::persist::{forget_everything, use_persisted, PersistedHandle};
use super::storage_notice::{forget_message, notice_for, storage_notice};
use super::summary::{print_summary_button, summary_head};
use super::waiting::{hold_until_loaded, waiting};
use crate::content::ui::{
    count_heading, why_it_helps_tip, ALL_CLEARED, CLEAR_ALL, FORGET_MY_DATA, TIPS_LEGEND, UNDO,
    WHY_IT_HELPS,
};
use crate::content::{
    needs_javascript, progress_text, Tip, CHECKLIST_INTRO, CHECKLIST_PART, CHECKLIST_PRIVACY,
    CHECKLIST_PRIVACY_EVENTS, CHECKLIST_TITLE, CHECKLIST_WORDS, NOT_TICKED_HEADING, NO_TIPS,
    TICKED_HEADING, TIPS, UNDO_SECONDS,
};
use crate::model::{
    split_ticked, ChecklistAction, ChecklistState, Namespace, PersistedAction, Removal, Slot,
};

/// The ids of the tips shown, in content order: the checklist model counts ticks among them.
static TIP_IDS: [&str; TIPS.len()] = {
    let mut ids = [""; TIPS.len()];
    let mut index = 0;
    while index < TIPS.len() {
        ids[index] = TIPS[index].id;
        index += 1;
    }
    ids
};

/// Properties of [`TipChecklist`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct TipChecklistProps {
    /// Storage namespace (set by embedding pages); the default is the app's own.
    #[prop_or_default]
    pub namespace: Namespace,
}

/// The checklist of gut-friendly tips, saved on this device.
#[function_component]
pub fn TipChecklist(props: &TipChecklistProps) -> Html {
    let model = use_persisted::<ChecklistState>(&props.namespace, Slot::Checklist, &TIP_IDS);
    let links = use_page_links();
    let events_on = use_host_events_on();
    let my_data = use_my_data(&props.namespace, model.loaded);
    // What "Forget my data" removed, as the sentence shown; empty before it is pressed.
    // (A `String` state shares its code with the snippet builder's.)
    let report = use_state(String::new);
    let clear_ref = use_node_ref();
    let undo_ref = use_node_ref();

    use_undo_window(&model, &clear_ref, &undo_ref);

    let act = |action: fn(&'static str) -> ChecklistAction, id: &'static str| {
        let model = model.clone();
        move || model.dispatch(PersistedAction::Act(action(id)))
    };
    let toggle = |id: &'static str| {
        let toggle = act(|id| ChecklistAction::Toggle(id.to_owned()), id);
        Callback::from(move |_: Event| toggle())
    };
    let on_clear = {
        let clear = act(|_| ChecklistAction::ClearAll, "");
        Callback::from(move |_: MouseEvent| clear())
    };
    let on_undo = {
        let undo = act(|_| ChecklistAction::Undo, "");
        let (undo_ref, clear_ref) = (undo_ref.clone(), clear_ref.clone());
        Callback::from(move |_: MouseEvent| {
            move_focus_off_undo(&undo_ref, &clear_ref);
            undo();
        })
    };
    let on_forget = {
        let (report, namespace, loaded) = (report.clone(), props.namespace.clone(), model.loaded);
        // Every part on this page, this one included, resets through the hook.
        Callback::from(move |_: MouseEvent| {
            if loaded {
                report.set(forget_message(&forget_everything(&namespace)));
            }
        })
    };

    let state = &model.state;
    let forgot_here =
        (model.removed == Some(Removal::Here) && !report.is_empty()).then(|| (*report).clone());
    let done = state.done_among(TIPS.iter().map(|tip| tip.id));
    let total = TIPS.len();
    html! {
        <section id="checklist" class="checklist" aria-labelledby="checklist-heading">
            { summary_head() }
            <h2 id="checklist-heading" class="in-summary">{ CHECKLIST_TITLE }</h2>
            <p class="needs-js">{ needs_javascript(CHECKLIST_PART) }</p>
            <p>{ CHECKLIST_INTRO }</p>
            { storage_notice(notice_for(&model, CHECKLIST_WORDS)) }
            <fieldset class="tip-list" aria-disabled={waiting(model.loaded)}>
                <legend>{ TIPS_LEGEND }</legend>
                <ul>
                    { for TIPS.iter().map(|tip| render_tip(tip, state.is_ticked(tip.id), toggle(tip.id), &links, model.loaded)) }
                </ul>
            </fieldset>
            <div class="checklist-progress">
                <p id="checklist-progress-text" aria-live="polite">{ progress_text(done, total) }</p>
                <progress max={total.to_string()} value={done.to_string()}
                    aria-labelledby="checklist-progress-text"></progress>
            </div>
            <div class="checklist-actions">
                <button type="button" ref={clear_ref} onclick={on_clear} aria-disabled={waiting(model.loaded)}>
                    { CLEAR_ALL }
                </button>
                <button type="button" onclick={on_forget} aria-disabled={waiting(model.loaded)}>
                    { FORGET_MY_DATA }
                </button>
                { print_summary_button(&links, model.loaded) }
            </div>
            <div class="checklist-status" role="status">
                if state.undo.is_some() {
                    <p>
                        { ALL_CLEARED }
                        <button type="button" ref={undo_ref} onclick={on_undo}>{ UNDO }</button>
                    </p>
                }
                if let Some(report) = forgot_here {
                    <p>{ report }</p>
                }
            </div>
            { my_data }
            <p class="privacy-note">
                { if events_on { CHECKLIST_PRIVACY_EVENTS } else { CHECKLIST_PRIVACY } }
            </p>
            { render_ticks_summary(state) }
        </section>
    }
}

/// For the printed summary only: the tips ticked, then those not yet ticked.
fn render_ticks_summary(state: &ChecklistState) -> Html {
    let label = |id: &str| TIPS.iter().find(|tip| tip.id == id).map(|tip| tip.label);
    let (ticked, not_yet) = split_ticked(TIPS.iter().map(|tip| tip.id), |id| state.is_ticked(id));
    let list = |class: &'static str, heading: &'static str, ids: Vec<&str>| {
        html! {
            <>
                <h3>{ count_heading(heading, ids.len()) }</h3>
                if ids.is_empty() {
                    <p class={class}>{ NO_TIPS }</p>
                } else {
                    <ul class={class}>
                        { for ids.into_iter().filter_map(label).map(|text| html! { <li>{ text }</li> }) }
                    </ul>
                }
            </>
        }
    };
    html! {
        <div class="ticks-summary print-only in-summary">
            { list("ticked", TICKED_HEADING, ticked) }
            { list("not-ticked", NOT_TICKED_HEADING, not_yet) }
        </div>
    }
}

fn render_tip(
    tip: &'static Tip,
    ticked: bool,
    onchange: Callback<Event>,
    links: &PageLinks,
    loaded: bool,
) -> Html {
    let box_id = format!("tip-{}-box", tip.id);
    html! {
        <li id={format!("tip-{}", tip.id)} class="tip" key={tip.id}>
            <div class="tip-choice">
                <input type="checkbox" id={box_id.clone()} checked={ticked} {onchange}
                    aria-disabled={waiting(loaded)} onclick={hold_until_loaded(loaded)} />
                <label for={box_id}>{ tip.label }</label>
            </div>
            <details class="tip-why">
                <summary>
                    { WHY_IT_HELPS }<span class="visually-hidden">{ why_it_helps_tip(tip.label) }</span>
                </summary>
                <p>
                    { render_claims(tip.why, links) }{ " " }
                    { links.read_more(tip.section) }
                </p>
            </details>
        </li>
    }
}

/// Closes the undo window after a few seconds. Focus moves to "Clear all" only
/// if it was on Undo, and without scrolling the page to it.
#[hook]
fn use_undo_window(
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
            super::persist::focus(&undo_ref);
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
fn move_focus_off_undo(undo_ref: &NodeRef, clear_ref: &NodeRef) {
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
