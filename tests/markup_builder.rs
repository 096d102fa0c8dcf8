//! The snippet builder's language choice as prerendered: native radios in a fieldset with
//! a legend, each language named in its own language and marked with it, the page's own
//! language chosen, and the widget snippet naming it.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use gut_skin_axis::components::EmbedBuilder;
use gut_skin_axis::content::embed::{LANG_ENGLISH, LANG_LEGEND, LANG_SPANISH};
use gut_skin_axis::model::Language;
use support_html::{one, parse, select, select_in, text};
use yew::LocalServerRenderer;

#[tokio::test]
async fn the_builder_offers_each_language_in_its_own_words_and_starts_with_the_pages() {
    let doc = parse(&LocalServerRenderer::<EmbedBuilder>::new().render().await);
    let radios = select(&doc, "input[type=\"radio\"][name=\"embed-lang\"]");
    assert_eq!(radios.len(), Language::ALL.len());
    let fieldset = select(&doc, "fieldset")
        .into_iter()
        .find(|fieldset| !select_in(*fieldset, "[name=\"embed-lang\"]").is_empty())
        .expect("the radios sit in a fieldset");
    assert_eq!(text(select_in(fieldset, "legend")[0]), LANG_LEGEND);
    for (lang, name) in [
        (Language::English, LANG_ENGLISH),
        (Language::Spanish, LANG_SPANISH),
    ] {
        let tag = lang.tag();
        let label = one(&doc, &format!("label[for=\"embed-lang-{tag}\"]"));
        assert_eq!(label.value().attr("lang"), Some(tag));
        assert_eq!(text(label), name);
        let radio = one(&doc, &format!("#embed-lang-{tag}"));
        assert_eq!(
            radio.value().attr("checked").is_some(),
            lang == Language::of_build(),
            "the page's own language is chosen first"
        );
    }
    assert_eq!(LANG_ENGLISH, "English", "named in English in every build");
    assert_eq!(LANG_SPANISH, "Español", "named in Spanish in every build");
    let widget = one(&doc, "#snippet-widget");
    let snippet = widget
        .value()
        .attr("value")
        .map_or_else(|| text(widget), str::to_owned);
    assert!(
        snippet.contains(&format!("data-lang=\"{}\"", Language::of_build().tag())),
        "{snippet}"
    );
}
