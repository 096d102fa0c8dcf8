//! The numbered reference list.

use yew::prelude::*;

use super::page_parts as parts;

use crate::content::{
    reference, review_line, CITATION_ORDER, HOW_WRITTEN, HOW_WRITTEN_TITLE, REFERENCES_TITLE,
    REVIEW,
};

/// Every cited source, numbered by first citation, each with its DOI or official link; then
/// how the explainer was written and when it was reviewed (embeds keep or drop all of it with
/// the article).
#[function_component]
pub fn ReferenceList() -> Html {
    html! {
        <section id={parts::REFERENCES} class="references" aria-labelledby="references-heading">
            <h2 id="references-heading">{ REFERENCES_TITLE }</h2>
            <ol>
                { for CITATION_ORDER.iter().enumerate().filter_map(|(index, id)| {
                    let source = reference(id)?;
                    let shown = source.url.trim_start_matches("https://");
                    let year = source.year.map(|year| format!(" ({year})")).unwrap_or_default();
                    Some(html! {
                        // Sources are cited by their original titles in every language.
                        <li id={format!("ref-{}", index + 1)} key={source.id} lang={source.lang}>
                            { source.authors }{ after(source.authors) }
                            <span class="ref-title">{ source.title }</span>{ after(source.title) }
                            <cite>{ source.source }</cite>{ format!("{year}. ") }
                            <a href={source.url} class="ref-link">{ shown }</a>
                        </li>
                    })
                }) }
            </ol>
            <section id="how-written" class="how-written" aria-labelledby="how-written-heading">
                <h3 id="how-written-heading">{ HOW_WRITTEN_TITLE }</h3>
                { for HOW_WRITTEN.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
                <p class="review-dates">{ review_line(REVIEW) }</p>
            </section>
        </section>
    }
}

/// The separator after a field: a full stop, unless the field already ends
/// with punctuation ("et al.", a title that is a question).
fn after(field: &str) -> &'static str {
    if field.ends_with(['.', '?', '!']) {
        " "
    } else {
        ". "
    }
}
