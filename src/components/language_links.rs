//! The links to the page in its other languages, near the top of the page.

use yew::prelude::*;

use super::page_parts::LANGUAGE_LINKS;
use crate::model::{current_language, other_languages, relative_href};

/// One link per other language, each in its own language (`lang`, `hreflang`), relative
/// to this page so the site works from any folder. Nothing redirects by browser language:
/// the reader chooses.
#[function_component]
pub fn LanguageLinks() -> Html {
    let here = current_language().folder;
    html! {
        <p class={LANGUAGE_LINKS}>
            { for other_languages().map(|language| html! {
                <a href={relative_href(here, language.folder)} hreflang={language.tag} lang={language.tag}>
                    { language.link }
                </a>
            }) }
        </p>
    }
}
