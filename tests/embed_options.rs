//! The embed option parser: defaults, validation, warnings, and no panic on any input.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use proptest::prelude::*;

use gut_skin_axis::model::{parse_options, Accent, EmbedOptions, Language, Part, Theme};
use gut_skin_axis::storage::{Namespace, Slot};

fn from_query(query: &str) -> (EmbedOptions, Vec<String>) {
    // Decoded as the browser's URLSearchParams decodes it (tests/browser_query.rs checks that).
    let query = query.trim_start_matches('?');
    let pairs: HashMap<String, String> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let (options, warnings) = parse_options(|name| pairs.get(name).cloned());
    (options, warnings.iter().map(|w| w.message()).collect())
}

#[test]
fn no_options_means_everything_in_auto_theme() {
    let (options, warnings) = from_query("?embed");
    assert_eq!(options, EmbedOptions::default());
    assert_eq!(options.parts, Part::ALL.to_vec());
    assert_eq!(options.theme, Theme::Auto);
    assert!(warnings.is_empty());
}

#[test]
fn sections_are_read_in_page_order_without_repeats() {
    let (options, warnings) = from_query("?embed&sections=checklist,quiz,quiz");
    assert_eq!(options.parts, vec![Part::Quiz, Part::Checklist]);
    assert!(warnings.is_empty());
    let (options, _) = from_query("?sections=self-check%2Cdiagram");
    assert_eq!(options.parts, vec![Part::Diagram, Part::SelfCheck]);
}

#[test]
fn every_valid_value_is_accepted() {
    let (options, warnings) =
        from_query("?embed&sections=article&theme=dark&accent=%23c2410c&namespace=my-site_1");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(options.parts, vec![Part::Article]);
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.accent.map(|a| a.color), Some("#c2410c".to_string()));
    assert_eq!(
        options.namespace.key(Slot::Quiz),
        "gut-skin-axis@my-site_1:quiz"
    );
}

#[test]
fn each_invalid_value_falls_back_with_one_warning_naming_it() {
    let (options, warnings) =
        from_query("?sections=recipes&theme=purple&accent=red;x&namespace=Bad%20Name");
    assert_eq!(options, EmbedOptions::default());
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert!(warnings[0].contains("sections=\"recipes\""));
    assert!(warnings[1].contains("theme=\"purple\""));
    assert!(warnings[2].contains("accent=\"red;x\""));
    assert!(warnings[3].contains("namespace=\"Bad Name\""));
    let (options, warnings) = from_query("?sections=,,");
    assert_eq!(options.parts, Part::ALL.to_vec());
    assert_eq!(warnings.len(), 1);
}

#[test]
fn a_typo_in_one_section_keeps_the_others_and_names_the_typo() {
    let (options, warnings) = from_query("?sections=quiz,checklst,self-check");
    assert_eq!(options.parts, vec![Part::Quiz, Part::SelfCheck]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("\"checklst\""), "{}", warnings[0]);
}

#[test]
fn a_lang_with_an_underscore_region_or_none_at_all_is_no_stranger() {
    assert_eq!(Language::parse("es_MX"), Some(Language::Spanish));
    assert_eq!(Language::parse("EN_gb"), Some(Language::English));
    let own = Language::of_build().tag();
    let (_, warnings) = parse_options(|name| (name == "lang").then(|| format!("{own}_XX")));
    assert!(warnings.is_empty(), "{warnings:?}");
    let (_, warnings) = parse_options(|name| (name == "lang").then(String::new));
    assert!(
        warnings.is_empty(),
        "an empty data-lang asks for nothing: {warnings:?}"
    );
}

