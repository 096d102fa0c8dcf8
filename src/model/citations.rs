//! Numbers references by first citation: in the article, as journals do, then in the quiz
//! and tips. The page numbers by the compile-time `content::CITATION_ORDER`; this computes
//! the order from the content so that a test can check that table.

use crate::content::{section_claims, Section};

/// Reference ids in the order they are first cited; a citation's number is its position + 1.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CitationIndex {
    order: Vec<&'static str>,
}

impl CitationIndex {
    /// Builds the numbering from sections in reading order.
    pub fn from_sections(sections: &[Section]) -> Self {
        Self::default().then_cite(
            sections
                .iter()
                .flat_map(section_claims)
                .flat_map(|claim| claim.sources().iter().copied()),
        )
    }

    /// Adds later citations (the quiz's, then the tips'): ids not yet numbered get the next numbers.
    pub fn then_cite(mut self, ids: impl IntoIterator<Item = &'static str>) -> Self {
        for id in ids {
            if !self.order.contains(&id) {
                self.order.push(id);
            }
        }
        self
    }

    /// The 1-based number of a reference, or `None` if the article never cites it.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.order
            .iter()
            .position(|cited| *cited == id)
            .map(|index| index + 1)
    }

    /// Cited reference ids, in citation-number order.
    pub fn cited(&self) -> &[&'static str] {
        &self.order
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Block, Claim, Inline::Text};

    const SECTIONS: &[Section] = &[
        Section {
            id: "a",
            title: "A",
            blocks: &[
                Block::Paragraph(&[Claim::Framing(&[Text("w")])]),
                Block::Paragraph(&[Claim::Fact {
                    text: &[Text("x")],
                    sources: &["b", "a"],
                }]),
            ],
        },
        Section {
            id: "b",
            title: "B",
            blocks: &[Block::Paragraph(&[Claim::Fact {
                text: &[Text("y")],
                sources: &["a", "c"],
            }])],
        },
    ];

    #[test]
    fn numbers_follow_first_citation() {
        let index = CitationIndex::from_sections(SECTIONS);
        assert_eq!(index.cited(), &["b", "a", "c"]);
        assert_eq!(index.number("b"), Some(1));
        assert_eq!(index.number("a"), Some(2));
        assert_eq!(index.number("c"), Some(3));
    }

    #[test]
    fn later_citations_number_after_the_article() {
        let index = CitationIndex::from_sections(SECTIONS).then_cite(["c", "d", "b", "e"]);
        assert_eq!(index.cited(), &["b", "a", "c", "d", "e"]);
    }

    #[test]
    fn uncited_reference_has_no_number() {
        let index = CitationIndex::from_sections(SECTIONS);
        assert_eq!(index.number("never"), None);
    }

    #[test]
    fn empty_article_cites_nothing() {
        assert!(CitationIndex::from_sections(&[]).cited().is_empty());
    }
}
