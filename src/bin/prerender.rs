//! Build step, run natively by Trunk's post_build hook: renders the full page with
//! Yew's `ssr` feature into `<div id="app"></div>` of the built `index.html`, so the
//! article paints (and reads with JavaScript off) before any WebAssembly arrives.

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
    // Hydratable markup: the browser adopts these nodes instead of re-creating them.
    let page = runtime.block_on(
        yew::LocalServerRenderer::<gut_skin_axis::components::App>::new()
            .hydratable(true)
            .render(),
    );
    let html = html.replace(MOUNT, &format!(r#"<div id="app">{page}</div>"#));
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
