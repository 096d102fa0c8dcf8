//! Numbers references by their first citation in the article, as journals do.

use crate::content::{section_inlines, Inline, Section};

/// Reference ids in the order they are first cited; a citation's number is its position + 1.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CitationIndex {
    order: Vec<&'static str>,
}

impl CitationIndex {
    /// Builds the numbering from sections in reading order.
    pub fn from_sections(sections: &[Section]) -> Self {
        let mut order: Vec<&'static str> = Vec::new();
        for section in sections {
            for run in section_inlines(section) {
                for inline in run {
                    if let Inline::Cite(ids) = inline {
                        for id in *ids {
                            if !order.contains(id) {
                                order.push(id);
                            }
                        }
                    }
                }
            }
        }
        Self { order }
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
    use crate::content::{Block, Inline::Cite, Inline::Text};

    const SECTIONS: &[Section] = &[
        Section {
            id: "a",
            title: "A",
            blocks: &[Block::Paragraph(&[Text("x"), Cite(&["b", "a"])])],
        },
        Section {
            id: "b",
            title: "B",
            blocks: &[Block::Paragraph(&[Cite(&["a", "c"]), Text("y")])],
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
    fn uncited_reference_has_no_number() {
        let index = CitationIndex::from_sections(SECTIONS);
        assert_eq!(index.number("never"), None);
    }

    #[test]
    fn empty_article_cites_nothing() {
        assert!(CitationIndex::from_sections(&[]).cited().is_empty());
    }
}
