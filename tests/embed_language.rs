//! The `lang` option: an embed speaks its build's language and warns of any other.
//! Runs the same under every language feature.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{parse_options, EmbedOptions, Language};

fn with_lang(value: &str) -> (EmbedOptions, Vec<(String, String)>) {
    let (options, warnings) = parse_options(|name| (name == "lang").then(|| value.to_owned()));
    let warnings = warnings
        .iter()
        .map(|warning| (warning.option.to_owned(), warning.message()))
        .collect();
    (options, warnings)
}

#[test]
fn the_language_tags_are_ours_and_no_others() {
    assert_eq!(Language::parse("en"), Some(Language::English));
    assert_eq!(Language::parse(" ES "), Some(Language::Spanish));
    for unknown in ["", "fr", "english", "es-", "e"] {
        assert_eq!(Language::parse(unknown), None, "{unknown:?}");
    }
    let own = gut_skin_axis::content::LANG;
    assert!(own.starts_with(Language::of_build().tag()), "{own}");
}

#[test]
fn the_builds_own_language_is_taken_silently() {
    let own = Language::of_build();
    let (options, warnings) = with_lang(own.tag());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(options.lang, own);
    assert_eq!(options, EmbedOptions::default());
}

#[test]
fn any_other_language_goes_on_in_the_builds_own_with_a_warning() {
    let own = Language::of_build();
    let other = Language::ALL.into_iter().find(|lang| *lang != own).unwrap();
    for value in [other.tag(), "fr", "", "en-GB"] {
        let (options, warnings) = with_lang(value);
        assert_eq!(options.lang, own, "{value:?}");
        assert_eq!(warnings.len(), 1, "{value:?}: {warnings:?}");
        let (option, message) = &warnings[0];
        assert_eq!(option, "lang");
        assert!(message.contains(&format!("lang=\"{value}\"")), "{message}");
        assert!(message.contains(&format!("\"{}\"", own.tag())), "{message}");
    }
}
