//! The snippet builder's and the embeds' words (`en/embed.toml`), and the embed's title.

use super::Part;

include!(concat!(env!("OUT_DIR"), "/words/embed.rs"));

/// The iframe's title for an embed of `parts`, e.g. "The gut–skin axis: quiz and tip
/// checklist", for screen-reader users on the host page.
pub fn title_for(parts: &[Part]) -> String {
    let names: Vec<&str> = parts
        .iter()
        .map(|part| match part {
            Part::Article => TITLE_ARTICLE,
            Part::Diagram => TITLE_DIAGRAM,
            Part::Quiz => TITLE_QUIZ,
            Part::SelfCheck => TITLE_SELF_CHECK,
            Part::Checklist => TITLE_CHECKLIST,
        })
        .collect();
    embed_title(super::ui::and_list(&names))
}
