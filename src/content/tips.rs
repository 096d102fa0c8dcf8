//! The tip checklist: stable ids, labels, and why each tip helps (`en/tips.toml`); the
//! checklist's other words are in `en/checklist.toml`.

use super::{Claim, Figure, Inline};

/// One gut-friendly habit the reader can tick off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// Stable id: stored ticks refer to it, so it never changes once shipped.
    pub id: &'static str,
    /// The checkbox label: one short action.
    pub label: &'static str,
    /// Why it helps, shown in the "Why it helps" disclosure: at least one fact with its
    /// sources, then any advice or framing.
    pub why: &'static [Claim<&'static [Inline]>],
    /// The figure the label recommends, if any; the linked section states it with sources.
    pub figure: Option<Figure>,
    /// The article section (id) that explains it.
    pub section: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/words/tips.rs"));

/// Seconds during which "Clear all" can be undone.
pub const UNDO_SECONDS: u32 = 8;

include!(concat!(env!("OUT_DIR"), "/words/checklist.rs"));
