//! The article (`en/article.toml`): its sections in reading order, each paragraph a sourced
//! fact or framing, and the section heads that links use without the article's text.

use super::{Block, Claim, Inline, Section, TipItem};

/// A section's fragment id and heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionHead {
    /// Stable fragment id.
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/words/article.rs"));
