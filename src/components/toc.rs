//! The table of contents with in-page links.

use yew::prelude::*;

use crate::content::{Section, HOW_WRITTEN_TITLE};

/// Properties of [`TableOfContents`].
#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    /// Sections to list, in reading order.
    pub sections: &'static [Section],
}

/// A numbered list of links to every section, references and disclaimer.
#[function_component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{ "Contents" }</h2>
            <ol>
                { for props.sections.iter().map(|section| html! {
                    <li key={section.id}>
                        <a href={format!("#{}", section.id)}>{ section.title }</a>
                    </li>
                }) }
                <li key="how-written"><a href="#how-written">{ HOW_WRITTEN_TITLE }</a></li>
                <li key="quiz"><a href="#quiz">{ "Test what you know" }</a></li>
                <li key="self-check"><a href="#self-check">{ "Check your habits" }</a></li>
                <li key="checklist"><a href="#checklist">{ "Your gut-friendly checklist" }</a></li>
                <li key="references"><a href="#references">{ "References" }</a></li>
                <li key="disclaimer"><a href="#disclaimer">{ "Medical disclaimer" }</a></li>
                <li key="embed"><a href="#embed">{ "Embed this explainer" }</a></li>
            </ol>
        </nav>
    }
}
