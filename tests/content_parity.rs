//! A language other than English says the same things as English: the build's parity
//! checks (included from `src/build`) pass the Spanish files as they are, and refuse a
//! mismatch planted in them (an entry missing or unknown, a placeholder renamed, an id
//! changed, a claim of another kind or citing other sources), naming the file and line.

#![cfg(not(target_arch = "wasm32"))]
// The build's modules carry more than these tests call (main.rs uses the rest).
#![allow(dead_code)]

#[path = "../src/build/contract.rs"]
mod contract;
#[path = "../src/build/lang.rs"]
mod lang;
#[path = "../src/build/messages.rs"]
mod messages;
#[path = "../src/build/parity.rs"]
mod parity;
#[path = "../src/build/parity_messages.rs"]
mod parity_messages;
#[path = "../src/build/pseudo.rs"]
mod pseudo;
#[path = "../src/build/rust.rs"]
mod rust;

use std::path::Path;

use lang::Problems;

/// The structured files (`STRUCTURED_FILES` in src/build/main.rs); the rest are messages.
const STRUCTURED: &[&str] = &[
    "article",
    "findings",
    "shared",
    "tips",
    "quiz",
    "self_check",
    "diagram",
];

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The parity problems of Spanish `name` whose text is `text`, as the build prints them.
fn check(name: &str, text: &str) -> Vec<String> {
    let english = read(&format!("src/content/en/{name}.toml"));
    let file = format!("src/content/es/{name}.toml");
    let mut problems = Problems::default();
    if STRUCTURED.contains(&name) {
        parity::structured(&english, text, Path::new(&file), name, &mut problems);
    } else {
        parity::messages(&english, text, Path::new(&file), &mut problems);
    }
    problems.iter().map(ToString::to_string).collect()
}

/// Spanish `name` with the first `from` replaced by `to` (which must be there).
fn planted(name: &str, from: &str, to: &str) -> String {
    let text = read(&format!("src/content/es/{name}.toml"));
    assert!(text.contains(from), "es/{name}.toml holds {from:?}");
    text.replacen(from, to, 1)
}

/// The line (from 1) of the first line of Spanish `name` that holds `needle`.
fn line_of(name: &str, needle: &str) -> usize {
    let text = read(&format!("src/content/es/{name}.toml"));
    text.lines()
        .position(|line| line.contains(needle))
        .unwrap_or(0)
        + 1
}

#[test]
fn every_spanish_file_has_an_english_twin_and_matches_it() {
    let mut names = Vec::new();
    for entry in std::fs::read_dir("src/content/en").expect("src/content/en") {
        let path = entry.expect("a file").path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        names.push(name.to_owned());
        let problems = check(name, &read(&format!("src/content/es/{name}.toml")));
        assert!(problems.is_empty(), "{problems:#?}");
    }
    for entry in std::fs::read_dir("src/content/es").expect("src/content/es") {
        let path = entry.expect("a file").path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        assert!(
            names.iter().any(|n| n == name),
            "es/{name} has no English twin"
        );
    }
}

#[test]
fn different_words_are_not_a_mismatch() {
    let text = planted(
        "tips",
        "Las bacterias del intestino",
        "Las bacterias intestinales",
    );
    assert_eq!(check("tips", &text), Vec::<String>::new());
}

#[test]
fn a_claim_citing_other_sources_is_refused_at_its_line() {
    let line = line_of("tips", "sources = [\"koh2016\"]");
    let text = planted(
        "tips",
        "sources = [\"koh2016\"]",
        "sources = [\"makki2018\"]",
    );
    assert_eq!(
        check("tips", &text),
        [format!(
            "src/content/es/tips.toml:{line}: `sources` is [\"makki2018\"], but English's is [\"koh2016\"]"
        )]
    );
}

#[test]
fn a_claim_of_another_kind_is_refused() {
    let text = planted("shared", "\nfact = ", "\nadvice = ");
    let problems = check("shared", &text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains("this claim is `advice`, but its English twin is `fact`"),
        "{problems:#?}"
    );
}

#[test]
fn a_changed_id_or_answer_is_refused() {
    let line = line_of("tips", "id = \"fibre-30g\"");
    let text = planted("tips", "id = \"fibre-30g\"", "id = \"fibra-30g\"");
    assert_eq!(
        check("tips", &text),
        [format!(
            "src/content/es/tips.toml:{line}: `id` is \"fibra-30g\", but English's is \"fibre-30g\""
        )]
    );
    let text = planted("quiz", "correct = 0", "correct = 2");
    let problems = check("quiz", &text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].ends_with("`correct` is 2, but English's is 0"));
}

#[test]
fn a_missing_or_unknown_entry_is_refused() {
    let text = planted("ui", "read_more = ", "leer_mas = ");
    let line = line_of("ui", "read_more = ");
    let mut problems = check("ui", &text);
    problems.sort();
    assert_eq!(
        problems,
        [
            "src/content/es/ui.toml: missing entry `read_more` (English has it)".to_owned(),
            format!(
                "src/content/es/ui.toml:{line}: unknown entry `leer_mas` (English has no such entry)"
            ),
        ]
    );
}

#[test]
fn a_renamed_placeholder_or_another_shape_is_refused() {
    let line = line_of("ui", "read_more = ");
    let text = planted("ui", "{title}", "{titulo}");
    assert_eq!(
        check("ui", &text),
        [format!(
            "src/content/es/ui.toml:{line}: `read_more` has placeholders {{\"titulo\"}}, but English's has {{\"title\"}}"
        )]
    );
    let line = line_of("summary", "question_count = {");
    let text = planted(
        "summary",
        "question_count = { one = \"{count} pregunta\", other = \"{count} preguntas\" }",
        "question_count = \"{count} preguntas\"",
    );
    assert_eq!(
        check("summary", &text),
        [format!(
            "src/content/es/summary.toml:{line}: `question_count` is words, but English's is a plural"
        )]
    );
}
