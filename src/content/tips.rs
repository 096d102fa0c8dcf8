//! The tip checklist: stable ids, labels, and why each tip helps.

use super::advice::{ANTIBIOTICS_AS_DIRECTED, STRESS_HELP};
use super::Claim::{self, Advice, Fact, Framing};
use super::Figure;

/// One gut-friendly habit the reader can tick off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// Stable id: stored ticks refer to it, so it never changes once shipped.
    pub id: &'static str,
    /// The checkbox label: one short action.
    pub label: &'static str,
    /// Why it helps, shown in the "Why it helps" disclosure: at least one fact with its
    /// sources, then any advice or framing.
    pub why: &'static [Claim<&'static str>],
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
                text: "Gut bacteria ferment fibre, breaking it down for energy. This makes short-chain fatty acids, small molecules that may help to calm inflammation: so far, mostly in the lab and in animals.",
                sources: &["koh2016"],
            },
            Fact {
                text: "UK guidance for adults is 30 g a day.",
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
            Advice {
                text: "The NHS advises at least five portions of a variety of fruit and vegetables a day. A portion is 80 g, such as a medium apple.",
                sources: &["nhs5aday"],
            },
            Fact {
                text: "They also bring fibre, which gut bacteria feed on.",
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
            text: "In a large study, people eating over 30 different plant foods a week had more kinds of gut microbes than those eating 10 or fewer. This is a link, not proof that the plants caused it.",
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
        why: &[Fact {
            text: "In a randomised trial, two groups of 18 adults added either fermented foods, up to about six servings a day, or fibre, for 10 weeks. Only the fermented-food group gained more kinds of gut microbes and had fewer signs of inflammation in the blood. Whether smaller amounts help is not known, and skin was not measured.",
            sources: &["wastyk2021"],
        }],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "fewer-ultra-processed",
        label: "Swap one ultra-processed snack or sugary drink for a whole food",
        why: &[
            Fact {
                text: "Ultra-processed foods are made in factories from refined ingredients and additives. Observational studies, which watch what people eat, link them with many poor health outcomes.",
                sources: &["lane2024"],
            },
            Fact {
                text: "Lab and animal studies suggest these foods may also change gut microbes in ways linked with inflammation.",
                sources: &["zinocker2018"],
            },
        ],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "sleep-7h",
        label: "Aim for 7 hours of sleep or more",
        why: &[Advice {
            text: "Sleep experts advise adults to get 7 hours or more a night, for their general health.",
            sources: &["watson2015"],
        }],
        figure: Some(Figure {
            text: "7 hours",
            sources: &["watson2015"],
        }),
        section: "everyday-habits",
    },
    Tip {
        id: "stress-routine",
        label: "Make time each day for something that eases stress",
        why: &[
            Fact {
                text: "Stress hormones and the nervous system may take part in signals between the gut and the skin. This is still a hypothesis, an idea being tested, mostly in mice.",
                sources: &["arck2010"],
            },
            Framing(STRESS_HELP),
        ],
        figure: None,
        section: "how-signals-travel",
    },
    Tip {
        id: "probiotic-ask-pharmacist",
        label: "Ask a pharmacist or doctor before trying a probiotic",
        why: &[
            Fact {
                text: "A probiotic is a live microbe taken for a health benefit. Effects can differ from one strain, or exact type of microbe, to another, and none is proven for skin.",
                sources: &["hill2014", "nccih"],
            },
            Fact {
                text: "A Cochrane review found they probably make little or no difference to symptoms in people who already have eczema. It weighs only trials that meet its standards.",
                sources: &["makrgeorgou2018"],
            },
            Advice {
                text: "Some people, such as those with a weak immune system, need advice first.",
                sources: &["nccih"],
            },
        ],
        figure: None,
        section: "everyday-habits",
    },
    Tip {
        id: "antibiotics-as-prescribed",
        label: "Take antibiotics only when prescribed, and then as directed",
        why: &[
            Fact {
                text: "In a small study, three people took two courses of an antibiotic, six months apart. The study lasted 10 months in all. By the end, their gut bacteria had settled, but not fully back to how they were at the start.",
                sources: &["dethlefsen2011"],
            },
            Framing(ANTIBIOTICS_AS_DIRECTED),
        ],
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
