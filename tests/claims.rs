//! Sourcing: every fact carries a source, every source is cited, numbers follow first citation,
//! and every figure a tip or self-check question recommends is stated where it links.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use gut_skin_axis::content::{
    claims_text, every_claim, inline_text, reference, section_claims, ClaimKind, Figure, Section,
    ARTICLE, CITATION_ORDER, DIAGRAM_STEPS, HABITS, QUIZ, REFERENCES, REVIEW, SECTIONS,
    STRESS_HELP, TIPS,
};
use gut_skin_axis::model::{CitationIndex, Date};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

/// Every claim in the content module, named for error messages, as plain text and sources.
fn every_claim_named() -> Vec<(String, String, &'static [&'static str], bool)> {
    every_claim()
        .into_iter()
        .map(|claim| {
            let fact = claim.kind != ClaimKind::Framing;
            (claim.place, claim.text, claim.sources, fact)
        })
        .collect()
}

fn figures() -> Vec<(String, Figure, &'static str)> {
    let mut figures = Vec::new();
    for tip in TIPS {
        if let Some(figure) = tip.figure {
            figures.push((format!("tip {}", tip.id), figure, tip.section));
        }
    }
    for habit in HABITS {
        if let Some(figure) = habit.figure {
            let tip = TIPS.iter().find(|tip| tip.id == habit.tip).expect("tip");
            figures.push((format!("self-check {}", habit.id), figure, tip.section));
        }
    }
    figures
}

#[test]
fn every_fact_carries_at_least_one_known_source() {
    for (name, _, sources, fact) in every_claim_named() {
        if fact {
            assert!(!sources.is_empty(), "{name} states a fact with no source");
        }
        for id in sources {
            assert!(reference(id).is_some(), "{name} cites unknown {id}");
        }
    }
    for (name, figure, _) in figures() {
        assert!(
            !figure.sources.is_empty(),
            "{name} recommends {:?} with no source",
            figure.text
        );
    }
}

#[test]
fn quiz_explanations_tip_reasons_and_diagram_captions_are_sourced_facts() {
    let mut captions = 0;
    for (name, _, _, fact) in every_claim_named() {
        if name.starts_with("quiz") || name.starts_with("diagram") {
            assert!(fact, "{name} must state its fact with sources, not framing");
        }
        captions += usize::from(name.starts_with("diagram"));
    }
    for tip in TIPS {
        assert!(
            tip.why.iter().any(|claim| !claim.sources().is_empty()),
            "tip {}: its why has no sourced fact or advice",
            tip.id
        );
    }
    assert_eq!(
        captions,
        DIAGRAM_STEPS.len(),
        "every diagram caption is checked"
    );
}

#[test]
fn diagram_captions_are_one_or_two_sentences() {
    for step in DIAGRAM_STEPS {
        let text = step.caption.text();
        let sentences = text.matches(". ").count() + usize::from(text.ends_with('.'));
        assert!(
            (1..=2).contains(&sentences),
            "{}: {sentences} sentences",
            step.title
        );
    }
}

#[test]
fn every_reference_is_cited_somewhere() {
    let cited: HashSet<&str> = every_claim_named()
        .into_iter()
        .flat_map(|(_, _, sources, _)| sources.iter().copied())
        .collect();
    for source in REFERENCES {
        assert!(cited.contains(source.id), "{} is never cited", source.id);
    }
}

#[test]
fn the_compile_time_numbering_follows_first_citation() {
    let computed = CitationIndex::from_sections(ARTICLE)
        .then_cite(
            QUIZ.iter()
                .flat_map(|q| q.explanation.sources().iter().copied()),
        )
        .then_cite(TIPS.iter().flat_map(|t| {
            t.why
                .iter()
                .flat_map(|claim| claim.sources().iter().copied())
        }));
    assert_eq!(
        CITATION_ORDER,
        computed.cited(),
        "update CITATION_ORDER in src/content/references.rs"
    );
}

#[test]
fn the_section_table_matches_the_article() {
    let heads: Vec<_> = ARTICLE.iter().map(|s| (s.id, s.title)).collect();
    let table: Vec<_> = SECTIONS.iter().map(|s| (s.id, s.title)).collect();
    assert_eq!(heads, table);
}

fn section(id: &str) -> &'static Section {
    ARTICLE.iter().find(|s| s.id == id).expect("section")
}

#[test]
fn every_recommended_figure_is_stated_with_its_sources_where_it_links() {
    for (name, figure, section_id) in figures() {
        let stated = section_claims(section(section_id))
            .into_iter()
            .any(|claim| {
                let text: String = inline_text(claim.text()).collect();
                text.contains(figure.text)
                    && figure.sources.iter().all(|id| claim.sources().contains(id))
            });
        assert!(
            stated,
            "{name} links to {section_id}, which does not state {:?} citing {:?}",
            figure.text, figure.sources
        );
    }
}

