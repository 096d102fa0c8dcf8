//! Plain words: each part that can be shown alone explains its terms where it first uses
//! them, and no sentence a reader meets runs over 25 words.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{
    claims_text, every_claim, Block, ARTICLE, CHECKLIST_INTRO, DIAGRAM_CAPTION, DIAGRAM_DESC,
    DIAGRAM_STEPS, GLOSSARY, HABITS, HABIT_BAND_TEXTS, LEDE, QUIZ, QUIZ_INTRO, SELF_CHECK_CAVEAT,
    SELF_CHECK_INTRO, TIPS,
};

/// Each part that can be shown alone, as the units a reader meets in order: the quiz's
/// questions are shuffled, so each question is a unit of its own.
fn parts() -> Vec<(String, String)> {
    let mut parts = Vec::new();
    let mut article = vec![LEDE.to_owned()];
    for section in ARTICLE {
        article.push(section.title.to_owned());
        for block in section.blocks {
            match block {
                Block::Paragraph(claims) => article.push(claims_text(claims)),
                Block::Tips(items) => article.extend(
                    items
                        .iter()
                        .map(|item| format!("{} {}", item.lead, claims_text(item.body))),
                ),
                Block::AxisDiagram => {}
            }
        }
    }
    parts.push(("article".to_owned(), article.join(" ")));
    let steps: Vec<String> = DIAGRAM_STEPS
        .iter()
        .map(|step| format!("{}. {}", step.title, step.caption.text()))
        .collect();
    let diagram = format!("{DIAGRAM_DESC} {DIAGRAM_CAPTION} {}", steps.join(" "));
    parts.push(("diagram".to_owned(), diagram));
    parts.push(("quiz intro".to_owned(), QUIZ_INTRO.covers.to_owned()));
    for question in QUIZ {
        let explanation = question.explanation.text();
        let words = format!(
            "{} {} {explanation}",
            question.prompt,
            question.options.join(" ")
        );
        parts.push((format!("quiz {}", question.id), words));
    }
    let mut self_check = vec![SELF_CHECK_INTRO.covers.to_owned()];
    for habit in HABITS {
        self_check.push(format!("{} {}", habit.prompt, habit.options.join(" ")));
    }
    let bands = HABIT_BAND_TEXTS;
    for band in [bands.room_to_build, bands.good_base, bands.strong] {
        self_check.push(format!("{} {}", band.name, band.explanation));
    }
    self_check.push(SELF_CHECK_CAVEAT.to_owned());
    self_check.extend(
        HABITS
            .iter()
            .filter_map(|h| h.follow_up.map(|f| f.text.to_owned())),
    );
    self_check.extend(HABITS.iter().map(|habit| habit.area.to_owned()));
    parts.push(("self-check".to_owned(), self_check.join(" ")));
    let mut checklist = vec![CHECKLIST_INTRO.to_owned()];
    for tip in TIPS {
        checklist.push(format!("{} {}", tip.label, claims_text(tip.why)));
    }
    parts.push(("checklist".to_owned(), checklist.join(" ")));
    parts
}

/// Where `term` (or its plural in -s) first stands as a whole word in `text` (any case), as a
/// byte offset.
fn first_use(text: &str, term: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let term = term.to_lowercase();
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    lower.match_indices(&term).map(|(at, _)| at).find(|&at| {
        let rest = &lower[at + term.len()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        !is_word(lower[..at].chars().next_back()) && !is_word(rest.chars().next())
    })
}

#[test]
fn each_part_explains_its_terms_where_it_first_uses_them() {
    let mut checked = 0;
    for (part, text) in parts() {
        for gloss in GLOSSARY {
            let Some(at) = first_use(&text, gloss.term) else {
                continue;
            };
            checked += 1;
            let start = text.floor_char_boundary(at.saturating_sub(100));
            let end = text.floor_char_boundary((at + 250).min(text.len()));
            let window = text[start..end].to_lowercase();
            assert!(
                gloss
                    .explained_by
                    .iter()
                    .any(|words| window.contains(&words.to_lowercase())),
                "{part} first uses {:?} without explaining it: …{}…",
                gloss.term,
                &text[start..end]
            );
        }
    }
    assert!(checked >= 20, "only {checked} first uses checked");
}

#[test]
fn the_first_use_finder_sees_whole_words_only() {
    assert_eq!(first_use("fermented foods ferment", "ferment"), Some(16));
    assert_eq!(first_use("A GP, your family doctor", "gp"), Some(2));
    assert_eq!(first_use("two portions", "portion"), Some(4));
    assert_eq!(first_use("portioned", "portion"), None);
}

/// Every separate text a reader meets: claims, prompts, options, labels, notes.
fn every_text() -> Vec<(String, String)> {
    use gut_skin_axis::content::{
        events_note, DISCLAIMER, DISCLAIMER_SHORT, HOW_WRITTEN, PRIVACY_NOTE, STRESS_HELP,
    };
    let mut texts: Vec<(String, String)> = every_claim()
        .into_iter()
        .map(|claim| (claim.place, claim.text))
        .collect();
    let mut add = |name: &str, text: &str| texts.push((name.to_owned(), text.to_owned()));
    for question in QUIZ {
        add(question.id, question.prompt);
        question
            .options
            .iter()
            .for_each(|option| add(question.id, option));
    }
    for habit in HABITS {
        add(habit.id, habit.prompt);
        habit
            .options
            .iter()
            .for_each(|option| add(habit.id, option));
    }
    let bands = HABIT_BAND_TEXTS;
    for band in [bands.room_to_build, bands.good_base, bands.strong] {
        add(band.name, band.explanation);
    }
    TIPS.iter().for_each(|tip| add(tip.id, tip.label));
    DISCLAIMER
        .iter()
        .chain(HOW_WRITTEN)
        .for_each(|note| add("note", note));
    for (name, text) in [
        ("lede", LEDE),
        ("disclaimer line", DISCLAIMER_SHORT),
        ("events note", &events_note(true, true, true)),
        ("privacy note", PRIVACY_NOTE),
        ("stress help", STRESS_HELP),
        ("quiz intro", QUIZ_INTRO.covers),
        ("quiz intro", QUIZ_INTRO.saved),
        ("self-check intro", SELF_CHECK_INTRO.covers),
        ("self-check intro", SELF_CHECK_INTRO.saved),
        ("self-check caveat", SELF_CHECK_CAVEAT),
        ("checklist intro", CHECKLIST_INTRO),
        ("diagram caption", DIAGRAM_CAPTION),
        ("diagram description", DIAGRAM_DESC),
    ] {
        add(name, text);
    }
    texts
}

#[test]
fn no_sentence_a_reader_meets_runs_over_25_words() {
    let mut long = Vec::new();
    for (name, text) in every_text() {
        let chars: Vec<char> = text.chars().collect();
        let mut sentence = String::new();
        for (at, &c) in chars.iter().enumerate() {
            sentence.push(c);
            // A full stop between digits is a decimal point, not the end of a sentence.
            let decimal = c == '.' && chars.get(at + 1).is_some_and(char::is_ascii_digit);
            let end = at + 1 == chars.len() || (matches!(c, '.' | '?' | '!') && !decimal);
            if end {
                let words = sentence.split_whitespace().count();
                if words > 25 {
                    long.push(format!("{name} ({words} words): {}", sentence.trim()));
                }
                sentence.clear();
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
}
