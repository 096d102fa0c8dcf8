//! Pure logic with no browser dependency, unit-tested natively.

mod checklist;
mod citations;
mod embed_options;
mod embed_snippets;
mod persisted;
mod quiz;
mod self_check;
mod shuffle;

pub use checklist::{ChecklistAction, ChecklistState, ForgetReport, StorageStatus};
pub use citations::CitationIndex;
pub use embed_options::{
    parse_options, query_pairs, Accent, EmbedOptions, OptionWarning, Part, Theme,
};
pub use embed_snippets::{embed_query, embed_title, iframe_snippet, widget_snippet};
pub use persisted::Persisted;
pub use quiz::{
    quiz_band, restore_quiz, QuestionKey, QuizAction, QuizBand, QuizPhase, QuizState, SavedQuiz,
};
pub use self_check::{
    day_and_month, habit_band, restore_self_check, HabitBand, HabitKey, HabitScale, SavedResult,
    SelfCheckAction, SelfCheckState, CURRENT_SCALE, OLD_SCALE,
};
pub use shuffle::{is_permutation, shuffled, Rng};
