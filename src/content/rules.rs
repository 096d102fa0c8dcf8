//! The editorial rules every claim keeps, as functions the tests (and later the content
//! build) run over all the content: a fact never instructs, advice never cites research.

pub use super::instruction::{instruction_in, INSTRUCTION_OPENERS};
use super::{reference, ClaimKind, SourceKind};

/// What is wrong with a claim, by the rules every claim keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimProblem {
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
        kind: SourceKind,
    },
}

/// Checks one claim of `kind` with these words and sources: `Ok` if it keeps every rule.
pub fn check_claim(kind: ClaimKind, text: &str, sources: &[&str]) -> Result<(), ClaimProblem> {
    if kind == ClaimKind::Framing {
        return Ok(());
    }
    if sources.is_empty() {
        return Err(ClaimProblem::NoSource);
    }
    for id in sources {
        let Some(found) = reference(id) else {
            return Err(ClaimProblem::UnknownSource((*id).to_owned()));
        };
        if kind == ClaimKind::Advice && !found.kind.may_back_advice() {
            return Err(ClaimProblem::AdviceCites {
                source: (*id).to_owned(),
                kind: found.kind,
            });
        }
    }
    match (kind, instruction_in(text)) {
        (ClaimKind::Fact, Some(sentence)) => Err(ClaimProblem::FactInstructs(sentence.to_owned())),
        _ => Ok(()),
    }
}
