//! The tip checklist: renders `ChecklistState` and turns events into actions.

use yew::prelude::*;

use super::cite::render_claims;
use super::hooks::{
    move_focus_off_undo, use_forget, use_host_events_on, use_my_data, use_page_links,
    use_persisted, use_undo_window,
};
use super::links::PageLinks;
use super::my_data::button;
use super::storage_notice::{notice_for, storage_notice};
use super::summary::{print_summary_button, summary_head, BuildTime};
use super::waiting::{hold_until_loaded, waiting};
use crate::content::ui::{
    count_heading, why_it_helps_tip, ALL_CLEARED, CLEAR_ALL, FORGET_KEEP, FORGET_MY_DATA,
    FORGET_QUESTION, FORGET_YES, TIPS_LEGEND, UNDO, WHY_IT_HELPS,
};
use crate::content::{
    progress_text, Tip, CHECKLIST_INTRO, CHECKLIST_PRIVACY, CHECKLIST_PRIVACY_EVENTS,
    CHECKLIST_TITLE, CHECKLIST_WORDS, NEEDS_JAVASCRIPT, NOT_TICKED_HEADING, NO_TIPS,
    TICKED_HEADING, TIPS,
};
use crate::model::{
    split_ticked, tip_ids, ChecklistAction, ChecklistState, ForgetAction, ForgetStep, Namespace,
    PersistedAction, Slot,
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
    let model = use_persisted::<ChecklistState>(&props.namespace, Slot::Checklist, tip_ids());
    let links = use_page_links();
    let events_on = use_host_events_on();
    let my_data = use_my_data(&props.namespace, model.loaded);
    let forget = use_forget(&props.namespace, model.loaded);
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
    let answer = |action: ForgetAction| forget.act.reform(move |_: MouseEvent| action);

    // Not in the build-time prerender (see `BuildTime`).
    let live = use_context::<BuildTime>().is_none();
    let state = &model.state;
    // The question while it is asked; after a removal, what it did, also when the browser
    // kept this part's key (the model says). One line, which takes focus when it asks.
    let asking = forget.step == ForgetStep::Confirming;
    let forget_line = match asking {
        true => Some(FORGET_QUESTION.to_owned()),
        false => {
            (model.forget_pressed() && !forget.report.is_empty()).then(|| forget.report.clone())
        }
    };
    let done = state.done_among(TIPS.iter().map(|tip| tip.id));
    let total = TIPS.len();
    html! {
        <section id="checklist" class="checklist" aria-labelledby="checklist-heading">
            { summary_head(live) }
            <h2 id="checklist-heading" class="in-summary">{ CHECKLIST_TITLE }</h2>
            <p class="needs-js">{ NEEDS_JAVASCRIPT }</p>
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
                // Whether anything is stored is read when it is pressed (hooks::use_forget).
                { button(FORGET_MY_DATA, answer(ForgetAction::Ask),
                    waiting(model.loaded), forget.button.clone()) }
                { print_summary_button(&links, model.loaded) }
            </div>
            <div class="checklist-status" role="status">
                if state.undo.is_some() {
                    <p>
                        { ALL_CLEARED }
                        <button type="button" ref={undo_ref} onclick={on_undo}>{ UNDO }</button>
                    </p>
                }
                if let Some(line) = forget_line {
                    <p tabindex="-1" ref={forget.question.clone()}>{ line }</p>
                }
                if asking {
                    { button(FORGET_YES, answer(ForgetAction::Confirm), None, NodeRef::default()) }
                    { button(FORGET_KEEP, answer(ForgetAction::Cancel), None, NodeRef::default()) }
                }
            </div>
            { my_data }
            <p class="privacy-note">
                { if events_on { CHECKLIST_PRIVACY_EVENTS } else { CHECKLIST_PRIVACY } }
            </p>
            { render_ticks_summary(state, live) }
        </section>
    }
}

/// For the printed summary only: the tips ticked, then those not yet ticked.
fn render_ticks_summary(state: &ChecklistState, live: bool) -> Html {
    if !live {
        // Its place is kept, empty, so the live part's blocks sit where the prerender's did.
        return html! { <div class="ticks-summary print-only in-summary"></div> };
    }
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
