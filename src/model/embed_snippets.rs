//! The two embed snippets a publisher copies, built from chosen options.

use super::embed_options::{EmbedOptions, Part, Theme};
use super::language::page_in;

/// The iframe URL's query: `?embed`, then only the options that differ from the defaults.
/// The language is not among them: each language's page is in its own folder.
pub fn embed_query(options: &EmbedOptions) -> String {
    let mut query = String::from("?embed");
    for (name, value) in option_values(options) {
        query.push('&');
        query.push_str(name);
        // A flag (`events`) has no value.
        if !value.is_empty() {
            query.push('=');
            query.push_str(&value.replace('#', "%23"));
        }
    }
    query
}

/// The options as (name, value) pairs, defaults left out.
fn option_values(options: &EmbedOptions) -> Vec<(&'static str, String)> {
    let mut values = Vec::new();
    if options.parts != Part::ALL {
        let names: Vec<&str> = options.parts.iter().map(|part| part.name()).collect();
        values.push(("sections", names.join(",")));
    }
    if options.theme != Theme::Auto {
        values.push(("theme", options.theme.name().to_owned()));
    }
    if let Some(accent) = &options.accent {
        values.push(("accent", accent.color.clone()));
    }
    if let Some(namespace) = options.namespace.name() {
        values.push(("namespace", namespace.to_owned()));
    }
    if options.events {
        values.push(("events", String::new()));
    }
    values
}

/// A title that says what the iframe holds, in the embed's language, for screen-reader
/// users on the host page.
pub fn embed_title(options: &EmbedOptions) -> String {
    crate::content::embed::title_in(options.lang.tag(), &options.parts)
}

/// The address of the embed in `options`' language under the site's `root`, with its query.
pub fn embed_url(root: &str, options: &EmbedOptions) -> String {
    format!("{}{}", page_in(root, options.lang), embed_query(options))
}

/// The iframe snippet, with `embed.js` (one for every language) for automatic height.
pub fn iframe_snippet(root: &str, options: &EmbedOptions) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" style=\"width:100%;border:0;height:640px\" loading=\"lazy\"></iframe>\n<script src=\"{root}embed.js\" async></script>",
        src = embed_url(root, options).replace('&', "&amp;"),
        title = embed_title(options),
    )
}

/// The direct-mount snippet: a `div` with data attributes and the `widget.js` module (one
/// for every language: it loads the build that `data-lang`, always written, names).
pub fn widget_snippet(root: &str, options: &EmbedOptions) -> String {
    let attributes: String = option_values(options)
        .into_iter()
        .map(|(name, value)| match value.is_empty() {
            true => format!(" data-{name}"),
            false => format!(" data-{name}=\"{value}\""),
        })
        .collect();
    format!(
        "<div data-gut-skin data-lang=\"{lang}\"{attributes}></div>\n<script type=\"module\" src=\"{root}widget.js\"></script>",
        lang = options.lang.tag(),
    )
}
