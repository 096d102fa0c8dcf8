//! Advice the page gives in its own voice (framing, with no source), written once and used
//! wherever it appears (`en/advice.toml`).

include!(concat!(env!("OUT_DIR"), "/words/advice.rs"));
