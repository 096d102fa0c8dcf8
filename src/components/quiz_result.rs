//! The quiz result: the score, a message for its band, and a review of every answer.

use yew::prelude::*;

use super::cite::render_claim;
use super::links::PageLinks;
use super::quiz::band_message;
use crate::content::QUIZ;
use crate::model::{QuestionKey, QuizState};

/// "7 of 10", the band message, the review and "Try again".
pub fn render_result(
    state: &QuizState,
    keys: &[QuestionKey],
    result_ref: &NodeRef,
    on_restart: Callback<MouseEvent>,
    links: &PageLinks,
) -> Html {
    let (score, total) = (state.score(keys), keys.len());
    html! {
        <div class="quiz-result">
            <h3 tabindex="-1" ref={result_ref.clone()}>{ format!("You got {score} of {total}") }</h3>
            <p>{ band_message(score, total) }</p>
            <h4>{ "Review your answers" }</h4>
            <ol class="quiz-review">
                { for state.order.iter().enumerate().filter_map(|(position, &index)| {
                    let question = QUIZ.get(index)?;
                    let answer = state.answers.get(position).copied().flatten()?;
                    let right = state.is_right(keys, position)?;
                    Some(html! {
                        <li key={question.id} class={if right { "right" } else { "wrong" }}>
                            <p class="review-prompt">{ question.prompt }</p>
                            <p>
                                { "Your answer: " }{ question.options.get(answer).copied().unwrap_or("") }
                                <strong>{ if right { " (right)" } else { " (not quite)" } }</strong>
                            </p>
                            if !right {
                                <p>{ "Right answer: " }{ question.options[question.correct] }</p>
                            }
                            <p>
                                { render_claim(&question.explanation, links) }{ " " }
                                { links.read_more(question.section) }
                            </p>
                        </li>
                    })
                }) }
            </ol>
            <button type="button" class="primary" onclick={on_restart}>{ "Try again" }</button>
        </div>
    }
}
