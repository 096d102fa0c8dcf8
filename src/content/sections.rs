//! The article's section ids and titles, on their own so that links need not carry the article.

/// A section's fragment id and heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionHead {
    /// Stable fragment id.
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
}

/// "What the gut–skin axis is".
pub const AXIS: SectionHead = SectionHead {
    id: "what-is-the-axis",
    title: "What the gut–skin axis is",
};
/// "Two microbiomes, very different in size".
pub const MICROBIOMES: SectionHead = SectionHead {
    id: "two-microbiomes",
    title: "Two microbiomes, very different in size",
};
/// "The immune link".
pub const IMMUNE: SectionHead = SectionHead {
    id: "immune-link",
    title: "The immune link",
};
/// "How signals travel from gut to skin".
pub const SIGNALS: SectionHead = SectionHead {
    id: "how-signals-travel",
    title: "How signals travel from gut to skin",
};
/// "Skin conditions studied so far".
pub const CONDITIONS: SectionHead = SectionHead {
    id: "skin-conditions",
    title: "Skin conditions studied so far",
};
/// "What shapes the gut microbiome".
pub const SHAPES: SectionHead = SectionHead {
    id: "what-shapes-the-gut",
    title: "What shapes the gut microbiome",
};
/// "Everyday habits that support your gut".
pub const HABITS: SectionHead = SectionHead {
    id: "everyday-habits",
    title: "Everyday habits that support your gut",
};

/// Every article section's head, in reading order (a test checks it against the article).
pub const SECTIONS: &[SectionHead] = &[
    AXIS,
    MICROBIOMES,
    IMMUNE,
    SIGNALS,
    CONDITIONS,
    SHAPES,
    HABITS,
];
