//! The whole explainer page.

use yew::prelude::*;

use super::{
    ArticleSection, DisclaimerNotice, KnowledgeQuiz, MedicalDisclaimer, ReferenceList, SelfCheck,
    TableOfContents, TipChecklist,
};
use crate::content::{ARTICLE, LEDE, PRIVACY_NOTE, SUBTITLE, TITLE};
use crate::model::CitationIndex;

/// The explainer page: title, contents, article, references, disclaimer.
#[function_component]
pub fn App() -> Html {
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
            </main>
            <footer class="site-footer">
                <p>{ PRIVACY_NOTE }</p>
            </footer>
        </>
    }
}
