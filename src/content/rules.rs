//! The editorial rules every claim keeps, as functions the tests (and later the content
//! build) run over all the content: a fact never instructs, advice never cites research.

use super::{reference, ClaimKind, SourceKind};

/// Words that open an instruction to the reader. A sentence of a fact may not start with one,
/// nor may the main clause after an opening "If …," or "When …,".
pub const INSTRUCTION_OPENERS: &[&str] = &[
    "add", "aim", "ask", "avoid", "build", "call", "check", "choose", "cut", "do not", "don't",
    "eat", "find", "get", "go", "have", "keep", "limit", "look for", "make", "never", "pick",
    "see", "seek", "stir", "stop", "swap", "take", "talk", "try", "use",
];

/// The first sentence (or main clause) of `text` that tells the reader what to do, if any.
pub fn instruction_in(text: &str) -> Option<&str> {
    sentences(text).find(|sentence| {
        let main = match sentence.split_once(", ") {
            Some((head, rest))
                if starts_with_word(head, "if") || starts_with_word(head, "when") =>
            {
                rest
            }
            _ => sentence,
        };
        INSTRUCTION_OPENERS
            .iter()
            .any(|opener| starts_with_word(main, opener))
    })
}

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

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!', ':', ';'])
        .map(|sentence| sentence.trim_start_matches(|c: char| c.is_whitespace() || c == '“'))
        .filter(|sentence| !sentence.is_empty())
}

fn starts_with_word(text: &str, word: &str) -> bool {
    let Some(head) = text.get(..word.len()) else {
        return false;
    };
    head.eq_ignore_ascii_case(word)
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}
