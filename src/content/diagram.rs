//! Words of the gut ⇄ immune system ⇄ skin diagram and of its steps; the geometry lives in its component.

use super::Claim;

/// The diagram's accessible name (SVG `<title>`).
pub const DIAGRAM_TITLE: &str = "How the gut, the immune system and the skin signal to each other";

/// The diagram's long description (SVG `<desc>`), for screen readers.
pub const DIAGRAM_DESC: &str = "Three boxes are stacked from top to bottom: gut, immune system and skin. Two arrows join the gut and the immune system. One points down, for short-chain fatty acids, small molecules made from fibre, and other microbial signals. One points up, for immune cells that keep gut microbes in balance. Two more arrows join the immune system and the skin. One points down, for immune messengers that reach the skin. One points up, for signals from the skin barrier and its microbes.";

/// The visible caption under the diagram.
pub const DIAGRAM_CAPTION: &str = "Researchers think the gut–skin axis runs both ways, mostly through the immune system. The arrows show the main routes researchers study; many details are still open.";

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
            Direction::GutToSkin => "gut to skin",
            Direction::SkinToGut => "skin to gut",
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

/// The steps, gut to skin first, then back.
pub const DIAGRAM_STEPS: [DiagramStep; 11] = {
    use DiagramPart::*;
    use Direction::*;
    [
        DiagramStep {
            title: "Fibre reaches the colon",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "Our own enzymes, the proteins that break food down, cannot digest dietary fibre. So much of it travels on to the colon, or large intestine, where most of the body's bacteria live.",
                sources: &["koh2016", "sender2016"],
            },
            lit: &[Gut],
        },
        DiagramStep {
            title: "Microbes ferment it",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "Bacteria in the colon ferment the fibre: they break it down for energy. How much fibre we eat helps to shape which bacteria do well there.",
                sources: &["koh2016", "makki2018"],
            },
            lit: &[Gut],
        },
        DiagramStep {
            title: "Short-chain fatty acids",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "Fermenting fibre gives off short-chain fatty acids (SCFAs), small molecules such as acetate, propionate and butyrate.",
                sources: &["koh2016"],
            },
            lit: &[Gut, GutToImmune],
        },
        DiagramStep {
            title: "Immune balance and the gut barrier",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "Studies, mostly in the lab and in animals, suggest SCFAs help to calm inflammation and support the gut lining. Animal studies also suggest gut microbes teach the immune system to put up with harmless things.",
                sources: &["koh2016", "belkaid2014"],
            },
            lit: &[Immune, GutToImmune, ImmuneToGut],
        },
        DiagramStep {
            title: "When the balance is lost",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "If the gut community is disturbed and the lining weakens, bacterial products and signals of inflammation may slip into the blood. How often this happens in people is still being studied.",
                sources: &["salem2018", "oneill2016"],
            },
            lit: &[Gut, GutToImmune, Immune],
        },
        DiagramStep {
            title: "Signals reach the skin",
            direction: GutToSkin,
            caption: Claim::Fact {
                text: "Carried in the blood, immune messengers and gut products such as SCFAs may reach the skin and affect it. How much this matters in people is still being studied.",
                sources: &["salem2018", "oneill2016"],
            },
            lit: &[Immune, ImmuneToSkin, Skin],
        },
        DiagramStep {
            title: "The skin barrier and its microbes",
            direction: SkinToGut,
            caption: Claim::Fact {
                text: "The skin is a border between the body and the outside world, with microbes of its own. Oily, moist and dry areas each host a different mix.",
                sources: &["byrd2018", "oneill2016"],
            },
            lit: &[Skin],
        },
        DiagramStep {
            title: "Skin microbes and immune cells",
            direction: SkinToGut,
            caption: Claim::Fact {
                text: "The skin's microbes help to tune the immune cells in the skin, much as gut microbes do in the gut. Much of this evidence comes from studies in animals.",
                sources: &["byrd2018", "belkaid2014"],
            },
            lit: &[Skin, SkinToImmune],
        },
        DiagramStep {
            title: "Immune signals from the skin",
            direction: SkinToGut,
            caption: Claim::Fact {
                text: "An upset balance of the skin's microbes is linked with a changed immune response, and with eczema and psoriasis, a condition with thick, scaly patches.",
                sources: &["depessemier2021"],
            },
            lit: &[Skin, SkinToImmune, Immune],
        },
        DiagramStep {
            title: "Back towards the gut",
            direction: SkinToGut,
            caption: Claim::Fact {
                text: "Researchers think the link may also run from the skin back to the gut, mostly through the immune system. This idea is still being tested.",
                sources: &["salem2018", "depessemier2021"],
            },
            lit: &[Immune, ImmuneToGut, Gut],
        },
        DiagramStep {
            title: "Seen in the gut",
            direction: SkinToGut,
            caption: Claim::Fact {
                text: "Many skin conditions come with changes in the gut's microbes as well. Whether those changes are a cause, a result or both is not yet known.",
                sources: &["depessemier2021"],
            },
            lit: &[Gut],
        },
    ]
};

/// The stepper's buttons.
pub const STEP_PREVIOUS: &str = "Previous";
/// See [`STEP_PREVIOUS`].
pub const STEP_NEXT: &str = "Next";
/// See [`STEP_PREVIOUS`].
pub const STEP_SHOW_ALL: &str = "Show all";

/// The name of the diagram's focusable area, which says how to step with the keyboard.
pub const STEP_KEYS_HINT: &str = "Diagram steps: Left and Right arrow keys, or Home and End";

/// The position line: "Step 3 of 11 (gut to skin)".
pub fn step_label(number: usize, total: usize, direction: Direction) -> String {
    format!("Step {number} of {total} ({})", direction.words())
}

/// The position line while the whole diagram shows (announced when the reader returns to it).
pub fn whole_label(total: usize) -> String {
    format!("Whole diagram: {total} steps, listed below")
}

/// The line above the list of steps: which numbers go which way.
pub fn steps_intro(gut_to_skin: usize, total: usize) -> String {
    format!("Step by step: 1 to {gut_to_skin} follow the route from gut to skin, {} to {total} the way back.", gut_to_skin + 1)
}
