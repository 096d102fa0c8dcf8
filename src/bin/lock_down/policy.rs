//! The page's favicon inline, and its Content-Security-Policy with the inline scripts' hashes.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

use crate::edit;

/// Puts the favicon inline (a few hundred bytes): its own request would put a reader who
/// only reads over the budget of four requests, now that the service worker's script is
/// one of them.
pub fn inline_favicon(dir: &Path, html: &str) -> Result<String, String> {
    let icon = edit::pattern(r#"<link rel="icon" href="\./(favicon-[0-9a-f]+\.svg)"[^>]*>"#)?;
    let url = match icon.captures(html) {
        Some(found) => {
            let svg = edit::read_text(&dir.join(&found[1]))?;
            format!("data:image/svg+xml,{}", escape_for_data_url(svg.trim()))
        }
        None => String::new(),
    };
    edit::replace_once(
        html,
        &icon,
        &format!("<link rel=\"icon\" href=\"{url}\">"),
        "favicon link",
    )
}

/// SVG markup for a double-quoted `data:` URL: single quotes inside, and the characters
/// a URL cannot carry as they are percent-encoded.
fn escape_for_data_url(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    for c in svg.chars() {
        match c {
            '"' => out.push('\''),
            '%' | '#' | '<' | '>' | '\n' => out.push_str(&format!("%{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// `base` with every inline script of `html` allowed by its hash, and no other inline script.
pub fn content_security_policy(html: &str, base: &str) -> Result<String, String> {
    let script = edit::pattern(r"<script([^>]*)>([\s\S]*?)</script>")?;
    let external = edit::pattern(r"\bsrc=")?;
    let mut hashes: Vec<String> = script
        .captures_iter(html)
        .filter(|found| !external.is_match(&found[1]))
        .map(|found| {
            format!(
                "'sha256-{}'",
                STANDARD.encode(Sha256::digest(found[2].as_bytes()))
            )
        })
        .collect();
    // The same script in two pages is allowed once.
    let mut seen = std::collections::BTreeSet::new();
    hashes.retain(|hash| seen.insert(hash.clone()));
    if hashes.is_empty() {
        return Err("no inline script found to hash".into());
    }
    const SCRIPT_SRC: &str = "script-src 'self' 'wasm-unsafe-eval'";
    if !base.contains(SCRIPT_SRC) {
        return Err(format!("CSP_BASE lacks \"{SCRIPT_SRC}\""));
    }
    if !base.contains("worker-src 'self'") {
        return Err("CSP_BASE lacks \"worker-src 'self'\" (the offline service worker)".into());
    }
    Ok(base.replacen(SCRIPT_SRC, &format!("{SCRIPT_SRC} {}", hashes.join(" ")), 1))
}
