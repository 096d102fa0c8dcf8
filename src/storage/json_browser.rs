//! JSON text to a [`Json`] value with the browser's own `JSON.parse`, so the wasm
//! carries no parser: only a small walker over the parsed JavaScript value.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::MAX_JSON_DEPTH;
use crate::model::{Fields, Json};

/// The JSON text of `value`; a fraction in the browser's own number formatting, which
/// `JSON.parse` reads back exactly.
pub fn json_text(value: &Json) -> String {
    value.to_text_with(|n| {
        String::from(
            js_sys::Number::from(n)
                .to_string_with_radix(10)
                .unwrap_or_else(|_| "null".into()),
        )
    })
}

/// Parses `text`; `None` when it is not JSON (or nests deeper than stored data ever does).
pub fn parse_json(text: &str) -> Option<Json> {
    let value = js_sys::JSON::parse(text).ok()?;
    to_json(&value, 0)
}

fn to_json(value: &JsValue, depth: usize) -> Option<Json> {
    // A depth limit keeps deeply nested text from exhausting the wasm stack.
    if depth > MAX_JSON_DEPTH {
        return None;
    }
    if value.is_null() {
        return Some(Json::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Some(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return Some(Json::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::String(text));
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        return array
            .iter()
            .map(|item| to_json(&item, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Json::Array);
    }
    let object = value.dyn_ref::<Object>()?;
    let mut fields = Fields::new();
    for name in Object::keys(object).iter() {
        let name = name.as_string()?;
        let field = Reflect::get(object, &JsValue::from_str(&name)).ok()?;
        fields.insert(&name, to_json(&field, depth + 1)?);
    }
    Some(Json::Object(fields))
}
