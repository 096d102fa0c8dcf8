//! The content build refuses a diagram arrow label line longer than fits beside its arrow
//! (14 characters) in English and Spanish, at its line; the pseudo-language, longer on
//! purpose, is squeezed in the figure instead.

#![cfg(not(target_arch = "wasm32"))]
// The build's modules carry more than these tests call (main.rs uses the rest).
#![allow(dead_code)]

#[path = "../src/build/claims.rs"]
mod claims;
#[path = "../src/build/contract.rs"]
mod contract;
#[path = "../src/build/diagram.rs"]
mod diagram;
#[path = "../src/content/instruction.rs"]
mod instruction;
#[path = "../src/build/lang.rs"]
mod lang;
#[path = "../src/build/messages.rs"]
mod messages;
#[path = "../src/build/pseudo.rs"]
mod pseudo;
#[path = "../src/content/rules.rs"]
mod rules;
#[path = "../src/build/rust.rs"]
mod rust;
#[path = "../src/build/sources.rs"]
mod sources;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use claims::Context;
use lang::{Lang, Problems};

/// The problems as the build prints them (`file:line: message`).
fn lines(problems: &Problems) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// Bakes a language's diagram file after `edit`, in `lang`; its problems as printed lines.
fn bake_diagram(folder: &str, lang: Lang, edit: impl Fn(String) -> String) -> Vec<String> {
    let file = format!("src/content/{folder}/diagram.toml");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = edit(std::fs::read_to_string(root.join(&file)).expect("the diagram file"));
    let sources = BTreeMap::new();
    let shared = BTreeSet::new();
    let context = Context {
        lang,
        sources: &sources,
        shared: &shared,
    };
    let mut problems = Problems::default();
    diagram::bake(&text, Path::new(&file), &context, &mut problems);
    lines(&problems)
        .into_iter()
        // The captions cite sources this test does not load.
        .filter(|line| !line.contains("unknown source id"))
        .collect()
}

#[test]
fn an_arrow_label_line_longer_than_fits_is_refused_at_its_line() {
    for (folder, lang) in [("en", Lang::En), ("es", Lang::Es)] {
        assert_eq!(
            bake_diagram(folder, lang, |text| text),
            Vec::<String>::new()
        );
        let with_label = |label: &'static str| {
            move |text: String| {
                let at = text.find("\nup = [\"").expect("an `up` label") + 1;
                format!("{}up = [{label:?}, \"{}", &text[..at], &text[at + 7..])
            }
        };
        // 14 characters fit; 15 do not.
        assert_eq!(
            bake_diagram(folder, lang, with_label("fourteen chars")),
            Vec::<String>::new()
        );
        let problems = bake_diagram(folder, lang, with_label("a 15-char label"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        let file = format!("src/content/{folder}/diagram.toml");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join(&file)).expect("the diagram file");
        let line = text[..text.find("\nup = [\"").expect("up")].lines().count() + 1;
        assert!(
            problems[0].starts_with(&format!(
                "{file}:{line}: the arrow label line \"a 15-char label\" has 15 characters"
            )),
            "{problems:?}"
        );
    }
    // The pseudo-language is longer on purpose: squeezed in the figure, not refused.
    assert_eq!(
        bake_diagram("en", Lang::Pseudo, |text| text),
        Vec::<String>::new()
    );
}
