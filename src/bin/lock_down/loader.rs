//! Our island loader in place of Trunk's, and the offline service worker beside it.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

use crate::edit;

/// The loader, with `'@GLUE@'`, `'@WASM@'` and `'@WASM_INTEGRITY@'` to fill in.
const ISLAND_LOADER: &str = include_str!("../../../static/island-loader.js");
/// The embed's language move, put at the top of the loader (it defines `embed`).
const EMBED_LANGUAGE: &str = include_str!("../../../static/embed-language.js");
/// Keeps the place a reader jumped to in view while parts go live, after `EMBED_LANGUAGE`.
const KEEP_TARGET: &str = include_str!("../../../static/keep-target.js");
/// The service worker, copied as it is (less its comments).
const SERVICE_WORKER: &str = include_str!("../../../static/service-worker.js");

/// Trunk's loader, which imports the glue (first group) and the wasm (second) at once.
const TRUNK_LOADER: &str = r#"<script type="module">\s*import init, \* as bindings from '(\./[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\./[^']+_bg\.wasm)' \}\);[\s\S]*?</script>"#;

// It is imported after load and after the first contentful paint: a request that starts
// before that paint is counted against it (Lighthouse's simulated FCP rose 755 to 830 ms).
// An embed view is hidden until the wasm builds it, so it cannot wait for a paint; nor
// can a page whose #app holds no islands (never prerendered: the shell names the cause).
// A tap on a part's control before the loader is in (a slow connection) is held back, so
// a box does not look ticked and then untick, and handed to the loader, which it brings
// in at once and which carries the tap out once the part is live (`gsaIn`: it has come).
// Written as the rest is: brotli packs its long names, which the page repeats, better
// than short ones (measured 40 bytes less than a minified copy).
const BOOTSTRAP: &str = r"const go = () => import('./@LOADER@');
addEventListener('click', (event) => { if (!window.gsaIn && event.target.closest('#app [data-island] :is(button, input, summary)')) { event.preventDefault(); window.gsaTap = event; go(); } }, true);
const afterPaint = () => document.documentElement.hasAttribute('data-embed') || !document.querySelector('#app [data-island]') || !window.PerformanceObserver?.supportedEntryTypes?.includes('paint') ? go()
  : new PerformanceObserver((list, seen) => { if (list.getEntriesByName('first-contentful-paint').length) { seen.disconnect(); go(); } }).observe({ type: 'paint', buffered: true });
if (document.readyState === 'complete') afterPaint(); else addEventListener('load', afterPaint, { once: true });";

/// Swaps Trunk's loader for ours. Trunk's imports the glue and the wasm at once; ours
/// (static/island-loader.js) fetches them only when an island is about to be seen, after
/// the largest content has painted, so a reader who only reads downloads only what they read.
pub fn swap_loader(dir: &Path, html: &str) -> Result<String, String> {
    let preload = edit::pattern(r#"<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>"#)?;
    let html = edit::replace_once(html, &preload, "", "wasm preload link")?;
    let modulepreload = edit::pattern(r#"<link rel="modulepreload" href="[^"]+\.js"[^>]*>"#)?;
    let html = modulepreload.replace_all(&html, "").into_owned();
    // Trunk keeps the attribute that asked it for the stylesheet's integrity; it did its work.
    let html = html.replacen(r#" data-integrity="sha256""#, "", 1);

    let trunk_loader = edit::pattern(TRUNK_LOADER)?;
    let found: Vec<_> = trunk_loader.captures_iter(&html).collect();
    let [found] = found.as_slice() else {
        return Err(format!(
            "expected exactly one Trunk loader in index.html, found {}",
            found.len()
        ));
    };
    let (glue, wasm) = (&found[1], &found[2]);
    let slots = ["'@GLUE@'", "'@WASM@'", "'@WASM_INTEGRITY@'"];
    if slots
        .iter()
        .any(|slot| ISLAND_LOADER.matches(slot).count() != 1)
    {
        return Err(
            "island-loader.js must hold one each of '@GLUE@', '@WASM@' and '@WASM_INTEGRITY@'"
                .into(),
        );
    }
    // The code is fetched later, but still checked: the import map gives the glue its
    // integrity (it applies to dynamic imports too), and the loader fetches the wasm with its own.
    // Every comment line goes, indented ones too: none of these scripts has a string
    // that runs over several lines, and each note costs a slow reader's bytes.
    let loader = (edit::strip_indented_comment_lines(EMBED_LANGUAGE)
        + &edit::strip_indented_comment_lines(KEEP_TARGET)
        + &edit::strip_indented_comment_lines(ISLAND_LOADER))
        .replacen("'@GLUE@'", &edit::json_string(glue), 1)
        .replacen("'@WASM@'", &edit::json_string(wasm), 1)
        .replacen(
            "'@WASM_INTEGRITY@'",
            &edit::json_string(&integrity(dir, wasm)?),
            1,
        );
    // The loader is its own small file, fetched once the page has loaded: the page's HTML
    // must fit in the first round trip (about 14 kB gzip on a new connection), and nothing
    // may compete with it before first paint; measured, either cost first paint 150–200 ms.
    let digest = Sha256::digest(loader.as_bytes());
    let hex: String = digest
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let loader_name = format!("island-loader-{hex}.js");
    edit::write(&dir.join(&loader_name), loader.as_bytes())?;
    // The import map gives the loader and the glue their integrity (dynamic imports too).
    let import_map = format!(
        "{{\"integrity\":{{{}:{},{}:{}}}}}",
        edit::json_string(&format!("./{loader_name}")),
        edit::json_string(&integrity(dir, &loader_name)?),
        edit::json_string(glue),
        edit::json_string(&integrity(dir, glue)?),
    );
    let bootstrap = BOOTSTRAP.replace("@LOADER@", &loader_name);
    let scripts = format!(
        "<script type=\"importmap\">{import_map}</script>\n<script type=\"module\">\n{bootstrap}\n</script>"
    );
    edit::replace_once(&html, &trunk_loader, &scripts, "Trunk loader")
}

/// Writes the service worker that keeps what the reader has seen for offline use; the
/// loader registers it on the full page only. It keeps its name, so every build updates it.
pub fn write_service_worker(dir: &Path) -> Result<(), String> {
    edit::write(
        &dir.join("service-worker.js"),
        edit::strip_indented_comment_lines(SERVICE_WORKER).as_bytes(),
    )
}

/// A publisher's script (embed.js, which Trunk copies as it is, or widget.js, which run.sh
/// writes) without its comment lines: every reader of every page that embeds the explainer
/// downloads it, and the notes are for engineers (docs/embedding.md promises embed.js
/// under 1 kB gzip).
pub fn strip_script_comments(path: &Path) -> Result<(), String> {
    let source = edit::read_text(path)?;
    edit::write(path, edit::strip_indented_comment_lines(&source).as_bytes())
}

/// The subresource integrity of a built file, e.g. `sha256-…`. SHA-256, not SHA-384: as
/// strong for this, and its 20 fewer characters of random-looking text per value, which
/// brotli cannot pack, keep the page within its first round trip.
fn integrity(dir: &Path, name: &str) -> Result<String, String> {
    let body = edit::read(&dir.join(name))?;
    Ok(format!("sha256-{}", STANDARD.encode(Sha256::digest(&body))))
}
