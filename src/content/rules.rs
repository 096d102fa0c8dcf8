//! The editorial rules every claim keeps: a fact or advice cites known sources, advice
//! cites only guidance, a fact never instructs. Plain functions over the caller's own kind
//! of source and its lookup, so the content build (`src/build/claims.rs`, through
//! `#[path]`) refuses data files by the same rules the tests run over the baked content
//! (`content::check_claim`).

use super::instruction::instruction_in;

/// What is wrong with a claim, by the rules every claim keeps; `K` is the caller's kind of
/// source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimProblem<K> {
    /// A fact or advice with no source.
    NoSource,
    /// A source id that is not in the reference list.
    UnknownSource(String),
    /// A fact with a sentence that tells the reader what to do: make it advice or framing.
    FactInstructs(String),
    /// Advice citing a source that may not back advice (research or a review).
    AdviceCites {
        /// The source's id.
        source: String,
        /// Its kind.
        kind: K,
    },
}

/// The claims the rules read (framing cites nothing and keeps every rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// A fact: any known source, never an instruction.
    Fact,
    /// Advice: only sources that may back advice.
    Advice,
}

/// Every problem of a fact or advice with these words and sources, in the order an editor
/// meets them: no source; then each source that is unknown (`kind_of` finds no kind) or
/// may not back advice; then, if `read_instructions` (the rule reads English), a sentence
/// of a fact that tells the reader what to do.
pub fn claim_problems<K: Copy>(
    checked: Checked,
    text: &str,
    sources: &[&str],
    kind_of: impl Fn(&str) -> Option<K>,
    may_back_advice: impl Fn(K) -> bool,
    read_instructions: bool,
) -> Vec<ClaimProblem<K>> {
    let mut problems = Vec::new();
    if sources.is_empty() {
        problems.push(ClaimProblem::NoSource);
    }
    for id in sources {
        match kind_of(id) {
            None => problems.push(ClaimProblem::UnknownSource((*id).to_owned())),
            Some(kind) if checked == Checked::Advice && !may_back_advice(kind) => {
                problems.push(ClaimProblem::AdviceCites {
                    source: (*id).to_owned(),
                    kind,
                })
            }
            Some(_) => {}
        }
    }
    if checked == Checked::Fact && read_instructions {
        if let Some(sentence) = instruction_in(text) {
            problems.push(ClaimProblem::FactInstructs(sentence.to_owned()));
        }
    }
    problems
}
