//! "Embed this explainer": a publisher picks options, sees a live preview and copies a snippet.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use gloo::timers::callback::Timeout;

use super::hooks::use_after_first_render;
use super::links::page_address;
use super::waiting::{hold_until_loaded, waiting};
use crate::content::{needs_javascript, EMBED_BUILDER_PART, EMBED_TITLE};
use crate::model::{
    embed_query, iframe_snippet, parse_options, widget_snippet, EmbedOptions, OptionWarning, Part,
    Theme,
};
use crate::storage::Namespace;

const THEMES: [(Theme, &str); 3] = [
    (Theme::Auto, "Follow the reader's setting"),
    (Theme::Light, "Light"),
    (Theme::Dark, "Dark"),
];

fn part_label(part: Part) -> &'static str {
    match part {
        Part::Article => "Article and references",
        Part::Diagram => "Diagram",
        Part::Quiz => "Knowledge quiz",
        Part::SelfCheck => "Habits self-check",
        Part::Checklist => "Tip checklist",
    }
}

fn warning_text(warning: &OptionWarning) -> &'static str {
    match warning.option {
        "sections" => "Choose at least one section; until then the snippet shows them all.",
        "accent" => "The accent colour must look like #1f7a5a; until then the default is used.",
        "namespace" => "A namespace may use a–z, 0–9, - and _ (up to 32); until then none is used.",
        _ => "One option was not understood; its default is used.",
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
}

impl Choices {
    /// Validates the choices exactly as an embed would read them.
    fn options(&self) -> (EmbedOptions, Vec<OptionWarning>) {
        let sections: Vec<&str> = self.parts.iter().map(|part| part.name()).collect();
        parse_options(|name| match name {
            "sections" => Some(sections.join(",")),
            "theme" => Some(self.theme.name().to_owned()),
            "accent" => Some(self.accent.clone()).filter(|value| !value.trim().is_empty()),
            "namespace" => Some(self.namespace.clone()).filter(|value| !value.trim().is_empty()),
            "events" => self.events.then(String::new),
            _ => None,
        })
    }
}

/// The label of the events option (docs/embedding.md says what is sent).
const EVENTS_OPTION_LABEL: &str = "Tell my page when a reader finishes the quiz or self-check (band only) and how many tips are ticked";

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
    });
    let app_url = use_state(String::new);
    let copied = use_state(String::new);
    {
        // The page's own address, read after mounting (never during a native render).
        let app_url = app_url.clone();
        use_after_first_render(Callback::from(move |()| app_url.set(page_address())));
    }
    let (options, warnings) = choices.options();
    let iframe = iframe_snippet(&app_url, &options);
    let widget = widget_snippet(&app_url, &options);
    // The preview keeps its data apart from this page's own.
    let preview_options = match options.namespace.name() {
        Some(_) => options.clone(),
        None => EmbedOptions {
            namespace: Namespace::named("embed-preview").unwrap_or_default(),
            ..options.clone()
        },
    };
    let preview = format!("./{}", embed_query(&preview_options));
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
            <p>{ "Publishers can put the whole explainer, or just its quiz, self-check or checklist, into their own pages. Choose what to show, check the preview, then copy a snippet. Readers' answers and ticks stay in their own browser. Unless you turn on events below, nothing is sent to you or to anyone else; with them, your page learns only when readers finish the quiz or the self-check (the result band) and how many tips they tick." }</p>
            <form class="embed-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <fieldset aria-disabled={waiting(live)}>
                    <legend>{ "Sections to show" }</legend>
                    { for Part::ALL.iter().map(|&part| option_row(
                        "checkbox", None, format!("embed-part-{}", part.name()), part_label(part),
                        choices.parts.contains(&part), toggle_part(part), live)) }
                </fieldset>
                <fieldset aria-disabled={waiting(live)}>
                    <legend>{ "Theme" }</legend>
                    { for THEMES.iter().map(|&(theme, label)| option_row(
                        "radio", Some("embed-theme"), format!("embed-theme-{}", theme.name()), label,
                        choices.theme == theme, set_theme(theme), live)) }
                </fieldset>
                <div class="field">
                    <label for="embed-accent">{ "Accent colour (optional, for example #1f7a5a)" }</label>
                    <input id="embed-accent" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.accent.clone()} oninput={text_input(update(|c, v| c.accent = v))} />
                </div>
                <div class="field">
                    <label for="embed-namespace">{ "Storage namespace (optional, for example mysite)" }</label>
                    <input id="embed-namespace" type="text" autocomplete="off" spellcheck="false"
                        aria-disabled={waiting(live)} readonly={!live} value={choices.namespace.clone()} oninput={text_input(update(|c, v| c.namespace = v))} />
                </div>
                <fieldset aria-disabled={waiting(live)}>
                    <legend>{ "Events for your page" }</legend>
                    { option_row("checkbox", None, "embed-events".to_owned(), EVENTS_OPTION_LABEL,
                        choices.events, toggle_events, live) }
                </fieldset>
                <div class="form-status" role="status">
                    { for warnings.iter().map(|warning| html! { <p class="notice">{ warning_text(warning) }</p> }) }
                </div>
            </form>
            <h3>{ "Preview" }</h3>
            // No address until live and settled, so the preview loads once per choice.
            <iframe class="embed-preview" src={(*shown).clone()} title="Preview of the embed" loading="lazy"></iframe>
            { snippet_block("iframe", "The iframe snippet (recommended)", "Works on any page. With embed.js the frame grows and shrinks with its content; without it, the frame keeps its height and scrolls.", iframe, &copied, !app_url.is_empty()) }
            { snippet_block("widget", "The direct-mount snippet", "For pages that want no iframe: the parts mount in the page itself, styled in their own shadow root. Your host must serve this app's files with CORS allowed (see docs/hosting.md in its source).", widget, &copied, !app_url.is_empty()) }
            <p class="copy-status" role="status">{ (*copied).clone() }</p>
        </section>
    }
}

