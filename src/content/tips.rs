//! The tip checklist: stable ids, labels, and why each tip helps.

use super::Claim::{self, Fact};
use super::Figure;

/// One gut-friendly habit the reader can tick off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// Stable id: stored ticks refer to it, so it never changes once shipped.
    pub id: &'static str,
    /// The checkbox label: one short action.
    pub label: &'static str,
    /// Why it helps, shown in the "Why it helps" disclosure: a fact with its sources.
    pub why: Claim<&'static str>,
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
        why: Fact {
            text: "Gut bacteria ferment fibre into short-chain fatty acids, which help to calm inflammation. UK guidance for adults is 30 g a day.",
            sources: &["koh2016", "sacn2015"],
        },
        figure: Some(Figure {
            text: "30 g",
            sources: &["sacn2015"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "fruit-veg-5",
        label: "Eat at least five portions of fruit and vegetables a day",
        why: Fact {
            text: "The NHS advises at least five portions of a variety of fruit and vegetables a day. They also bring fibre, which gut bacteria feed on.",
            sources: &["nhs5aday", "makki2018"],
        },
        figure: Some(Figure {
            text: "five portions",
            sources: &["nhs5aday"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "plants-30-week",
        label: "Try for 30 different plant foods a week",
        why: Fact {
            text: "In a large study, people who ate more than 30 different plant foods a week had more kinds of gut microbes than people who ate 10 or fewer.",
            sources: &["mcdonald2018"],
        },
        figure: Some(Figure {
            text: "30 different plant foods",
            sources: &["mcdonald2018"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "fermented-food",
        label: "Have a fermented food with live cultures most days",
        why: Fact {
            text: "In a study of 36 healthy adults, those who built up to about six servings of fermented food a day, on a 10-week diet, gained microbial diversity and had lower markers of inflammation. Skin was not measured.",
            sources: &["wastyk2021"],
        },
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "fewer-ultra-processed",
        label: "Swap one ultra-processed snack or sugary drink for a whole food",
        why: Fact {
            text: "Observational studies link diets high in ultra-processed foods with many poor health outcomes. Lab and animal studies suggest these foods may also change gut microbes in ways linked with inflammation.",
            sources: &["lane2024", "zinocker2018"],
        },
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "sleep-7h",
        label: "Aim for 7 hours of sleep or more",
        why: Fact {
            text: "Sleep experts advise adults to get 7 hours or more a night, for their health in general.",
            sources: &["watson2015"],
        },
        figure: Some(Figure {
            text: "7 hours",
            sources: &["watson2015"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "stress-routine",
        label: "Make time each day for something that eases stress",
        why: Fact {
            text: "Stress hormones and the nervous system may take part in signals between the gut and the skin, though the evidence comes mostly from animals. If stress or low mood affects your daily life, talk to a GP.",
            sources: &["arck2010"],
        },
        figure: None,
        section: "how-signals-travel",
    },
    Tip {
        id: "probiotic-ask-pharmacist",
        label: "Ask a pharmacist or doctor before trying a probiotic",
        why: Fact {
            text: "Effects depend on the strain, none is proven for skin, and some people, such as those with a weak immune system, need advice first.",
            sources: &["hill2014", "makrgeorgou2018", "nccih"],
        },
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "antibiotics-as-prescribed",
        label: "Take antibiotics only when prescribed, and then as directed",
        why: Fact {
            text: "In a small study, gut bacteria had not fully recovered ten months after two courses of an antibiotic. If you have been prescribed antibiotics, take them as directed and do not stop without advice.",
            sources: &["dethlefsen2011"],
        },
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
