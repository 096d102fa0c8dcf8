//! The whole explainer page, or just the parts an embed asks for.

use yew::prelude::*;

use super::{
    ArticleSection, AxisDiagram, DisclaimerNotice, EmbedBuilder, KnowledgeQuiz, MedicalDisclaimer,
    PageLinks, ReferenceList, SelfCheck, TableOfContents, TipChecklist,
};
use crate::content::{ARTICLE, LEDE, PRIVACY_NOTE, SUBTITLE, TITLE};
use crate::model::{CitationIndex, EmbedOptions, Part};

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// `Some` in an embed: show only the chosen parts, without page chrome.
    #[prop_or_default]
    pub embed: Option<EmbedOptions>,
    /// The full explainer's URL, for links to parts an embed leaves out.
    #[prop_or_default]
    pub base: AttrValue,
}

/// The explainer: the full page, or an embed's chosen parts.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    match &props.embed {
        None => html! { <FullPage /> },
        Some(options) => html! {
            <main class="embed">
                <EmbeddedParts options={options.clone()} base={props.base.clone()} />
            </main>
        },
    }
}

/// The full page: title, contents, article, quizzes, checklist, references, disclaimer.
#[function_component]
fn FullPage() -> Html {
    // Citation numbers depend only on static content, so compute them once.
    let citations = use_memo((), |_| CitationIndex::from_sections(ARTICLE));
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to the article" }</a>
            <header class="masthead">
                <p class="kicker">{ "Explainer" }</p>
                <h1>{ TITLE }</h1>
                <p class="subtitle">{ SUBTITLE }</p>
            </header>
            <main id="main" class="page">
                <DisclaimerNotice />
                <TableOfContents sections={ARTICLE} />
                <article class="article">
                    <p class="lede">{ LEDE }</p>
                    { for ARTICLE.iter().map(|section| html! {
                        <ArticleSection key={section.id} {section} citations={citations.clone()} />
                    }) }
                </article>
                <KnowledgeQuiz />
                <SelfCheck />
                <TipChecklist />
                <ReferenceList citations={citations.clone()} />
                <MedicalDisclaimer />
                <EmbedBuilder />
            </main>
            <footer class="site-footer">
                <p>{ PRIVACY_NOTE }</p>
            </footer>
        </>
    }
}

/// Properties of [`EmbeddedParts`].
#[derive(Properties, PartialEq)]
pub struct EmbeddedPartsProps {
    /// Which parts, and their storage namespace.
    pub options: EmbedOptions,
    /// The full explainer's URL.
    #[prop_or_default]
    pub base: AttrValue,
}

/// The parts an embed asks for, in page order, each mounting on its own.
#[function_component]
pub fn EmbeddedParts(props: &EmbeddedPartsProps) -> Html {
    let options = &props.options;
    let links = PageLinks {
        base: props.base.clone(),
        article_here: options.shows(Part::Article),
        checklist_here: options.shows(Part::Checklist),
    };
    let namespace = options.namespace.clone();
    let citations = use_memo((), |_| CitationIndex::from_sections(ARTICLE));
    html! {
        <ContextProvider<PageLinks> context={links.clone()}>
            <div class="embed-parts">
                <DisclaimerNotice />
                if options.shows(Part::Article) {
                    <article class="article">
                        <p class="lede">{ LEDE }</p>
                        { for ARTICLE.iter().map(|section| html! {
                            <ArticleSection key={section.id} {section} citations={citations.clone()}
                                show_diagram={options.shows(Part::Diagram)} />
                        }) }
                    </article>
                } else if options.shows(Part::Diagram) {
                    <AxisDiagram />
                }
                if options.shows(Part::Quiz) {
                    <KnowledgeQuiz namespace={namespace.clone()} />
                }
                if options.shows(Part::SelfCheck) {
                    <SelfCheck namespace={namespace.clone()} />
                }
                if options.shows(Part::Checklist) {
                    <TipChecklist namespace={namespace.clone()} />
                }
                if options.shows(Part::Article) {
                    <ReferenceList citations={citations.clone()} />
                    <MedicalDisclaimer />
                }
                <p class="embed-source">
                    <a href={props.base.clone()} target="_blank" rel="noopener">
                        { "Open the full gut–skin axis explainer" }
                        <span class="visually-hidden">{ " (opens in a new tab)" }</span>
                    </a>
                </p>
            </div>
        </ContextProvider<PageLinks>>
    }
}