/// One checkbox or radio button with its label; both option lists share this one render path.
fn option_row(
    kind: &'static str,
    name: Option<&'static str>,
    id: String,
    label: &'static str,
    checked: bool,
    onchange: Callback<Event>,
    live: bool,
) -> Html {
    html! {
        <div class="option" key={id.clone()}>
            <input type={kind} {name} id={id.clone()} {checked} {onchange}
                aria-disabled={waiting(live)} onclick={hold_until_loaded(live)} />
            <label for={id}>{ label }</label>
        </div>
    }
}

fn snippet_block(
    kind: &'static str,
    title: &'static str,
    about: &'static str,
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
            <button type="button" onclick={on_copy} aria-disabled={waiting(live)}>{ format!("Copy the {kind} snippet") }</button>
        </>
    }
}

/// What the reader is told when the snippet is selected for them to copy by hand.
const SELECTED_FOR_COPY: &str =
    "Copying is not available here, so the snippet is selected: press Ctrl+C (or ⌘C) to copy it.";

/// Copies through the Clipboard API; where that is missing or refused, selects the text instead.
fn copy(id: &str, text: &str, copied: UseStateHandle<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let select = {
        let id = id.to_owned();
        let window = window.clone();
        move || {
            let area = window
                .document()
                .and_then(|document| document.get_element_by_id(&id))
                .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok());
            if let Some(area) = area {
                let _ = area.focus();
                area.select();
            }
        }
    };
    let Some(promise) = clipboard_write(&window, text) else {
        select();
        copied.set(SELECTED_FOR_COPY.to_owned());
        return;
    };
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => copied.set("Copied. Paste it into your page's HTML.".to_owned()),
            Err(_) => {
                select();
                copied.set(SELECTED_FOR_COPY.to_owned());
            }
        }
    });
}

/// The promise of `navigator.clipboard.writeText(text)`, or `None` where the API is
/// missing (plain http, some frames) or throws. Called through `Reflect` so that a
/// missing API or a thrown error comes back as a value, never as an exception in the wasm.
fn clipboard_write(window: &web_sys::Window, text: &str) -> Option<js_sys::Promise> {
    let clipboard =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
