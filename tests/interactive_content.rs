//! Content of the interactive parts: the checklist's tips, the quiz and the self-check.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use gut_skin_axis::content::{claims_text, reference, ARTICLE};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn checklist_has_nine_tips_with_stable_ids_and_article_links() {
    use gut_skin_axis::content::TIPS;
    const KNOWN_IDS: [&str; 10] = [
        "fibre-30g",
        "plants-30-week",
        "fermented-food",
        "fewer-ultra-processed",
        "fruit-veg-5",
        "sleep-7h",
        "stress-routine",
        "probiotic-ask-pharmacist",
        "water-through-day",
        "antibiotics-as-prescribed",
    ];
    // The brief's eight plus antibiotics; water is retired (no source supported its "why").
    assert_eq!(TIPS.len(), 9);
    let mut seen = HashSet::new();
    for tip in TIPS {
        assert!(seen.insert(tip.id), "duplicate tip id {}", tip.id);
        assert!(KNOWN_IDS.contains(&tip.id), "{} is not a brief id", tip.id);
        assert!(
            !tip.label.trim().is_empty()
                && !tip.why.is_empty()
                && !claims_text(tip.why).trim().is_empty()
        );
        assert!(
            ARTICLE.iter().any(|section| section.id == tip.section),
            "{} links to missing section {}",
            tip.id,
            tip.section
        );
    }
    for required in [
        "fermented-food",
        "fibre-30g",
        "plants-30-week",
        "fewer-ultra-processed",
        "probiotic-ask-pharmacist",
        "sleep-7h",
        "stress-routine",
        "fruit-veg-5",
        "antibiotics-as-prescribed",
    ] {
        assert!(seen.contains(required), "missing tip {required}");
    }
    assert!(!seen.contains("water-through-day"), "water is retired");
}

#[test]
fn quiz_has_ten_answerable_questions_each_with_explanation_and_source() {
    use gut_skin_axis::content::QUIZ;
    assert_eq!(QUIZ.len(), 10);
    let mut ids = HashSet::new();
    for question in QUIZ {
        assert!(
            ids.insert(question.id),
            "duplicate question id {}",
            question.id
        );
        assert!((3..=4).contains(&question.options.len()), "{}", question.id);
        assert!(question.correct < question.options.len(), "{}", question.id);
        let distinct: HashSet<_> = question.options.iter().collect();
        assert_eq!(
            distinct.len(),
            question.options.len(),
            "{} repeats an option",
            question.id
        );
        assert!(
            question.explanation.text().split_whitespace().count() >= 8,
            "{}",
            question.id
        );
        for source in question.explanation.sources() {
            assert!(
                reference(source).is_some(),
                "{} cites unknown {source}",
                question.id
            );
        }
        assert!(
            ARTICLE.iter().any(|section| section.id == question.section),
            "{} links to missing section {}",
            question.id,
            question.section
        );
    }
}

#[test]
fn self_check_has_seven_questions_on_a_fourteen_point_scale_each_with_a_tip() {
    use gut_skin_axis::content::{HABITS, TIPS};
    use gut_skin_axis::model::{SelfCheckState, CURRENT_SCALE};
    assert_eq!(HABITS.len(), 7);
    let keys = gut_skin_axis::model::habit_keys();
    assert_eq!(SelfCheckState::max_score(keys), 14);
    assert_eq!(CURRENT_SCALE.max, 14);
    assert!(
        HABITS.iter().all(|habit| habit.id != "water"),
        "water is dropped"
    );
    let mut tips = HashSet::new();
    for habit in HABITS {
        assert_eq!(habit.options.len(), habit.points.len(), "{}", habit.id);
        assert_eq!(habit.points, &[0, 1, 2], "{}", habit.id);
        assert!(
            TIPS.iter().any(|tip| tip.id == habit.tip),
            "{} has no tip {}",
            habit.id,
            habit.tip
        );
        assert!(tips.insert(habit.tip), "{} shares its tip", habit.id);
        assert!(
            !habit
                .prompt
                .to_lowercase()
                .contains(pick("supplement", "suplemento")),
            "no points for supplements"
        );
    }
}

#[test]
fn every_band_message_is_kind_and_every_result_carries_the_caveat() {
    use gut_skin_axis::components::habit_band_text;
    use gut_skin_axis::content::SELF_CHECK_CAVEAT;
    use gut_skin_axis::model::HabitBand;
    for band in [
        HabitBand::RoomToBuild,
        HabitBand::GoodBase,
        HabitBand::Strong,
    ] {
        let text = habit_band_text(band);
        assert!(!text.name.is_empty() && text.explanation.len() > 40);
    }
    let english = [
        "not a diagnosis",
        "doctor",
        "pharmacist",
        "dermatologist",
        "cannot identify",
    ];
    let spanish = [
        "No es un diagnóstico",
        "médico",
        "farmacéutico",
        "dermatólogo",
        "no puede detectar",
    ];
    for word in pick(english, spanish) {
        assert!(SELF_CHECK_CAVEAT.contains(word), "{word}");
    }
}
