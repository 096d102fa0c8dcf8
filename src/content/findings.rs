//! Editorial data, never shown: the caveats that must travel with a finding wherever the
//! page tells it, and the terms each part that can be shown alone must explain on first use
//! (`en/findings.toml`).

/// A finding told in more than one place, and the words that keep its strength there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caveat {
    /// The reference the finding comes from.
    pub source: &'static str,
    /// A claim citing `source` tells this finding if its words hold any of these.
    pub told_by: &'static [&'static str],
    /// Wherever it is told, its context holds one phrase of each group (any case).
    pub must_say: &'static [&'static [&'static str]],
    /// Phrases that overstate it, which its context may never hold.
    pub never_say: &'static [&'static str],
}

/// A technical term and the words that explain it where a part first uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gloss {
    /// The term, matched as a whole word or its plural in -s, in any case ("ferment" matches
    /// "ferments" but not "fermented").
    pub term: &'static str,
    /// One of these must follow its first use in a part, within the next sentence or so.
    pub explained_by: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/words/findings.rs"));
