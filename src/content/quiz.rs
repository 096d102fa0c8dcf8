//! The knowledge quiz: ten questions answerable from the article (`en/quiz.toml`).

use super::Claim;

/// One quiz question with its options, answer, explanation and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizQuestion {
    /// Stable id, used when saving progress.
    pub id: &'static str,
    /// The question, shown as the fieldset's legend.
    pub prompt: &'static str,
    /// Three or four options.
    pub options: &'static [&'static str],
    /// Index of the right option.
    pub correct: usize,
    /// One or two sentences shown after checking: a fact with the references behind it.
    pub explanation: Claim<&'static str>,
    /// The article section (id) the answer comes from.
    pub section: &'static str,
}

/// What a quiz score says, for each band from the highest down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizBandMessages {
    /// 80 % or more right.
    pub strong: &'static str,
    /// 50–79 % right.
    pub good: &'static str,
    /// Under 50 % right.
    pub starting: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/words/quiz.rs"));
