//! Claims: every piece of text says in its type whether it states a fact, gives advice, or
//! only frames, and what kind of source may stand behind it.

/// A piece of running text inside a paragraph or list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// A technical term explained where it first appears (rendered as `<dfn>`).
    Term(&'static str),
}

impl Inline {
    /// The words of the run, whether or not it is a term.
    pub const fn words(&self) -> &'static str {
        match self {
            Inline::Text(text) | Inline::Term(text) => text,
        }
    }
}

/// Text that states a fact (with the sources behind it), gives advice (with the guidance that
/// gives the same advice), or only frames, asks or links (with no source).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim<T> {
    /// A statement a reader may take as true: shown with its reference numbers. It never
    /// tells the reader what to do (`content::instruction_in` finds such sentences).
    Fact {
        /// The words.
        text: T,
        /// Reference ids that support every part of it (at least one; the tests check).
        sources: &'static [&'static str],
    },
    /// Tells the reader what to do, citing guidance that says the same: only a guideline or
    /// a public-health page may back advice, never a research paper (the tests check).
    Advice {
        /// The words.
        text: T,
        /// Ids of guidelines or public-health pages that give this advice (at least one).
        sources: &'static [&'static str],
    },
    /// An introduction, a question, a link, or advice of the page's own: no source.
    Framing(T),
}

impl<T: Copy> Claim<T> {
    /// The words, whichever kind of claim this is.
    pub const fn text(&self) -> T {
        match self {
            Claim::Fact { text, .. } | Claim::Advice { text, .. } | Claim::Framing(text) => *text,
        }
    }

    /// Which kind of claim it is, without its words.
    pub const fn kind(&self) -> ClaimKind {
        match self {
            Claim::Fact { .. } => ClaimKind::Fact,
            Claim::Advice { .. } => ClaimKind::Advice,
            Claim::Framing(_) => ClaimKind::Framing,
        }
    }

    /// The references behind it: empty for framing.
    pub const fn sources(&self) -> &'static [&'static str] {
        match self {
            Claim::Fact { sources, .. } | Claim::Advice { sources, .. } => sources,
            Claim::Framing(_) => &[],
        }
    }
}

/// The kind of a [`Claim`], for rules that look at many claims at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    /// See [`Claim::Fact`].
    Fact,
    /// See [`Claim::Advice`].
    Advice,
    /// See [`Claim::Framing`].
    Framing,
}

/// What kind of work a reference is: it decides what the reference may back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A study that reports its own data (a trial, a cohort, a lab or animal study).
    Research,
    /// A review, meta-analysis or consensus statement on the research.
    Review,
    /// A hypothesis, comment or debate paper: an idea put forward, with little data of its own.
    Viewpoint,
    /// A clinical or dietary guideline from a professional or government body.
    Guideline,
    /// A public-health page written for the public (NHS, NIH).
    PublicHealth,
}

impl SourceKind {
    /// Whether a reference of this kind may back advice: only guidance written to be followed.
    pub const fn may_back_advice(self) -> bool {
        matches!(self, SourceKind::Guideline | SourceKind::PublicHealth)
    }
}

/// A figure a tip or self-check question recommends ("30 g", "7 hours", "five portions").
/// Its linked article section must state the figure, as a fact citing these sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// The figure exactly as the linked section words it.
    pub text: &'static str,
    /// Reference ids behind it (at least one).
    pub sources: &'static [&'static str],
}
