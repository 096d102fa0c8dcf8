//! The tip checklist: stable ids, labels, and why each tip helps.

/// One gut-friendly habit the reader can tick off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// Stable id: stored ticks refer to it, so it never changes once shipped.
    pub id: &'static str,
    /// The checkbox label: one short action.
    pub label: &'static str,
    /// One line on why it helps, shown in the "Why it helps" disclosure.
    pub why: &'static str,
    /// The article section (id) that explains it.
    pub section: &'static str,
}

/// The checklist, in display order. Retire a tip by removing it; never reuse an id.
pub const TIPS: &[Tip] = &[
    Tip {
        id: "fibre-30g",
        label: "Build up to about 30 g of fibre a day",
        why: "Gut bacteria ferment fibre into short-chain fatty acids, which help to calm inflammation. Add it gradually to go easy on your gut.",
        section: "how-signals-travel",
    },
    Tip {
        id: "fruit-veg-5",
        label: "Eat at least five portions of fruit and vegetables a day",
        why: "They bring fibre and variety at once, and diet is the biggest everyday influence on gut microbes.",
        section: "what-shapes-the-gut",
    },
    Tip {
        id: "plants-30-week",
        label: "Try for 30 different plant foods a week",
        why: "People who eat a wider range of plants tend to carry a more varied community of gut microbes. Herbs, spices, nuts and seeds all count.",
        section: "everyday-habits",
    },
    Tip {
        id: "fermented-food",
        label: "Have a fermented food with live cultures most days",
        why: "In a 17-week trial, a diet rich in fermented foods raised gut microbial diversity and lowered markers of inflammation.",
        section: "everyday-habits",
    },
    Tip {
        id: "fewer-ultra-processed",
        label: "Swap one ultra-processed snack or sugary drink for a whole food",
        why: "Diets heavy in ultra-processed and sugary foods are linked with poorer health and less varied gut microbes.",
        section: "everyday-habits",
    },
    Tip {
        id: "sleep-7h",
        label: "Aim for seven hours of sleep or more",
        why: "Sleep is one of the everyday factors that shape the gut community, and seven hours or more is the advice for adults.",
        section: "what-shapes-the-gut",
    },
    Tip {
        id: "stress-routine",
        label: "Make time each day for something that eases stress",
        why: "Stress hormones and the nervous system take part in the signals passing between gut and skin.",
        section: "how-signals-travel",
    },
    Tip {
        id: "water-through-day",
        label: "Drink water or unsweetened drinks through the day",
        why: "Fibre works best with enough fluid, and choosing water over sugary drinks also cuts down on added sugar.",
        section: "everyday-habits",
    },
    Tip {
        id: "probiotic-ask-pharmacist",
        label: "Ask a pharmacist or doctor before trying a probiotic",
        why: "Each strain acts differently, none is proven for skin, and some people, such as those who are pregnant, need advice first.",
        section: "everyday-habits",
    },
];

/// The checklist's heading.
pub const CHECKLIST_TITLE: &str = "Your gut-friendly checklist";

/// The line under the heading.
pub const CHECKLIST_INTRO: &str = "Pick the habits you already keep or want to build, and tick them off. Small, steady changes count.";

/// The privacy line under the checklist.
pub const CHECKLIST_PRIVACY: &str =
    "Your ticks stay in this browser on this device. Nothing is sent anywhere.";

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
