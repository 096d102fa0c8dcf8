//! The browser shell. The page arrives prerendered (not hydratable); this makes its
//! islands live, each by replacing its prerendered container with a live twin, or,
//! for an embed, first cuts the page down to the chosen parts. It also applies theme
//! and accent and reports an embed's height to its parent. Nothing here unwraps.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomParser, Element, HtmlElement, SupportedType, Window};
use yew::Callback;

mod embed_view;
mod height;
mod host_events;
mod panic;
mod query;
mod warnings;

use crate::components::{
    page_address, HostEvents, IslandKind, IslandRoot, IslandRootProps, PageLinks,
};
use crate::content::console::NOTHING_TO_MOUNT;
use crate::model::{parse_options, EmbedOptions, HostEvent, Part};
use embed_view::build_embed_view;
pub use height::{HEIGHT_MESSAGE, MEASURE_MESSAGE};
pub use host_events::EVENT_MESSAGE;
pub use panic::{mark_stopped, on_panic_mark, panic_line};
pub use query::query_pairs;
use warnings::warn_all;

/// Makes the page in `#app` live: its islands on our own page, or an embed view with `?embed`.
pub fn mount_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    // Only our own page has #app; elsewhere (a host page loading widget.js) mount nothing.
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    if !has_islands(&root) {
        // A blank page with a silent console is the worst failure to debug: name the cause.
        web_sys::console::error_1(&JsValue::from_str(NOTHING_TO_MOUNT));
        return;
    }
    on_panic_mark(&root, true);
    let pairs = query_pairs(&window.location().search().unwrap_or_default());
    if !pairs.iter().any(|(name, _)| name == "embed") {
        // One island per task, so that no single long task keeps the page from responding.
        yew::platform::spawn_local(async move {
            for kind in IslandKind::ALL {
                mount_island(&root, kind, None, "", None);
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
            }
        });
        return;
    }
    let base = page_address();
    let (options, warnings) = parse_options(|name| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    });
    warn_all(&warnings);
    if let Some(html) = document.document_element() {
        apply_look(&html, &options);
    }
    build_embed_view(&root, &options, &base, false);
    let events = parent_frame(&window)
        .filter(|_| options.events)
        .map(host_events::to_parent);
    mount_islands(&root, Some(&options), &base, events.as_ref(), false);
    // The page was hidden until now (see index.html), so the full page never flashes.
    let _ = root.set_attribute("data-live", "");
    if let Some(parent) = parent_frame(&window) {
        height::report_height(&window, parent, &root);
    }
    if let Some(events) = events {
        events.send(HostEvent::Ready);
    }
}

/// Whether `root` holds at least one island container.
fn has_islands(root: &Element) -> bool {
    matches!(root.query_selector("[data-island]"), Ok(Some(_)))
}

