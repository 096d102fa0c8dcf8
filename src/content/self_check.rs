//! The habits self-check: eight questions scored on the brief's 16-point scale.

/// One habit question: three options worth 0, 1 and 2 points, and its matching tip.
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
    /// The checklist tip (id) that helps with this area.
    pub tip: &'static str,
}

/// The self-check's heading.
pub const SELF_CHECK_TITLE: &str = "Check your habits";

/// The line above the questions.
pub const SELF_CHECK_INTRO: &str = "Eight questions about a typical week. There are no wrong answers: the result points you to the tips that could help most.";

/// Said with every result.
pub const SELF_CHECK_CAVEAT: &str = "This score measures everyday habits only. It says nothing about your microbiome or your skin, and it cannot identify any condition. It is not a diagnosis: for skin concerns, talk to a doctor, pharmacist or dermatologist.";

/// The questions, in order.
pub const HABITS: &[HabitQuestion] = &[
    HabitQuestion {
        id: "fruit-veg",
        prompt: "On a typical day, how many portions of fruit and vegetables do you eat?",
        area: "Fruit and vegetables",
        options: &["0 to 1", "2 to 4", "5 or more"],
        points: &[0, 1, 2],
        tip: "fruit-veg-5",
    },
    HabitQuestion {
        id: "whole-grains",
        prompt: "How often do you eat whole grains, beans, lentils, nuts or seeds?",
        area: "Fibre-rich foods",
        options: &["Rarely", "Some days", "Most days"],
        points: &[0, 1, 2],
        tip: "fibre-30g",
    },
    HabitQuestion {
        id: "plant-variety",
        prompt: "In a typical week, how many different plant foods do you eat? Fruit, vegetables, grains, beans, nuts, seeds, herbs and spices all count.",
        area: "Plant variety",
        options: &["Fewer than 10", "10 to 29", "30 or more"],
        points: &[0, 1, 2],
        tip: "plants-30-week",
    },
    HabitQuestion {
        id: "fermented",
        prompt: "How often do you eat fermented foods with live cultures, such as live yogurt, kefir or kimchi?",
        area: "Fermented foods",
        options: &["Rarely or never", "1 to 3 times a week", "4 or more times a week"],
        points: &[0, 1, 2],
        tip: "fermented-food",
    },
    HabitQuestion {
        id: "ultra-processed",
        prompt: "How often do you have ultra-processed foods, sugary drinks or sweets?",
        area: "Ultra-processed food and sugary drinks",
        options: &["Several times a day", "About once a day", "A few times a week or less"],
        points: &[0, 1, 2],
        tip: "fewer-ultra-processed",
    },
    HabitQuestion {
        id: "sleep",
        prompt: "How long do you sleep on a typical night?",
        area: "Sleep",
        options: &["Under 6 hours", "6 to 7 hours", "7 hours or more"],
        points: &[0, 1, 2],
        tip: "sleep-7h",
    },
    HabitQuestion {
        id: "stress",
        prompt: "How often do you feel stressed or overwhelmed?",
        area: "Stress",
        options: &["Most days", "Some days", "Rarely"],
        points: &[0, 1, 2],
        tip: "stress-routine",
    },
    HabitQuestion {
        id: "water",
        prompt: "How often do you drink water or other unsweetened drinks through the day?",
        area: "Drinks through the day",
        options: &["I rarely think about it", "Some of the day", "Regularly through the day"],
        points: &[0, 1, 2],
        tip: "water-through-day",
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
        name: "Lots of room to build gut-friendly habits",
        explanation: "That is a common place to start, and every small step counts. Pick one tip below and try it for a week before adding another.",
    },
    good_base: HabitBandText {
        name: "A good base with a few gaps",
        explanation: "You already do several things that support your gut. The areas below are where a small change could add the most.",
    },
    strong: HabitBandText {
        name: "Strong gut-friendly habits",
        explanation: "Your everyday habits already give your gut a lot of support. Keep them up, and see the tips below if you want to go further.",
    },
};
