//! Where in-page links lead: to this page, or to the full explainer when a part is embedded alone.

use yew::prelude::*;

use super::host_events::HostEvents;
use crate::content::section_title;
use crate::content::ui::{read_more, OPENS_NEW_TAB, REFERENCE_LABEL};

/// What the current page holds, and the full explainer's address for the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLinks {
    /// The full explainer's URL (no fragment); empty on the full page itself.
    pub base: AttrValue,
    /// The article (and disclaimer) is on this page.
    pub article_here: bool,
    /// The checklist is on this page.
    pub checklist_here: bool,
    /// Printing prints only the explainer (our page or an iframe embed, not a widget in a host page).
    pub printable: bool,
    /// Where events for the host page go, when it asked for them (embeds only).
    pub events: Option<HostEvents>,
}

impl Default for PageLinks {
    fn default() -> Self {
        Self {
            base: AttrValue::default(),
            article_here: true,
            checklist_here: true,
            printable: true,
            events: None,
        }
    }
}

impl PageLinks {
    /// A link to an article section or the disclaimer.
    pub fn section(&self, id: &str, text: String) -> Html {
        self.link(self.article_here, id, text, None)
    }

    /// "Read more in “Section title”", linking to that article section.
    pub fn read_more(&self, id: &str) -> Html {
        self.section(id, read_more(section_title(id)))
    }

    /// A citation link to entry `number` of the reference list (which comes with the article).
    pub fn reference(&self, number: usize) -> Html {
        let fragment = format!("ref-{number}");
        let label = html! {
            <><span class="visually-hidden">{ REFERENCE_LABEL }</span>{ number }</>
        };
        if self.article_here {
            html! { <a href={format!("#{fragment}")}>{ label }</a> }
        } else {
            html! {
                <a href={format!("{}#{fragment}", self.base)} target="_blank" rel="noopener">
                    { label }<span class="visually-hidden">{ OPENS_NEW_TAB }</span>
                </a>
            }
        }
    }

    /// A link to a tip in the checklist, with an optional click handler for in-page jumps.
    pub fn tip(&self, id: &str, text: String, onclick: Callback<MouseEvent>) -> Html {
        let here = self.checklist_here;
        self.link(here, &format!("tip-{id}"), text, here.then_some(onclick))
    }

    fn link(
        &self,
        here: bool,
        fragment: &str,
        text: String,
        onclick: Option<Callback<MouseEvent>>,
    ) -> Html {
        if here {
            html! { <a href={format!("#{fragment}")} {onclick}>{ text }</a> }
        } else {
            // The part lives on the full page: open it in a new tab rather than inside the embed.
            html! {
                <a href={format!("{}#{fragment}", self.base)} target="_blank" rel="noopener">
                    { text }<span class="visually-hidden">{ OPENS_NEW_TAB }</span>
                </a>
            }
        }
    }
}

/// This page's address without query or fragment: the full explainer's URL for links
/// and snippets. Call it only in the browser (effects, event handlers, the shell).
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
