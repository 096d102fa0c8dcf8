//! What importing a saved-data file will do, as the reader is told (`en/import_plan.toml`).

include!(concat!(env!("OUT_DIR"), "/words/import_plan.rs"));
