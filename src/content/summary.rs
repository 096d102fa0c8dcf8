//! What the quizzes say before they start, the self-check's words per area, and the
//! printable summary's wording (`en/summary.toml`).

include!(concat!(env!("OUT_DIR"), "/words/summary.rs"));

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
    covers: QUIZ_INTRO_COVERS,
    saved: QUIZ_INTRO_SAVED,
};

/// The habits self-check's intro.
pub const SELF_CHECK_INTRO: QuizIntro = QuizIntro {
    covers: SELF_CHECK_INTRO_COVERS,
    saved: SELF_CHECK_INTRO_SAVED,
};

/// "10 questions, about 3 minutes."
pub fn quiz_length(questions: usize, minutes: u32) -> String {
    // u32 always fits in usize on the targets we build for (32- and 64-bit).
    let minutes = usize::try_from(minutes).unwrap_or(usize::MAX);
    quiz_length_line(question_count(questions), minute_count(minutes))
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
    going_well: GOING_WELL,
    on_the_way: ON_THE_WAY,
    room_to_grow: ROOM_TO_GROW,
};

/// "1 of 2 points: on the way".
pub fn area_points_text(points: u32, best: u32, word: &str) -> String {
    let best_count = usize::try_from(best).unwrap_or(usize::MAX);
    area_points(best_count, points, word)
}
