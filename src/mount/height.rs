//! An embed's height, posted to the page it is framed in (where `embed.js` sizes the
//! iframe): whenever it changes, and again whenever that page asks. `embed.js` asks when
//! it starts, since a host may load it late (a "delay JS" plugin) and it would otherwise
//! wait for the next change to hear a height. Only the height is ever sent.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ResizeObserver, Window};

/// The message type the app posts to its parent; `embed.js` accepts only this.
pub const HEIGHT_MESSAGE: &str = "gut-skin-axis:height";

/// The message type `embed.js` posts to ask an embed for its height; nothing else is answered.
pub const MEASURE_MESSAGE: &str = "gut-skin-axis:measure";

/// The resize observer and the message listener, and the callbacks they call, kept
/// together: dropping this stops both before their callbacks are freed.
struct HeightReporter {
    window: Window,
    observer: ResizeObserver,
    _resized: Closure<dyn FnMut()>,
    asked: Closure<dyn FnMut(JsValue)>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
        let _ = self
            .window
            .remove_event_listener_with_callback("message", self.asked.as_ref().unchecked_ref());
    }
}

thread_local! {
    /// The page's height reporter, held (not leaked) for as long as the page lives.
    static HEIGHT_REPORTER: std::cell::RefCell<Option<HeightReporter>> =
        const { std::cell::RefCell::new(None) };
}

/// `{type: HEIGHT_MESSAGE, height}` with `root`'s height, posted to `parent`.
fn post_height(parent: &Window, root: &Element) {
    let height = root.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Only a height is sent, so any parent may read it.
    let _ = parent.post_message(&message, "*");
}

/// Whether `event` (a `MessageEvent`) is `parent` asking for the height. Read through
/// `Reflect` (a field that is not there, or data that is not an object, is simply "no").
fn asks_for_height(event: &JsValue, parent: &Window) -> bool {
    let field = |value: &JsValue, name: &str| js_sys::Reflect::get(value, &name.into()).ok();
    let from_parent =
        field(event, "source").is_some_and(|source| js_sys::Object::is(&source, parent));
    let kind = field(event, "data").and_then(|data| field(&data, "type"));
    from_parent && kind.and_then(|kind| kind.as_string()).as_deref() == Some(MEASURE_MESSAGE)
}

/// Posts `root`'s height to `parent` whenever it changes, and whenever `parent` asks.
pub(super) fn report_height(window: &Window, parent: Window, root: &Element) {
    let resized = {
        let (parent, root) = (parent.clone(), root.clone());
        Closure::<dyn FnMut()>::new(move || post_height(&parent, &root))
    };
    let asked = {
        let root = root.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if asks_for_height(&event, &parent) {
                post_height(&parent, &root);
            }
        })
    };
    let Ok(observer) = ResizeObserver::new(resized.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(root);
    let _ = window.add_event_listener_with_callback("message", asked.as_ref().unchecked_ref());
    let reporter = HeightReporter {
        window: window.clone(),
        observer,
        _resized: resized,
        asked,
    };
    HEIGHT_REPORTER.with(|slot| *slot.borrow_mut() = Some(reporter));
}
