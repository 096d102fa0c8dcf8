//! The two ways an event reaches a host page that asked for events: a message to the
//! parent frame (iframe embeds) or a call into `widget.js` (direct-mount widgets).

use wasm_bindgen::JsValue;
use web_sys::Window;

use crate::components::HostEvents;
use crate::model::{HostEvent, HostEventValue};

/// The message type of events posted to the parent page.
pub const EVENT_MESSAGE: &str = "gut-skin-axis:event";

/// `{name, band}`, `{name, ticks}` or `{name}`: all an event ever carries.
fn event_object(event: HostEvent) -> js_sys::Object {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"name".into(), &event.name().into());
    if let Some(value) = event.value() {
        let field = JsValue::from_str(value.field());
        let _ = match value {
            HostEventValue::Band(band) => js_sys::Reflect::set(&object, &field, &band.into()),
            HostEventValue::Ticks(ticks) => {
                js_sys::Reflect::set(&object, &field, &(ticks as f64).into())
            }
        };
    }
    object
}

/// Events posted to `parent`, the page this one is framed in.
pub(super) fn to_parent(parent: Window) -> HostEvents {
    HostEvents::new(move |event| {
        let message = event_object(event);
        let _ = js_sys::Reflect::set(&message, &"type".into(), &EVENT_MESSAGE.into());
        // The parent asked for these by its iframe's address; they hold no answer or id.
        let _ = parent.post_message(&message, "*");
    })
}

/// Events handed to `widget.js`'s `emit(name, detail)`, which dispatches them on the host element.
pub(super) fn to_function(emit: js_sys::Function) -> HostEvents {
    HostEvents::new(move |event| {
        let _ = emit.call2(&JsValue::NULL, &event.name().into(), &event_object(event));
    })
}
