//! The page's words outside the article sections: title, lede, disclaimer, and how it was written.

/// The page's h1.
pub const TITLE: &str = "The gut–skin axis: how your gut and your skin talk to each other";

/// A one-line summary under the title (also the basis of the meta description).
pub const SUBTITLE: &str = "What science knows, and does not yet know, about the links between gut microbes, the immune system and your skin.";

/// The opening paragraph before the first section.
pub const LEDE: &str = "Your gut and your skin seem to have little in common. Yet researchers keep finding signs that the two stay in touch, with gut microbes taking part. This explainer sets out what is known, what is only suspected, and what the evidence says about everyday habits.";

/// A one-line reminder shown near the top of the page.
pub const DISCLAIMER_SHORT: &str = "Educational content only: not a diagnosis or medical advice. For skin concerns, talk to a doctor, pharmacist or dermatologist. Get urgent help for a rash that is sudden, severe or spreading, or comes with swelling or a fever.";

/// The full medical disclaimer, one paragraph per entry.
pub const DISCLAIMER: &[&str] = &[
    "This explainer is for general education. It is not a diagnosis, it is not medical advice, and it cannot replace care from a health professional who knows you.",
    "If you are worried about your skin, talk to a doctor, pharmacist or dermatologist before changing your diet, starting a supplement or stopping a treatment.",
    "Seek medical help urgently for a rash that appears suddenly, is severe or is spreading, or that comes with swelling or a fever.",
    "A rash is an emergency if it comes with difficulty breathing or swelling of the lips, mouth or throat. So is a rash that does not fade when you press a glass on it. Then call your local emergency number (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency department.",
];

/// The link an embed shows to the full explainer.
pub const EMBED_SOURCE_LINK: &str = "Open the full gut–skin axis explainer";

/// What an embed says when its host page asked for events (shown only then).
pub const EVENTS_NOTE: &str = "The site showing this explainer has asked to be told a few things. It hears when the explainer is ready, and when you finish the quiz or the self-check, with only which of three result bands you reached. It hears how many tips you have ticked. It is never told your answers, which tips you ticked, or anything else you do here.";

/// What the page does with the reader's data.
pub const PRIVACY_NOTE: &str = "This page runs entirely in your browser. It uses no cookies and no tracking, and nothing you do here is sent to anyone. Your checklist ticks, your quiz progress, your self-check answers and your last self-check result are kept only in this browser on this device. In the checklist, \u{201c}Export my data\u{201d} saves them to a file that only you keep. \u{201c}Forget my data on this device\u{201d} removes them all.";

/// The heading of the table of contents.
pub const CONTENTS_TITLE: &str = "Contents";

/// The heading of the reference list.
pub const REFERENCES_TITLE: &str = "References";

/// The heading of the medical disclaimer.
pub const DISCLAIMER_TITLE: &str = "Medical disclaimer";

/// The heading of the snippet builder for publishers.
pub const EMBED_TITLE: &str = "Embed this explainer";

/// The heading of the note on how the explainer was written.
pub const HOW_WRITTEN_TITLE: &str = "How this explainer was written";

/// The note on how the explainer was written, one paragraph per entry.
pub const HOW_WRITTEN: &[&str] = &[
    "This page draws on studies, reviews, a Cochrane review, a dermatology guideline and public health advice from the UK and the US. Each fact has a number that leads to its source in the reference list. Where the page passes on advice, it cites the guideline or public health page that gives it. The tips are the page's own suggestions, each with the evidence behind it.",
    "Most of the links between the gut and the skin found so far are associations. They show that two things tend to go together, not that one causes the other. Where a finding comes from a small study, from the lab or from animals, the text says so.",
    "No one sponsored this explainer. It does not name or sell any brand or product.",
];
