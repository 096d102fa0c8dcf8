//! Build step, run natively by `./run.sh post-build` for release builds only: puts our
//! island loader in place of Trunk's, the favicon inline, writes the offline service
//! worker, adds a Content-Security-Policy `<meta>` that allows the page's inline scripts
//! by hash (and no other inline script), writes `csp.txt`, then a `.gz` and `.br` copy
//! beside every text and wasm asset. Every edit checks that the markup it expects is there
//! exactly once, so a change in Trunk's output fails the build instead of shipping a page
//! without its CSP.
//!   `CSP_BASE=… cargo run --bin lock-down -- DIST_DIR`

#![deny(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
mod compress;
#[cfg(not(target_arch = "wasm32"))]
mod edit;
#[cfg(not(target_arch = "wasm32"))]
mod loader;
#[cfg(not(target_arch = "wasm32"))]
mod policy;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let (Some(dir), Ok(base)) = (std::env::args().nth(1), std::env::var("CSP_BASE")) else {
        eprintln!("usage: CSP_BASE=… lock-down DIST_DIR");
        return ExitCode::from(2);
    };
    match lock_down(std::path::Path::new(&dir), &base) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lock-down: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Every step in order; the first that finds the build not as expected stops it.
#[cfg(not(target_arch = "wasm32"))]
fn lock_down(dir: &std::path::Path, base: &str) -> Result<(), String> {
    let index = dir.join("index.html");
    let html = edit::read_text(&index)?;
    let html = loader::swap_loader(dir, &html)?;
    let html = policy::inline_favicon(dir, &html)?;
    loader::write_service_worker(dir)?;
    let policy = policy::content_security_policy(&html, base)?;
    let html = edit::replace_once(
        &html,
        &edit::literal(r#"<meta charset="utf-8">"#)?,
        &format!("<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
        "charset meta",
    )?;
    edit::write(&index, html.as_bytes())?;
    edit::write(&dir.join("csp.txt"), format!("{policy}\n").as_bytes())?;
    compress::compress_assets(dir)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
