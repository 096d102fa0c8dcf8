//! Build step, run natively by Trunk's post_build hook: renders the full page with
//! Yew's `ssr` feature into `<div id="app"></div>` of the built `index.html`, so the
//! article paints (and reads with JavaScript off) before any WebAssembly arrives. It also
//! writes the document's words (`lang`, title, description, noscript line) from
//! `src/content` into the page's `@NAME@` placeholders, and its `<link rel="alternate">`
//! entries for every language into `@ALTERNATES@`, and with `--widget widget.js` the
//! widget loader's words into its `'@NAME@'` placeholders; a placeholder missing, or there
//! twice, fails the build.
//!
//!   prerender path/to/index.html [--widget path/to/widget.js]

#![deny(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
use gut_skin_axis::components::{
    App, BuildTime, IslandKind, IslandPlaceholders, IslandRoot, IslandRootProps,
};
#[cfg(not(target_arch = "wasm32"))]
use yew::prelude::*;

/// One island as the build prerenders it: without what only a live page uses (`BuildTime`).
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
fn PrerenderedIsland(props: &IslandRootProps) -> Html {
    html! {
        <ContextProvider<BuildTime> context={BuildTime}>
            <IslandRoot kind={props.kind} namespace={props.namespace.clone()} links={props.links.clone()} on_rendered={props.on_rendered.clone()} />
        </ContextProvider<BuildTime>>
    }
}

/// The page with empty island containers, for the islands to be filled in one by one.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
fn StaticPage() -> Html {
    html! {
        <ContextProvider<IslandPlaceholders> context={IslandPlaceholders}>
            <App />
        </ContextProvider<IslandPlaceholders>>
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    const MOUNT: &str = r#"<div id="app"></div>"#;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, widget) = match args.as_slice() {
        [path] => (path, None),
        [path, flag, widget] if flag == "--widget" => (path, Some(widget)),
        _ => {
            eprintln!("usage: prerender path/to/index.html [--widget path/to/widget.js]");
            return ExitCode::from(2);
        }
    };
    // Checked before anything is written, so a refused file leaves both as they were.
    let script = widget.map(|widget| {
        std::fs::read_to_string(widget)
            .map_err(|error| format!("cannot read {widget}: {error}"))
            .and_then(|script| fill(&script, &widget_words(), js_string))
            .map_err(|problem| format!("{widget}: {problem}"))
    });
    let script = match script.transpose() {
        Ok(script) => script,
        Err(problem) => {
            eprintln!("prerender: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let html = match std::fs::read_to_string(path) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    // The alternates are markup, written by the model, not words to escape.
    let alternates = gut_skin_axis::model::alternate_links();
    let html = fill(&html, &document_words(), html_text).and_then(|html| {
        fill(
            &html,
            &[("@ALTERNATES@", alternates.as_str())],
            str::to_owned,
        )
    });
    let html = match html {
        Ok(html) => html,
        Err(problem) => {
            eprintln!("prerender: {path}: {problem}");
            return ExitCode::FAILURE;
        }
    };
    if html.matches(MOUNT).count() != 1 {
        eprintln!("prerender: {path} must contain exactly one empty {MOUNT}");
        return ExitCode::FAILURE;
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("prerender: no async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    // The page is static HTML. Each island is rendered on its own into its container, so
    // that the browser can swap each one for its live twin on its own.
    let mut page = runtime.block_on(
        yew::LocalServerRenderer::<StaticPage>::new()
            .hydratable(false)
            .render(),
    );
    for kind in IslandKind::ALL {
        let props = IslandRootProps {
            kind,
            namespace: Default::default(),
            links: None,
            on_rendered: Default::default(),
        };
        let island = runtime.block_on(
            yew::LocalServerRenderer::<PrerenderedIsland>::with_props(props)
                .hydratable(false)
                .render(),
        );
        // The container is `<div … data-island="NAME" …></div>`, attributes in any order.
        let marker = format!(r#"data-island="{}""#, kind.name());
        let inside = page.find(&marker).and_then(|at| {
            let empty = page[at..].find("></div>")?;
            Some(at + empty + 1)
        });
        let Some(inside) = inside else {
            eprintln!("prerender: no empty container with {marker} in the page");
            return ExitCode::FAILURE;
        };
        page.insert_str(inside, &island);
    }
    let html = html.replace(MOUNT, &format!(r#"<div id="app">{page}</div>"#));
    if let (Some(widget), Some(script)) = (widget, script) {
        if let Err(error) = std::fs::write(widget, script) {
            eprintln!("prerender: cannot write {widget}: {error}");
            return ExitCode::FAILURE;
        }
    }
    match std::fs::write(path, html) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: cannot write {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The page's placeholders and the words for them (escaped by `fill`).
#[cfg(not(target_arch = "wasm32"))]
fn document_words() -> [(&'static str, &'static str); 4] {
    use gut_skin_axis::content::{document, LANG};
    [
        ("@LANG@", LANG),
        ("@TITLE@", document::TITLE),
        ("@DESCRIPTION@", document::DESCRIPTION),
        ("@NOSCRIPT@", document::NOSCRIPT),
    ]
}

/// The widget loader's placeholders for this build's language (JavaScript strings, quotes
/// included, e.g. `'@TRY_AGAIN:es@'`) and their words: widget.js holds every language's.
#[cfg(not(target_arch = "wasm32"))]
fn widget_words() -> [(String, &'static str); 2] {
    use gut_skin_axis::content::{document, TRY_AGAIN};
    let tag = gut_skin_axis::model::current_language().tag;
    [
        (
            format!("'@WIDGET_COULD_NOT_LOAD:{tag}@'"),
            document::WIDGET_COULD_NOT_LOAD,
        ),
        (format!("'@TRY_AGAIN:{tag}@'"), TRY_AGAIN),
    ]
}

/// `text` with each placeholder replaced by its words, written by `write`; an error naming
/// the first placeholder that is missing or there more than once.
#[cfg(not(target_arch = "wasm32"))]
fn fill<P: AsRef<str>>(
    text: &str,
    words: &[(P, &str)],
    write: fn(&str) -> String,
) -> Result<String, String> {
    let mut text = text.to_owned();
    for (placeholder, words) in words {
        let placeholder = placeholder.as_ref();
        let found = text.matches(placeholder).count();
        if found != 1 {
            return Err(format!(
                "expected {placeholder} once, found it {found} times"
            ));
        }
        text = text.replacen(placeholder, &write(words), 1);
    }
    Ok(text)
}

/// Words as HTML text or a double-quoted attribute value.
#[cfg(not(target_arch = "wasm32"))]
fn html_text(words: &str) -> String {
    words
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Words as a JavaScript string literal (single-quoted, as the file around it writes them).
#[cfg(not(target_arch = "wasm32"))]
fn js_string(words: &str) -> String {
    let mut literal = String::from("'");
    for c in words.chars() {
        match c {
            '\\' => literal.push_str("\\\\"),
            '\'' => literal.push_str("\\'"),
            '\n' => literal.push_str("\\n"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                literal.push_str(&format!("\\u{{{:04x}}}", u32::from(c)))
            }
            c => literal.push(c),
        }
    }
    literal.push('\'');
    literal
}

#[cfg(target_arch = "wasm32")]
fn main() {}
