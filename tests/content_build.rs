//! The content build refuses broken data files, and says where: each test feeds the build's
//! own modules (included from `src/build`) one broken file and checks the problem names the
//! file and the line an editor has to fix, as `file:line: what is wrong`.

#![cfg(not(target_arch = "wasm32"))]
// The build's modules carry more than these tests call (main.rs uses the rest).
#![allow(dead_code)]

#[path = "../src/build/claims.rs"]
mod claims;
#[path = "../src/build/contract.rs"]
mod contract;
#[path = "../src/content/instruction.rs"]
mod instruction;
#[path = "../src/build/lang.rs"]
mod lang;
#[path = "../src/build/languages.rs"]
mod languages;
#[path = "../src/build/messages.rs"]
mod messages;
#[path = "../src/build/pseudo.rs"]
mod pseudo;
#[path = "../src/content/rules.rs"]
mod rules;
#[path = "../src/build/rust.rs"]
mod rust;
#[path = "../src/build/shared.rs"]
mod shared;
#[path = "../src/build/sources.rs"]
mod sources;
#[path = "../src/build/tips.rs"]
mod tips;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use claims::Context;
use lang::{Lang, Problems};
use sources::Kind;

const CHECKLIST: &str = "src/content/en/checklist.toml";
const TIPS: &str = "src/content/en/tips.toml";

/// The problems as the build prints them (`file:line: message`).
fn lines(problems: &Problems) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// A templated entry of the checklist's messages and its placeholders, from the contract.
fn checklist_template() -> (&'static str, &'static [&'static str]) {
    let (key, names) = contract::templates_of("checklist")
        .find(|(_, names)| !names.is_empty())
        .expect("the contract lists a templated checklist message");
    (key, names)
}

/// Bakes a message file of the `checklist` module; its problems as printed lines.
fn bake_messages(text: &str) -> Vec<String> {
    let mut problems = Problems::default();
    messages::bake(
        text,
        Path::new(CHECKLIST),
        "checklist",
        Lang::En,
        &mut problems,
    );
    lines(&problems)
}

/// The message file with every templated entry of the contract, words filled as it asks.
fn complete_checklist() -> String {
    contract::templates_of("checklist")
        .map(|(key, names)| {
            let words: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
            format!("{key} = \"{}\"\n", words.join(" and "))
        })
        .collect()
}

/// One research source (`study2020`) and one guideline (`guide2020`); one shared claim.
fn bake_tips(text: &str) -> Vec<String> {
    let kinds = BTreeMap::from([
        ("study2020".to_owned(), Kind::Research),
        ("guide2020".to_owned(), Kind::Guideline),
    ]);
    let shared = BTreeSet::from(["five_a_day".to_owned()]);
    let context = Context {
        lang: Lang::En,
        sources: &kinds,
        shared: &shared,
    };
    let mut problems = Problems::default();
    tips::bake(text, Path::new(TIPS), &context, &mut problems);
    lines(&problems)
}

/// A tip whose one reason (its `[[tip.why]]` table starts on line 6) is `claim`.
fn tip_with(claim: &str) -> String {
    format!(
        "# A tip.\n[[tip]]\nid = \"fibre\"\nlabel = \"Fibre every day\"\nsection = \"eating\"\n[[tip.why]]\n{claim}\n"
    )
}

#[test]
fn a_complete_file_bakes_without_problems() {
    // The control for every test below: the same shapes, nothing broken, nothing reported.
    assert_eq!(bake_messages(&complete_checklist()), Vec::<String>::new());
    assert_eq!(
        bake_tips(&tip_with(
            "fact = \"Gut bacteria ferment fibre.\"\nsources = [\"study2020\"]"
        )),
        Vec::<String>::new()
    );
}

#[test]
fn a_templated_entry_missing_from_its_file_is_refused() {
    let (key, names) = checklist_template();
    let text: String = complete_checklist()
        .lines()
        .filter(|line| !line.starts_with(&format!("{key} =")))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(
        bake_messages(&text),
        [format!(
            "{CHECKLIST}: missing entry `{key}` (placeholders {names:?})"
        )]
    );
}

#[test]
fn a_placeholder_the_code_does_not_fill_is_refused_at_its_line() {
    let (key, names) = checklist_template();
    // Line 3 holds the entry with `{count}` where the contract names others.
    let mut text = complete_checklist()
        .lines()
        .filter(|line| !line.starts_with(&format!("{key} =")))
        .map(|line| format!("{line}\n"))
        .collect::<String>();
    let extra = text.lines().count();
    text.push_str(&format!(
        "\n# Where it shows.\n{key} = \"{{count}} things done\"\n"
    ));
    assert_eq!(
        bake_messages(&text),
        [format!(
            "{CHECKLIST}:{}: `{key}` has placeholders [\"count\"], but the code fills {names:?}",
            extra + 3
        )]
    );
}

#[test]
fn a_placeholder_in_words_the_code_fills_nothing_into_is_refused() {
    let text = format!(
        "{}# A title.\nchecklist_heading = \"Tips for {{n}}\"\n",
        complete_checklist()
    );
    let line = text.lines().count();
    assert_eq!(
        bake_messages(&text),
        [format!(
            "{CHECKLIST}:{line}: `checklist_heading` has placeholders [\"n\"], but the code fills []"
        )]
    );
}

#[test]
fn a_brace_that_opens_no_placeholder_is_refused() {
    let text = format!("{}odd = \"a {{ brace\"\n", complete_checklist());
    let line = text.lines().count();
    assert_eq!(
        bake_messages(&text),
        [format!("{CHECKLIST}:{line}: `odd`: a `{{` is never closed")]
    );
}

#[test]
fn a_message_file_that_is_not_toml_is_refused_at_its_line() {
    let text = "# A heading.\nheading = \"Tips\"\nbroken = \"never closed\n";
    let found = bake_messages(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!("{CHECKLIST}:3: ")),
        "{found:?}"
    );
}

