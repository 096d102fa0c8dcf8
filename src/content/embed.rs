//! The snippet builder's and the embeds' words (`en/embed.toml`), and the embed's title.

use super::Part;

include!(concat!(env!("OUT_DIR"), "/words/embed.rs"));
include!(concat!(env!("OUT_DIR"), "/words/snippet_words.rs"));

/// The iframe's title for an embed of `parts`, e.g. "The gut–skin axis: quiz and tip
/// checklist", for screen-reader users on the host page.
pub fn title_for(parts: &[Part]) -> String {
    let names: Vec<&str> = parts.iter().map(|part| part_title(part, &OWN)).collect();
    embed_title(super::ui::and_list(&names))
}

/// The embed title's words in one published language, for a snippet in a language
/// other than the page's (`title` holds `{parts}`, `last` holds `{rest}` and `{last}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleWords {
    /// The language's tag.
    pub lang: &'static str,
    /// The title around its list of parts.
    pub title: &'static str,
    /// Each part's name in the title, in `Part::ALL` order.
    pub parts: [&'static str; 5],
    /// Between items of the list, all but the last.
    pub separator: &'static str,
    /// The end of the list.
    pub last: &'static str,
}

/// This build's own part names (the pseudo build's are accented, so they stay its own).
const OWN: [&str; 5] = [
    TITLE_ARTICLE,
    TITLE_DIAGRAM,
    TITLE_QUIZ,
    TITLE_SELF_CHECK,
    TITLE_CHECKLIST,
];

fn part_title(part: &Part, names: &[&'static str; 5]) -> &'static str {
    names[*part as usize]
}

/// [`title_for`] in the language tagged `lang`: this build's own words for its own language,
/// else the words baked from that language's files; unknown tags get this build's.
pub fn title_in(lang: &str, parts: &[Part]) -> String {
    // The pseudo build (`en-XA`) keeps its own accented words for English.
    let own = super::LANG.split('-').next() == Some(lang);
    let other = TITLE_WORDS.iter().find(|words| words.lang == lang && !own);
    let Some(words) = other else {
        return title_for(parts);
    };
    let names: Vec<&str> = parts
        .iter()
        .map(|part| part_title(part, &words.parts))
        .collect();
    let list = match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => words
            .last
            .replace("{rest}", &rest.join(words.separator))
            .replace("{last}", last),
    };
    words.title.replace("{parts}", &list)
}
