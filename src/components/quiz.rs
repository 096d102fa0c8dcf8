//! The knowledge quiz: renders `QuizState` and turns clicks and keys into actions.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{use_page_links, use_persisted};
use super::persist::{focus, PersistedHandle};
use super::quiz_question::{render_question, QuestionHandlers};
use super::quiz_result::render_result;
use super::storage_notice::{notice_for, storage_notice};
use super::summary::render_intro;
use super::waiting::waiting;
use crate::content::questions::START_QUIZ;
use crate::content::{NEEDS_JAVASCRIPT, QUIZ, QUIZ_INTRO, QUIZ_TITLE, QUIZ_WORDS};
use crate::model::{quiz_keys, Namespace, PersistedAction, QuizAction, QuizPhase, QuizState, Slot};

/// Properties of [`KnowledgeQuiz`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct KnowledgeQuizProps {
    /// Storage namespace (set by embedding pages).
    #[prop_or_default]
    pub namespace: Namespace,
}

/// Ten questions, one at a time, with feedback, a result and a review.
#[function_component]
pub fn KnowledgeQuiz(props: &KnowledgeQuizProps) -> Html {
    let model = use_persisted::<QuizState>(&props.namespace, Slot::Quiz, quiz_keys());
    let links = use_page_links();
    let interacted = use_mut_ref(|| false);
    let (question_ref, feedback_ref, result_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    {
        // Move focus only after the reader acts, never when progress is restored on load.
        let interacted = interacted.clone();
        let refs = (
            question_ref.clone(),
            feedback_ref.clone(),
            result_ref.clone(),
        );
        use_effect_with(
            (model.state.phase, model.state.position),
            move |(phase, _)| {
                if *interacted.borrow() {
                    match phase {
                        QuizPhase::Asking => focus(&refs.0),
                        QuizPhase::Checked => focus(&refs.1),
                        QuizPhase::Finished => focus(&refs.2),
                        QuizPhase::Start => {}
                    }
                }
            },
        );
    }
    let state = &model.state;
    let keys = quiz_keys();
    let body = match state.phase {
        QuizPhase::Start => html! {
            <>
                { render_intro(QUIZ_INTRO, QUIZ.len()) }
                <button type="button" class="primary" aria-disabled={waiting(model.loaded)}
                    onclick={reader_action(&model, &interacted, |_: MouseEvent| QuizAction::Start(seed()))}>{ START_QUIZ }</button>
            </>
        },
        QuizPhase::Asking | QuizPhase::Checked => {
            let handlers = QuestionHandlers {
                on_select: reader_action(&model, &interacted, QuizAction::Select),
                on_check: reader_action(&model, &interacted, |_: MouseEvent| QuizAction::Check),
                on_next: reader_action(&model, &interacted, |_: MouseEvent| QuizAction::Next),
            };
            render_question(
                state,
                keys,
                handlers,
                &links,
                (&question_ref, &feedback_ref),
            )
        }
        QuizPhase::Finished => render_result(
            state,
            keys,
            &result_ref,
            reader_action(&model, &interacted, |_: MouseEvent| {
                QuizAction::Restart(seed())
            }),
            &links,
        ),
    };
    html! {
        <section id="quiz" class="quiz" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading">{ QUIZ_TITLE }</h2>
            <p class="needs-js">{ NEEDS_JAVASCRIPT }</p>
            { storage_notice(notice_for(&model, QUIZ_WORDS)) }
            { body }
        </section>
    }
}

/// A callback for a reader's action: it notes that the reader acted (so focus may
/// move) and dispatches the action `make` builds from the event.
fn reader_action<E: 'static>(
    model: &PersistedHandle<QuizState>,
    interacted: &Rc<RefCell<bool>>,
    make: fn(E) -> QuizAction,
) -> Callback<E> {
    let (model, interacted) = (model.clone(), interacted.clone());
    Callback::from(move |event: E| {
        *interacted.borrow_mut() = true;
        model.dispatch(PersistedAction::Act(make(event)));
    })
}

/// A fresh shuffle seed for each start; the shuffle itself stays testable with fixed seeds.
fn seed() -> u64 {
    js_sys::Date::now() as u64 ^ (js_sys::Math::random() * 1e9) as u64
}
