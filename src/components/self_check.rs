//! The habits self-check: seven questions, a kind result, and links to matching tips.

use yew::prelude::*;

use super::hooks::{use_page_links, use_persisted};
use super::persist::focus;
use super::self_check_result::{render_last_result, render_result, Highlight};
use super::storage_notice::{notice_for, storage_notice};
use super::summary::{render_intro, summary_head, today, BuildTime};
use super::waiting::{hold_until_loaded, waiting};
use crate::content::questions::{answer_remaining, SEE_MY_RESULT};
use crate::content::{
    HABITS, NEEDS_JAVASCRIPT, SELF_CHECK_INTRO, SELF_CHECK_NOT_TAKEN, SELF_CHECK_TITLE,
    SELF_CHECK_WORDS,
};
use crate::model::{
    habit_keys, LastResult, LastResultAction, Namespace, PersistedAction, SelfCheckAction,
    SelfCheckState, Slot,
};

/// Properties of [`SelfCheck`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct SelfCheckProps {
    /// Storage namespace (set by embedding pages).
    #[prop_or_default]
    pub namespace: Namespace,
}

/// The habits self-check.
#[function_component]
pub fn SelfCheck(props: &SelfCheckProps) -> Html {
    let keys = habit_keys();
    let model = use_persisted::<SelfCheckState>(&props.namespace, Slot::SelfCheck, habit_keys());
    let last = use_persisted::<LastResult>(&props.namespace, Slot::SelfCheckResult, &());
    let links = use_page_links();
    let interacted = use_mut_ref(|| false);
    // Set by "Start again", whose button goes with the result: focus moves to the first
    // question instead of falling to the page's body.
    let restarted = use_mut_ref(|| false);
    let highlight: Highlight = use_mut_ref(|| None);
    let (result_ref, form_ref) = (use_node_ref(), use_node_ref());
    {
        let (interacted, restarted) = (interacted.clone(), restarted.clone());
        let (result_ref, form_ref) = (result_ref.clone(), form_ref.clone());
        let state = &model.state;
        use_effect_with(
            (state.submitted, state.incomplete),
            move |(submitted, incomplete)| {
                let restarted = restarted.replace(false);
                if *interacted.borrow() {
                    if *submitted {
                        focus(&result_ref);
                    } else if *incomplete || restarted {
                        focus_first_unanswered(&form_ref);
                    }
                }
            },
        );
    }
    let act = {
        let (model, last, interacted) = (model.clone(), last.clone(), interacted.clone());
        let restarted = restarted.clone();
        move |action: SelfCheckAction| -> Box<dyn Fn()> {
            let (model, last, interacted) = (model.clone(), last.clone(), interacted.clone());
            let restarted = restarted.clone();
            Box::new(move || {
                *interacted.borrow_mut() = true;
                *restarted.borrow_mut() = action == SelfCheckAction::Restart;
                let next = model.state.clone().reduce(keys, action);
                if !model.state.submitted {
                    // A result just given is "last time" from now on, in this visit too.
                    if let Some(result) = next.saved_result(keys, &today()) {
                        last.dispatch(PersistedAction::Act(LastResultAction::Record(result)));
                    }
                }
                model.dispatch(PersistedAction::Act(action));
            })
        }
    };
    // Not in the build-time prerender (see `BuildTime`).
    let live = use_context::<BuildTime>().is_none();
    let state = &model.state;
    let notice =
        notice_for(&model, SELF_CHECK_WORDS).or_else(|| notice_for(&last, SELF_CHECK_WORDS));
    html! {
        <section id="self-check" class="self-check" aria-labelledby="self-check-heading">
            { summary_head(live) }
            <h2 id="self-check-heading" class="in-summary">{ SELF_CHECK_TITLE }</h2>
            <p class="needs-js">{ NEEDS_JAVASCRIPT }</p>
            if !state.submitted {
                { render_intro(SELF_CHECK_INTRO, HABITS.len()) }
                if let Some(result) = &last.state.0 {
                    { render_last_result(result, keys, &links, &highlight) }
                } else {
                    <p class="print-only in-summary">{ if live { SELF_CHECK_NOT_TAKEN } else { "" } }</p>
                }
            }
            { storage_notice(notice) }
            if state.submitted {
                { render_result(state, keys, &result_ref, {
                    let restart = act(SelfCheckAction::Restart);
                    Callback::from(move |_: MouseEvent| restart())
                }, &links, &highlight) }
            } else {
                { render_form(state, model.loaded, &form_ref, &act) }
            }
        </section>
    }
}

fn render_form(
    state: &SelfCheckState,
    loaded: bool,
    form_ref: &NodeRef,
    act: &dyn Fn(SelfCheckAction) -> Box<dyn Fn()>,
) -> Html {
    let submit = act(SelfCheckAction::Submit);
    let onsubmit = Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        submit();
    });
    let left = state.unanswered();
    html! {
        <form class="habits-form" {onsubmit} ref={form_ref.clone()} novalidate=true>
            { for HABITS.iter().enumerate().map(|(question, habit)| {
                let name = format!("habit-{}", habit.id);
                html! {
                    <fieldset class="habit-question" key={habit.id} tabindex="-1"
                        data-answered={state.answers.get(question).copied().flatten().is_some().to_string()}>
                        <legend>{ format!("{}. {}", question + 1, habit.prompt) }</legend>
                        { for habit.options.iter().enumerate().map(|(option, label)| {
                            let id = format!("{name}-{option}");
                            let choose = act(SelfCheckAction::Answer { question, option });
                            html! {
                                <div class="option" key={id.clone()}>
                                    <input type="radio" id={id.clone()} name={name.clone()}
                                        checked={state.answers.get(question) == Some(&Some(option))}
                                        aria-disabled={waiting(loaded)} onclick={hold_until_loaded(loaded)}
                                        onchange={Callback::from(move |_: Event| choose())} />
                                    <label for={id}>{ *label }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                }
            }) }
            <div class="form-status" role="status">
                if state.incomplete {
                    <p class="notice">{ answer_remaining(left) }</p>
                }
            </div>
            <button type="submit" class="primary" aria-disabled={waiting(loaded)}>{ SEE_MY_RESULT }</button>
        </form>
    }
}

fn focus_first_unanswered(form: &NodeRef) {
    if let Some(form) = form.cast::<web_sys::Element>() {
        if let Ok(Some(fieldset)) = form.query_selector("fieldset[data-answered='false']") {
            if let Ok(fieldset) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(fieldset) {
                let _ = fieldset.focus();
            }
        }
    }
}
