//! Yew components: they render content and state, and decide nothing themselves.

mod app;
mod article;
mod checklist;
mod cite;
mod clipboard;
mod diagram;
mod diagram_steps;
mod disclaimer;
mod embed_builder;
mod hooks;
mod host_events;
mod island;
mod language_links;
mod links;
mod my_data;
pub mod page_parts;
mod persist;
mod quiz;
mod quiz_question;
mod quiz_result;
mod references;
mod self_check;
mod self_check_result;
mod storage_notice;
mod summary;
mod toc;
mod waiting;

pub use app::App;
pub use article::{ArticleSection, ArticleSectionProps};
pub use checklist::{TipChecklist, TipChecklistProps};
pub use cite::{citation_marks, render_claim, CitationMarks, CitationMarksProps};
pub use diagram::AxisDiagram;
pub use diagram_steps::{part_class, DiagramControls};
pub use disclaimer::{DisclaimerNotice, MedicalDisclaimer};
pub use embed_builder::EmbedBuilder;
pub use hooks::{
    use_after_first_render, use_host_event, use_host_events_on, use_my_data, use_page_links,
    use_persisted,
};
pub use host_events::HostEvents;
pub use island::{
    Island, IslandKind, IslandPlaceholders, IslandProps, IslandRoot, IslandRootProps, IslandStatus,
    OfflineNote,
};
pub use language_links::LanguageLinks;
pub use links::{page_address, PageLinks};
pub use my_data::{import_outcome, import_summary, refusal};
pub use persist::{announce_save, forgotten_event, saved_event};
pub use quiz::{KnowledgeQuiz, KnowledgeQuizProps};
pub use quiz_result::quiz_band_message;
pub use references::ReferenceList;
pub use self_check::{SelfCheck, SelfCheckProps};
pub use self_check_result::{habit_band_text, render_last_result, render_result, Highlight};
pub use storage_notice::{forget_message, notice_for, status_notice, storage_notice};
pub use summary::BuildTime;
pub use toc::TableOfContents;
