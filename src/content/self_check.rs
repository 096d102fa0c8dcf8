//! The habits self-check: seven questions scored over 14 points.

use super::advice::STRESS_HELP;
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

/// The self-check's heading.
pub const SELF_CHECK_TITLE: &str = "Check your habits";

/// Said with every result.
pub const SELF_CHECK_CAVEAT: &str = "This score measures everyday habits only. It says nothing about your microbiome or your skin, and it cannot identify any condition. It is not a diagnosis: for skin concerns, talk to a doctor, pharmacist or dermatologist. Get urgent help for a rash that is sudden, severe or spreading, or comes with swelling or a fever.";

/// The questions, in order.
pub const HABITS: &[HabitQuestion] = &[
    HabitQuestion {
        id: "fruit-veg",
        prompt: "On a typical day, how many portions of fruit and vegetables do you eat? A portion is 80 g, such as a medium apple.",
        area: "Fruit and vegetables",
        options: &["Fewer than 2", "2 or more, but fewer than 5", "5 or more"],
        points: &[0, 1, 2],
        figure: Some(Figure {
            text: "five portions",
            sources: &["nhs5aday"],
        }),
        follow_up: None,
        tip: "fruit-veg-5",
    },
    HabitQuestion {
        id: "whole-grains",
        prompt: "How often do you eat whole grains, beans, lentils, nuts or seeds?",
        area: "Fibre-rich foods",
        options: &["Rarely or never", "Some days, but not most", "Most days"],
        points: &[0, 1, 2],
        figure: None,
        follow_up: None,
        tip: "fibre-30g",
    },
    HabitQuestion {
        id: "plant-variety",
        prompt: "In a typical week, how many different plant foods do you eat? Fruit, vegetables, grains, beans, nuts, seeds, herbs and spices all count.",
        area: "Plant variety",
        options: &["10 or fewer", "11 to 29", "30 or more"],
        points: &[0, 1, 2],
        figure: None,
        follow_up: None,
        tip: "plants-30-week",
    },
    HabitQuestion {
        id: "fermented",
        prompt: "How often do you eat fermented foods, made with the help of microbes, that still hold live cultures, meaning live microbes? Examples are live yogurt, kefir and kimchi.",
        area: "Fermented foods",
        options: &["Less than once a week", "1 to 3 times a week", "4 or more times a week"],
        points: &[0, 1, 2],
        figure: None,
        follow_up: None,
        tip: "fermented-food",
    },
    HabitQuestion {
        id: "ultra-processed",
        prompt: "How often do you have sugary drinks, sweets or other ultra-processed foods, the kind made in factories with many additives?",
        area: "Ultra-processed food and sugary drinks",
        options: &["More than once a day", "Once a day", "Less than once a day"],
        points: &[0, 1, 2],
        figure: None,
        follow_up: None,
        tip: "fewer-ultra-processed",
    },
    HabitQuestion {
        id: "sleep",
        prompt: "How long do you sleep on a typical night?",
        area: "Sleep",
        options: &["Under 6 hours", "6 to under 7 hours", "7 hours or more"],
        points: &[0, 1, 2],
        figure: Some(Figure {
            text: "7 hours",
            sources: &["watson2015"],
        }),
        follow_up: None,
        tip: "sleep-7h",
    },
    HabitQuestion {
        id: "stress",
        prompt: "How often do you feel stressed or overwhelmed?",
        area: "Stress",
        options: &["Most days", "Some days, but not most", "Rarely or never"],
        points: &[0, 1, 2],
        figure: None,
        follow_up: Some(FollowUp {
            option: 0,
            text: STRESS_HELP,
        }),
        tip: "stress-routine",
    },
];

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

/// The words for each habits band.
pub const HABIT_BAND_TEXTS: HabitBandTexts = HabitBandTexts {
    room_to_build: HabitBandText {
        name: "Lots of room to build healthy habits",
        explanation: "That is a common place to start, and every small step counts. Pick one tip below and try it for a week before adding another.",
    },
    good_base: HabitBandText {
        name: "A good base with a few gaps",
        explanation: "You already keep several habits linked with a healthy gut and good general health. The areas below are where a small change could add the most.",
    },
    strong: HabitBandText {
        name: "Strong everyday habits",
        explanation: "Your everyday habits are ones linked with a healthy gut and good general health. Keep them up, and see the tips below if you want to go further.",
    },
};
