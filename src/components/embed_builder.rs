//! "Embed this explainer": a publisher picks options, sees a live preview and copies a snippet.

use yew::prelude::*;

use gloo::timers::callback::Timeout;

use super::clipboard::copy;
use super::hooks::use_after_first_render;
use super::links::page_address;
use super::waiting::{hold_until_loaded, waiting};
use crate::content::embed as words;
use crate::content::{needs_javascript, EMBED_BUILDER_PART, EMBED_TITLE};
use crate::model::{
    embed_query, embed_url, iframe_snippet, parse_options, site_root, widget_snippet, EmbedOptions,
    Language, OptionWarning, Part, Theme,
};
use crate::storage::Namespace;

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

/// The publisher's choices, as typed.
#[derive(Clone, PartialEq)]
struct Choices {
    parts: Vec<Part>,
    theme: Theme,
    accent: String,
    namespace: String,
    events: bool,
    lang: Language,
}

impl Choices {
    /// Validates the choices exactly as an embed would read them.
    /// The language is set after parsing: an embed would refuse one not its build's.
    fn options(&self) -> (EmbedOptions, Vec<OptionWarning>) {
        let sections: Vec<&str> = self.parts.iter().map(|part| part.name()).collect();
        let (options, warnings) = parse_options(|name| match name {
            "sections" => Some(sections.join(",")),
            "theme" => Some(self.theme.name().to_owned()),
            "accent" => Some(self.accent.clone()).filter(|value| !value.trim().is_empty()),
            "namespace" => Some(self.namespace.clone()).filter(|value| !value.trim().is_empty()),
            "events" => self.events.then(String::new),
            _ => None,
        });
        let options = EmbedOptions {
            lang: self.lang,
            ..options
        };
        (options, warnings)
    }
}

/// How long the options must stay unchanged before the preview reloads with them.
const PREVIEW_SETTLE_MS: u32 = 400;

/// The embed builder section of the full page.
#[function_component]
pub fn EmbedBuilder() -> Html {
    let choices = use_state(|| Choices {
        parts: Part::ALL.to_vec(),
        theme: Theme::Auto,
        accent: String::new(),
        namespace: String::new(),
        events: false,
        // The page's own language first: the Spanish page makes Spanish snippets.
        lang: Language::of_build(),
    });
    let app_url = use_state(String::new);
    let copied = use_state(String::new);
    {
        // The page's own address, read after mounting (never during a native render).
        let app_url = app_url.clone();
        use_after_first_render(Callback::from(move |()| app_url.set(page_address())));
    }
    let (options, warnings) = choices.options();
    // The site's root: the Spanish page is in its `es/` folder.
    let root = site_root(&app_url, Language::of_build());
    let iframe = iframe_snippet(root, &options);
    let widget = widget_snippet(root, &options);
    // The preview keeps its data apart from this page's own.
    let preview_options = match options.namespace.name() {
        Some(_) => options.clone(),
        None => EmbedOptions {
            namespace: Namespace::named("embed-preview").unwrap_or_default(),
            ..options.clone()
        },
    };
    // In the snippets' language (another's is in its own folder), as they make it.
    let preview = match options.lang == Language::of_build() {
        true => format!("./{}", embed_query(&preview_options)),
        false => embed_url(root, &preview_options),
    };
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
    let update = |change: fn(&mut Choices, String)| {
        let choices = choices.clone();
        Callback::from(move |value: String| {
            let mut next = (*choices).clone();
            change(&mut next, value);
            choices.set(next);
        })
    };
    let toggle_part = |part: Part| {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            let mut next = (*choices).clone();
            if let Some(at) = next.parts.iter().position(|p| *p == part) {
                next.parts.remove(at);
            } else {
                next.parts.push(part);
                crate::model::sort_small(&mut next.parts);
            }
            choices.set(next);
        })
    };
    let set_theme = |theme: Theme| {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            choices.set(Choices {
                theme,
                ..(*choices).clone()
            })
        })
    };
    let set_lang = |lang: Language| {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            choices.set(Choices {
                lang,
                ..(*choices).clone()
            })
        })
    };
    let toggle_events = {
        let choices = choices.clone();
        Callback::from(move |_: Event| {
            choices.set(Choices {
                events: !choices.events,
                ..(*choices).clone()
            })
        })
    };
    let text_input = |callback: Callback<String>| {
        Callback::from(move |event: InputEvent| {
            callback.emit(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    html! {
        <section id="embed" class="embed-builder" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ EMBED_TITLE }</h2>
            <p class="needs-js">{ needs_javascript(EMBED_BUILDER_PART) }</p>
            <p>{ words::INTRO }</p>
            <form class="embed-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { group(words::LANG_LEGEND, live, Language::ALL.iter().map(|&lang| option_row(
                    "radio", Some("embed-lang"), format!("embed-lang-{}", lang.tag()),
                    (language_name(lang), Some(lang.tag())), choices.lang == lang, set_lang(lang), live)).collect()) }
                { group(words::SECTIONS_LEGEND, live, Part::ALL.iter().map(|&part| option_row(
                    "checkbox", None, format!("embed-part-{}", part.name()), (part_label(part), None),
                    choices.parts.contains(&part), toggle_part(part), live)).collect()) }
                { group(words::THEME_LEGEND, live, THEMES.iter().map(|&(theme, label)| option_row(
                    "radio", Some("embed-theme"), format!("embed-theme-{}", theme.name()), (label, None),
                    choices.theme == theme, set_theme(theme), live)).collect()) }
                <div class="field">
                    <label for="embed-accent">{ words::ACCENT_LABEL }</label>
                    <input id="embed-accent" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.accent.clone()} oninput={text_input(update(|c, v| c.accent = v))} />
                </div>
                <div class="field">
                    <label for="embed-namespace">{ words::NAMESPACE_LABEL }</label>
                    <input id="embed-namespace" type="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.namespace.clone()} oninput={text_input(update(|c, v| c.namespace = v))} />
                </div>
                { group(words::EVENTS_LEGEND, live, option_row("checkbox", None, "embed-events".to_owned(),
                    (words::EVENTS_OPTION, None), choices.events, toggle_events, live)) }
                <div class="form-status" role="status">
                    { for warnings.iter().map(|warning| html! { <p class="notice">{ warning_text(warning) }</p> }) }
                </div>
            </form>
            <h3>{ words::PREVIEW_HEADING }</h3>
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
