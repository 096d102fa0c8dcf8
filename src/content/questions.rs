//! The quiz's and the self-check's controls and results (`en/questions.toml`).

include!(concat!(env!("OUT_DIR"), "/words/questions.rs"));
