//! Everything the explainer says, as typed data that components render and tests check.

mod advice;
mod article;
mod catalogue;
mod claims;
pub mod console;
mod diagram;
pub mod document;
pub mod embed;
mod findings;
pub mod import_plan;
mod instruction;
mod loading;
mod my_data;
mod notices;
mod page;
pub mod questions;
mod quiz;
mod references;
mod review;
mod rules;
mod sections;
mod self_check;
mod shared;
mod summary;
mod tips;
pub mod ui;

pub use advice::{ANTIBIOTICS_AS_DIRECTED, STRESS_HELP};
pub use article::{SectionHead, ARTICLE, SECTIONS, SECTION_TITLES};
pub use catalogue::{every_claim, Part, PlacedClaim};
pub use claims::{Claim, ClaimKind, Figure, Inline, SourceKind};
pub use diagram::{
    step_label, step_said, steps_intro, whole_label, DiagramLink, DiagramNode, DiagramPart,
    DiagramStep, Direction, DIAGRAM_ARROWS, DIAGRAM_BOXES, DIAGRAM_CAPTION, DIAGRAM_DESC,
    DIAGRAM_LINKS, DIAGRAM_NODES, DIAGRAM_STEPS, DIAGRAM_TITLE, STEP_KEYS_HINT, STEP_NEXT,
    STEP_PREVIOUS, STEP_SHOW_ALL,
};
pub use findings::{Caveat, Gloss, CAVEATS, GLOSSARY};
pub use instruction::{instruction_in, INSTRUCTION_OPENERS};
pub use loading::{
    could_not_load, CHECKLIST_PART, DIAGRAM_PART, EMBED_BUILDER_PART, GETTING_READY,
    NEEDS_CONNECTION, OFFLINE_NOTE, PANIC_CONSOLE, QUIZ_PART, RELOAD_PAGE, SELF_CHECK_PART,
    STOPPED_WORKING, TRY_AGAIN,
};
pub use my_data::{
    import_failed, CANCEL_IMPORT, CONFIRM_IMPORT, DROP_HINT, EXPORTED, EXPORT_BUTTON, FILE_DAMAGED,
    FILE_NEWER, FILE_NOT_OURS, FILE_TOO_LARGE, IMPORTED, IMPORT_BUTTON, IMPORT_NO_STORAGE,
    IMPORT_PLAN_CHANGED, MY_DATA_INTRO, NOTHING_NEW, NOTHING_TO_EXPORT, SAVED_CHECKLIST,
    SAVED_QUIZ, SAVED_SELF_CHECK, SAVED_SELF_CHECK_RESULT, UNREADABLE_FILE,
};
pub use notices::{
    changed_elsewhere_notice, forgot_notice, forgot_partly_notice, memory_only_notice,
    newer_version_notice, save_failed_notice, started_fresh_notice, storage_full_notice,
    NoticeWords, CHECKLIST_WORDS, FORGET_FAILED, FORGOT_NOTHING, LAST_RESULT_STORED, QUIZ_WORDS,
    SELF_CHECK_WORDS,
};
pub use page::{
    events_note, CONTENTS_TITLE, DISCLAIMER, DISCLAIMER_SHORT, DISCLAIMER_TITLE, EMBED_SOURCE_LINK,
    EMBED_TITLE, EVENTS_NOTE_CHECKLIST, EVENTS_NOTE_QUIZ, EVENTS_NOTE_SELF_CHECK, HOW_WRITTEN,
    HOW_WRITTEN_TITLE, LEDE, PRIVACY_NOTE, REFERENCES_TITLE, SUBTITLE, TITLE,
};
pub use quiz::{QuizBandMessages, QuizQuestion, QUIZ, QUIZ_BAND_MESSAGES, QUIZ_TITLE};
pub use references::{check_claim, citation_number, ClaimProblem, CITATION_ORDER, REFERENCES};
pub use review::{
    day_and_month_words, full_date_words, review_line, ReviewDates, MONTH_NAMES, REVIEW,
};
pub use sections::section_title;
pub use self_check::{
    FollowUp, HabitBandText, HabitBandTexts, HabitQuestion, HABITS, HABIT_BAND_TEXTS,
    SELF_CHECK_CAVEAT, SELF_CHECK_TITLE,
};
pub use summary::{
    area_points_text, quiz_length, summary_date_line, AreaWords, QuizIntro, AREA_WORDS,
    BREAKDOWN_HEADING, LAST_WEAKEST_HEADING, NOT_TICKED_HEADING, NO_TIPS, PRINT_SUMMARY_BUTTON,
    QUIZ_INTRO, SELF_CHECK_INTRO, SELF_CHECK_NOT_TAKEN, SUMMARY_TITLE, TICKED_HEADING,
};
pub use tips::{
    progress_text, Tip, CHECKLIST_INTRO, CHECKLIST_PRIVACY, CHECKLIST_PRIVACY_EVENTS,
    CHECKLIST_TITLE, NEEDS_JAVASCRIPT, TIPS, UNDO_SECONDS,
};

