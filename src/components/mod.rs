//! Yew components: they render content and state, and decide nothing themselves.

mod app;
mod article;
mod diagram;
mod disclaimer;
mod references;
mod toc;

pub use app::App;
pub use article::{ArticleSection, ArticleSectionProps, CitationMarks, CitationMarksProps};
pub use diagram::AxisDiagram;
pub use disclaimer::{DisclaimerNotice, MedicalDisclaimer};
pub use references::ReferenceList;
pub use toc::TableOfContents;
