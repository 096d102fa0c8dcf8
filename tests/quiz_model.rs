//! The quiz and self-check state machines: scoring, bands, shuffling, restore, properties.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use gut_skin_axis::model::{
    habit_band, is_permutation, quiz_band, HabitBand, HabitKey, QuestionKey, QuizAction, QuizBand,
    QuizPhase, QuizState, SelfCheckAction, SelfCheckState,
};

fn quiz_keys() -> Vec<QuestionKey> {
    gut_skin_axis::model::quiz_keys().to_vec()
}

fn habit_keys() -> Vec<HabitKey> {
    gut_skin_axis::model::habit_keys().to_vec()
}

/// Answers every question, right for the first `right` positions and wrong after.
fn play(keys: &[QuestionKey], seed: u64, right: usize) -> QuizState {
    let mut state = QuizState::default().reduce(keys, QuizAction::Start(seed));
    for position in 0..keys.len() {
        let key = state.current(keys).copied().expect("a question");
        let choice = if position < right {
            key.correct
        } else {
            (key.correct + 1) % key.options
        };
        state = state
            .reduce(keys, QuizAction::Select(choice))
            .reduce(keys, QuizAction::Check)
            .reduce(keys, QuizAction::Next);
    }
    state
}

#[test]
fn a_full_run_scores_and_finishes() {
    let keys = quiz_keys();
    let state = play(&keys, 42, 7);
    assert_eq!(state.phase, QuizPhase::Finished);
    assert_eq!(state.answered(), 10);
    assert_eq!(state.score(&keys), 7);
    assert_eq!(quiz_band(7, 10), QuizBand::Good);
}

#[test]
fn quiz_band_edges() {
    assert_eq!(quiz_band(10, 10), QuizBand::Strong);
    assert_eq!(quiz_band(8, 10), QuizBand::Strong);
    assert_eq!(quiz_band(7, 10), QuizBand::Good);
    assert_eq!(quiz_band(5, 10), QuizBand::Good);
    assert_eq!(quiz_band(4, 10), QuizBand::Starting);
    assert_eq!(quiz_band(0, 10), QuizBand::Starting);
}

#[test]
fn check_needs_a_selection_and_locks_the_answer() {
    let keys = quiz_keys();
    let state = QuizState::default().reduce(&keys, QuizAction::Start(1));
    let unchanged = state.clone().reduce(&keys, QuizAction::Check);
    assert_eq!(unchanged, state, "nothing selected, nothing checked");
    let checked = state
        .reduce(&keys, QuizAction::Select(1))
        .reduce(&keys, QuizAction::Check);
    assert_eq!(checked.phase, QuizPhase::Checked);
    let reselect = checked.clone().reduce(&keys, QuizAction::Select(0));
    assert_eq!(reselect, checked, "a checked answer cannot change");
}

#[test]
fn out_of_range_and_out_of_phase_actions_change_nothing() {
    let keys = quiz_keys();
    let fresh = QuizState::default();
    assert_eq!(fresh.clone().reduce(&keys, QuizAction::Next), fresh);
    assert_eq!(fresh.clone().reduce(&keys, QuizAction::Select(0)), fresh);
    let asking = fresh.reduce(&keys, QuizAction::Start(3));
    assert_eq!(asking.clone().reduce(&keys, QuizAction::Select(99)), asking);
    assert_eq!(asking.clone().reduce(&keys, QuizAction::Next), asking);
    assert_eq!(
        asking.clone().reduce(&keys, QuizAction::Start(4)),
        asking,
        "start only once"
    );
}

#[test]
fn shuffling_is_deterministic_per_seed_and_try_again_reshuffles() {
    let keys = quiz_keys();
    let a = QuizState::default().reduce(&keys, QuizAction::Start(9));
    let b = QuizState::default().reduce(&keys, QuizAction::Start(9));
    assert_eq!(a, b);
    assert!(is_permutation(&a.order, keys.len()));
    let again = play(&keys, 9, 10).reduce(&keys, QuizAction::Restart(10));
    assert_eq!(again.phase, QuizPhase::Asking);
    assert_eq!(again.answered(), 0);
    assert_ne!(
        (again.order.clone(), again.option_orders.clone()),
        (a.order, a.option_orders)
    );
}

#[test]
fn progress_is_restored_at_the_same_question() {
    let keys = quiz_keys();
    let mut state = QuizState::default().reduce(&keys, QuizAction::Start(5));
    for _ in 0..3 {
        let correct = state.current(&keys).unwrap().correct;
        state = state
            .reduce(&keys, QuizAction::Select(correct))
            .reduce(&keys, QuizAction::Check)
            .reduce(&keys, QuizAction::Next);
    }
    state = state.reduce(&keys, QuizAction::Select(0));
    let restored = QuizState::from_saved(state.to_saved(&keys), &keys).expect("fits");
    assert_eq!(restored, state);
    assert_eq!(restored.position, 3);
}

