//! The HTML document's words (title, description, noscript line) and the widget loader's
//! failure line (`en/document.toml`), written into index.html and widget.js at build time.

include!(concat!(env!("OUT_DIR"), "/words/document.rs"));
