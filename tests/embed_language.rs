//! The `lang` option and the snippets in each language: an embed speaks its build's
//! language and warns of any other; the builder's snippets point at the language's own
//! page (iframe) or name it (widget), with the iframe's title in that language.
//! Runs the same under every language feature.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{
    embed_query, embed_title, iframe_snippet, page_in, parse_options, site_root, widget_snippet,
    EmbedOptions, Language, Part,
};

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
    // A region is read as its language, as widget.js and the loader read it.
    assert_eq!(Language::parse("es-MX"), Some(Language::Spanish));
    assert_eq!(Language::parse("EN-gb"), Some(Language::English));
    for unknown in ["", "fr", "english", "-es", "e", "fr-ES"] {
        assert_eq!(Language::parse(unknown), None, "{unknown:?}");
    }
    let own = gut_skin_axis::content::LANG;
    assert!(own.starts_with(Language::of_build().tag()), "{own}");
}

#[test]
fn the_builds_own_language_is_taken_silently() {
    let own = Language::of_build();
    for value in [
        own.tag().to_owned(),
        format!("{}-XX", own.tag().to_uppercase()),
    ] {
        let (options, warnings) = with_lang(&value);
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
        assert_eq!(options.lang, own);
        assert_eq!(options, EmbedOptions::default());
    }
}

#[test]
fn the_languages_are_the_sites() {
    // One list for the builder, another for the page's links: they must agree.
    let site: Vec<(&str, &str)> = gut_skin_axis::content::SITE_LANGUAGES
        .iter()
        .map(|language| (language.tag, language.folder))
        .collect();
    let built: Vec<(&str, &str)> = Language::ALL
        .into_iter()
        .map(|language| (language.tag(), language.folder()))
        .collect();
    assert_eq!(built, site);
}

#[test]
fn any_other_language_goes_on_in_the_builds_own_with_a_warning() {
    let own = Language::of_build();
    let other = Language::ALL.into_iter().find(|lang| *lang != own).unwrap();
    let other_region = format!("{}-XX", other.tag());
    for value in [other.tag(), other_region.as_str(), "fr", "fr-FR", "fr_FR"] {
        let (options, warnings) = with_lang(value);
        assert_eq!(options.lang, own, "{value:?}");
        assert_eq!(warnings.len(), 1, "{value:?}: {warnings:?}");
        let (option, message) = &warnings[0];
        assert_eq!(option, "lang");
        assert!(message.contains(&format!("lang=\"{value}\"")), "{message}");
        assert!(message.contains(&format!("\"{}\"", own.tag())), "{message}");
    }
}

#[test]
fn the_site_root_is_the_spanish_pages_parent() {
    let es = Language::Spanish;
    let en = Language::English;
    assert_eq!(site_root("https://x.org/gsa/es/", es), "https://x.org/gsa/");
    assert_eq!(
        site_root("https://x.org/gsa/es/index.html", es),
        "https://x.org/gsa/"
    );
    assert_eq!(site_root("https://x.org/es/", es), "https://x.org/");
    // Only a whole folder named es: a Spanish page served elsewhere is its own root.
    assert_eq!(
        site_root("https://x.org/notes/", es),
        "https://x.org/notes/"
    );
    assert_eq!(site_root("https://x.org/gsa/", en), "https://x.org/gsa/");
    assert_eq!(
        site_root("https://x.org/gsa/index.html", en),
        "https://x.org/gsa/"
    );
    assert_eq!(
        site_root("https://x.org/gsa/es/", en),
        "https://x.org/gsa/es/"
    );
    assert_eq!(page_in("https://x.org/gsa/", es), "https://x.org/gsa/es/");
    assert_eq!(page_in("https://x.org/gsa/", en), "https://x.org/gsa/");
}

fn options(lang: Language, parts: &[Part]) -> EmbedOptions {
    EmbedOptions {
        parts: parts.to_vec(),
        lang,
        ..EmbedOptions::default()
    }
}

const ROOT: &str = "https://example.org/gsa/";

#[test]
fn a_spanish_iframe_loads_the_spanish_folder_and_is_titled_in_spanish() {
    let spanish = options(Language::Spanish, &[Part::Quiz, Part::Checklist]);
    assert_eq!(
        iframe_snippet(ROOT, &spanish),
        "<iframe src=\"https://example.org/gsa/es/?embed&amp;sections=quiz,checklist\" title=\"El eje intestino-piel: cuestionario y lista de consejos\" style=\"width:100%;border:0;height:640px\" loading=\"lazy\"></iframe>\n<script src=\"https://example.org/gsa/embed.js\" async></script>"
    );
    let english = options(Language::English, &[Part::Quiz, Part::Checklist]);
    assert_eq!(
        iframe_snippet(ROOT, &english),
        "<iframe src=\"https://example.org/gsa/?embed&amp;sections=quiz,checklist\" title=\"The gut–skin axis: quiz and tip checklist\" style=\"width:100%;border:0;height:640px\" loading=\"lazy\"></iframe>\n<script src=\"https://example.org/gsa/embed.js\" async></script>"
    );
}

#[test]
fn titles_list_the_parts_in_the_snippets_language() {
    let title = |lang, parts: &[Part]| embed_title(&options(lang, parts));
    assert_eq!(
        title(Language::Spanish, &[Part::Article]),
        "El eje intestino-piel: artículo"
    );
    assert_eq!(
        title(
            Language::Spanish,
            &[Part::Article, Part::Diagram, Part::SelfCheck]
        ),
        "El eje intestino-piel: artículo, diagrama y autoevaluación de hábitos"
    );
    assert_eq!(
        title(
            Language::English,
            &[Part::Article, Part::Diagram, Part::SelfCheck]
        ),
        "The gut–skin axis: article, diagram and habits self-check"
    );
}

#[test]
fn a_widget_snippet_names_its_language_and_loads_the_one_widget_js() {
    for (lang, tag) in [(Language::English, "en"), (Language::Spanish, "es")] {
        let mut chosen = options(lang, &[Part::SelfCheck]);
        chosen.events = true;
        assert_eq!(
            widget_snippet(ROOT, &chosen),
            format!("<div data-gut-skin data-lang=\"{tag}\" data-sections=\"self-check\" data-events></div>\n<script type=\"module\" src=\"https://example.org/gsa/widget.js\"></script>")
        );
        // The folder, not the query, says the language: the query reads back the same.
        let query = embed_query(&chosen);
        assert!(!query.contains("lang"), "{query}");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&query.as_bytes()[1..])
            .into_owned()
            .collect();
        let (again, warnings) = parse_options(|name| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        });
        assert!(warnings.is_empty());
        assert_eq!(again.parts, chosen.parts);
        assert!(again.events);
    }
}
