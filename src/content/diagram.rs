//! Words of the gut ⇄ immune system ⇄ skin diagram; the geometry lives in its component.

/// The diagram's accessible name (SVG `<title>`).
pub const DIAGRAM_TITLE: &str = "How the gut, the immune system and the skin signal to each other";

/// The diagram's long description (SVG `<desc>`), for screen readers.
pub const DIAGRAM_DESC: &str = "Three boxes are stacked from top to bottom: gut, immune system and skin. Two arrows join the gut and the immune system. One points down, for short-chain fatty acids and other microbial signals. One points up, for immune cells that keep gut microbes in balance. Two more arrows join the immune system and the skin. One points down, for immune messengers that reach the skin. One points up, for signals from the skin barrier and its microbes.";

/// The visible caption under the diagram.
pub const DIAGRAM_CAPTION: &str = "The gut–skin axis runs both ways, mostly through the immune system. The arrows show the main routes researchers study; many details are still open.";

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

/// The boxes, top to bottom.
pub const DIAGRAM_NODES: [DiagramNode; 3] = [
    DiagramNode {
        name: "Gut",
        detail: "about 38 trillion bacteria",
    },
    DiagramNode {
        name: "Immune system",
        detail: "a large share in the gut wall",
    },
    DiagramNode {
        name: "Skin",
        detail: "its own microbes, by area",
    },
];

/// The arrow labels between box 1 and 2, then box 2 and 3.
pub const DIAGRAM_LINKS: [DiagramLink; 2] = [
    DiagramLink {
        down: &["SCFAs and", "microbial", "signals"],
        up: &["immune cells", "keep microbes", "in balance"],
    },
    DiagramLink {
        down: &["immune", "messengers", "reach skin"],
        up: &["skin barrier", "and microbes", "signal back"],
    },
];
