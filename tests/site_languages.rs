//! The language links and `<link rel="alternate">` entries: relative, so the site works
//! from any folder, one per language and an `x-default`, never pointing a page at itself
//! through another folder.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{LANG, SITE_LANGUAGES};
use gut_skin_axis::model::{alternate_links, current_language, other_languages, relative_href};

#[test]
fn hrefs_between_folders_are_relative() {
    assert_eq!(relative_href("", "es/"), "es/");
    assert_eq!(relative_href("es/", ""), "../");
    assert_eq!(relative_href("es/", "es/"), "./");
    assert_eq!(relative_href("", ""), "./");
    assert_eq!(relative_href("es/", "fr/"), "../fr/");
}

#[test]
fn every_language_has_one_alternate_and_the_default_is_x_default() {
    let links = alternate_links();
    for language in SITE_LANGUAGES {
        let tag = format!("hreflang=\"{}\"", language.tag);
        assert_eq!(links.matches(&tag).count(), 1, "{links}");
    }
    let here = current_language().folder;
    let default = relative_href(here, SITE_LANGUAGES[0].folder);
    assert!(links.contains(&format!("hreflang=\"x-default\" href=\"{default}\"")));
    assert!(links.contains("href=\"./\""), "the page lists itself as ./");
    assert!(
        !links.contains("href=\"/"),
        "no link from the site root: {links}"
    );
}

#[test]
fn the_page_links_to_every_other_language_and_not_to_itself() {
    let others: Vec<_> = other_languages().map(|language| language.tag).collect();
    assert_eq!(others.len(), SITE_LANGUAGES.len() - 1);
    assert!(!others.contains(&current_language().tag));
    // A build whose language has no page (the pseudo-language) stands in for the default.
    if SITE_LANGUAGES.iter().any(|language| language.tag == LANG) {
        assert_eq!(current_language().tag, LANG);
    } else {
        assert_eq!(current_language(), SITE_LANGUAGES[0]);
    }
}
