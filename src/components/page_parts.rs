//! The class names and ids of the page's parts: one spelling shared by the components that
//! render them and the embed view that cuts the page down to what an embed shows.

/// The "Skip to the article" link.
pub const SKIP_LINK: &str = "skip-link";
/// The page's header: kicker, title, subtitle.
pub const MASTHEAD: &str = "masthead";
/// The links to the page in its other languages (in the masthead).
pub const LANGUAGE_LINKS: &str = "language-links";
/// The table of contents.
pub const CONTENTS: &str = "toc";
/// The page's footer.
pub const SITE_FOOTER: &str = "site-footer";
/// The article, sections and diagram.
pub const ARTICLE: &str = "article";
/// The diagram: its figure, its controls island and its list of steps.
pub const DIAGRAM: &str = "axis-stepper";
/// The reference list's section id.
pub const REFERENCES: &str = "references";
/// The medical disclaimer's section id.
pub const DISCLAIMER: &str = "disclaimer";
/// The embed's link to the full explainer.
pub const EMBED_SOURCE: &str = "embed-source";
/// The note an embed shows when its host asked for events (written by the embed view).
pub const EVENTS_NOTE: &str = "events-note";
/// An island's hidden "could not load" line.
pub const ISLAND_FAILED: &str = "island-failed";