/// Mounts the chosen parts into `root` (a widget's shadow-root container). `page` is the
/// prerendered page's HTML, from which the static parts are taken; `get` reads one option;
/// `emit(name, detail)` dispatches an event on the widget's host element, if it asked.
pub fn mount_widget(
    root: Element,
    page: Option<String>,
    get: impl Fn(&str) -> Option<String>,
    base: String,
    emit: Option<js_sys::Function>,
) {
    on_panic_mark(&root, false);
    let (options, warnings) = parse_options(get);
    warn_all(&warnings);
    // The host page's words may be in any language: screen readers must read ours as ours.
    let _ = root.set_attribute("lang", crate::content::LANG);
    apply_look(&root, &options);
    let parsed = page.and_then(|html| {
        let parser = DomParser::new().ok()?;
        let document = parser
            .parse_from_string(&html, SupportedType::TextHtml)
            .ok()?;
        document.get_element_by_id("app")
    });
    match parsed {
        // Move the fetched page's prerendered nodes into the widget, then cut them down
        // like an iframe embed; its islands are then swapped for live twins, as on our page.
        Some(app) => {
            while let Some(child) = app.first_child() {
                if root.append_child(&child).is_err() {
                    break;
                }
            }
        }
        // Without the page (it could not be fetched), mount the islands alone.
        None => {
            // The diagram's controls mean nothing without its figure, which is in the page.
            let html: String = IslandKind::ALL
                .iter()
                .filter(|kind| **kind != IslandKind::Diagram)
                .map(|kind| kind.placeholder())
                .collect();
            root.set_inner_html(&format!(r#"<main class="page">{html}</main>"#));
        }
    }
    build_embed_view(&root, &options, &base, true);
    let events = emit
        .filter(|_| options.events)
        .map(host_events::to_function);
    mount_islands(&root, Some(&options), &base, events.as_ref(), true);
    if let Some(events) = events {
        events.send(HostEvent::Ready);
    }
}

/// Makes every island container under `scope` live, each swapped for a live twin that first
/// renders the same markup (see [`mount_island`]); in an embed with the embed's links.
/// In a widget nothing offers to print, which would print the host's whole page.
fn mount_islands(
    scope: &Element,
    embed: Option<&EmbedOptions>,
    base: &str,
    events: Option<&HostEvents>,
    in_widget: bool,
) {
    for kind in IslandKind::ALL {
        let embed = embed.map(|options| (options, in_widget));
        mount_island(scope, kind, embed, base, events.cloned());
    }
}

/// Makes one island under `scope` live, if its container is there. The island renders
/// afresh into a detached twin of its container, which takes the prerendered one's place
/// in a single step once its first render is complete: nothing flashes, nothing moves
/// (the first live render is the prerendered markup), and focus returns to the control
/// the reader was on, by its id. (Adopting the prerendered nodes instead needs Yew's
/// `hydration` feature, which costs about 16 kB of wasm.)
fn mount_island(
    scope: &Element,
    kind: IslandKind,
    embed: Option<(&EmbedOptions, bool)>,
    base: &str,
    events: Option<HostEvents>,
) {
    let selector = format!(r#"[data-island="{}"]"#, kind.name());
    let Ok(Some(container)) = scope.query_selector(&selector) else {
        return;
    };
    let Some(twin) = container
        .clone_node_with_deep(false)
        .ok()
        .and_then(|twin| twin.dyn_into::<Element>().ok())
    else {
        return;
    };
    let on_rendered = {
        let twin = twin.clone();
        Callback::from(move |()| {
            let focused = focused_id_within(&container);
            if container.replace_with_with_node_1(&twin).is_ok() {
                if let Some(id) = focused {
                    focus_by_id(&twin, &id);
                }
            }
        })
    };
    let (namespace, links) = match embed {
        None => (Default::default(), None),
        Some((options, in_widget)) => (
            options.namespace.clone(),
            Some(PageLinks {
                base: base.to_owned().into(),
                article_here: options.shows(Part::Article),
                checklist_here: options.shows(Part::Checklist),
                printable: !in_widget,
                events,
            }),
        ),
    };
    let props = IslandRootProps {
        kind,
        namespace,
        links,
        on_rendered,
    };
    yew::Renderer::<IslandRoot>::with_root_and_props(twin, props).render();
}

/// Focuses the element with `id` in `scope`'s document, if it can take focus.
fn focus_by_id(scope: &Element, id: &str) {
    let target = scope
        .owner_document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|target| target.dyn_into::<HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// The id of the focused element, if it lies within `container` and has one.
fn focused_id_within(container: &Element) -> Option<String> {
    let document = container.owner_document()?;
    let active = document.active_element()?;
    let id = active.id();
    (container.contains(Some(&active)) && !id.is_empty()).then_some(id)
}

/// Sets `data-theme` and the accent colours on `element`, through the CSSOM (allowed by a strict CSP).
fn apply_look(element: &Element, options: &EmbedOptions) {
    let _ = element.set_attribute("data-theme", options.theme.name());
    if let (Some(accent), Some(element)) = (&options.accent, element.dyn_ref::<HtmlElement>()) {
        let style = element.style();
        let _ = style.set_property("--accent", &accent.color);
        let _ = style.set_property("--on-accent", accent.text);
    }
}

/// The page this one is framed in, if it is in a frame (a top-level page is its own parent).
fn parent_frame(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, window)).then_some(parent)
}
