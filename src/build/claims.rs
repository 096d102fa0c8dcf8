//! Claims in the data files: a fact or advice with its sources, framing without, or a claim
//! told in several places, by name (`shared = "five_a_day"`, from `shared.toml`). Technical
//! terms are marked where they are explained: `[[microbiome]]` becomes `Inline::Term`.
//!
//! ```toml
//! [[why]]
//! fact = "Gut bacteria ferment [[fibre]] …"
//! sources = ["koh2016"]
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::lang::{Lang, Problems};
use crate::rules::{claim_problems, Checked, ClaimProblem};
use crate::rust::lit;
use crate::sources::Kind;

/// One claim as written in a data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimData {
    fact: Option<String>,
    advice: Option<String>,
    framing: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    shared: Option<String>,
}

impl ClaimData {
    /// The shared claim this one names, if it names one.
    pub fn shared(&self) -> Option<&str> {
        self.shared.as_deref()
    }

    /// The claim's kind as its `Claim` variant (`"Fact"`, `"Advice"`, `"Framing"`) and its
    /// words, when it is told by exactly one of them.
    pub fn kind_and_words(&self) -> Option<(&'static str, &str)> {
        match (&self.fact, &self.advice, &self.framing, &self.shared) {
            (Some(text), None, None, None) => Some(("Fact", text)),
            (None, Some(text), None, None) => Some(("Advice", text)),
            (None, None, Some(text), None) => Some(("Framing", text)),
            _ => None,
        }
    }

    /// The ids of the sources it cites.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

/// What a claim is checked against, and the language it is baked in.
pub struct Context<'a> {
    /// The language of this build.
    pub lang: Lang,
    /// Every source's kind, by id.
    pub sources: &'a BTreeMap<String, Kind>,
    /// The names of the shared claims (`shared.toml`).
    pub shared: &'a BTreeSet<String>,
}

/// A claim as Rust (`Claim<&'static [Inline]>`), after checking it; records its problems.
pub fn bake(
    claim: &ClaimData,
    context: &Context<'_>,
    at: (&Path, usize),
    problems: &mut Problems,
) -> String {
    let (file, line) = at;
    let given = [&claim.fact, &claim.advice, &claim.framing]
        .iter()
        .filter(|text| text.is_some())
        .count()
        + usize::from(claim.shared.is_some());
    if given != 1 {
        problems.add(
            file,
            line,
            "a claim needs exactly one of `fact`, `advice`, `framing` or `shared`",
        );
        return String::new();
    }
    if let Some(name) = &claim.shared {
        if !claim.sources.is_empty() {
            problems.add(
                file,
                line,
                "a shared claim takes its sources from shared.toml",
            );
        }
        if !context.shared.contains(name) {
            problems.add(
                file,
                line,
                format!("no shared claim is named `{name}` (see shared.toml)"),
            );
        }
        return format!("crate::content::shared::{}", name.to_ascii_uppercase());
    }
    if let Some(text) = &claim.framing {
        if !claim.sources.is_empty() {
            problems.add(
                file,
                line,
                "framing cites no sources: make it a fact or advice",
            );
        }
        return format!(
            "Claim::Framing({})",
            inlines(text, context.lang, (file, line), problems)
        );
    }
    let (variant, text) = match (&claim.fact, &claim.advice) {
        (Some(text), _) => ("Fact", text),
        (_, Some(text)) => ("Advice", text),
        _ => unreachable!("one of the two is given"),
    };
    // The rules the tests run over the baked content (`content/rules.rs`). Instruction
    // detection reads English verbs only: Spanish (and pseudo) facts are not checked for
    // it here, but parity keeps each one the kind its English twin is, which was.
    let checked = if variant == "Fact" {
        Checked::Fact
    } else {
        Checked::Advice
    };
    let sources: Vec<&str> = claim.sources.iter().map(String::as_str).collect();
    let kind_of = |id: &str| context.sources.get(id).copied();
    let read_instructions = context.lang == Lang::En;
    let plain_text = plain(text);
    for problem in claim_problems(
        checked,
        &plain_text,
        &sources,
        kind_of,
        Kind::may_back_advice,
        read_instructions,
    ) {
        let message = match problem {
            ClaimProblem::NoSource => format!("a {} needs at least one source", variant.to_lowercase()),
            ClaimProblem::UnknownSource(id) => format!("unknown source id `{id}` (see sources.toml)"),
            ClaimProblem::AdviceCites { source, kind } => format!("advice cites `{source}`, a {kind:?} source: only a guideline or a public-health page may back advice"),
            ClaimProblem::FactInstructs(sentence) => format!("a fact may not tell the reader what to do (\"{sentence}\"): make it advice or framing"),
        };
        problems.add(file, line, message);
    }
    let ids: Vec<String> = claim.sources.iter().map(|id| lit(id)).collect();
    format!(
        "Claim::{variant} {{ text: {}, sources: &[{}] }}",
        inlines(text, context.lang, (file, line), problems),
        ids.join(", ")
    )
}

/// The words without term marks.
pub fn plain(text: &str) -> String {
    text.replace("[[", "").replace("]]", "")
}

/// Text with `[[term]]` marks as Rust (`&[Inline]`), in the build's language.
pub fn inlines(text: &str, lang: Lang, at: (&Path, usize), problems: &mut Problems) -> String {
    if text.trim().is_empty() {
        problems.add(at.0, at.1, "a claim's words are empty");
    }
    let words = lang.words(text);
    let mut runs = Vec::new();
    let mut rest = words.as_str();
    while let Some(start) = rest.find("[[") {
        let Some(end) = rest[start..].find("]]") else {
            problems.add(at.0, at.1, "a `[[` term mark is never closed with `]]`");
            break;
        };
        if start > 0 {
            runs.push(format!("Inline::Text({})", lit(&rest[..start])));
        }
        runs.push(format!(
            "Inline::Term({})",
            lit(&rest[start + 2..start + end])
        ));
        rest = &rest[start + end + 2..];
    }
    if rest.contains("]]") {
        problems.add(at.0, at.1, "a `]]` closes no term mark");
    }
    if !rest.is_empty() {
        runs.push(format!("Inline::Text({})", lit(rest)));
    }
    format!("&[{}]", runs.join(", "))
}

/// A claim whose words are one plain string (`Claim<&'static str>`: quiz explanations,
/// diagram captions), checked as [`bake`] checks; it cannot be shared or mark terms.
pub fn bake_plain(
    claim: &ClaimData,
    context: &Context<'_>,
    at: (&Path, usize),
    problems: &mut Problems,
) -> String {
    let (file, line) = at;
    if claim.shared.is_some() {
        problems.add(
            file,
            line,
            "this claim is plain words: write them here, not `shared`",
        );
        return String::new();
    }
    // Every check of a claim, whatever the shape its words are baked in.
    let _ = bake(claim, context, at, problems);
    let (variant, text) = match (&claim.fact, &claim.advice, &claim.framing) {
        (Some(text), None, None) => ("Fact", text),
        (None, Some(text), None) => ("Advice", text),
        (None, None, Some(text)) => {
            return format!("Claim::Framing({})", lit(&context.lang.words(text)))
        }
        _ => return String::new(),
    };
    if text.contains("[[") {
        problems.add(
            file,
            line,
            "these words are plain: no `[[term]]` marks here",
        );
    }
    let ids: Vec<String> = claim.sources.iter().map(|id| lit(id)).collect();
    format!(
        "Claim::{variant} {{ text: {}, sources: &[{}] }}",
        lit(&context.lang.words(text)),
        ids.join(", ")
    )
}
