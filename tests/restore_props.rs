//! Untrusted saved data never panics, in debug builds too: any saved quiz or
//! self-check state, and any JSON at all, restores a valid state or a fresh one.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use proptest::prelude::*;
use serde_json::Value;

use gut_skin_axis::content::QUIZ;
use gut_skin_axis::model::{
    habit_keys, is_permutation, quiz_keys, LastResult, PersistedPart, QuestionKey, QuizAction,
    QuizPhase, QuizState, SavedQuiz, SelfCheckAction, SelfCheckState, StorageStatus,
};
use gut_skin_axis::storage::{encode, migrations, Backend, MemoryBackend, Namespace, Slot};
use support_rs::{page, Mounted};

/// A number that is often small and valid, sometimes huge.
fn index() -> impl Strategy<Value = usize> {
    prop_oneof![4 => 0usize..12, 1 => any::<usize>(), 1 => Just(usize::MAX)]
}

fn phase() -> impl Strategy<Value = QuizPhase> {
    prop_oneof![
        Just(QuizPhase::Start),
        Just(QuizPhase::Asking),
        Just(QuizPhase::Checked),
        Just(QuizPhase::Finished),
    ]
}

/// Question ids: mostly real ones (often a full, valid order), some unknown.
fn order() -> impl Strategy<Value = Vec<String>> {
    let real: Vec<String> = QUIZ.iter().map(|question| question.id.to_owned()).collect();
    let id = prop_oneof![
        4 => proptest::sample::select(real.clone()),
        1 => "[a-z-]{0,12}",
    ];
    prop_oneof![
        Just(real.clone()).prop_shuffle(),
        prop::collection::vec(id, 0..14),
    ]
}

prop_compose! {
    fn saved_quiz()(
        phase in phase(),
        order in order(),
        option_orders in prop_oneof![
            Just(vec![vec![0, 1, 2, 3]; QUIZ.len()]),
            prop::collection::vec(prop::collection::vec(index(), 0..6), 0..14),
        ],
        position in index(),
        selected in prop::option::of(index()),
        answers in prop_oneof![
            Just(vec![Some(0); QUIZ.len()]),
            prop::collection::vec(prop::option::of(index()), 0..14),
        ],
    ) -> SavedQuiz {
        SavedQuiz { phase, order, option_orders, position, selected, answers }
    }
}

prop_compose! {
    fn saved_self_check()(
        answers in prop::collection::vec(prop::option::of(index()), 0..12),
        submitted in any::<bool>(),
    ) -> SelfCheckState {
        SelfCheckState { answers, submitted, incomplete: false }
    }
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        "[a-z0-9-]{0,10}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("v".to_owned()),
                    Just("phase".to_owned()),
                    Just("order".to_owned()),
                    Just("answers".to_owned()),
                    Just("ticked".to_owned()),
                    Just("position".to_owned()),
                    "[a-z_]{1,8}",
                ],
                inner,
                0..7,
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A quiz state the page can show and act on.
fn assert_valid_quiz(state: &QuizState, keys: &[QuestionKey]) -> Result<(), TestCaseError> {
    if state.phase == QuizPhase::Start {
        return Ok(());
    }
    prop_assert!(is_permutation(&state.order, keys.len()));
    prop_assert!(state.position < keys.len());
    prop_assert_eq!(state.answers.len(), keys.len());
    prop_assert!(state.score(keys) <= state.answered());
    for action in [
        QuizAction::Select(0),
        QuizAction::Check,
        QuizAction::Next,
        QuizAction::Select(usize::MAX),
    ] {
        let _ = state.clone().reduce(keys, action);
    }
    Ok(())
}

fn stored(slot: Slot, text: &str) -> Rc<MemoryBackend> {
    let backend = Rc::new(MemoryBackend::new());
    backend.set(&Namespace::none().key(slot), text).unwrap();
    backend
}

proptest! {
    #[test]
    fn any_saved_quiz_restores_valid_or_not_at_all(saved in saved_quiz()) {
        let keys = quiz_keys();
        if let Some(state) = QuizState::restore(saved.clone(), keys) {
            assert_valid_quiz(&state, keys)?;
        }
        // Through storage too: a refused state starts fresh and says so.
        let text = encode(&saved, migrations(Slot::Quiz));
        let backend = stored(Slot::Quiz, &text);
        let part = Mounted::<QuizState>::mount(&page(&backend, &Namespace::none()), Slot::Quiz, keys);
        assert_valid_quiz(&part.model.state, keys)?;
        let fresh = part.model.state == QuizState::default();
        prop_assert!(!fresh || saved.phase == QuizPhase::Start || part.status() == StorageStatus::StartedFresh);
    }

    #[test]
    fn any_saved_self_check_restores_valid_or_not_at_all(saved in saved_self_check()) {
        let keys = habit_keys();
        let restored = SelfCheckState::restore(saved.clone(), keys);
        prop_assert_eq!(restored.is_some(), saved.fits(keys));
        let backend = stored(Slot::SelfCheck, &encode(&saved, migrations(Slot::SelfCheck)));
        let mut part = Mounted::<SelfCheckState>::mount(&page(&backend, &Namespace::none()), Slot::SelfCheck, keys);
        prop_assert!(part.model.state.fits(keys));
        part.act(SelfCheckAction::Answer { question: 0, option: 1 });
        part.act(SelfCheckAction::Submit);
        prop_assert!(part.model.state.fits(keys));
    }

    #[test]
    fn any_json_in_any_key_loads_a_usable_part(value in json(), version in prop_oneof![Just(None), Just(Some(1u64)), any::<u64>().prop_map(Some)]) {
        let text = match (version, value.clone()) {
            (Some(v), Value::Object(mut fields)) => {
                fields.insert("v".to_owned(), Value::from(v));
                Value::Object(fields).to_string()
            }
            _ => value.to_string(),
        };
        let (quiz, habits) = (quiz_keys(), habit_keys());
        let store = page(&stored(Slot::Quiz, &text), &Namespace::none());
        let mut part = Mounted::<QuizState>::mount(&store, Slot::Quiz, quiz);
        assert_valid_quiz(&part.model.state, quiz)?;
        part.act(QuizAction::Start(3));
        prop_assert!(part.model.state.phase != QuizPhase::Start);

        let store = page(&stored(Slot::SelfCheck, &text), &Namespace::none());
        let part = Mounted::<SelfCheckState>::mount(&store, Slot::SelfCheck, habits);
        prop_assert!(part.model.state.fits(habits));

        let store = page(&stored(Slot::SelfCheckResult, &text), &Namespace::none());
        let part = Mounted::<LastResult>::mount(&store, Slot::SelfCheckResult, &());
        if let Some(result) = &part.model.state.0 {
            prop_assert!(result.score <= result.max);
            // A breakdown is shown only when it fits the questions and adds up to the score.
            let areas = result.areas(habits);
            prop_assert!(areas.is_empty() || areas.len() == habits.len());
            prop_assert!(areas.is_empty() || areas.iter().map(|a| a.points).sum::<u32>() == result.score);
            prop_assert!(areas.iter().all(|area| area.points <= area.best));
        }
    }
}
