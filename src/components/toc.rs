//! The table of contents with in-page links.

use yew::prelude::*;

use super::page_parts as parts;

use crate::content::{
    Section, CHECKLIST_TITLE, CONTENTS_TITLE, DISCLAIMER_TITLE, EMBED_TITLE, QUIZ_TITLE,
    REFERENCES_TITLE, SELF_CHECK_TITLE,
};

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
        <nav class={parts::CONTENTS} aria-labelledby="toc-heading">
            <h2 id="toc-heading">{ CONTENTS_TITLE }</h2>
            <ol>
                { for props.sections.iter().map(|section| html! {
                    <li key={section.id}>
                        <a href={format!("#{}", section.id)}>{ section.title }</a>
                    </li>
                }) }
                <li key="quiz"><a href="#quiz">{ QUIZ_TITLE }</a></li>
                <li key="self-check"><a href="#self-check">{ SELF_CHECK_TITLE }</a></li>
                <li key="checklist"><a href="#checklist">{ CHECKLIST_TITLE }</a></li>
                <li key="references"><a href="#references">{ REFERENCES_TITLE }</a></li>
                <li key="disclaimer"><a href="#disclaimer">{ DISCLAIMER_TITLE }</a></li>
                <li key="embed"><a href="#embed">{ EMBED_TITLE }</a></li>
            </ol>
        </nav>
    }
}
