//! Cutting the prerendered page down to an embed's chosen parts.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::page_parts as parts;
use crate::components::IslandKind;
use crate::content::embed::REGION_LABEL;
use crate::content::events_note;
use crate::content::ui::OPENS_NEW_TAB;
use crate::model::{EmbedOptions, Part};

/// The part an island belongs to, for an embed's `sections`.
fn part_of(kind: IslandKind) -> Option<Part> {
    match kind {
        IslandKind::Diagram => Some(Part::Diagram),
        IslandKind::Quiz => Some(Part::Quiz),
        IslandKind::SelfCheck => Some(Part::SelfCheck),
        IslandKind::Checklist => Some(Part::Checklist),
        IslandKind::EmbedBuilder => None,
    }
}

/// Cuts the prerendered page under `root` down to the parts `options` chooses: no page
/// chrome, no snippet builder, and links to removed parts sent to the full page.
pub(super) fn build_embed_view(
    root: &Element,
    options: &EmbedOptions,
    base: &str,
    in_widget: bool,
) {
    for class in [
        parts::SKIP_LINK,
        parts::MASTHEAD,
        parts::CONTENTS,
        parts::SITE_FOOTER,
    ] {
        remove_all(root, &format!(".{class}"));
    }
    for kind in IslandKind::ALL {
        if part_of(kind).is_none_or(|part| !options.shows(part)) {
            if let Ok(Some(island)) = root.query_selector(&island_selector(kind)) {
                // Its "could not load" line goes with it, or a failed fetch would name it.
                if let Some(note) = failed_note_of(&island) {
                    note.remove();
                }
                island.remove();
            }
        }
    }
    let article = root
        .query_selector(&format!("article.{}", parts::ARTICLE))
        .ok()
        .flatten();
    // The diagram (its figure, its controls island and its list of steps) sits inside
    // the article; shown without the article, it takes the article's place.
    let diagram = root
        .query_selector(&format!(".{}", parts::DIAGRAM))
        .ok()
        .flatten();
    if !options.shows(Part::Article) {
        match (article, diagram, options.shows(Part::Diagram)) {
            (Some(article), Some(diagram), true) => {
                let _ = article.replace_with_with_node_1(&diagram);
            }
            (Some(article), _, _) => article.remove(),
            _ => {}
        }
        remove_all(root, &format!("#{}", parts::REFERENCES));
        remove_all(root, &format!("#{}", parts::DISCLAIMER));
    } else if let (Some(diagram), false) = (diagram, options.shows(Part::Diagram)) {
        diagram.remove();
    }
    if let Ok(Some(main)) = root.query_selector("main") {
        main.set_class_name("embed");
        // A widget sits inside the host's page, which has its own <main>: become a region.
        if in_widget {
            let region = main
                .owner_document()
                .and_then(|document| document.create_element("div").ok());
            if let Some(region) = region {
                region.set_class_name("embed");
                let _ = region.set_attribute("role", "region");
                let _ = region.set_attribute("aria-label", REGION_LABEL);
                while let Some(child) = main.first_child() {
                    if region.append_child(&child).is_err() {
                        break;
                    }
                }
                let _ = main.replace_with_with_node_1(&region);
            }
        }
    }
    if let Ok(Some(source)) = root.query_selector(&format!(".{} a", parts::EMBED_SOURCE)) {
        let _ = source.set_attribute("href", base);
    }
    // The host page asked for events: say plainly what it learns, under the link to the
    // full page. Written here, not hidden in the prerendered page, which must fit its
    // first round trip and never shows it.
    if let (true, Some(document), Ok(Some(source))) = (
        options.events,
        root.owner_document(),
        root.query_selector(&format!(".{}", parts::EMBED_SOURCE)),
    ) {
        if let Ok(note) = document.create_element("p") {
            note.set_class_name(parts::EVENTS_NOTE);
            let shows = |part| options.shows(part);
            let words = events_note(
                shows(Part::Quiz),
                shows(Part::SelfCheck),
                shows(Part::Checklist),
            );
            note.set_text_content(Some(&words));
            let _ = source.after_with_node_1(&note);
        }
    }
    redirect_dangling_links(root, base);
}

fn island_selector(kind: IslandKind) -> String {
    format!(r#"[data-island="{}"]"#, kind.name())
}

/// The hidden "could not load" line just before an island's container, if there is one.
fn failed_note_of(island: &Element) -> Option<Element> {
    island
        .previous_element_sibling()
        .filter(|note| note.class_list().contains(parts::ISLAND_FAILED))
}

/// Sends in-page links whose target was cut out to the full explainer, in a new tab.
fn redirect_dangling_links(root: &Element, base: &str) {
    let Ok(links) = root.query_selector_all(r##"a[href^="#"]"##) else {
        return;
    };
    for index in 0..links.length() {
        let Some(link) = links
            .get(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        let target = format!(
            r#"[id="{}"]"#,
            href.trim_start_matches('#').replace('"', "")
        );
        if matches!(root.query_selector(&target), Ok(Some(_))) {
            continue;
        }
        let _ = link.set_attribute("href", &format!("{base}{href}"));
        let _ = link.set_attribute("target", "_blank");
        let _ = link.set_attribute("rel", "noopener");
        // Built as an element, so the words are text whatever characters they hold.
        let hint = link
            .owner_document()
            .and_then(|document| document.create_element("span").ok());
        if let Some(hint) = hint {
            hint.set_class_name("visually-hidden");
            hint.set_text_content(Some(OPENS_NEW_TAB));
            let _ = link.append_child(&hint);
        }
    }
}

fn remove_all(root: &Element, selector: &str) {
    if let Ok(found) = root.query_selector_all(selector) {
        for index in 0..found.length() {
            if let Some(element) = found
                .get(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            {
                element.remove();
            }
        }
    }
}
