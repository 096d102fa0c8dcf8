//! The two embed snippets a publisher copies, built from chosen options.

use super::embed_options::{EmbedOptions, Part, Theme};

/// The iframe URL's query: `?embed`, then only the options that differ from the defaults.
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

/// A title that says what the iframe holds, for screen-reader users on the host page.
pub fn embed_title(options: &EmbedOptions) -> String {
    crate::content::embed::title_for(&options.parts)
}

/// The iframe snippet, with `embed.js` for automatic height.
pub fn iframe_snippet(app_url: &str, options: &EmbedOptions) -> String {
    format!(
        "<iframe src=\"{app_url}{query}\" title=\"{title}\" style=\"width:100%;border:0;height:640px\" loading=\"lazy\"></iframe>\n<script src=\"{app_url}embed.js\" async></script>",
        query = embed_query(options).replace('&', "&amp;"),
        title = embed_title(options),
    )
}

/// The direct-mount snippet: a `div` with data attributes and the `widget.js` module.
pub fn widget_snippet(app_url: &str, options: &EmbedOptions) -> String {
    let attributes: String = option_values(options)
        .into_iter()
        .map(|(name, value)| match value.is_empty() {
            true => format!(" data-{name}"),
            false => format!(" data-{name}=\"{value}\""),
        })
        .collect();
    format!(
        "<div data-gut-skin{attributes}></div>\n<script type=\"module\" src=\"{app_url}widget.js\"></script>"
    )
}
