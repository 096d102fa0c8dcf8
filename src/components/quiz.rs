//! The knowledge quiz: renders `QuizState` and turns clicks and keys into actions.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::links::use_page_links;
use super::persist::{focus, save_to, use_slot};
use super::quiz_question::{render_question, QuestionHandlers};
use super::quiz_result::render_result;
use super::StorageNotice;
use crate::content::{
    needs_javascript, quiz_band_message, storage_notice, NoticeWords, QuizQuestion, QUIZ,
    QUIZ_INTRO, QUIZ_TITLE,
};
use crate::model::{
    quiz_band, restore_quiz, Persisted, QuestionKey, QuizAction, QuizPhase, QuizState, SavedQuiz,
    StorageStatus,
};
use crate::storage::{Namespace, Slot};

const WORDS: NoticeWords = NoticeWords {
    thing: "your quiz progress",
    part: "the quiz",
};

fn keys() -> Vec<QuestionKey> {
    QUIZ.iter().map(QuizQuestion::key).collect()
}

/// The quiz state with its storage bookkeeping.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuizModel(Persisted<QuizState>);

/// Messages to [`QuizModel`].
pub enum QuizMsg {
    /// Stored progress (if any) after mounting.
    Restored(Option<SavedQuiz>, StorageStatus),
    /// A reader action.
    Act(QuizAction),
    /// The outcome of saving.
    Saved(StorageStatus),
    /// The reader forgot their data elsewhere on the page.
    Forgotten,
}

impl Reducible for QuizModel {
    type Action = QuizMsg;

    fn reduce(self: Rc<Self>, msg: QuizMsg) -> Rc<Self> {
        let model = self.0.clone();
        Rc::new(Self(match msg {
            QuizMsg::Restored(saved, status) => {
                let (state, status) = restore_quiz(saved, status, &keys());
                model.restored(state, status)
            }
            QuizMsg::Act(action) => model.changed(|state| state.reduce(&keys(), action)),
            QuizMsg::Saved(status) => model.saved(status),
            QuizMsg::Forgotten => model.reset(QuizState::default()),
        }))
    }
}

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
    let model = use_reducer(QuizModel::default);
    let links = use_page_links();
    let interacted = use_mut_ref(|| false);
    let (question_ref, feedback_ref, result_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let on_load = {
        let model = model.dispatcher();
        Callback::from(move |(saved, status)| model.dispatch(QuizMsg::Restored(saved, status)))
    };
    let on_forget = {
        let model = model.dispatcher();
        Callback::from(move |()| model.dispatch(QuizMsg::Forgotten))
    };
    let store = use_slot::<SavedQuiz>(&props.namespace, Slot::Quiz, &[], on_load, on_forget);
    {
        let (dispatcher, store) = (model.dispatcher(), store.clone());
        let (saved, can_save) = (model.0.state.to_saved(&keys()), model.0.can_save());
        use_effect_with(model.0.revision, move |revision| {
            if *revision > 0 && can_save {
                if let Some(status) = save_to(&store, &saved) {
                    dispatcher.dispatch(QuizMsg::Saved(status));
                }
            }
        });
    }
    {
        // Move focus only after the reader acts, never when progress is restored on load.
        let interacted = interacted.clone();
        let refs = (
            question_ref.clone(),
            feedback_ref.clone(),
            result_ref.clone(),
        );
        use_effect_with(
            (model.0.state.phase, model.0.state.position),
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
    let state = &model.0.state;
    let keys = keys();
    let body = match state.phase {
        QuizPhase::Start => html! {
            <>
                <p>{ QUIZ_INTRO }</p>
                <button type="button" class="primary" disabled={!model.0.loaded}
                    onclick={reader_action(&model, &interacted, |_: MouseEvent| QuizAction::Start(seed()))}>{ "Start the quiz" }</button>
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
                &keys,
                handlers,
                &links,
                (&question_ref, &feedback_ref),
            )
        }
        QuizPhase::Finished => render_result(
            state,
            &keys,
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
            <p class="needs-js">{ needs_javascript("The quiz") }</p>
            <StorageNotice message={storage_notice(model.0.status, WORDS)} />
            { body }
        </section>
    }
}

/// A callback for a reader's action: it notes that the reader acted (so focus may
/// move) and dispatches the action `make` builds from the event.
fn reader_action<E: 'static>(
    model: &UseReducerHandle<QuizModel>,
    interacted: &Rc<RefCell<bool>>,
    make: fn(E) -> QuizAction,
) -> Callback<E> {
    let (model, interacted) = (model.clone(), interacted.clone());
    Callback::from(move |event: E| {
        *interacted.borrow_mut() = true;
        model.dispatch(QuizMsg::Act(make(event)));
    })
}

/// A fresh shuffle seed for each start; the shuffle itself stays testable with fixed seeds.
fn seed() -> u64 {
    js_sys::Date::now() as u64 ^ (js_sys::Math::random() * 1e9) as u64
}

/// The band message for a finished quiz.
pub(super) fn band_message(score: usize, total: usize) -> &'static str {
    quiz_band_message(quiz_band(score, total))
}