#[test]
fn saved_progress_that_no_longer_fits_is_rejected() {
    let keys = quiz_keys();
    let state = QuizState::default().reduce(&keys, QuizAction::Start(5));
    let saved = state.to_saved(&keys);
    // A question was removed from the content.
    assert_eq!(QuizState::from_saved(saved.clone(), &keys[1..]), None);
    // A question was renamed.
    let mut renamed = saved.clone();
    renamed.order[0] = "gone".into();
    assert_eq!(QuizState::from_saved(renamed, &keys), None);
    // Option orders that do not fit the question.
    let mut bad_options = saved.clone();
    bad_options.option_orders[0] = vec![0, 0, 1];
    assert_eq!(QuizState::from_saved(bad_options, &keys), None);
    // An answer recorded ahead of the current question.
    let mut ahead = saved.clone();
    ahead.answers[5] = Some(0);
    assert_eq!(QuizState::from_saved(ahead, &keys), None);
    // A position past the end.
    let mut past = saved;
    past.position = 10;
    assert_eq!(QuizState::from_saved(past, &keys), None);
}

#[test]
fn self_check_scores_and_finds_weakest_areas_with_ties_in_order() {
    let keys = habit_keys();
    let mut state = SelfCheckState::new(keys.len());
    for (question, option) in [2, 1, 0, 2, 1, 0, 2].into_iter().enumerate() {
        state = state.reduce(&keys, SelfCheckAction::Answer { question, option });
    }
    state = state.reduce(&keys, SelfCheckAction::Submit);
    assert!(state.submitted);
    assert_eq!(state.score(&keys), 8);
    assert_eq!(
        habit_band(state.score(&keys), 14),
        Some(HabitBand::GoodBase)
    );
    // Two zeros (questions 2 and 5), then the first one-pointer (question 1).
    assert_eq!(state.weakest(&keys, 3), vec![2, 5, 1]);
}

#[test]
fn full_marks_have_no_weak_areas_and_incomplete_cannot_submit() {
    let keys = habit_keys();
    let mut state = SelfCheckState::new(keys.len());
    for question in 0..keys.len() - 1 {
        state = state.reduce(
            &keys,
            SelfCheckAction::Answer {
                question,
                option: 2,
            },
        );
    }
    state = state.reduce(&keys, SelfCheckAction::Submit);
    assert!(!state.submitted && state.incomplete);
    assert_eq!(state.unanswered(), 1);
    state = state.reduce(
        &keys,
        SelfCheckAction::Answer {
            question: 6,
            option: 2,
        },
    );
    assert!(!state.incomplete);
    state = state.reduce(&keys, SelfCheckAction::Submit);
    assert!(state.submitted);
    assert_eq!(state.score(&keys), 14);
    assert!(state.weakest(&keys, 3).is_empty());
    let restarted = state.reduce(&keys, SelfCheckAction::Restart);
    assert_eq!(restarted, SelfCheckState::new(keys.len()));
}

#[test]
fn saved_self_check_state_is_checked_against_the_questions() {
    let keys = habit_keys();
    let mut state = SelfCheckState::new(keys.len());
    assert!(state.fits(&keys));
    state.answers[0] = Some(3);
    assert!(!state.fits(&keys));
    assert!(!SelfCheckState::new(3).fits(&keys));
    let mut submitted_early = SelfCheckState::new(keys.len());
    submitted_early.submitted = true;
    assert!(!submitted_early.fits(&keys));
}

#[derive(Debug, Clone)]
enum Step {
    Quiz(QuizAction),
    Habit(SelfCheckAction),
    Reload,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u64..1000).prop_map(|seed| Step::Quiz(QuizAction::Start(seed))),
        (0usize..6).prop_map(|option| Step::Quiz(QuizAction::Select(option))),
        Just(Step::Quiz(QuizAction::Check)),
        Just(Step::Quiz(QuizAction::Next)),
        (0u64..1000).prop_map(|seed| Step::Quiz(QuizAction::Restart(seed))),
        (0usize..10, 0usize..4).prop_map(|(question, option)| Step::Habit(
            SelfCheckAction::Answer { question, option }
        )),
        Just(Step::Habit(SelfCheckAction::Submit)),
        Just(Step::Habit(SelfCheckAction::Restart)),
        Just(Step::Reload),
    ]
}

proptest! {
    #[test]
    fn any_sequence_keeps_both_states_valid(steps in prop::collection::vec(step(), 0..80)) {
        let (quiz_keys, habit_keys) = (quiz_keys(), habit_keys());
        let mut quiz = QuizState::default();
        let mut habits = SelfCheckState::new(habit_keys.len());
        for step in steps {
            match step {
                Step::Quiz(action) => quiz = quiz.reduce(&quiz_keys, action),
                Step::Habit(action) => habits = habits.reduce(&habit_keys, action),
                Step::Reload => {
                    let restored = QuizState::from_saved(quiz.to_saved(&quiz_keys), &quiz_keys);
                    prop_assert_eq!(restored.as_ref(), Some(&quiz), "a saved quiz always restores");
                }
            }
            let (score, answered) = (quiz.score(&quiz_keys), quiz.answered());
            prop_assert!(score <= answered && answered <= quiz_keys.len());
            if quiz.phase != QuizPhase::Start {
                prop_assert!(quiz.position < quiz_keys.len());
                prop_assert!(is_permutation(&quiz.order, quiz_keys.len()));
            }
            if quiz.phase == QuizPhase::Finished {
                prop_assert_eq!(answered, quiz_keys.len());
            }
            prop_assert!(habits.fits(&habit_keys));
            prop_assert!(habits.score(&habit_keys) <= SelfCheckState::max_score(&habit_keys));
            prop_assert!(habits.weakest(&habit_keys, 3).len() <= 3);
        }
    }
}
