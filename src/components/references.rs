//! The numbered reference list.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{reference, REFERENCES_TITLE};
use crate::model::CitationIndex;

/// Properties of [`ReferenceList`].
#[derive(Properties, PartialEq)]
pub struct ReferenceListProps {
    /// Citation numbering; the list follows it so that `[n]` is item n.
    pub citations: Rc<CitationIndex>,
}

/// Every cited source, numbered by first citation, each with its DOI or official link.
#[function_component]
pub fn ReferenceList(props: &ReferenceListProps) -> Html {
    html! {
        <section id="references" class="references" aria-labelledby="references-heading">
            <h2 id="references-heading">{ REFERENCES_TITLE }</h2>
            <ol>
                { for props.citations.cited().iter().enumerate().filter_map(|(index, id)| {
                    let source = reference(id)?;
                    let shown = source.url.trim_start_matches("https://");
                    Some(html! {
                        <li id={format!("ref-{}", index + 1)} key={source.id}>
                            { source.authors }{ after(source.authors) }
                            <span class="ref-title">{ source.title }</span>{ after(source.title) }
                            <cite>{ source.source }</cite>{ format!(" ({}). ", source.year) }
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
