//! "Embed this explainer": a publisher picks options, sees a live preview and copies a snippet.

use yew::prelude::*;

use gloo::timers::callback::Timeout;

use super::clipboard::copy;
use super::hooks::use_after_first_render;
use super::links::page_address;
use super::waiting::{hold_until_loaded, waiting};
use crate::content::embed as words;
use crate::content::{EMBED_TITLE, NEEDS_JAVASCRIPT};
use crate::model::{
    ChoiceAction, EmbedChoices, EmbedSnippets, Language, OptionWarning, Part, Theme,
};

const THEMES: [(Theme, &str); 3] = [
    (Theme::Auto, words::THEME_AUTO),
    (Theme::Light, words::THEME_LIGHT),
    (Theme::Dark, words::THEME_DARK),
];

fn part_label(part: Part) -> &'static str {
    match part {
        Part::Article => words::PART_ARTICLE,
        Part::Diagram => words::PART_DIAGRAM,
        Part::Quiz => words::PART_QUIZ,
        Part::SelfCheck => words::PART_SELF_CHECK,
        Part::Checklist => words::PART_CHECKLIST,
    }
}

/// A language's name in its own language (so each reads right to its speakers).
fn language_name(language: Language) -> &'static str {
    match language {
        Language::English => words::LANG_ENGLISH,
        Language::Spanish => words::LANG_SPANISH,
    }
}

fn warning_text(warning: &OptionWarning) -> &'static str {
    match warning.option {
        "sections" => words::WARN_SECTIONS,
        "accent" => words::WARN_ACCENT,
        "namespace" => words::WARN_NAMESPACE,
        _ => words::WARN_OTHER,
    }
}

/// How long the options must stay unchanged before the preview reloads with them.
const PREVIEW_SETTLE_MS: u32 = 400;

/// The embed builder section of the full page.
#[function_component]
pub fn EmbedBuilder() -> Html {
    // The page's own language first: the Spanish page makes Spanish snippets.
    let choices = use_state(|| EmbedChoices::new(Language::of_build()));
    let app_url = use_state(String::new);
    let copied = use_state(String::new);
    {
        // The page's own address, read after mounting (never during a native render).
        let app_url = app_url.clone();
        use_after_first_render(Callback::from(move |()| app_url.set(page_address())));
    }
    let EmbedSnippets {
        iframe,
        widget,
        preview,
        warnings,
    } = choices.snippets(&app_url, Language::of_build());
    // The preview follows the options once they settle: reloading it on every keystroke
    // would cut off each load mid-fetch (and flicker). The pending timer is dropped
    // (cancelled) whenever the options change again.
    // Live once the page's address is known (read after mounting).
    let live = !app_url.is_empty();
    let shown = use_state(|| None::<String>);
    {
        let shown = shown.clone();
        use_effect_with((live, preview), move |(live, preview)| {
            let preview = preview.clone();
            let timer =
                live.then(|| Timeout::new(PREVIEW_SETTLE_MS, move || shown.set(Some(preview))));
            move || drop(timer)
        });
    }
    // Every control turns its event into one action; the model works out the rest.
    let act = |action: ChoiceAction| {
        let choices = choices.clone();
        Callback::from(move |_: Event| choices.set((*choices).clone().apply(action.clone())))
    };
    let text_input = |action: fn(String) -> ChoiceAction| {
        let choices = choices.clone();
        Callback::from(move |event: InputEvent| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            choices.set((*choices).clone().apply(action(value)))
        })
    };
    html! {
        <section id="embed" class="embed-builder" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ EMBED_TITLE }</h2>
            <p class="needs-js">{ NEEDS_JAVASCRIPT }</p>
            <p>{ words::INTRO }</p>
            <form class="embed-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { group(words::LANG_LEGEND, live, Language::ALL.iter().map(|&lang| option_row(
                    "radio", Some("embed-lang"), format!("embed-lang-{}", lang.tag()),
                    (language_name(lang), Some(lang.tag())), choices.lang == lang, act(ChoiceAction::SetLang(lang)), live)).collect()) }
                { group(words::SECTIONS_LEGEND, live, Part::ALL.iter().map(|&part| option_row(
                    "checkbox", None, format!("embed-part-{}", part.name()), (part_label(part), None),
                    choices.parts.contains(&part), act(ChoiceAction::TogglePart(part)), live)).collect()) }
                { group(words::THEME_LEGEND, live, THEMES.iter().map(|&(theme, label)| option_row(
                    "radio", Some("embed-theme"), format!("embed-theme-{}", theme.name()), (label, None),
                    choices.theme == theme, act(ChoiceAction::SetTheme(theme)), live)).collect()) }
                <div class="field">
                    <label for="embed-accent">{ words::ACCENT_LABEL }</label>
                    <input id="embed-accent" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.accent.clone()} oninput={text_input(ChoiceAction::SetAccent)} />
                </div>
                <div class="field">
                    <label for="embed-namespace">{ words::NAMESPACE_LABEL }</label>
                    <input id="embed-namespace" type="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.namespace.clone()} oninput={text_input(ChoiceAction::SetNamespace)} />
                </div>
                { group(words::EVENTS_LEGEND, live, option_row("checkbox", None, "embed-events".to_owned(),
                    (words::EVENTS_OPTION, None), choices.events, act(ChoiceAction::ToggleEvents), live)) }
                <div class="form-status" role="status">
                    { for warnings.iter().map(|warning| html! { <p class="notice">{ warning_text(warning) }</p> }) }
                </div>
            </form>
            <h3>{ words::PREVIEW_HEADING }</h3>
            // The preview holds a whole explainer: Tab would take a keyboard reader through
            // all of it on the way to the snippets.
            <a class="skip-preview" href="#snippet-iframe-heading">{ words::SKIP_PREVIEW }</a>
            // No address until live and settled, so the preview loads once per choice.
            <iframe class="embed-preview" src={(*shown).clone()} title={words::PREVIEW_TITLE} loading="lazy"></iframe>
            { snippet_block("iframe", [words::IFRAME_HEADING, words::IFRAME_ABOUT, words::COPY_IFRAME], iframe, &copied, !app_url.is_empty()) }
            { snippet_block("widget", [words::WIDGET_HEADING, words::WIDGET_ABOUT, words::COPY_WIDGET], widget, &copied, !app_url.is_empty()) }
            <p class="copy-status" role="status">{ (*copied).clone() }</p>
        </section>
    }
}

