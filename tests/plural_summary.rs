//! Counted phrases in the summary take the plural form their count asks for (English: one,
//! other), as the plural messages in `src/content/en/summary.toml` say them.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{area_points_text, plural_category, quiz_length, PluralCategory};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn english_has_one_for_exactly_one_and_other_for_the_rest() {
    assert_eq!(plural_category(1), PluralCategory::One);
    for count in [0, 2, 11, 21, 101] {
        assert_eq!(plural_category(count), PluralCategory::Other, "{count}");
    }
}

#[test]
fn a_quiz_length_counts_questions_and_minutes_each_in_its_own_form() {
    let expected = pick(
        [
            "1 question, about 1 minute.",
            "1 question, about 2 minutes.",
            "10 questions, about 1 minute.",
            "0 questions, about 0 minutes.",
        ],
        [
            "1 pregunta, 1 minuto aproximadamente.",
            "1 pregunta, 2 minutos aproximadamente.",
            "10 preguntas, 1 minuto aproximadamente.",
            "0 preguntas, 0 minutos aproximadamente.",
        ],
    );
    let counts = [(1, 1), (1, 2), (10, 1), (0, 0)];
    for ((questions, minutes), expected) in counts.into_iter().zip(expected) {
        assert_eq!(quiz_length(questions, minutes), expected);
    }
}

#[test]
fn an_areas_points_follow_its_best() {
    let (on_the_way, going_well) = pick(("on the way", "going well"), ("en camino", "va bien"));
    assert_eq!(
        area_points_text(1, 2, on_the_way),
        pick("1 of 2 points: on the way", "1 de 2 puntos: en camino")
    );
    assert_eq!(
        area_points_text(1, 1, going_well),
        pick("1 of 1 point: going well", "1 de 1 punto: va bien")
    );
}
