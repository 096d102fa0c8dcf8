//! The snippet builder's state machine: each action changes one choice, parts keep the
//! page's order, and the snippets and preview follow the choices as an embed reads them.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{ChoiceAction, EmbedChoices, Language, Part, Theme, PREVIEW_NAMESPACE};

const PAGE: &str = "https://example.org/explainer/";

#[test]
fn a_new_builder_shows_every_part_in_the_page_language() {
    let choices = EmbedChoices::new(Language::Spanish);
    assert_eq!(choices.parts, Part::ALL.to_vec());
    assert_eq!(
        (choices.theme, choices.lang, choices.events),
        (Theme::Auto, Language::Spanish, false)
    );
    let (options, warnings) = choices.options();
    assert!(warnings.is_empty());
    assert_eq!(options.lang, Language::Spanish);
}

#[test]
fn toggling_a_part_hides_it_and_brings_it_back_in_page_order() {
    let choices = EmbedChoices::new(Language::English)
        .apply(ChoiceAction::TogglePart(Part::Quiz))
        .apply(ChoiceAction::TogglePart(Part::Article));
    assert!(!choices.parts.contains(&Part::Quiz) && !choices.parts.contains(&Part::Article));
    let choices = choices
        .apply(ChoiceAction::TogglePart(Part::Quiz))
        .apply(ChoiceAction::TogglePart(Part::Article));
    assert_eq!(choices.parts, Part::ALL.to_vec());
}

#[test]
fn each_action_changes_only_its_own_choice() {
    let start = EmbedChoices::new(Language::English);
    let themed = start.clone().apply(ChoiceAction::SetTheme(Theme::Dark));
    assert_eq!(
        themed,
        EmbedChoices {
            theme: Theme::Dark,
            ..start.clone()
        }
    );
    let events = start.clone().apply(ChoiceAction::ToggleEvents);
    assert_eq!(
        events,
        EmbedChoices {
            events: true,
            ..start.clone()
        }
    );
    assert_eq!(events.apply(ChoiceAction::ToggleEvents), start);
    let typed = start
        .clone()
        .apply(ChoiceAction::SetAccent("#123456".into()))
        .apply(ChoiceAction::SetNamespace("blog".into()))
        .apply(ChoiceAction::SetLang(Language::Spanish));
    assert_eq!(
        (typed.accent.as_str(), typed.namespace.as_str()),
        ("#123456", "blog")
    );
    assert_eq!(typed.lang, Language::Spanish);
}

#[test]
fn a_bad_accent_warns_as_an_embed_would_and_is_left_out() {
    let choices =
        EmbedChoices::new(Language::English).apply(ChoiceAction::SetAccent("red;x".into()));
    let (options, warnings) = choices.options();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].option, "accent");
    assert!(options.accent.is_none());
    let made = choices.snippets(PAGE, Language::English);
    assert!(!made.iframe.contains("accent"));
    assert_eq!(
        made.warnings, warnings,
        "the snippets carry the same warnings"
    );
}

#[test]
fn the_preview_keeps_its_own_data_unless_a_namespace_is_chosen() {
    let choices =
        EmbedChoices::new(Language::English).apply(ChoiceAction::TogglePart(Part::Article));
    let preview = choices.snippets(PAGE, Language::English).preview;
    assert!(preview.starts_with("./?embed"), "{preview}");
    assert!(
        preview.contains(&format!("namespace={PREVIEW_NAMESPACE}")),
        "{preview}"
    );
    let named = choices.apply(ChoiceAction::SetNamespace("blog".into()));
    let preview = named.snippets(PAGE, Language::English).preview;
    assert!(
        preview.contains("namespace=blog") && !preview.contains(PREVIEW_NAMESPACE),
        "{preview}"
    );
}

#[test]
fn snippets_in_another_language_point_at_its_folder() {
    let spanish =
        EmbedChoices::new(Language::English).apply(ChoiceAction::SetLang(Language::Spanish));
    let made = spanish.snippets(PAGE, Language::English);
    assert!(
        made.preview
            .starts_with("https://example.org/explainer/es/?embed"),
        "{}",
        made.preview
    );
    assert!(
        made.iframe
            .contains("https://example.org/explainer/es/?embed"),
        "{}",
        made.iframe
    );
    // From the Spanish page, the site's root is the folder above es/.
    let english =
        EmbedChoices::new(Language::Spanish).apply(ChoiceAction::SetLang(Language::English));
    let made = english.snippets("https://example.org/explainer/es/", Language::Spanish);
    assert!(
        made.iframe.contains("https://example.org/explainer/?embed"),
        "{}",
        made.iframe
    );
    assert!(
        made.widget
            .contains("https://example.org/explainer/widget.js"),
        "{}",
        made.widget
    );
}
