//! What the quiz, self-check and checklist logic need to know of the content, in content
//! order: the key tables each part's state is stored and restored against. They live in
//! the model so that model and storage code (and their tests) need no components.

use super::{HabitKey, QuestionKey};
use crate::content::{HABITS, QUIZ, TIPS};

/// Each quiz question's id, number of options and right option, in content order.
static QUIZ_KEYS: [QuestionKey; QUIZ.len()] = {
    let mut keys = [QuestionKey {
        id: "",
        options: 0,
        correct: 0,
    }; QUIZ.len()];
    let mut index = 0;
    while index < QUIZ.len() {
        let question = &QUIZ[index];
        keys[index] = QuestionKey {
            id: question.id,
            options: question.options.len(),
            correct: question.correct,
        };
        index += 1;
    }
    keys
};

/// Each self-check question's id and points per option, in content order.
static HABIT_KEYS: [HabitKey; HABITS.len()] = {
    let mut keys = [HabitKey {
        id: "",
        points: &[],
    }; HABITS.len()];
    let mut index = 0;
    while index < HABITS.len() {
        keys[index] = HabitKey {
            id: HABITS[index].id,
            points: HABITS[index].points,
        };
        index += 1;
    }
    keys
};

/// The ids of the tips shown, in content order: the checklist counts ticks among them.
static TIP_IDS: [&str; TIPS.len()] = {
    let mut ids = [""; TIPS.len()];
    let mut index = 0;
    while index < TIPS.len() {
        ids[index] = TIPS[index].id;
        index += 1;
    }
    ids
};

/// What the quiz logic needs to know about each question, in content order.
pub fn quiz_keys() -> &'static [QuestionKey] {
    &QUIZ_KEYS
}

/// What the self-check's scoring needs to know about each question, in content order.
pub fn habit_keys() -> &'static [HabitKey] {
    &HABIT_KEYS
}

/// The ids of the checklist's tips, in content order.
pub fn tip_ids() -> &'static [&'static str] {
    &TIP_IDS
}