#[test]
fn an_unknown_source_id_is_refused_at_the_claim() {
    let found = bake_tips(&tip_with(
        "fact = \"Gut bacteria ferment fibre.\"\nsources = [\"nobody1999\"]",
    ));
    assert_eq!(
        found,
        [format!(
            "{TIPS}:6: unknown source id `nobody1999` (see sources.toml)"
        )]
    );
}

#[test]
fn advice_backed_by_research_is_refused() {
    let found = bake_tips(&tip_with(
        "advice = \"Most adults do well with 30 g of fibre a day.\"\nsources = [\"study2020\"]",
    ));
    assert_eq!(
        found,
        [format!("{TIPS}:6: advice cites `study2020`, a Research source: only a guideline or a public-health page may back advice")]
    );
}

#[test]
fn a_fact_that_tells_the_reader_what_to_do_is_refused() {
    let found = bake_tips(&tip_with(
        "fact = \"Fibre feeds gut bacteria. Eat more of it.\"\nsources = [\"study2020\"]",
    ));
    assert_eq!(
        found,
        [format!("{TIPS}:6: a fact may not tell the reader what to do (\"Eat more of it.\"): make it advice or framing")]
    );
}

#[test]
fn a_claim_without_sources_or_naming_an_unknown_shared_claim_is_refused() {
    assert_eq!(
        bake_tips(&tip_with("fact = \"Gut bacteria ferment fibre.\"")),
        [format!("{TIPS}:6: a fact needs at least one source")]
    );
    assert_eq!(
        bake_tips(&tip_with("shared = \"six_a_day\"")),
        [format!(
            "{TIPS}:6: no shared claim is named `six_a_day` (see shared.toml)"
        )]
    );
}

#[test]
fn an_unknown_key_is_refused_at_its_line() {
    let text = tip_with("fact = \"Gut bacteria ferment fibre.\"\nsources = [\"study2020\"]")
        .replace("section = ", "colour = \"green\"\nsection = ");
    let found = bake_tips(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!("{TIPS}:5: unknown field `colour`")),
        "{found:?}"
    );
}

