//! The browser shell: reads the page's options, mounts the app, applies theme and
//! accent, and reports the embed's height to the parent page. Nothing here unwraps.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ResizeObserver, Window};

use crate::components::{App, AppProps, EmbeddedParts, EmbeddedPartsProps};
use crate::model::{parse_options, query_pairs, EmbedOptions, OptionWarning};

/// The message type the app posts to its parent; `embed.js` accepts only this.
pub const HEIGHT_MESSAGE: &str = "gut-skin-axis:height";

/// Mounts the explainer into `#app`: the full page, or an embed when the URL has `?embed`.
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
    let location = window.location();
    let pairs = query_pairs(&location.search().unwrap_or_default());
    let embed = pairs.iter().any(|(name, _)| name == "embed");
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    if embed {
        // The prerendered page is the full one: an embed builds its own view instead.
        root.set_inner_html("");
    }
    let prerendered = root.first_child().is_some();
    let props = if embed {
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
        report_height(&window, &root);
        AppProps {
            embed: Some(options),
            base: base.into(),
        }
    } else {
        AppProps {
            embed: None,
            base: base.into(),
        }
    };
    // An embed's page was hidden until now (see index.html); show the view being built.
    let _ = root.set_attribute("data-live", "");
    let renderer = yew::Renderer::<App>::with_root_and_props(root, props);
    // Adopt prerendered markup where there is some (release builds); render afresh otherwise.
    if prerendered {
        hydrate(renderer);
    } else {
        renderer.render();
    }
}

#[cfg(target_arch = "wasm32")]
fn hydrate(renderer: yew::Renderer<App>) {
    renderer.hydrate();
}

// Native builds (tests, prerendering) never mount; this keeps the shell compiling there.
#[cfg(not(target_arch = "wasm32"))]
fn hydrate(renderer: yew::Renderer<App>) {
    renderer.render();
}

/// Mounts the chosen parts into `root` (inside a widget's shadow root).
/// `get` reads one option (`sections`, `theme`, `accent`, `namespace`); `base` is the app's URL.
pub fn mount_widget(root: Element, get: impl Fn(&str) -> Option<String>, base: String) {
    let (options, warnings) = parse_options(get);
    warn_all(&warnings);
    apply_look(&root, &options);
    // No <main> here: the host page has its own.
    let props = EmbeddedPartsProps {
        options,
        base: base.into(),
    };
    yew::Renderer::<EmbeddedParts>::with_root_and_props(root, props).render();
}

fn warn_all(warnings: &[OptionWarning]) {
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&warning.message()));
    }
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

/// Posts the app's height to the parent page whenever it changes, if there is a parent.
fn report_height(window: &Window, root: &Element) {
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, window) {
        return; // Not in a frame.
    }
    let target = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only a height is sent, so any parent may read it.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page.
    post.forget();
}
