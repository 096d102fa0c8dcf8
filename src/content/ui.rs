//! The page's own controls and links: skip link, disclaimer lead-in, links, checklist
//! buttons (`en/ui.toml`), and how a list reads in a sentence.

include!(concat!(env!("OUT_DIR"), "/words/ui.rs"));

/// `items` as a list in a sentence: "a", "a and b", "a, b and c"; empty for none.
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => list_last(rest.join(LIST_SEPARATOR), last),
    }
}
