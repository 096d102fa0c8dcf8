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
/// other than the page's, cut at their placeholders by the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleWords {
    /// The language's tag.
    pub lang: &'static str,
    /// The title before and after its list of parts.
    pub title: [&'static str; 2],
    /// Each part's name in the title, in `Part::ALL` order.
    pub parts: [&'static str; 5],
    /// Between items of the list, all but the last.
    pub separator: &'static str,
    /// The end of a list of two or more: before the others, between them and the last,
    /// after the last.
    pub last: [&'static str; 3],
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
    let own = super::LANG.starts_with(lang);
    let other = TITLE_WORDS.iter().find(|words| words.lang == lang && !own);
    let Some(words) = other else {
        return title_for(parts);
    };
    let name = |part: &Part| part_title(part, &words.parts);
    let [before, after] = words.title;
    let mut title = String::from(before);
    match parts {
        [] => {}
        [one] => title.push_str(name(one)),
        [first, others @ .., last] => {
            let [lead, between, end] = words.last;
            title.push_str(lead);
            title.push_str(name(first));
            for part in others {
                title.push_str(words.separator);
                title.push_str(name(part));
            }
            title.push_str(between);
            title.push_str(name(last));
            title.push_str(end);
        }
    }
    title.push_str(after);
    title
}
