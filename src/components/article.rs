//! One article section, rendered from content data.

use yew::prelude::*;

use super::cite::{citation_marks, keep_with_last, split_last_word};
use super::{AxisDiagram, PageLinks};
use crate::content::{Block, Claim, Inline, Section};

/// Properties of [`ArticleSection`].
#[derive(Properties, PartialEq)]
pub struct ArticleSectionProps {
    /// The section to render.
    pub section: &'static Section,
    /// Whether to include the diagram (an embed may leave it out).
    #[prop_or(true)]
    pub show_diagram: bool,
}

/// An h2 section of the article with its paragraphs, lists and figures.
#[function_component]
pub fn ArticleSection(props: &ArticleSectionProps) -> Html {
    let section = props.section;
    let heading_id = format!("{}-heading", section.id);
    html! {
        <section id={section.id} class="article-section" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ section.title }</h2>
            { for section.blocks.iter()
                .filter(|block| props.show_diagram || **block != Block::AxisDiagram)
                .map(render_block) }
        </section>
    }
}

// The article is always on the page its reference list is on, so its marks link in place.
fn render_block(block: &Block) -> Html {
    match block {
        Block::Paragraph(claims) => html! {
            <p>{ render_claims(claims) }</p>
        },
        Block::Tips(items) => html! {
            <ul class="habits">
                { for items.iter().map(|item| html! {
                    <li>
                        <strong>{ item.lead }</strong>{ " " }
                        { render_claims(item.body) }
                    </li>
                }) }
            </ul>
        },
        Block::AxisDiagram => html! { <AxisDiagram /> },
    }
}

/// Claims in a row, each followed by its own marks, one space apart.
fn render_claims(claims: &[Claim<&'static [Inline]>]) -> Html {
    claims
        .iter()
        .enumerate()
        .map(|(index, claim)| {
            let space = if index == 0 { "" } else { " " };
            html! { <>{ space }{ render_claim(claim) }</> }
        })
        .collect()
}

/// The claim's text, terms marked; a fact ends with its marks, kept on one line with its
/// last word.
fn render_claim(claim: &Claim<&'static [Inline]>) -> Html {
    let inlines = claim.text();
    let sources = claim.sources();
    let Some((last, rest)) = inlines.split_last().filter(|_| !sources.is_empty()) else {
        return inlines.iter().map(render_inline).collect();
    };
    let marks = citation_marks(sources, &PageLinks::default());
    let rest: Html = rest.iter().map(render_inline).collect();
    match last {
        Inline::Text(text) => {
            let (head, word) = split_last_word(text);
            keep_with_last(html! { <>{ rest }{ head }</> }, html! { { word } }, marks)
        }
        Inline::Term(_) => keep_with_last(rest, render_inline(last), marks),
    }
}

fn render_inline(inline: &Inline) -> Html {
    match inline {
        Inline::Text(text) => html! { { *text } },
        Inline::Term(term) => html! { <dfn>{ *term }</dfn> },
    }
}