#[test]
fn accents_are_hex_colours_with_a_readable_text_colour() {
    let short = Accent::parse("#FC0").expect("short hex");
    assert_eq!((short.color.as_str(), short.text), ("#ffcc00", "#000000"));
    assert_eq!(Accent::parse("#1f3a93").map(|a| a.text), Some("#ffffff"));
    for bad in [
        "", "#", "#12", "#12345", "#1234567", "#ggg", "red", "1f7a5a", "#12 45 6", "url(x)",
    ] {
        assert_eq!(Accent::parse(bad), None, "{bad}");
    }
}

#[test]
fn namespaces_keep_two_sites_apart() {
    let a = Namespace::named("site-a").unwrap();
    let b = Namespace::named("site-b").unwrap();
    assert_ne!(a.key(Slot::Checklist), b.key(Slot::Checklist));
}

proptest! {
    #[test]
    fn no_query_string_panics(query in ".{0,200}") {
        let (options, _) = from_query(&query);
        prop_assert!(!options.parts.is_empty());
    }

    #[test]
    fn no_attribute_value_panics(sections in ".{0,60}", theme in ".{0,20}", accent in "#?[0-9a-fA-F]{0,8}|.{0,12}", namespace in ".{0,40}") {
        let (options, warnings) = parse_options(|name| match name {
            "sections" => Some(sections.clone()),
            "theme" => Some(theme.clone()),
            "accent" => Some(accent.clone()),
            "namespace" => Some(namespace.clone()),
            _ => None,
        });
        prop_assert!(!options.parts.is_empty());
        prop_assert!(warnings.len() <= 4);
        for warning in warnings {
            prop_assert!(warning.message().contains(warning.option));
        }
    }
}

#[test]
fn snippets_carry_only_non_default_options() {
    use gut_skin_axis::model::{embed_query, iframe_snippet, widget_snippet, Language};
    let app = "https://example.org/gut-skin/";
    // English snippets, whichever language this build speaks (tests/embed_language.rs
    // has both).
    let defaults = EmbedOptions {
        lang: Language::English,
        ..EmbedOptions::default()
    };
    assert_eq!(embed_query(&defaults), "?embed");
    assert_eq!(
        widget_snippet(app, &defaults),
        "<div data-gut-skin data-lang=\"en\"></div>\n<script type=\"module\" src=\"https://example.org/gut-skin/widget.js\"></script>"
    );
    let (options, warnings) =
        from_query("?sections=quiz,checklist&theme=dark&accent=%23ABC&namespace=mysite");
    let options = EmbedOptions {
        lang: Language::English,
        ..options
    };
    assert!(warnings.is_empty());
    assert_eq!(
        embed_query(&options),
        "?embed&sections=quiz,checklist&theme=dark&accent=%23aabbcc&namespace=mysite"
    );
    let iframe = iframe_snippet(app, &options);
    assert!(iframe.starts_with("<iframe src=\"https://example.org/gut-skin/?embed&amp;sections=quiz,checklist&amp;theme=dark"));
    // The title is in the snippet's language (English here), whatever the build's.
    let title = "title=\"The gut–skin axis: quiz and tip checklist\"";
    assert!(iframe.contains(title), "{iframe}");
    assert!(iframe.contains("style=\"width:100%;border:0;height:640px\" loading=\"lazy\""));
    assert!(
        iframe.ends_with("<script src=\"https://example.org/gut-skin/embed.js\" async></script>")
    );
    assert_eq!(
        widget_snippet(app, &options),
        "<div data-gut-skin data-lang=\"en\" data-sections=\"quiz,checklist\" data-theme=\"dark\" data-accent=\"#aabbcc\" data-namespace=\"mysite\"></div>\n<script type=\"module\" src=\"https://example.org/gut-skin/widget.js\"></script>"
    );
}

#[test]
fn a_snippet_query_parses_back_to_the_same_options() {
    use gut_skin_axis::model::embed_query;
    let (options, _) =
        from_query("?sections=diagram,self-check&theme=light&accent=%23123456&namespace=abc");
    let (again, warnings) = from_query(&embed_query(&options));
    assert!(warnings.is_empty());
    assert_eq!(again, options);
}
