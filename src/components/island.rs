//! Islands: the interactive parts of the prerendered page, each mounted into its own element.

use yew::prelude::*;

use super::{EmbedBuilder, KnowledgeQuiz, PageLinks, SelfCheck, TipChecklist};
use crate::storage::Namespace;

/// One interactive part of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IslandKind {
    /// The knowledge quiz.
    Quiz,
    /// The habits self-check.
    SelfCheck,
    /// The tip checklist.
    Checklist,
    /// The snippet builder for publishers.
    EmbedBuilder,
}

impl IslandKind {
    /// Every island, in page order.
    pub const ALL: [IslandKind; 4] = [
        IslandKind::Quiz,
        IslandKind::SelfCheck,
        IslandKind::Checklist,
        IslandKind::EmbedBuilder,
    ];

    /// The island's name, as in `data-island="…"`.
    pub fn name(self) -> &'static str {
        match self {
            IslandKind::Quiz => "quiz",
            IslandKind::SelfCheck => "self-check",
            IslandKind::Checklist => "checklist",
            IslandKind::EmbedBuilder => "embed-builder",
        }
    }

    /// The empty container the prerender step fills, exactly as the page renders it.
    pub fn placeholder(self) -> String {
        format!(
            r#"<div class="island" data-island="{}"></div>"#,
            self.name()
        )
    }
}

/// Present as a context while prerendering: islands render as empty containers,
/// which the build fills with each island's own hydratable markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IslandPlaceholders;

/// Properties of [`Island`].
#[derive(Properties, PartialEq)]
pub struct IslandProps {
    /// Which island.
    pub kind: IslandKind,
}

/// An island's container in the page, with the island inside (or empty while prerendering).
#[function_component]
pub fn Island(props: &IslandProps) -> Html {
    let placeholder = use_context::<IslandPlaceholders>().is_some();
    html! {
        <div class="island" data-island={props.kind.name()}>
            if !placeholder {
                <IslandRoot kind={props.kind} />
            }
        </div>
    }
}

/// Properties of [`IslandRoot`].
#[derive(Properties, PartialEq, Clone)]
pub struct IslandRootProps {
    /// Which island.
    pub kind: IslandKind,
    /// Storage namespace (set by embeds).
    #[prop_or_default]
    pub namespace: Namespace,
    /// Where links lead, when the island is shown without the full page.
    #[prop_or_default]
    pub links: Option<PageLinks>,
}

/// The component mounted into an island's container: the part itself.
#[function_component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    let namespace = props.namespace.clone();
    let part = match props.kind {
        IslandKind::Quiz => html! { <KnowledgeQuiz {namespace} /> },
        IslandKind::SelfCheck => html! { <SelfCheck {namespace} /> },
        IslandKind::Checklist => html! { <TipChecklist {namespace} /> },
        IslandKind::EmbedBuilder => html! { <EmbedBuilder /> },
    };
    match &props.links {
        Some(links) => html! {
            <ContextProvider<PageLinks> context={links.clone()}>{ part }</ContextProvider<PageLinks>>
        },
        None => part,
    }
}
