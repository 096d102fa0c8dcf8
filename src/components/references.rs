//! The numbered reference list.

use yew::prelude::*;

use crate::content::{reference, CITATION_ORDER, REFERENCES_TITLE};

/// Every cited source, numbered by first citation, each with its DOI or official link.
#[function_component]
pub fn ReferenceList() -> Html {
    html! {
        <section id="references" class="references" aria-labelledby="references-heading">
            <h2 id="references-heading">{ REFERENCES_TITLE }</h2>
            <ol>
                { for CITATION_ORDER.iter().enumerate().filter_map(|(index, id)| {
                    let source = reference(id)?;
                    let shown = source.url.trim_start_matches("https://");
                    let year = source.year.map(|year| format!(" ({year})")).unwrap_or_default();
                    Some(html! {
                        <li id={format!("ref-{}", index + 1)} key={source.id}>
                            { source.authors }{ after(source.authors) }
                            <span class="ref-title">{ source.title }</span>{ after(source.title) }
                            <cite>{ source.source }</cite>{ format!("{year}. ") }
                            <a href={source.url} class="ref-link">{ shown }</a>
                        </li>
                    })
                }) }
            </ol>
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
