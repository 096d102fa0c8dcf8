//! Counted phrases in the summary take the plural form their count asks for (English: one,
//! other), as the plural messages in `src/content/en/summary.toml` say them.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{area_points_text, plural_category, quiz_length, PluralCategory};

#[test]
fn english_has_one_for_exactly_one_and_other_for_the_rest() {
    assert_eq!(plural_category(1), PluralCategory::One);
    for count in [0, 2, 11, 21, 101] {
        assert_eq!(plural_category(count), PluralCategory::Other, "{count}");
    }
}

#[test]
fn a_quiz_length_counts_questions_and_minutes_each_in_its_own_form() {
    assert_eq!(quiz_length(1, 1), "1 question, about 1 minute.");
    assert_eq!(quiz_length(1, 2), "1 question, about 2 minutes.");
    assert_eq!(quiz_length(10, 1), "10 questions, about 1 minute.");
    assert_eq!(quiz_length(0, 0), "0 questions, about 0 minutes.");
}

#[test]
fn an_areas_points_follow_its_best() {
    assert_eq!(
        area_points_text(1, 2, "on the way"),
        "1 of 2 points: on the way"
    );
    assert_eq!(
        area_points_text(1, 1, "going well"),
        "1 of 1 point: going well"
    );
}
