//! Rendered markup, parsed: the markup tests assert on elements, attributes and text
//! through selectors, so attribute order, quoting and whitespace cannot fool them.
#![allow(dead_code)]

use gut_skin_axis::components::App;
use scraper::{ElementRef, Html, Node, Selector};
use yew::LocalServerRenderer;

/// The whole app as `ssr` renders it, parsed.
pub async fn app() -> Html {
    parse(&LocalServerRenderer::<App>::new().render().await)
}

/// Rendered markup parsed as a fragment (components render no `<html>` of their own).
pub fn parse(markup: &str) -> Html {
    Html::parse_fragment(markup)
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|error| panic!("bad selector {css:?}: {error}"))
}

/// Every element matching `css`, in document order.
pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&selector(css)).collect()
}

/// Every element under `element` matching `css`, in document order.
pub fn select_in<'a>(element: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    element.select(&selector(css)).collect()
}

/// The one element matching `css`; panics when there is none or more than one.
pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    match select(doc, css).as_slice() {
        [only] => *only,
        found => panic!("expected one {css:?}, found {}", found.len()),
    }
}

/// Whether an element matches `css`.
pub fn has(doc: &Html, css: &str) -> bool {
    !select(doc, css).is_empty()
}

/// The text of `element` and everything inside it, as a reader gets it.
pub fn text(element: ElementRef) -> String {
    element.text().collect()
}

/// The text of the whole markup.
pub fn page_text(doc: &Html) -> String {
    text(doc.root_element())
}

/// Heading levels in document order, e.g. `[1, 2, 2, …]`.
pub fn heading_levels(doc: &Html) -> Vec<u8> {
    select(doc, "h1, h2, h3, h4, h5, h6")
        .iter()
        .map(|heading| heading.value().name().as_bytes()[1] - b'0')
        .collect()
}

/// Values of every `attr` on any element, in document order.
pub fn attribute_values<'a>(doc: &'a Html, attr: &str) -> Vec<&'a str> {
    select(doc, &format!("[{attr}]"))
        .into_iter()
        .filter_map(|element| element.value().attr(attr))
        .collect()
}

/// Values of every attribute of every element (what a screen reader may read out too).
pub fn all_attribute_values(doc: &Html) -> Vec<&str> {
    select(doc, "*")
        .into_iter()
        .flat_map(|element| element.value().attrs().map(|(_, value)| value))
        .collect()
}

/// Whether the markup holds any comment (Yew's hydration markers are comments).
pub fn has_comment(doc: &Html) -> bool {
    doc.tree
        .nodes()
        .any(|node| matches!(node.value(), Node::Comment(_)))
}

/// Where `element` stands in document order (for "comes before" checks).
pub fn position(doc: &Html, element: ElementRef) -> usize {
    doc.tree
        .root()
        .descendants()
        .position(|node| node.id() == element.id())
        .expect("element of this document")
}

/// The elements matching `css` that come after `element` in document order (its
/// descendants included, the element itself not).
pub fn after<'a>(doc: &'a Html, element: ElementRef, css: &str) -> Vec<ElementRef<'a>> {
    let from = position(doc, element);
    select(doc, css)
        .into_iter()
        .filter(|found| position(doc, *found) > from)
        .collect()
}

/// Whether `needle` is in the text or in any attribute value (for "never says" checks).
pub fn mentions(doc: &Html, needle: &str) -> bool {
    page_text(doc).contains(needle)
        || all_attribute_values(doc)
            .iter()
            .any(|value| value.contains(needle))
}

/// Where the first text node holding `needle` stands in document order.
pub fn text_position(doc: &Html, needle: &str) -> Option<usize> {
    doc.tree
        .root()
        .descendants()
        .position(|node| matches!(node.value(), Node::Text(words) if words.contains(needle)))
}