include!(concat!(env!("OUT_DIR"), "/words/lang.rs"));

/// A language the site is published in (`languages.toml`): each has a page of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SiteLanguage {
    /// Its BCP 47 tag, for `lang` and `hreflang`.
    pub tag: &'static str,
    /// Its page's folder from the site root: "" for the root, else a name ending in "/".
    pub folder: &'static str,
    /// The link to its page, in that language.
    pub link: &'static str,
}

/// A CLDR plural category: which form of a counted phrase a language uses for a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    /// The form for one (English "1 question").
    One,
    /// The form for every other count (English "0 questions", "2 questions").
    Other,
}

/// A block of content inside an article section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph: one or more claims, each a fact or advice with its sources, or framing.
    Paragraph(&'static [Claim<&'static [Inline]>]),
    /// A bulleted list; each item has a bold lead-in and a body.
    Tips(&'static [TipItem]),
    /// The gut ⇄ immune system ⇄ skin diagram.
    AxisDiagram,
}

/// One item in a bulleted list of habits: a short lead-in, then the detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TipItem {
    /// The short action, shown in bold.
    pub lead: &'static str,
    /// The explanation: claims, each a fact or advice with its sources, or framing.
    pub body: &'static [Claim<&'static [Inline]>],
}

/// One h2 section of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable fragment id, used by the table of contents, quiz and tip links (as in [`SECTIONS`]).
    pub id: &'static str,
    /// The section heading.
    pub title: &'static str,
    /// The section body, in reading order.
    pub blocks: &'static [Block],
}

/// A peer-reviewed or public-health source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Stable id used by `Inline::Cite`.
    pub id: &'static str,
    /// Authors as usually cited ("Sender R, Fuchs S, Milo R").
    pub authors: &'static str,
    /// Title of the work.
    pub title: &'static str,
    /// Journal or publisher with volume and pages.
    pub source: &'static str,
    /// Year of publication; `None` for a web page that states none.
    pub year: Option<u16>,
    /// What kind of work it is, which decides whether it may back advice.
    pub kind: SourceKind,
    /// A DOI or official https link.
    pub url: &'static str,
    /// The language of the work and its title (`lang` on its entry), whatever the page's.
    pub lang: &'static str,
}

/// Looks up a reference by id.
pub fn reference(id: &str) -> Option<&'static Reference> {
    REFERENCES.iter().find(|reference| reference.id == id)
}

/// The words of every inline run, for counting and searching.
pub fn inline_text(inlines: &[Inline]) -> impl Iterator<Item = &'static str> + '_ {
    inlines.iter().map(Inline::words)
}

/// The words of claims that stand together (a paragraph, a list item), one space apart.
pub fn claims_text(claims: &[Claim<&'static [Inline]>]) -> String {
    let texts: Vec<String> = claims
        .iter()
        .map(|claim| inline_text(claim.text()).collect())
        .collect();
    texts.join(" ")
}

/// Every claim of a section, paragraphs and list items alike, in reading order.
pub fn section_claims(section: &Section) -> Vec<Claim<&'static [Inline]>> {
    let mut claims = Vec::new();
    for block in section.blocks {
        match block {
            Block::Paragraph(paragraph) => claims.extend_from_slice(paragraph),
            Block::Tips(items) => claims.extend(items.iter().flat_map(|item| item.body)),
            Block::AxisDiagram => {}
        }
    }
    claims
}

/// Every inline run of a section, paragraphs and list items alike, in reading order.
pub fn section_inlines(section: &Section) -> Vec<&'static [Inline]> {
    section_claims(section)
        .into_iter()
        .map(|claim| claim.text())
        .collect()
}
