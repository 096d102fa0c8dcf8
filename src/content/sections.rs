//! Naming an article section by its id, from the section heads alone, so that links need
//! not carry the article; the words for an unknown id are in `en/sections.toml`.

use super::article::SECTION_TITLES;

include!(concat!(env!("OUT_DIR"), "/words/sections.rs"));

/// The title of the article section `id`, or words for the whole article for an unknown id.
pub fn section_title(id: &str) -> &'static str {
    SECTION_TITLES
        .iter()
        .find(|(section, _)| *section == id)
        .map_or(UNKNOWN_SECTION_TITLE, |(_, title)| title)
}
