//! The whole explainer page, rendered natively at build time; its islands go live in the browser.

use yew::prelude::*;

use super::{
    ArticleSection, DisclaimerNotice, Island, IslandKind, IslandStatus, MedicalDisclaimer,
    ReferenceList, TableOfContents,
};
use crate::content::{
    ARTICLE, EMBED_SOURCE_LINK, EVENTS_NOTE, LEDE, PRIVACY_NOTE, SUBTITLE, TITLE,
};

/// The full page: title, contents, article, quizzes, checklist, references, disclaimer,
/// snippet builder. Embeds are cut from this same page (see `mount`).
#[function_component]
pub fn App() -> Html {
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
                        <ArticleSection key={section.id} {section} />
                    }) }
                </article>
                <Island kind={IslandKind::Quiz} />
                <Island kind={IslandKind::SelfCheck} />
                <Island kind={IslandKind::Checklist} />
                <ReferenceList />
                <MedicalDisclaimer />
                <Island kind={IslandKind::EmbedBuilder} />
                <p class="embed-source">
                    <a href="./" target="_blank" rel="noopener">
                        { EMBED_SOURCE_LINK }
                        <span class="visually-hidden">{ " (opens in a new tab)" }</span>
                    </a>
                </p>
                <p class="events-note" hidden=true>{ EVENTS_NOTE }</p>
            </main>
            <footer class="site-footer">
                <p>{ PRIVACY_NOTE }</p>
            </footer>
            <IslandStatus />
        </>
    }
}
