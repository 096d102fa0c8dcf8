//! Citation marks, e.g. `[2, 5]`, each linking to its entry in the reference list.

use yew::prelude::*;

use super::hooks::use_page_links;
use super::links::PageLinks;
use crate::content::{citation_number, inline_text, Claim, Inline};

/// Superscript reference numbers for `ids`, linking to the list (on this page or the full one).
pub fn citation_marks(ids: &[&str], links: &PageLinks) -> Html {
    let mut numbers: Vec<usize> = ids.iter().filter_map(|id| citation_number(id)).collect();
    // One small insertion sort serves the whole wasm (see `model::sort_small`).
    crate::model::sort_small(&mut numbers);
    numbers.dedup();
    if numbers.is_empty() {
        return Html::default();
    }
    let last = numbers.len() - 1;
    html! {
        <sup class="cite">
            { "[" }
            { for numbers.iter().enumerate().map(|(position, number)| html! {
                <>
                    { links.reference(*number) }
                    if position < last { { ", " } }
                </>
            }) }
            { "]" }
        </sup>
    }
}

/// `head` then `last` with the marks glued to it: the marks never wrap onto a line alone.
pub fn keep_with_last(head: Html, last: Html, marks: Html) -> Html {
    html! {
        <>
            { head }
            <span class="cite-keep">{ last }{ marks }</span>
        </>
    }
}

/// Splits `text` before its last word, so that the word can be kept with what follows.
pub fn split_last_word(text: &str) -> (&str, &str) {
    let trimmed = text.trim_end();
    match trimmed.rfind(char::is_whitespace) {
        Some(at) => trimmed.split_at(at + 1),
        None => ("", trimmed),
    }
}

/// A plain-text claim: framing as it is, a fact with its marks after its last word.
pub fn render_claim(claim: &Claim<&'static str>, links: &PageLinks) -> Html {
    match claim {
        Claim::Framing(text) => html! { { *text } },
        Claim::Fact { text, sources } | Claim::Advice { text, sources } => {
            let (head, last) = split_last_word(text);
            keep_with_last(
                html! { { head } },
                html! { { last } },
                citation_marks(sources, links),
            )
        }
    }
}

/// A tip's "why": claims of inline runs in a row, each as plain text (a term is not marked
/// outside the article) followed by its own marks, one space apart.
pub fn render_claims(claims: &[Claim<&'static [Inline]>], links: &PageLinks) -> Html {
    claims
        .iter()
        .enumerate()
        .map(|(index, claim)| {
            let space = if index == 0 { "" } else { " " };
            let text: String = inline_text(claim.text()).collect();
            let sources = claim.sources();
            if sources.is_empty() {
                return html! { <>{ space }{ text }</> };
            }
            let (head, last) = split_last_word(&text);
            let (head, last) = (head.to_owned(), last.to_owned());
            let marks = citation_marks(sources, links);
            html! { <>{ space }{ keep_with_last(html! { { head } }, html! { { last } }, marks) }</> }
        })
        .collect()
}

/// Properties of [`CitationMarks`].
#[derive(Properties, PartialEq)]
pub struct CitationMarksProps {
    /// Reference ids cited at this point.
    pub ids: &'static [&'static str],
}

/// Citation marks as a component, linking as the page's [`PageLinks`] say.
#[function_component]
pub fn CitationMarks(props: &CitationMarksProps) -> Html {
    let links = use_page_links();
    citation_marks(props.ids, &links)
}
