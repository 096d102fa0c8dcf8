//! The quiz result: the score, a message for its band, and a review of every answer.

use yew::prelude::*;

use super::cite::render_claim;
use super::links::PageLinks;
use crate::content::questions::{
    quiz_score, MARKED_NOT_QUITE, MARKED_RIGHT, REVIEW_HEADING, RIGHT_ANSWER, YOUR_ANSWER,
};
use crate::content::{QUIZ, QUIZ_BAND_MESSAGES, TRY_AGAIN};
use crate::model::{quiz_band, QuestionKey, QuizBand, QuizState};

/// The message for a quiz score band.
pub fn quiz_band_message(band: QuizBand) -> &'static str {
    match band {
        QuizBand::Strong => QUIZ_BAND_MESSAGES.strong,
        QuizBand::Good => QUIZ_BAND_MESSAGES.good,
        QuizBand::Starting => QUIZ_BAND_MESSAGES.starting,
    }
}

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
            <h3 tabindex="-1" ref={result_ref.clone()}>{ quiz_score(score, total) }</h3>
            <p>{ quiz_band_message(quiz_band(score, total)) }</p>
            <h4>{ REVIEW_HEADING }</h4>
            <ol class="quiz-review">
                { for state.order.iter().enumerate().filter_map(|(position, &index)| {
                    let question = QUIZ.get(index)?;
                    let answer = state.answers.get(position).copied().flatten()?;
                    let right = state.is_right(keys, position)?;
                    Some(html! {
                        <li key={question.id} class={if right { "right" } else { "wrong" }}>
                            <p class="review-prompt">{ question.prompt }</p>
                            <p>
                                { YOUR_ANSWER }{ question.options.get(answer).copied().unwrap_or("") }
                                <strong>{ if right { MARKED_RIGHT } else { MARKED_NOT_QUITE } }</strong>
                            </p>
                            if !right {
                                <p>{ RIGHT_ANSWER }{ question.options[question.correct] }</p>
                            }
                            <p>
                                { render_claim(&question.explanation, links) }{ " " }
                                { links.read_more(question.section) }
                            </p>
                        </li>
                    })
                }) }
            </ol>
            <button type="button" class="primary" onclick={on_restart}>{ TRY_AGAIN }</button>
        </div>
    }
}
