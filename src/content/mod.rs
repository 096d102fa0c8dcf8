//! Everything the explainer says, as typed data that components render and tests check.

mod article;
mod diagram;
mod loading;
mod notices;
mod quiz;
mod references;
mod self_check;
mod tips;

pub use article::{
    ARTICLE, CONTENTS_TITLE, DISCLAIMER, DISCLAIMER_SHORT, DISCLAIMER_TITLE, EMBED_SOURCE_LINK,
    EMBED_TITLE, LEDE, PRIVACY_NOTE, REFERENCES_TITLE, SUBTITLE, TITLE,
};
pub use diagram::{
    DiagramLink, DiagramNode, DIAGRAM_CAPTION, DIAGRAM_DESC, DIAGRAM_LINKS, DIAGRAM_NODES,
    DIAGRAM_TITLE,
};
pub use loading::{could_not_load, GETTING_READY, TRY_AGAIN};
pub use notices::{
    forgot_notice, memory_only_notice, newer_version_notice, save_failed_notice,
    started_fresh_notice, storage_full_notice, NoticeWords, CHECKLIST_WORDS, FORGET_FAILED,
    FORGOT_NOTHING, LAST_RESULT_STORED, QUIZ_WORDS, SELF_CHECK_WORDS,
};
pub use quiz::{QuizBandMessages, QuizQuestion, QUIZ, QUIZ_BAND_MESSAGES, QUIZ_INTRO, QUIZ_TITLE};
pub use references::REFERENCES;
pub use self_check::{
    HabitBandText, HabitBandTexts, HabitQuestion, HABITS, HABIT_BAND_TEXTS, SELF_CHECK_CAVEAT,
    SELF_CHECK_INTRO, SELF_CHECK_TITLE,
};
pub use tips::{
    needs_javascript, progress_text, Tip, CHECKLIST_INTRO, CHECKLIST_PRIVACY, CHECKLIST_TITLE,
    TIPS, UNDO_SECONDS,
};

/// A piece of running text inside a paragraph or list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// A technical term explained where it first appears (rendered as `<dfn>`).
    Term(&'static str),
    /// Numbered citations of one or more references, by reference id.
    Cite(&'static [&'static str]),
}

/// A block of content inside an article section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of inline content.
    Paragraph(&'static [Inline]),
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
    /// The explanation with its citations.
    pub body: &'static [Inline],
}

/// One h2 section of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable fragment id, used by the table of contents and later by quiz links.
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
    /// Year of publication.
    pub year: u16,
    /// A DOI or official https link.
    pub url: &'static str,
}

/// Each article section's id and title, in order: a copy of the headings of
/// [`ARTICLE`] (a test keeps them equal), so that code in the wasm that names a
/// section does not pull the whole article text in with it.
pub const SECTION_TITLES: [(&str, &str); 7] = [
    ("what-is-the-axis", "What the gut–skin axis is"),
    ("two-microbiomes", "Two microbiomes, very different in size"),
    ("immune-link", "The immune link"),
    ("how-signals-travel", "How signals travel from gut to skin"),
    ("skin-conditions", "Skin conditions studied so far"),
    ("what-shapes-the-gut", "What shapes the gut microbiome"),
    ("everyday-habits", "Everyday habits that support your gut"),
];

/// The title of the article section `id`, or "the article" for an unknown id.
pub fn section_title(id: &str) -> &'static str {
    SECTION_TITLES
        .iter()
        .find(|(section, _)| *section == id)
        .map_or("the article", |(_, title)| title)
}

/// Looks up a reference by id.
pub fn reference(id: &str) -> Option<&'static Reference> {
    REFERENCES.iter().find(|reference| reference.id == id)
}

/// The words of every inline run, for counting and searching.
pub fn inline_text(inlines: &[Inline]) -> impl Iterator<Item = &'static str> + '_ {
    inlines.iter().filter_map(|inline| match inline {
        Inline::Text(text) | Inline::Term(text) => Some(*text),
        Inline::Cite(_) => None,
    })
}

/// Every inline run of a section, paragraphs and list items alike, in reading order.
pub fn section_inlines(section: &Section) -> Vec<&'static [Inline]> {
    let mut runs = Vec::new();
    for block in section.blocks {
        match block {
            Block::Paragraph(inlines) => runs.push(*inlines),
            Block::Tips(items) => runs.extend(items.iter().map(|item| item.body)),
            Block::AxisDiagram => {}
        }
    }
    runs
}
