//! The habits self-check: seven questions, a kind result, and links to matching tips.

use std::rc::Rc;

use yew::prelude::*;

use super::links::use_page_links;
use super::persist::{focus, save_to, use_slot};
use super::self_check_result::{render_last_result, render_result};
use super::StorageNotice;
use crate::content::{
    needs_javascript, storage_notice, HabitQuestion, NoticeWords, HABITS, SELF_CHECK_INTRO,
    SELF_CHECK_TITLE,
};
use crate::model::{
    restore_self_check, HabitKey, Persisted, SavedResult, SelfCheckAction, SelfCheckState,
    StorageStatus,
};
use crate::storage::{Namespace, Slot, SELF_CHECK_MIGRATIONS};

const WORDS: NoticeWords = NoticeWords {
    thing: "your answers",
    part: "the self-check",
};

pub(super) fn keys() -> Vec<HabitKey> {
    HABITS.iter().map(HabitQuestion::key).collect()
}

/// The self-check state with its storage bookkeeping and the last saved result.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfCheckModel {
    answers: Persisted<SelfCheckState>,
    last: Option<SavedResult>,
}

/// Messages to [`SelfCheckModel`].
pub enum SelfCheckMsg {
    /// Stored answers (if any) after mounting.
    Restored(Option<SelfCheckState>, StorageStatus),
    /// The result saved on an earlier visit.
    LastResult(Option<SavedResult>),
    /// A reader action.
    Act(SelfCheckAction),
    /// The outcome of saving.
    Saved(StorageStatus),
    /// The reader forgot their data elsewhere on the page.
    Forgotten,
}

impl Reducible for SelfCheckModel {
    type Action = SelfCheckMsg;

    fn reduce(self: Rc<Self>, msg: SelfCheckMsg) -> Rc<Self> {
        let mut model = (*self).clone();
        let keys = keys();
        let answers = model.answers;
        model.answers = match msg {
            SelfCheckMsg::Restored(saved, status) => {
                let (state, status) = restore_self_check(saved, status, &keys);
                answers.restored(state, status)
            }
            SelfCheckMsg::LastResult(last) => {
                model.last = last;
                answers
            }
            SelfCheckMsg::Act(action) => answers.changed(|state| state.reduce(&keys, action)),
            SelfCheckMsg::Saved(status) => answers.saved(status),
            SelfCheckMsg::Forgotten => {
                model.last = None;
                answers.reset(SelfCheckState::new(keys.len()))
            }
        };
        Rc::new(model)
    }
}

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
    let model = use_reducer(SelfCheckModel::default);
    let links = use_page_links();
    let interacted = use_mut_ref(|| false);
    let (result_ref, form_ref) = (use_node_ref(), use_node_ref());
    let on_answers = {
        let model = model.dispatcher();
        Callback::from(move |(saved, status)| model.dispatch(SelfCheckMsg::Restored(saved, status)))
    };
    let on_last_result = {
        let model = model.dispatcher();
        Callback::from(move |(saved, _)| model.dispatch(SelfCheckMsg::LastResult(saved)))
    };
    let forget = {
        let model = model.dispatcher();
        Callback::from(move |()| model.dispatch(SelfCheckMsg::Forgotten))
    };
    let store = use_slot::<SelfCheckState>(
        &props.namespace,
        Slot::SelfCheck,
        SELF_CHECK_MIGRATIONS,
        on_answers,
        forget.clone(),
    );
    let result_store = use_slot::<SavedResult>(
        &props.namespace,
        Slot::SelfCheckResult,
        &[],
        on_last_result,
        forget,
    );
    {
        let (dispatcher, store, result_store) =
            (model.dispatcher(), store.clone(), result_store.clone());
        let (state, can_save) = (model.answers.state.clone(), model.answers.can_save());
        use_effect_with(model.answers.revision, move |revision| {
            if *revision > 0 && can_save {
                if let Some(status) = save_to(&store, &state) {
                    dispatcher.dispatch(SelfCheckMsg::Saved(status));
                }
                if let Some(result) = state.saved_result(&keys(), &today()) {
                    // The answers' notice already covers a failed save.
                    let _ = save_to(&result_store, &result);
                    // "Last time" now means this result, in this visit too.
                    dispatcher.dispatch(SelfCheckMsg::LastResult(Some(result)));
                }
            }
        });
    }
    {
        let interacted = interacted.clone();
        let (result_ref, form_ref) = (result_ref.clone(), form_ref.clone());
        let state = &model.answers.state;
        use_effect_with(
            (state.submitted, state.incomplete),
            move |(submitted, incomplete)| {
                if *interacted.borrow() {
                    if *submitted {
                        focus(&result_ref);
                    } else if *incomplete {
                        focus_first_unanswered(&form_ref);
                    }
                }
            },
        );
    }
    let act = {
        let (model, interacted) = (model.clone(), interacted.clone());
        move |action: SelfCheckAction| -> Box<dyn Fn()> {
            let (model, interacted) = (model.clone(), interacted.clone());
            Box::new(move || {
                *interacted.borrow_mut() = true;
                model.dispatch(SelfCheckMsg::Act(action));
            })
        }
    };
    let state = &model.answers.state;
    html! {
        <section id="self-check" class="self-check" aria-labelledby="self-check-heading">
            <h2 id="self-check-heading">{ SELF_CHECK_TITLE }</h2>
            <p class="needs-js">{ needs_javascript("The self-check") }</p>
            <p>{ SELF_CHECK_INTRO }</p>
            if !state.submitted {
                { model.last.as_ref().map(render_last_result).unwrap_or_default() }
            }
            <StorageNotice message={storage_notice(model.answers.status, WORDS)} />
            if state.submitted {
                { render_result(state, &keys(), &result_ref, {
                    let restart = act(SelfCheckAction::Restart);
                    Callback::from(move |_: MouseEvent| restart())
                }, &links) }
            } else {
                { render_form(state, model.answers.loaded, &form_ref, &act) }
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
                                        disabled={!loaded}
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
                    <p class="notice">{ format!("Please answer the {left} remaining question{} to see your result.", if left == 1 { "" } else { "s" }) }</p>
                }
            </div>
            <button type="submit" class="primary" disabled={!loaded}>{ "See my result" }</button>
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

/// Today as `YYYY-MM-DD`, in the reader's time zone.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
