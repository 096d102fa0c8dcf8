//! The words of "Export my data" and "Import my data": buttons, the plan shown before
//! an import, and why a file was refused (`en/my_data.toml`).

include!(concat!(env!("OUT_DIR"), "/words/my_data.rs"));
