//! One article section, rendered from content data.

use std::rc::Rc;

use yew::prelude::*;

use super::AxisDiagram;
use crate::content::{Block, Inline, Section};
use crate::model::CitationIndex;

/// Properties of [`ArticleSection`].
#[derive(Properties, PartialEq)]
pub struct ArticleSectionProps {
    /// The section to render.
    pub section: &'static Section,
    /// Citation numbering for the whole article.
    pub citations: Rc<CitationIndex>,
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
                .map(|block| render_block(block, &props.citations)) }
        </section>
    }
}

fn render_block(block: &Block, citations: &Rc<CitationIndex>) -> Html {
    match block {
        Block::Paragraph(inlines) => html! {
            <p>{ render_inlines(inlines, citations) }</p>
        },
        Block::Tips(items) => html! {
            <ul class="habits">
                { for items.iter().map(|item| html! {
                    <li>
                        <strong>{ item.lead }</strong>{ " " }
                        { render_inlines(item.body, citations) }
                    </li>
                }) }
            </ul>
        },
        Block::AxisDiagram => html! { <AxisDiagram /> },
    }
}

fn render_inlines(inlines: &[Inline], citations: &Rc<CitationIndex>) -> Html {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { { *text } },
            Inline::Term(term) => html! { <dfn>{ *term }</dfn> },
            Inline::Cite(ids) => html! {
                <CitationMarks ids={*ids} citations={citations.clone()} />
            },
        })
        .collect()
}

/// Properties of [`CitationMarks`].
#[derive(Properties, PartialEq)]
pub struct CitationMarksProps {
    /// Reference ids cited at this point.
    pub ids: &'static [&'static str],
    /// Citation numbering for the whole article.
    pub citations: Rc<CitationIndex>,
}

/// Superscript citation numbers, e.g. `[2, 5]`, each linking to its reference.
#[function_component]
pub fn CitationMarks(props: &CitationMarksProps) -> Html {
    let mut numbers: Vec<usize> = props
        .ids
        .iter()
        .filter_map(|id| props.citations.number(id))
        .collect();
    crate::model::sort_small(&mut numbers);
    if numbers.is_empty() {
        return Html::default();
    }
    let last = numbers.len() - 1;
    html! {
        <sup class="cite">
            { "[" }
            { for numbers.iter().enumerate().map(|(position, number)| html! {
                <>
                    <a href={format!("#ref-{number}")}>
                        <span class="visually-hidden">{ "Reference " }</span>{ *number }
                    </a>
                    if position < last { { ", " } }
                </>
            }) }
            { "]" }
        </sup>
    }
}
