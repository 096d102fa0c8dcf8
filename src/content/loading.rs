//! What the page says while its interactive parts are on their way (`en/loading.toml`).

include!(concat!(env!("OUT_DIR"), "/words/loading.rs"));
