//! The words of "Export my data" and "Import my data": buttons, the plan shown before
//! an import, and why a file was refused (`en/my_data.toml`).

include!(concat!(env!("OUT_DIR"), "/words/my_data.rs"));

/// How each saved part is named in a sentence, by its storage slot's name.
pub fn saved_part_name(slot: &str) -> &'static str {
    match slot {
        "quiz" => "quiz progress",
        "self-check" => "self-check answers",
        "self-check-result" => "last self-check result",
        _ => "checklist",
    }
}
