//! Islands: the interactive parts of the prerendered page. The prerender is not hydratable:
//! each island renders afresh into a detached twin of its container, which then replaces
//! the prerendered container (see `mount::mount_island`).

use yew::prelude::*;

use super::page_parts as parts;

use super::hooks::use_after_first_render;
use super::{DiagramControls, EmbedBuilder, KnowledgeQuiz, PageLinks, SelfCheck, TipChecklist};
use crate::content::{
    could_not_load, CHECKLIST_PART, DIAGRAM_PART, EMBED_BUILDER_PART, GETTING_READY,
    NEEDS_CONNECTION, OFFLINE_NOTE, QUIZ_PART, SELF_CHECK_PART, TRY_AGAIN,
};
use crate::storage::Namespace;

/// One interactive part of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IslandKind {
    /// The diagram's step controls (near the top of the page: they go live only when used).
    Diagram,
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
    pub const ALL: [IslandKind; 5] = [
        IslandKind::Diagram,
        IslandKind::Quiz,
        IslandKind::SelfCheck,
        IslandKind::Checklist,
        IslandKind::EmbedBuilder,
    ];

    /// The island's name, as in `data-island="…"`.
    pub fn name(self) -> &'static str {
        match self {
            IslandKind::Diagram => "diagram",
            IslandKind::Quiz => "quiz",
            IslandKind::SelfCheck => "self-check",
            IslandKind::Checklist => "checklist",
            IslandKind::EmbedBuilder => "embed-builder",
        }
    }

    /// How the page names this part in a sentence ("The quiz could not load.").
    pub fn part_name(self) -> &'static str {
        match self {
            IslandKind::Diagram => DIAGRAM_PART,
            IslandKind::Quiz => QUIZ_PART,
            IslandKind::SelfCheck => SELF_CHECK_PART,
            IslandKind::Checklist => CHECKLIST_PART,
            IslandKind::EmbedBuilder => EMBED_BUILDER_PART,
        }
    }

    /// Whether the island goes live only on the reader's first action in it, never
    /// because it nears the viewport (`data-on-use`): it sits near the top of the page,
    /// and a reader who only reads must fetch no code.
    pub fn live_on_use_only(self) -> bool {
        self == IslandKind::Diagram
    }

    /// The empty container the prerender step fills, exactly as the page renders it.
    pub fn placeholder(self) -> String {
        let on_use = if self.live_on_use_only() {
            " data-on-use"
        } else {
            ""
        };
        format!(
            r#"<div class="island" data-island="{}"{on_use}></div>"#,
            self.name()
        )
    }
}

/// Present as a context while prerendering: islands render as empty containers,
/// which the build fills with each island's own prerendered markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IslandPlaceholders;

/// Properties of [`Island`].
#[derive(Properties, PartialEq)]
pub struct IslandProps {
    /// Which island.
    pub kind: IslandKind,
}

/// An island's container in the page, with the island inside (or empty while prerendering),
/// after a hidden line that the page's loader shows if the island's code cannot be fetched
/// (worded for offline when the browser is). The line sits outside the container, so the
/// live twin that replaces the container never takes it away.
#[function_component]
pub fn Island(props: &IslandProps) -> Html {
    let placeholder = use_context::<IslandPlaceholders>().is_some();
    html! {
        <>
            <p class={parts::ISLAND_FAILED} hidden=true>
                <span data-when="online">{ could_not_load(props.kind.part_name()) }</span>
                <span data-when="offline" hidden=true>{ NEEDS_CONNECTION }</span>
                { " " }
                <button type="button">{ TRY_AGAIN }</button>
            </p>
            <div class="island" data-island={props.kind.name()}
                data-on-use={props.kind.live_on_use_only().then_some(AttrValue::Static(""))}>
                if !placeholder {
                    <IslandRoot kind={props.kind} />
                }
            </div>
        </>
    }
}

/// The polite status line the page's loader fills while a part the reader acted on gets ready.
#[function_component]
pub fn IslandStatus() -> Html {
    html! {
        <p class="island-status" role="status" data-getting-ready={GETTING_READY}></p>
    }
}

/// The polite note the page's loader fills while the browser is offline (full page only).
#[function_component]
pub fn OfflineNote() -> Html {
    html! {
        <p class="offline-note" role="status" data-offline={OFFLINE_NOTE}></p>
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
    /// Called once, after the island's first render is in the DOM (the shell then shows it).
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

/// The component mounted into an island's container: the part itself.
#[function_component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    use_after_first_render(props.on_rendered.clone());
    let namespace = props.namespace.clone();
    let part = match props.kind {
        IslandKind::Diagram => html! { <DiagramControls /> },
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
