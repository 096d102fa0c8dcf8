//! The snippet builder's state: a publisher's choices, the actions that change them, and
//! what they make (the options as an embed would read them, both snippets, the preview).

use super::embed_options::{parse_options, EmbedOptions, OptionWarning, Part, Theme};
use super::embed_snippets::{embed_query, embed_url, iframe_snippet, widget_snippet};
use super::language::{site_root, Language};
use super::small_sort::sort_small;
use super::storage_keys::Namespace;

/// The namespace the preview keeps its data in when the publisher names none, so trying
/// the preview never touches this page's own ticks and answers.
pub const PREVIEW_NAMESPACE: &str = "embed-preview";

/// A publisher's choices in the builder, as typed (text fields as typed, unchecked).
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedChoices {
    /// The parts to show, in the page's order.
    pub parts: Vec<Part>,
    /// The colour theme.
    pub theme: Theme,
    /// The accent colour as typed.
    pub accent: String,
    /// The storage namespace as typed.
    pub namespace: String,
    /// Whether the embed tells the host page about results.
    pub events: bool,
    /// The snippets' language.
    pub lang: Language,
}

/// What a publisher does in the builder.
#[derive(Debug, Clone, PartialEq)]
pub enum ChoiceAction {
    /// Shows a part that was hidden, or hides one that was shown.
    TogglePart(Part),
    /// Picks a theme.
    SetTheme(Theme),
    /// Picks the snippets' language.
    SetLang(Language),
    /// Turns host events on or off.
    ToggleEvents,
    /// Types in the accent field.
    SetAccent(String),
    /// Types in the namespace field.
    SetNamespace(String),
}

/// What the choices make, for a page at a known address.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedSnippets {
    /// The iframe snippet.
    pub iframe: String,
    /// The widget snippet.
    pub widget: String,
    /// The preview frame's address: relative in the page's own language, else the other
    /// language's page.
    pub preview: String,
    /// What an embed would warn of in these choices (the builder shows each).
    pub warnings: Vec<OptionWarning>,
}

impl EmbedChoices {
    /// Every part, the automatic theme, no accent, namespace or events, in `lang` (the
    /// page's own, so the Spanish page makes Spanish snippets).
    pub fn new(lang: Language) -> Self {
        EmbedChoices {
            parts: Part::ALL.to_vec(),
            theme: Theme::Auto,
            accent: String::new(),
            namespace: String::new(),
            events: false,
            lang,
        }
    }

    /// The choices after `action`.
    pub fn apply(self, action: ChoiceAction) -> Self {
        match action {
            ChoiceAction::TogglePart(part) => {
                let mut parts = self.parts;
                match parts.iter().position(|shown| *shown == part) {
                    Some(at) => {
                        parts.remove(at);
                    }
                    None => {
                        parts.push(part);
                        sort_small(&mut parts);
                    }
                }
                EmbedChoices { parts, ..self }
            }
            ChoiceAction::SetTheme(theme) => EmbedChoices { theme, ..self },
            ChoiceAction::SetLang(lang) => EmbedChoices { lang, ..self },
            ChoiceAction::ToggleEvents => EmbedChoices {
                events: !self.events,
                ..self
            },
            ChoiceAction::SetAccent(accent) => EmbedChoices { accent, ..self },
            ChoiceAction::SetNamespace(namespace) => EmbedChoices { namespace, ..self },
        }
    }

    /// Validates the choices exactly as an embed would read them, with what it would warn.
    /// The language is set after parsing: an embed would refuse one not its build's.
    pub fn options(&self) -> (EmbedOptions, Vec<OptionWarning>) {
        let sections: Vec<&str> = self.parts.iter().map(|part| part.name()).collect();
        let (options, warnings) = parse_options(|name| match name {
            "sections" => Some(sections.join(",")),
            "theme" => Some(self.theme.name().to_owned()),
            "accent" => Some(self.accent.clone()).filter(|value| !value.trim().is_empty()),
            "namespace" => Some(self.namespace.clone()).filter(|value| !value.trim().is_empty()),
            "events" => self.events.then(String::new),
            _ => None,
        });
        let options = EmbedOptions {
            lang: self.lang,
            ..options
        };
        (options, warnings)
    }

    /// Both snippets, the preview's address and the warnings, for the page at
    /// `page_address` in the build's language `own` (the site's root is that page's
    /// folder's parent).
    pub fn snippets(&self, page_address: &str, own: Language) -> EmbedSnippets {
        let (options, warnings) = self.options();
        let root = site_root(page_address, own);
        let preview_options = match options.namespace.name() {
            Some(_) => options.clone(),
            None => EmbedOptions {
                namespace: Namespace::named(PREVIEW_NAMESPACE).unwrap_or_default(),
                ..options.clone()
            },
        };
        let preview = match options.lang == own {
            true => format!("./{}", embed_query(&preview_options)),
            false => embed_url(root, &preview_options),
        };
        EmbedSnippets {
            iframe: iframe_snippet(root, &options),
            widget: widget_snippet(root, &options),
            preview,
            warnings,
        }
    }
}
