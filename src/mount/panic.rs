//! What happens when the code panics. A panic aborts the wasm (release builds use
//! `panic = "abort"`), which stops every part on the page at once, so the hook says
//! so: one console line naming the panic, and one line in each live part. On our own
//! page (or an embed) the line has a "Reload the page" button, which the island loader
//! handles, since no wasm can run after the abort; in a widget it has none, as the host
//! page is not ours to reload and a trapped instance cannot be restarted in place.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::content::console::{panic_place, NO_PANIC_MESSAGE};
use crate::content::{PANIC_CONSOLE, RELOAD_PAGE, STOPPED_WORKING};

thread_local! {
    /// Every container whose parts are live, and whether its page may be reloaded.
    static ROOTS: RefCell<Vec<(Element, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Marks the parts in `root` as stopped if the code panics (`reload`: on our own page),
/// and installs the hook with the first root.
pub fn on_panic_mark(root: &Element, reload: bool) {
    ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        if roots.is_empty() {
            std::panic::set_hook(Box::new(hook));
        }
        roots.push((root.clone(), reload));
    });
}

fn hook(info: &PanicHookInfo) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or(NO_PANIC_MESSAGE);
    let place = info.location().map(|at| (at.file(), at.line()));
    web_sys::console::error_1(&JsValue::from_str(&panic_line(message, place)));
    mark_stopped();
}

/// The console line for a panic with `message` at `place` (file, line): one line,
/// whatever the message holds.
pub fn panic_line(message: &str, place: Option<(&str, u32)>) -> String {
    let place = place
        .map(|(file, line)| panic_place(file, line))
        .unwrap_or_default();
    format!("{PANIC_CONSOLE} {message}{place}").replace('\n', " ")
}

/// Replaces each live part under every registered root with the line saying it stopped.
/// Public for the in-browser test, which cannot panic without stopping itself.
pub fn mark_stopped() {
    // `try_`: a panic while the list is borrowed must not panic again inside the hook.
    let _ = ROOTS.try_with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            for (root, reload) in roots.iter() {
                while mark_next(root, *reload).is_some() {}
            }
        }
    });
}

/// Marks the next part in `root` not marked yet; `None` when none is left (or the DOM refuses).
fn mark_next(root: &Element, reload: bool) -> Option<()> {
    let island = root
        .query_selector("[data-island]:not([data-stopped])")
        .ok()??;
    island.set_attribute("data-stopped", "").ok()?;
    let document = root.owner_document()?;
    let line = document.create_element("p").ok()?;
    line.set_class_name("island-stopped");
    line.set_attribute("role", "alert").ok()?;
    line.set_text_content(Some(STOPPED_WORKING));
    if reload {
        let button = document.create_element("button").ok()?;
        button.set_attribute("type", "button").ok()?;
        button.set_attribute("data-reload", "").ok()?;
        button.set_text_content(Some(RELOAD_PAGE));
        line.append_child(&document.create_text_node(" ")).ok()?;
        line.append_child(&button).ok()?;
    }
    island.set_text_content(None);
    island.append_child(&line).ok()?;
    Some(())
}
