//! Editorial data, never shown: the caveats that must travel with a finding wherever the
//! page tells it, and the terms each part that can be shown alone must explain on first use.

/// A finding told in more than one place, and the words that keep its strength there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caveat {
    /// The reference the finding comes from.
    pub source: &'static str,
    /// A claim citing `source` tells this finding if its words hold any of these.
    pub told_by: &'static [&'static str],
    /// Wherever it is told, its context holds one phrase of each group (any case).
    pub must_say: &'static [&'static [&'static str]],
    /// Phrases that overstate it, which its context may never hold.
    pub never_say: &'static [&'static str],
}

/// Every finding the review asked to keep at the same strength in every place.
pub const CAVEATS: &[Caveat] = &[
    Caveat {
        source: "koh2016",
        told_by: &["inflammation"],
        must_say: &[&["mostly in the lab and in animals"]],
        never_say: &[],
    },
    Caveat {
        source: "dethlefsen2011",
        told_by: &["antibiotic"],
        must_say: &[&["small study"], &["10 months in all"]],
        never_say: &["months later", "months after"],
    },
    Caveat {
        source: "wastyk2021",
        told_by: &["fermented"],
        must_say: &[
            &["randomised", "by chance"],
            &["small trial"],
            &["groups of 18"],
            &["only the fermented-food group"],
            &["whether smaller amounts help is not known"],
            &["skin was not measured"],
        ],
        never_say: &["set diet"],
    },
    Caveat {
        source: "arck2010",
        told_by: &["stress"],
        must_say: &[&["mice"]],
        never_say: &[],
    },
    Caveat {
        source: "parodi2008",
        told_by: &["rifaximin"],
        must_say: &[&["small"], &["knew who had been treated"]],
        never_say: &[],
    },
    Caveat {
        source: "smith2007",
        told_by: &["acne"],
        must_say: &[&["did not look at gut microbes"], &["3 kg"]],
        never_say: &["43 young men"],
    },
    Caveat {
        source: "vighi2008",
        told_by: &["70 %"],
        must_say: &[&["loosely", "loose estimate", "not a direct count"]],
        never_say: &[],
    },
    Caveat {
        source: "makrgeorgou2018",
        told_by: &["eczema"],
        must_say: &[&["already have eczema"], &["meet its standards"]],
        never_say: &["all the good trials"],
    },
    Caveat {
        source: "hill2014",
        told_by: &["strain"],
        must_say: &[&["can differ"]],
        never_say: &[
            "depend on the strain",
            "depends on the strain",
            "specific strain",
        ],
    },
    Caveat {
        source: "rothschild2018",
        told_by: &["20 %"],
        must_say: &[&["linked with"], &["unexplained"]],
        never_say: &["explained over", "blood group"],
    },
    Caveat {
        source: "sender2016",
        told_by: &["1.3"],
        must_say: &[&["2.3"]],
        never_say: &["between about 1 and 2"],
    },
    Caveat {
        source: "david2014",
        told_by: &["within days"],
        must_say: &[&["small study"], &["five days"]],
        never_say: &[],
    },
    Caveat {
        source: "belkaid2014",
        told_by: &["immune system"],
        must_say: &[&["animal"]],
        never_say: &[],
    },
    Caveat {
        source: "mcdonald2018",
        told_by: &["30 different plant foods"],
        must_say: &[&["link"]],
        never_say: &[],
    },
    Caveat {
        source: "salem2018",
        told_by: &["slip into the blood"],
        must_say: &[&["still being studied"]],
        never_say: &[],
    },
];

/// A technical term and the words that explain it where a part first uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gloss {
    /// The term, matched as a whole word or its plural in -s, in any case ("ferment" matches
    /// "ferments" but not "fermented").
    pub term: &'static str,
    /// One of these must follow its first use in a part, within the next sentence or so.
    pub explained_by: &'static [&'static str],
}

/// The terms the review asked to explain in every part that can be shown alone.
pub const GLOSSARY: &[Gloss] = &[
    Gloss {
        term: "enzymes",
        explained_by: &["break food down"],
    },
    Gloss {
        term: "ferment",
        explained_by: &["break it down for energy", "breaking it down for energy"],
    },
    Gloss {
        term: "short-chain fatty acids",
        explained_by: &["small molecules"],
    },
    Gloss {
        term: "hypothesis",
        explained_by: &["an idea being tested"],
    },
    Gloss {
        term: "lymph nodes",
        explained_by: &["small glands"],
    },
    Gloss {
        term: "spleen",
        explained_by: &["an organ beside the stomach"],
    },
    Gloss {
        term: "psoriasis",
        explained_by: &["thick, scaly patches"],
    },
    Gloss {
        term: "rosacea",
        explained_by: &["redness and bumps on the face"],
    },
    Gloss {
        term: "ultra-processed",
        explained_by: &["made in factories"],
    },
    Gloss {
        term: "portion",
        explained_by: &["80 g"],
    },
    Gloss {
        term: "GP",
        explained_by: &["family doctor"],
    },
    Gloss {
        term: "probiotic",
        explained_by: &["live microbe"],
    },
    Gloss {
        term: "live cultures",
        explained_by: &["live microbes"],
    },
    Gloss {
        term: "strain",
        explained_by: &["exact type of microbe"],
    },
];
