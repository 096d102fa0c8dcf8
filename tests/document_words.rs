//! The prerender step writes the document's and the widget loader's words from
//! `src/content` into index.html and widget.js, and refuses a file whose placeholder is
//! missing, so no build ships an `@NAME@` (or words that are not the content's).
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use gut_skin_axis::content::{document, LANG, TRY_AGAIN};

/// A fresh folder holding the repository's index.html and static/widget.js.
fn copies(name: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("document-words-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (page, widget) = (dir.join("index.html"), dir.join("widget.js"));
    std::fs::copy(root.join("index.html"), &page).expect("index.html copied");
    std::fs::copy(root.join("static/widget.js"), &widget).expect("widget.js copied");
    (page, widget)
}

fn prerender(page: &Path, widget: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(page)
        .arg("--widget")
        .arg(widget)
        .output()
        .expect("the prerender binary runs")
}

#[test]
fn the_page_and_the_widget_get_their_words_from_content() {
    let (page, widget) = copies("filled");
    let run = prerender(&page, &widget);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(&page).expect("index.html");
    assert!(html.contains(&format!(r#"<html lang="{LANG}">"#)));
    assert!(html.contains(&format!("<title>{}</title>", document::TITLE)));
    assert!(html.contains(&format!(r#"content="{}""#, document::DESCRIPTION)));
    assert!(html.contains(&format!(
        r#"<p class="noscript">{}</p>"#,
        document::NOSCRIPT
    )));
    let script = std::fs::read_to_string(&widget).expect("widget.js");
    assert!(script.contains(&format!("'{}'", document::WIDGET_COULD_NOT_LOAD)));
    assert!(script.contains(&format!("'{TRY_AGAIN}'")));
    let tag = gut_skin_axis::model::current_language().tag;
    for text in [&html, &script] {
        assert!(!text.contains("@LANG@") && !text.contains("@TITLE@"));
        assert!(!text.contains("@NOSCRIPT@") && !text.contains(&format!("@TRY_AGAIN:{tag}@")));
    }
    assert!(!html.contains("@ALTERNATES@"));
    assert!(html.contains(&gut_skin_axis::model::alternate_links()));
}

#[test]
fn a_missing_placeholder_fails_the_build_naming_it() {
    let (page, widget) = copies("missing");
    let html = std::fs::read_to_string(&page).expect("index.html");
    std::fs::write(&page, html.replace("@NOSCRIPT@", "JavaScript is off.")).expect("written");
    let run = prerender(&page, &widget);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("@NOSCRIPT@"));
    let untouched =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("static/widget.js"));
    assert_eq!(
        std::fs::read_to_string(&widget).ok(),
        untouched.ok(),
        "nothing written"
    );
    std::fs::write(&page, html).expect("written");
    let script = std::fs::read_to_string(&widget).expect("widget.js");
    let placeholder = format!(
        "'@TRY_AGAIN:{}@'",
        gut_skin_axis::model::current_language().tag
    );
    std::fs::write(&widget, script.replace(&placeholder, "'Retry'")).expect("written");
    let run = prerender(&page, &widget);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains(placeholder.trim_matches('\'')));
}
