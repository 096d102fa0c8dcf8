//! Build step, run natively by `./run.sh post-build` for release builds only: in each
//! language's page, puts our island loader in place of Trunk's, the favicon inline,
//! writes the offline service worker, adds a Content-Security-Policy `<meta>` that allows
//! the page's inline scripts by hash (and no other inline script), writes `csp.txt`,
//! embed.js and widget.js without their comments, then a `.gz` and `.br` copy beside
//! every text and wasm asset. Every edit checks that the markup it expects is there
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

/// Every step in order; the first that finds the build not as expected stops it. Each
/// page (the default language's in `dir`, every other language's in a folder of its own)
/// gets its own loader, service worker and policy; `csp.txt` allows every page's scripts, so
/// a host can send one header for the whole site.
#[cfg(not(target_arch = "wasm32"))]
fn lock_down(dir: &std::path::Path, base: &str) -> Result<(), String> {
    let folders = page_folders(dir)?;
    let mut pages = Vec::new();
    for folder in &folders {
        let html = edit::read_text(&folder.join("index.html"))?;
        let html = edit::strip_html_comment_lines(&html);
        let html = loader::swap_loader(folder, &html)?;
        let html = policy::inline_favicon(folder, &html)?;
        loader::write_service_worker(folder)?;
        pages.push(html);
    }
    // The publishers' scripts are the site's, beside the default language's page
    // (compressed below with it).
    for script in ["embed.js", "widget.js"] {
        loader::strip_script_comments(&dir.join(script))?;
    }
    // csp.txt, for a host that sends the policy as a header, allows every page's scripts;
    // each page's own <meta> only its own (fewer bytes in its first round trip).
    let site_policy = policy::content_security_policy(&pages.concat(), base)?;
    for (folder, html) in folders.iter().zip(pages) {
        let policy = policy::content_security_policy(&html, base)?;
        let html = edit::replace_once(
            &html,
            &edit::literal(r#"<meta charset="utf-8">"#)?,
            &format!("<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
            "charset meta",
        )?;
        edit::write(&folder.join("index.html"), html.as_bytes())?;
        compress::compress_assets(folder)?;
    }
    edit::write(&dir.join("csp.txt"), format!("{site_policy}\n").as_bytes())
}

/// `dir` and each folder directly in it that holds a page (`index.html`), sorted.
#[cfg(not(target_arch = "wasm32"))]
fn page_folders(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let listing = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    let mut folders = vec![dir.to_path_buf()];
    for entry in listing {
        let path = entry
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
            .path();
        if path.join("index.html").is_file() {
            folders.push(path);
        }
    }
    folders[1..].sort();
    Ok(folders)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
