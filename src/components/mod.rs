//! Yew components: they render content and state, and decide nothing themselves.

mod app;
mod article;
mod checklist;
mod diagram;
mod disclaimer;
mod references;
mod storage_notice;
mod toc;

pub use app::App;
pub use article::{ArticleSection, ArticleSectionProps, CitationMarks, CitationMarksProps};
pub use checklist::{TipChecklist, TipChecklistProps};
pub use diagram::AxisDiagram;
pub use disclaimer::{DisclaimerNotice, MedicalDisclaimer};
pub use references::ReferenceList;
pub use storage_notice::StorageNotice;
pub use toc::TableOfContents;
