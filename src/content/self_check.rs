//! The habits self-check: seven questions scored over 14 points (`en/self_check.toml`).

use super::Figure;

/// A line shown with the result when the reader picks one particular option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUp {
    /// The option (display index) that triggers it.
    pub option: usize,
    /// What to say.
    pub text: &'static str,
}

/// One habit question: three options worth 0, 1 and 2 points, and its matching tip.
///
/// The options are exhaustive and never overlap. Their thresholds are scoring choices, not
/// claims; only `figure` claims anything, and its tip's section states it with sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitQuestion {
    /// Stable question id.
    pub id: &'static str,
    /// The question, shown as the fieldset's legend.
    pub prompt: &'static str,
    /// A short name for the area, used in the weakest-areas list.
    pub area: &'static str,
    /// Option labels, in display order.
    pub options: &'static [&'static str],
    /// Points per option (higher is better); supplements never score.
    pub points: &'static [u8],
    /// The published figure the best option reflects, if any.
    pub figure: Option<Figure>,
    /// A line added to the result for one option, if any.
    pub follow_up: Option<FollowUp>,
    /// The checklist tip (id) that helps with this area.
    pub tip: &'static str,
}

/// A habits band's name and a plain, kind explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitBandText {
    /// The band's name.
    pub name: &'static str,
    /// What it means, kindly.
    pub explanation: &'static str,
}

/// The words for each habits band, from the lowest up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitBandTexts {
    /// The lowest band.
    pub room_to_build: HabitBandText,
    /// The middle band.
    pub good_base: HabitBandText,
    /// The highest band.
    pub strong: HabitBandText,
}

include!(concat!(env!("OUT_DIR"), "/words/self_check.rs"));
