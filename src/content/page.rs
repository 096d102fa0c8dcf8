//! The page's words outside the article sections: title, lede, disclaimer, and how it was
//! written (`en/page.toml`).

include!(concat!(env!("OUT_DIR"), "/words/page.rs"));

/// What a host page that asked for events learns, for an embed showing the quiz, the
/// self-check and the checklist as given: a line for each part it shows, and no other.
pub fn events_note(quiz: bool, self_check: bool, checklist: bool) -> String {
    let mut note = String::from(EVENTS_NOTE_LEAD);
    let parts = [
        (quiz, EVENTS_NOTE_QUIZ),
        (self_check, EVENTS_NOTE_SELF_CHECK),
        (checklist, EVENTS_NOTE_CHECKLIST),
        (true, EVENTS_NOTE_NEVER),
    ];
    for (_, line) in parts.iter().filter(|(shown, _)| *shown) {
        note.push(' ');
        note.push_str(line);
    }
    note
}
