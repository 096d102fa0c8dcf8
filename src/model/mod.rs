//! Pure logic with no browser dependency, unit-tested natively.

mod checklist;
mod citations;
mod quiz;
mod self_check;
mod shuffle;

pub use checklist::{ChecklistAction, ChecklistState, ForgetReport, StorageStatus};
pub use citations::CitationIndex;
pub use quiz::{quiz_band, QuestionKey, QuizAction, QuizBand, QuizPhase, QuizState, SavedQuiz};
pub use self_check::{
    day_and_month, habit_band, HabitBand, HabitKey, SavedResult, SelfCheckAction, SelfCheckState,
};
pub use shuffle::{is_permutation, shuffled, Rng};
