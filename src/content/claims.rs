//! Claims: every piece of text says in its type whether it states a fact (with sources) or not.

/// A piece of running text inside a paragraph or list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// A technical term explained where it first appears (rendered as `<dfn>`).
    Term(&'static str),
}

/// Text that either states a fact, and then carries the ids of the references behind it,
/// or only frames, asks or links, and then carries none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim<T> {
    /// A statement a reader may take as true: shown with its reference numbers.
    Fact {
        /// The words.
        text: T,
        /// Reference ids that support every part of it (at least one; the tests check).
        sources: &'static [&'static str],
    },
    /// An introduction, a question, advice to see a professional, or a link: no source.
    Framing(T),
}

impl<T: Copy> Claim<T> {
    /// The words, whichever kind of claim this is.
    pub const fn text(&self) -> T {
        match self {
            Claim::Fact { text, .. } | Claim::Framing(text) => *text,
        }
    }

    /// The references behind it: empty for framing.
    pub const fn sources(&self) -> &'static [&'static str] {
        match self {
            Claim::Fact { sources, .. } => sources,
            Claim::Framing(_) => &[],
        }
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
