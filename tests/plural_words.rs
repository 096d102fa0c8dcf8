//! Counted phrases take their form from the language's plural rule, and lists in a
//! sentence join as the language does (English: "a, b and c").
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::import_plan::add_ticks;
use gut_skin_axis::content::questions::answer_remaining;
use gut_skin_axis::content::ui::and_list;

#[test]
fn one_takes_the_singular_and_every_other_count_the_plural() {
    assert_eq!(
        answer_remaining(1),
        "Please answer the 1 remaining question to see your result."
    );
    assert_eq!(
        answer_remaining(2),
        "Please answer the 2 remaining questions to see your result."
    );
    assert_eq!(
        answer_remaining(0),
        "Please answer the 0 remaining questions to see your result."
    );
    assert_eq!(add_ticks(1), "add 1 tick");
    assert_eq!(add_ticks(11), "add 11 ticks");
}

#[test]
fn a_list_reads_as_a_sentence() {
    assert_eq!(and_list(&[]), "");
    assert_eq!(and_list(&["quiz"]), "quiz");
    assert_eq!(and_list(&["quiz", "diagram"]), "quiz and diagram");
    assert_eq!(
        and_list(&["quiz", "diagram", "checklist"]),
        "quiz, diagram and checklist"
    );
}
