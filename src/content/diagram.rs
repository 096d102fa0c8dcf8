//! The gut ⇄ immune system ⇄ skin diagram and its steps: types and logic here, words in
//! `en/diagram.toml`; the geometry lives in its component.

use super::Claim;

/// One box in the diagram: a name and a short detail line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagramNode {
    /// Short name shown in bold.
    pub name: &'static str,
    /// One short line under the name.
    pub detail: &'static str,
}

/// Labels of the two arrows between neighbouring boxes, one line per entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagramLink {
    /// Label of the downward arrow (upper box to lower box).
    pub down: &'static [&'static str],
    /// Label of the upward arrow (lower box to upper box).
    pub up: &'static [&'static str],
}

/// A box or an arrow of the diagram, as a step lights it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagramPart {
    /// The gut box.
    Gut,
    /// The immune system box.
    Immune,
    /// The skin box.
    Skin,
    /// The arrow from the gut down to the immune system.
    GutToImmune,
    /// The arrow from the immune system up to the gut.
    ImmuneToGut,
    /// The arrow from the immune system down to the skin.
    ImmuneToSkin,
    /// The arrow from the skin up to the immune system.
    SkinToImmune,
}

/// The boxes in drawing order (matching [`DIAGRAM_NODES`]).
pub const DIAGRAM_BOXES: [DiagramPart; 3] =
    [DiagramPart::Gut, DiagramPart::Immune, DiagramPart::Skin];

/// The arrows between row `i` and `i + 1`, as (downward, upward), matching [`DIAGRAM_LINKS`].
pub const DIAGRAM_ARROWS: [(DiagramPart, DiagramPart); 2] = [
    (DiagramPart::GutToImmune, DiagramPart::ImmuneToGut),
    (DiagramPart::ImmuneToSkin, DiagramPart::SkinToImmune),
];

/// Which way along the axis a step goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From the gut towards the skin.
    GutToSkin,
    /// From the skin back towards the gut.
    SkinToGut,
}

impl Direction {
    /// The direction in words, for the step label.
    pub const fn words(self) -> &'static str {
        match self {
            Direction::GutToSkin => GUT_TO_SKIN,
            Direction::SkinToGut => SKIN_TO_GUT,
        }
    }
}

/// One step of the walk through the diagram: what it lights and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagramStep {
    /// A short name for the step.
    pub title: &'static str,
    /// Which way it goes.
    pub direction: Direction,
    /// One or two sentences, with the sources behind them.
    pub caption: Claim<&'static str>,
    /// The boxes and arrows it highlights; the rest are dimmed.
    pub lit: &'static [DiagramPart],
}

include!(concat!(env!("OUT_DIR"), "/words/diagram.rs"));

/// The position line: "Step 3 of 11 (gut to skin)".
pub fn step_label(number: usize, total: usize, direction: Direction) -> String {
    step_label_words(number, total, direction.words())
}

/// What the live region says when a step shows: its position line, title and caption.
pub fn step_said(label: &str, title: &str, caption: &str) -> String {
    step_said_words(label, title, caption)
}

/// The position line while the whole diagram shows (announced when the reader returns to it).
pub fn whole_label(total: usize) -> String {
    whole_label_words(total)
}

/// The line above the list of steps: which numbers go which way.
pub fn steps_intro(gut_to_skin: usize, total: usize) -> String {
    steps_intro_words(gut_to_skin, gut_to_skin + 1, total)
}
