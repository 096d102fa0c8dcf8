//! One quiz question: a fieldset of radio buttons, then feedback after checking.

use yew::prelude::*;

use super::cite::render_claim;
use super::links::PageLinks;
use crate::content::questions::{
    question_progress, verdict_wrong, CHECK_ANSWER, NEXT_QUESTION, SEE_YOUR_RESULT, VERDICT_RIGHT,
};
use crate::content::QUIZ;
use crate::model::{QuestionKey, QuizPhase, QuizState};

/// Callbacks for the question view.
pub struct QuestionHandlers {
    /// An option (content index) was chosen.
    pub on_select: Callback<usize>,
    /// "Check answer".
    pub on_check: Callback<MouseEvent>,
    /// "Next question" or "See your result".
    pub on_next: Callback<MouseEvent>,
}

/// The current question with its progress, options, feedback and buttons.
pub fn render_question(
    state: &QuizState,
    keys: &[QuestionKey],
    handlers: QuestionHandlers,
    links: &PageLinks,
    (question_ref, feedback_ref): (&NodeRef, &NodeRef),
) -> Html {
    let (Some(&index), Some(options)) = (
        state.order.get(state.position),
        state.option_orders.get(state.position),
    ) else {
        return Html::default();
    };
    let Some(question) = QUIZ.get(index) else {
        return Html::default();
    };
    let total = keys.len();
    let number = state.position + 1;
    let checked = state.phase == QuizPhase::Checked;
    let chosen = if checked {
        state.answers.get(state.position).copied().flatten()
    } else {
        state.selected
    };
    let name = format!("quiz-{}", question.id);
    let last = number == total;
    html! {
        <div class="quiz-body">
            <p id="quiz-progress-text" class="quiz-progress">{ question_progress(number, total) }</p>
            <progress max={total.to_string()} value={number.to_string()}
                aria-labelledby="quiz-progress-text"></progress>
            <fieldset class="quiz-question" tabindex="-1" ref={question_ref.clone()}>
                <legend>{ question.prompt }</legend>
                { for options.iter().map(|&option| {
                    let id = format!("{name}-{option}");
                    let on_select = handlers.on_select.clone();
                    let class = match (checked, option == question.correct, chosen == Some(option)) {
                        (true, true, _) => "option right",
                        (true, false, true) => "option wrong",
                        _ => "option",
                    };
                    html! {
                        <div {class} key={id.clone()}>
                            <input type="radio" id={id.clone()} name={name.clone()} value={option.to_string()}
                                checked={chosen == Some(option)} disabled={checked}
                                onchange={Callback::from(move |_: Event| on_select.emit(option))} />
                            <label for={id}>{ question.options[option] }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="quiz-feedback" aria-live="polite" tabindex="-1" ref={feedback_ref.clone()}>
                if checked {
                    { feedback(question, chosen == Some(question.correct), links) }
                }
            </div>
            <div class="quiz-actions">
                if checked {
                    <button type="button" class="primary" onclick={handlers.on_next}>
                        { if last { SEE_YOUR_RESULT } else { NEXT_QUESTION } }
                    </button>
                } else {
                    <button type="button" class="primary" onclick={handlers.on_check}
                        disabled={state.selected.is_none()}>{ CHECK_ANSWER }</button>
                }
            </div>
        </div>
    }
}

fn feedback(question: &crate::content::QuizQuestion, right: bool, links: &PageLinks) -> Html {
    let verdict = if right {
        VERDICT_RIGHT.to_owned()
    } else {
        verdict_wrong(question.options[question.correct])
    };
    html! {
        <>
            <p class={if right { "verdict right" } else { "verdict wrong" }}><strong>{ verdict }</strong></p>
            <p>
                { render_claim(&question.explanation, links) }{ " " }
                { links.read_more(question.section) }
            </p>
        </>
    }
}