/// A group of options under its legend; every group shares this one render path.
fn group(legend: &'static str, live: bool, rows: Html) -> Html {
    html! {
        <fieldset aria-disabled={waiting(live)}>
            <legend>{ legend }</legend>
            { rows }
        </fieldset>
    }
}

/// One checkbox or radio button with its label (and the label's language, for a language
/// named in its own); every option list shares this one render path.
fn option_row(
    kind: &'static str,
    name: Option<&'static str>,
    id: String,
    (label, lang): (&'static str, Option<&'static str>),
    checked: bool,
    onchange: Callback<Event>,
    live: bool,
) -> Html {
    html! {
        <div class="option" key={id.clone()}>
            <input type={kind} {name} id={id.clone()} {checked} {onchange}
                aria-disabled={waiting(live)} onclick={hold_until_loaded(live)} />
            <label for={id} {lang}>{ label }</label>
        </div>
    }
}

/// One snippet: its heading, the line under it and its copy button's words (in that
/// order), then its text.
fn snippet_block(
    kind: &'static str,
    [title, about, copy_label]: [&'static str; 3],
    text: String,
    copied: &UseStateHandle<String>,
    live: bool,
) -> Html {
    let id = format!("snippet-{kind}");
    let on_copy = {
        let (copied, text, id) = (copied.clone(), text.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            if live {
                copy(&id, &text, copied.clone());
            }
        })
    };
    html! {
        <>
            <h3 id={format!("{id}-heading")}>{ title }</h3>
            <p>{ about }</p>
            // Code, not words: the same in every language (`translate="no"`).
            <textarea id={id.clone()} class="snippet" readonly=true rows="4" spellcheck="false" translate="no"
                aria-labelledby={format!("{id}-heading")} value={text} />
            <button type="button" onclick={on_copy} aria-disabled={waiting(live)}>{ copy_label }</button>
        </>
    }
}