#[test]
fn a_tip_with_a_number_in_its_label_declares_that_figure() {
    for tip in TIPS {
        let numeric = tip.label.chars().any(|c| c.is_ascii_digit())
            || ["five", "seven"]
                .iter()
                .any(|word| tip.label.contains(word));
        if numeric {
            let figure = tip
                .figure
                .unwrap_or_else(|| panic!("{}: no figure", tip.id));
            let number = figure.text.split(' ').next().unwrap_or_default();
            assert!(tip.label.contains(number), "{}: {number}", tip.id);
        }
    }
}

#[test]
fn a_self_check_figure_is_the_one_its_tip_recommends() {
    for habit in HABITS {
        let tip = TIPS.iter().find(|tip| tip.id == habit.tip).expect("tip");
        if let Some(figure) = habit.figure {
            assert_eq!(
                Some(figure.text),
                tip.figure.map(|f| f.text),
                "{}",
                habit.id
            );
        }
    }
}

#[test]
fn every_antibiotic_finding_comes_with_take_them_as_directed() {
    let study = pick("courses of an antibiotic", "con un antibiótico");
    let antibiotic = pick("antibiotic", "antibiótico");
    let as_directed = pick("as directed", "como le indiquen");
    let mut warnings = 0;
    for section in ARTICLE {
        for paragraph in section_paragraphs(section) {
            if paragraph.contains(study) {
                warnings += 1;
                assert!(paragraph.contains(as_directed), "{}", section.id);
            }
        }
    }
    for tip in TIPS {
        let why = claims_text(tip.why);
        if why.contains(antibiotic) {
            warnings += 1;
            assert!(why.contains(as_directed), "{}", tip.id);
        }
    }
    assert!(warnings >= 2, "{warnings}");
}

/// Each paragraph and list item of a section as plain text.
fn section_paragraphs(section: &Section) -> Vec<String> {
    use gut_skin_axis::content::Block;
    let mut paragraphs = Vec::new();
    for block in section.blocks {
        match block {
            Block::Paragraph(claims) => paragraphs.push(claims_text(claims)),
            Block::Tips(items) => {
                paragraphs.extend(items.iter().map(|item| claims_text(item.body)))
            }
            Block::AxisDiagram => {}
        }
    }
    paragraphs
}

#[test]
fn answering_most_days_to_stress_adds_the_crisis_lines() {
    let stress = HABITS
        .iter()
        .find(|habit| habit.id == "stress")
        .expect("stress");
    let follow_up = stress.follow_up.expect("follow-up");
    assert_eq!(
        stress.options[follow_up.option],
        pick("Most days", "La mayoría de los días")
    );
    assert_eq!(
        follow_up.text, STRESS_HELP,
        "the same words as the article and the tip"
    );
    // What its sources advise: a crisis line now, the emergency number if life is in danger.
    assert!(follow_up.text.contains(pick(
        "call a crisis line now",
        "llame ahora a una línea de crisis"
    )));
    assert!(follow_up.text.contains(pick(
        "If your life is in danger, call your local emergency number",
        "Si su vida corre peligro, llame a su número local de emergencias"
    )));
    // The crisis lines: Samaritans (UK), 988 (US, also in Spanish), 024 (Spain), each
    // cited to its public-health page.
    for number in ["116 123", "988", "024"] {
        assert!(STRESS_HELP.contains(number), "{number}");
    }
    let told: Vec<_> = every_claim()
        .into_iter()
        .filter(|claim| claim.text == STRESS_HELP && !claim.place.starts_with("self-check"))
        .collect();
    // The self-check's follow-up shows the same words without reference marks (framing).
    assert!(told.len() >= 2, "the article and the checklist tell it");
    for claim in told {
        assert_eq!(claim.kind, ClaimKind::Advice, "{}", claim.place);
        assert_eq!(claim.sources, ["nhswales", "samhsa2023", "sanidad024"]);
    }
}

#[test]
fn the_content_is_not_past_its_next_review() {
    // Fails on purpose once the review month has passed: review the content, then move
    // REVIEW in src/content/review.rs.
    let (year, month, _) = today();
    assert!(
        (year, month) <= REVIEW.next_due,
        "content review overdue since {:?}",
        REVIEW.next_due
    );
    assert!(REVIEW.last <= today(), "last review is in the future");
}

/// Today's date (UTC) as (year, month, day), from the system clock.
fn today() -> (u16, u8, u8) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs();
    let date = Date::from_unix_days((seconds / 86_400) as i64).expect("a day of years 1 to 9999");
    (date.year, date.month, date.day)
}
