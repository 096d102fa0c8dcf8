//! The whole explainer page, rendered natively at build time; its islands go live in the browser.

use yew::prelude::*;

use super::page_parts as parts;

use super::{
    ArticleSection, DisclaimerNotice, Island, IslandKind, IslandStatus, LanguageLinks,
    MedicalDisclaimer, OfflineNote, ReferenceList, TableOfContents,
};
use crate::content::ui::{KICKER, OPENS_NEW_TAB, SKIP_LINK};
use crate::content::{ARTICLE, EMBED_SOURCE_LINK, LEDE, PRIVACY_NOTE, SUBTITLE, TITLE};

/// The full page: title, contents, article, quizzes, checklist, references, disclaimer,
/// snippet builder. Embeds are cut from this same page (see `mount`).
#[function_component]
pub fn App() -> Html {
    html! {
        <>
            <a class={parts::SKIP_LINK} href="#main">{ SKIP_LINK }</a>
            <header class={parts::MASTHEAD}>
                <LanguageLinks />
                <p class="kicker">{ KICKER }</p>
                <h1>{ TITLE }</h1>
                <p class="subtitle">{ SUBTITLE }</p>
            </header>
            <main id="main" class="page">
                <DisclaimerNotice />
                <TableOfContents sections={ARTICLE} />
                <article class={parts::ARTICLE}>
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
                <p class={parts::EMBED_SOURCE}>
                    <a href="./" target="_blank" rel="noopener">
                        { EMBED_SOURCE_LINK }
                        <span class="visually-hidden">{ OPENS_NEW_TAB }</span>
                    </a>
                </p>
            </main>
            <footer class={parts::SITE_FOOTER}>
                <p>{ PRIVACY_NOTE }</p>
            </footer>
            <IslandStatus />
            <OfflineNote />
        </>
    }
}
