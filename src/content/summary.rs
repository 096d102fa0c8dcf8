//! What the quizzes say before they start, the self-check's words per area, and the
//! printable summary's wording.

/// What a quiz's intro says besides its length (which is computed from its questions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizIntro {
    /// What the questions cover.
    pub covers: &'static str,
    /// What is kept on this device.
    pub saved: &'static str,
}

/// The knowledge quiz's intro.
pub const QUIZ_INTRO: QuizIntro = QuizIntro {
    covers: "These questions cover the gut–skin axis, the gut's microbes and how diet shapes them. Others cover the evidence so far, probiotics (live microbes taken for health) and fermented foods. You see right away whether you were right, and why.",
    saved: "Your progress is kept only in this browser on this device, so you can stop and come back; nothing is sent anywhere.",
};

/// The habits self-check's intro.
pub const SELF_CHECK_INTRO: QuizIntro = QuizIntro {
    covers: "Questions about a typical week: what you eat, how you sleep and how stressed you feel. There are no wrong answers: the result shows where you stand in each area and points you to the tips that could help most.",
    saved: "Your answers and your last result are kept only in this browser on this device; nothing is sent anywhere.",
};

/// "10 questions, about 3 minutes."
pub fn quiz_length(questions: usize, minutes: u32) -> String {
    let plural = |count: u64| if count == 1 { "" } else { "s" };
    format!(
        "{questions} question{}, about {minutes} minute{}.",
        plural(questions as u64),
        plural(u64::from(minutes))
    )
}

/// Where the reader stands in one self-check area, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaWords {
    /// Full marks.
    pub going_well: &'static str,
    /// Some points.
    pub on_the_way: &'static str,
    /// No points yet.
    pub room_to_grow: &'static str,
}

/// The words for each standing.
pub const AREA_WORDS: AreaWords = AreaWords {
    going_well: "going well",
    on_the_way: "on the way",
    room_to_grow: "room to grow",
};

/// The heading over the self-check's breakdown.
pub const BREAKDOWN_HEADING: &str = "Area by area";

/// "1 of 2 points: on the way".
pub fn area_points_text(points: u32, best: u32, word: &str) -> String {
    format!("{points} of {best} points: {word}")
}

/// The button that prints the summary (the print dialog also saves it as a PDF).
pub const PRINT_SUMMARY_BUTTON: &str = "Print or save my summary";

/// The printed summary's title.
pub const SUMMARY_TITLE: &str = "My gut-friendly habits: a summary";

/// "Made on 25 November 2026." (the date the page was opened).
pub fn summary_date_line(date: &str) -> String {
    format!("Made on {date}.")
}

/// Printed when no self-check result is kept on this device.
pub const SELF_CHECK_NOT_TAKEN: &str = "You have not taken the habits self-check on this device yet. Whatever your habits, for any skin concern talk to a doctor, pharmacist or dermatologist.";

/// The printed list of ticked tips.
pub const TICKED_HEADING: &str = "Tips you have ticked";

/// The printed list of tips not ticked yet.
pub const NOT_TICKED_HEADING: &str = "Tips not yet ticked";

/// Printed under a heading with no tips.
pub const NO_TIPS: &str = "None yet.";

/// The printed weakest areas of the last result.
pub const LAST_WEAKEST_HEADING: &str = "Tips for the areas with most room to grow";
