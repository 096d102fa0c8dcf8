//! The tip checklist: stable ids, labels, and why each tip helps.

use super::shared::{
    ANTIBIOTIC_STUDY, AS_DIRECTED, FERMENTED_TRIAL, FIVE_A_DAY, PROBIOTICS_AND_SKIN,
    PROBIOTIC_ADVICE, PROBIOTIC_STRAINS, SLEEP, STRESS_LINK, STRESS_TURN_TO, ULTRA_PROCESSED,
    ULTRA_PROCESSED_MICROBES,
};
use super::Claim::{self, Fact};
use super::Figure;
use super::Inline::{self, Text};

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

/// The checklist, in display order. Retire a tip by removing it; never reuse an id
/// (`water-through-day` is retired: no cited source supported its "why").
pub const TIPS: &[Tip] = &[
    Tip {
        id: "fibre-30g",
        label: "Build up to about 30 g of fibre a day",
        why: &[
            Fact {
                text: &[Text("Gut bacteria ferment fibre, breaking it down for energy. This makes short-chain fatty acids, small molecules that may help to calm inflammation: so far, mostly in the lab and in animals.")],
                sources: &["koh2016"],
            },
            Fact {
                text: &[Text("UK guidance for adults is 30 g a day.")],
                sources: &["sacn2015"],
            },
        ],
        figure: Some(Figure {
            text: "30 g",
            sources: &["sacn2015"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "fruit-veg-5",
        label: "Eat at least five portions of fruit and vegetables a day",
        why: &[
            FIVE_A_DAY,
            Fact {
                text: &[Text("They also bring fibre, which gut bacteria feed on.")],
                sources: &["makki2018"],
            },
        ],
        figure: Some(Figure {
            text: "five portions",
            sources: &["nhs5aday"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "plants-30-week",
        label: "Try for about 30 different plant foods a week",
        why: &[Fact {
            text: &[Text("In a large study, people eating over 30 different plant foods a week had more kinds of gut microbes than those eating 10 or fewer. This is a link, not proof that the plants caused it.")],
            sources: &["mcdonald2018"],
        }],
        figure: Some(Figure {
            text: "30 different plant foods",
            sources: &["mcdonald2018"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "fermented-food",
        label: "If you enjoy them, try fermented foods with live cultures (live microbes)",
        why: &[FERMENTED_TRIAL],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "fewer-ultra-processed",
        label: "Swap one ultra-processed snack or sugary drink for a whole food",
        why: &[ULTRA_PROCESSED, ULTRA_PROCESSED_MICROBES],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "sleep-7h",
        label: "Aim for 7 hours of sleep or more",
        why: &[SLEEP],
        figure: Some(Figure {
            text: "7 hours",
            sources: &["watson2015"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "stress-routine",
        label: "For your general health, make time each day for something that eases stress",
        why: &[STRESS_LINK, STRESS_TURN_TO],
        figure: None,
        section: "how-signals-travel",
    },
    Tip {
        id: "probiotic-ask-pharmacist",
        label: "Ask a pharmacist or doctor before trying a probiotic",
        why: &[PROBIOTIC_STRAINS, PROBIOTICS_AND_SKIN, PROBIOTIC_ADVICE],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "antibiotics-as-prescribed",
        label: "Take antibiotics only when prescribed, and then as directed",
        why: &[ANTIBIOTIC_STUDY, AS_DIRECTED],
        figure: None,
        section: "what-shapes-the-gut",
    },
];

/// The checklist's heading.
pub const CHECKLIST_TITLE: &str = "Your gut-friendly checklist";

/// The line under the heading.
pub const CHECKLIST_INTRO: &str = "Pick the habits you already keep or want to build, and tick them off. Small, steady changes count.";

/// The privacy line under the checklist.
pub const CHECKLIST_PRIVACY: &str =
    "Your ticks stay in this browser on this device. Nothing is sent anywhere.";

/// The privacy line under the checklist when the host page asked for events.
pub const CHECKLIST_PRIVACY_EVENTS: &str =
    "Your ticks stay in this browser on this device. The site showing this checklist is told how many tips you have ticked, never which ones.";

/// Seconds during which "Clear all" can be undone.
pub const UNDO_SECONDS: u32 = 8;

/// The one line shown, with JavaScript off, where an interactive part would be.
pub fn needs_javascript(part: &str) -> String {
    format!("{part} needs JavaScript, which is turned off or unavailable in this browser. The article above reads fine without it.")
}

/// The progress line, e.g. "3 of 8 done".
pub fn progress_text(done: usize, total: usize) -> String {
    format!("{done} of {total} done")
}
