//! The medical disclaimer, short near the top and in full at the end.

use yew::prelude::*;

use super::page_parts as parts;

use super::hooks::use_page_links;

use crate::content::ui::{PLEASE_NOTE, READ_FULL_DISCLAIMER, SENTENCE_END};
use crate::content::{DISCLAIMER, DISCLAIMER_SHORT, DISCLAIMER_TITLE};

/// A one-line reminder that the page is educational, linking to the full disclaimer.
#[function_component]
pub fn DisclaimerNotice() -> Html {
    let links = use_page_links();
    html! {
        <p class="notice">
            <strong>{ PLEASE_NOTE }</strong>
            { DISCLAIMER_SHORT }{ " " }
            { links.section(parts::DISCLAIMER, READ_FULL_DISCLAIMER.to_owned()) }{ SENTENCE_END }
        </p>
    }
}

/// The full disclaimer section.
#[function_component]
pub fn MedicalDisclaimer() -> Html {
    html! {
        <section id={parts::DISCLAIMER} class="disclaimer" aria-labelledby="disclaimer-heading">
            <h2 id="disclaimer-heading">{ DISCLAIMER_TITLE }</h2>
            { for DISCLAIMER.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
        </section>
    }
}
