//! The sources, and the order that numbers them: first citation in the article, then in
//! the quiz, then in the tips.

use super::rules::{self, claim_problems, Checked};
use super::{ClaimKind, Reference, SourceKind};

// The sources themselves are data: `src/content/sources.toml`.

include!(concat!(env!("OUT_DIR"), "/words/references.rs"));

/// Reference ids in number order: first citation in the article, then in the quiz, then in
/// the tips. Fixed at compile time so that islands number citations without the article's
/// text; a native test checks it against the order computed from the content.
pub const CITATION_ORDER: &[&str] = &[
    "oneill2016",
    "salem2018",
    "depessemier2021",
    "byrd2018",
    "sender2016",
    "vighi2008",
    "sender2023",
    "belkaid2014",
    "koh2016",
    "arck2010",
    "parodi2008",
    "smith2007",
    "rothschild2018",
    "dethlefsen2011",
    "david2014",
    "makki2018",
    "sacn2015",
    "iom2005",
    "nhs5aday",
    "mcdonald2018",
    "marco2021",
    "wastyk2021",
    "lane2024",
    "zinocker2018",
    "reynolds2024",
    "hill2014",
    "nccih",
    "makrgeorgou2018",
    "watson2015",
    "nhswales",
    "samhsa2023",
    "sanidad024",
];

/// The 1-based number of a reference, or `None` if nothing cites it.
pub fn citation_number(id: &str) -> Option<usize> {
    CITATION_ORDER
        .iter()
        .position(|cited| *cited == id)
        .map(|index| index + 1)
}

/// What is wrong with a claim by the rules every claim keeps, a source's kind named.
pub type ClaimProblem = rules::ClaimProblem<SourceKind>;

/// Checks one claim of `kind` with these words and sources against the reference list:
/// `Ok` if it keeps every rule (`rules::claim_problems`), else its first problem.
pub fn check_claim(kind: ClaimKind, text: &str, sources: &[&str]) -> Result<(), ClaimProblem> {
    let checked = match kind {
        ClaimKind::Framing => return Ok(()),
        ClaimKind::Fact => Checked::Fact,
        ClaimKind::Advice => Checked::Advice,
    };
    let kind_of = |id: &str| {
        let found = REFERENCES.iter().find(|source| source.id == id);
        found.map(|source| source.kind)
    };
    let problems = claim_problems(
        checked,
        text,
        sources,
        kind_of,
        SourceKind::may_back_advice,
        true,
    );
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}