#[test]
fn sources_with_an_unknown_kind_or_a_plain_http_link_are_refused() {
    let root = std::env::temp_dir().join(format!("content-build-{}", std::process::id()));
    std::fs::create_dir_all(&root).expect("temp dir");
    let file = Path::new("sources.toml");
    let source = |id: &str, kind: &str, url: &str| {
        format!("[[source]]\nid = \"{id}\"\nauthors = \"A\"\ntitle = \"T\"\npublished_in = \"J\"\nyear = 2020\nkind = \"{kind}\"\nurl = \"{url}\"\n")
    };
    let mut problems = Problems::default();
    let text = source("a2020", "research", "http://example.org/a")
        + &source("a2020", "review", "https://example.org/b");
    std::fs::write(root.join(file), text).expect("write");
    let read = sources::read(&root, file, &mut problems);
    assert_eq!(
        lines(&problems),
        [
            "sources.toml:1: `a2020`: the url must be https",
            "sources.toml:9: source id `a2020` is used twice",
        ]
    );
    assert_eq!(read.kinds.get("a2020"), Some(&Kind::Review));
    let mut problems = Problems::default();
    std::fs::write(
        root.join(file),
        source("b2020", "blog", "https://example.org/b"),
    )
    .expect("write");
    sources::read(&root, file, &mut problems);
    let found = lines(&problems);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("sources.toml:7: unknown variant `blog`"),
        "{found:?}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn the_pseudo_language_leaves_no_english_letters_outside_placeholders() {
    // The pseudo page's test (tests/e2e/pseudo.test.mjs) reads any run of two ASCII
    // letters as a word that did not come through the data files.
    let words = pseudo::transform("{part} could not load. Check your connection, then try again.");
    let rest = words.replace("{part}", "");
    let english: Vec<char> = rest.chars().filter(char::is_ascii_alphabetic).collect();
    assert_eq!(english, Vec::<char>::new(), "{words}");
    assert!(
        words.starts_with("⟦{part} ") && words.ends_with('⟧'),
        "{words}"
    );
}

#[test]
fn the_site_languages_bake_and_a_bad_entry_is_refused_at_its_line() {
    const FILE: &str = "src/content/languages.toml";
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE))
        .expect("languages.toml");
    let mut problems = Problems::default();
    let code = languages::bake(&text, Path::new(FILE), Lang::En, &mut problems);
    assert!(problems.is_empty(), "{:?}", lines(&problems));
    assert!(code.contains("tag: \"es\", folder: \"es/\""), "{code}");

    let broken = text.replacen("folder = \"es/\"", "folder = \"/es\"", 1);
    let line = broken
        .lines()
        .position(|line| line == "folder = \"/es\"")
        .expect("edited")
        + 1;
    let mut problems = Problems::default();
    languages::bake(&broken, Path::new(FILE), Lang::En, &mut problems);
    let found = lines(&problems);
    // The problem is reported at the entry's table header, a line or two above the folder.
    assert!(
        found
            .iter()
            .any(|problem| problem.starts_with(&format!("{FILE}:"))
                && problem.contains("\"/es\"")
                && problem
                    .split(':')
                    .nth(1)
                    .and_then(|n| n.parse::<usize>().ok())
                    .is_some_and(|n| n < line && n + 3 >= line)),
        "{found:?}"
    );

    let unbuilt = text.replacen("tag = \"es\"", "tag = \"fr\"", 1);
    let mut problems = Problems::default();
    languages::bake(&unbuilt, Path::new(FILE), Lang::En, &mut problems);
    let found = lines(&problems);
    assert!(
        found
            .iter()
            .any(|problem| problem.contains("no page is built in \"fr\"")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|problem| problem.contains("\"es\" is not listed")),
        "{found:?}"
    );
}
