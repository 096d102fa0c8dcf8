//! Build step, run natively by Trunk's post_build hook: renders the full page with
//! Yew's `ssr` feature into `<div id="app"></div>` of the built `index.html`, so the
//! article paints (and reads with JavaScript off) before any WebAssembly arrives.

#![deny(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
use gut_skin_axis::components::{App, IslandKind, IslandPlaceholders, IslandRoot, IslandRootProps};
#[cfg(not(target_arch = "wasm32"))]
use yew::prelude::*;

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
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        return ExitCode::from(2);
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
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
            yew::LocalServerRenderer::<IslandRoot>::with_props(props)
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
    // The page says which language its words are in: `en-XA` in the pseudo build, so that
    // parts kept in English (the references' titles) can say `lang="en"`.
    let html = html.replacen(
        r#"<html lang="en">"#,
        &format!(r#"<html lang="{}">"#, gut_skin_axis::content::LANG),
        1,
    );
    match std::fs::write(&path, html) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: cannot write {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
