//! Where each language's page is, seen from this build's page: the language links and the
//! `<link rel="alternate" hreflang>` entries are relative, so the site works from any folder.

use crate::content::{SiteLanguage, LANG, SITE_LANGUAGES};

/// The language whose page this build makes; a build in a language with no page of its
/// own (the test pseudo-language) stands in for the default.
pub fn current_language() -> SiteLanguage {
    language_of(LANG)
}

/// The listed language tagged `tag`, or the default (the first listed).
fn language_of(tag: &str) -> SiteLanguage {
    let listed = SITE_LANGUAGES.iter().find(|language| language.tag == tag);
    match (listed, SITE_LANGUAGES.first()) {
        (Some(language), _) | (None, Some(language)) => *language,
        // The content build refuses an empty list; this keeps the page whole regardless.
        (None, None) => SiteLanguage {
            tag: LANG,
            folder: "",
            link: "",
        },
    }
}

/// Every language but this build's own, in the listed order.
pub fn other_languages() -> impl Iterator<Item = SiteLanguage> {
    let current = current_language();
    SITE_LANGUAGES
        .iter()
        .copied()
        .filter(move |language| language.tag != current.tag)
}

/// The relative URL of the page in folder `to`, from the page in folder `from` (both as
/// `SiteLanguage::folder`, e.g. "" and "es/"): "es/", "../", or "./" for the page itself.
pub fn relative_href(from: &str, to: &str) -> String {
    if from == to {
        return "./".to_owned();
    }
    let up = from.matches('/').count();
    format!("{}{to}", "../".repeat(up))
}

/// The `<link rel="alternate">` tags for every language and `x-default` (the first
/// listed), relative to this build's page.
pub fn alternate_links() -> String {
    let here = current_language().folder;
    let link = |hreflang: &str, folder: &str| {
        format!(
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\">",
            relative_href(here, folder)
        )
    };
    let mut links: Vec<String> = SITE_LANGUAGES
        .iter()
        .map(|language| link(language.tag, language.folder))
        .collect();
    if let Some(default) = SITE_LANGUAGES.first() {
        links.push(link("x-default", default.folder));
    }
    links.join("\n    ")
}
