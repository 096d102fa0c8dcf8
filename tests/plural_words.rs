//! Counted phrases take their form from the language's plural rule, and lists in a
//! sentence join as the language does (English: "a, b and c").
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::import_plan::add_ticks;
use gut_skin_axis::content::questions::answer_remaining;
use gut_skin_axis::content::ui::and_list;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn one_takes_the_singular_and_every_other_count_the_plural() {
    let expected = pick(
        [
            "Please answer the 1 remaining question to see your result.",
            "Please answer the 2 remaining questions to see your result.",
            "Please answer the 0 remaining questions to see your result.",
        ],
        [
            "Falta 1 pregunta por responder: respóndala para ver su resultado.",
            "Faltan 2 preguntas por responder: respóndalas para ver su resultado.",
            "Faltan 0 preguntas por responder: respóndalas para ver su resultado.",
        ],
    );
    for (count, expected) in [1, 2, 0].into_iter().zip(expected) {
        assert_eq!(answer_remaining(count), expected);
    }
    assert_eq!(add_ticks(1), pick("add 1 tick", "añadir 1 marca"));
    assert_eq!(add_ticks(11), pick("add 11 ticks", "añadir 11 marcas"));
}

#[test]
fn a_list_reads_as_a_sentence() {
    assert_eq!(and_list(&[]), "");
    assert_eq!(and_list(&["quiz"]), "quiz");
    assert_eq!(
        and_list(&["quiz", "diagram"]),
        pick("quiz and diagram", "quiz y diagram")
    );
    assert_eq!(
        and_list(&["quiz", "diagram", "checklist"]),
        pick("quiz, diagram and checklist", "quiz, diagram y checklist")
    );
}
