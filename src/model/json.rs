//! A tiny JSON value and the typed codec of everything the page stores.
//!
//! Text becomes a [`Json`] value in the storage layer (the browser's `JSON.parse`
//! in wasm, `serde_json` natively); the rules for what a value means live only
//! here and in the [`FromJson`] impls, so they run and are tested natively. This
//! keeps `serde_json` out of the wasm, where it weighed about 30 kB.
//!
//! The rules follow what `serde`'s derives did before: unknown fields are ignored,
//! a missing field reads as `null` (so only `Option` fields may be missing), and
//! numbers are read the way the browser holds them (as `f64`).

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number, as the browser holds it.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object.
    Object(Fields),
}

/// An object's fields in order, each name at most once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fields(Vec<(String, Json)>);

impl Fields {
    /// No fields.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of field `name`, if present.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value)
    }

    /// Sets field `name`, in its place if it exists (as `JSON.parse` does for a repeated name), else last.
    pub fn insert(&mut self, name: &str, value: Json) {
        match self.0.iter_mut().find(|(field, _)| field == name) {
            Some((_, old)) => *old = value,
            None => self.0.push((name.to_owned(), value)),
        }
    }

    /// Removes field `name` and returns its value.
    pub fn remove(&mut self, name: &str) -> Option<Json> {
        let position = self.0.iter().position(|(field, _)| field == name)?;
        Some(self.0.remove(position).1)
    }

    /// The fields in order.
    pub fn iter(&self) -> impl Iterator<Item = &(String, Json)> {
        self.0.iter()
    }

    /// Decodes field `name`; a missing field reads as `null`, so only an `Option` may be missing.
    pub fn read<T: FromJson>(&self, name: &str) -> Option<T> {
        T::from_json(self.get(name).unwrap_or(&Json::Null))
    }

    /// Sets field `name` to `value` (for building a new object).
    pub fn with_value(mut self, name: &str, value: Json) -> Self {
        self.insert(name, value);
        self
    }

    /// Sets field `name` to `value` encoded (for building a new object).
    pub fn with(mut self, name: &str, value: &impl ToJson) -> Self {
        self.insert(name, value.to_json());
        self
    }
}

/// Largest whole number an `f64` (and so `JSON.parse`) holds exactly: 2^53 − 1.
pub const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_991.0;

impl Json {
    /// The value as a whole number from 0 to [`MAX_EXACT_INTEGER`].
    pub fn as_whole(&self) -> Option<u64> {
        match *self {
            Json::Number(n) if n.fract() == 0.0 && (0.0..=MAX_EXACT_INTEGER).contains(&n) => {
                Some(n as u64)
            }
            _ => None,
        }
    }

    /// The value as an object's fields.
    pub fn as_object(&self) -> Option<&Fields> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// The JSON text of the value, escaped as `JSON.stringify` does; a number with a
    /// fraction is written by `fraction` (storage passes the platform's own formatting).
    pub fn to_text_with(&self, fraction: fn(f64) -> String) -> String {
        let mut out = String::new();
        self.write(&mut out, fraction);
        out
    }

    fn write(&self, out: &mut String, fraction: fn(f64) -> String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(n) => write_number(*n, out, fraction),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out, fraction);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (index, (name, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out, fraction);
                }
                out.push('}');
            }
        }
    }
}

/// Whole numbers are written with integer formatting only: float formatting
/// would add several kB to the wasm, and nothing stored has a fraction.
fn write_number(n: f64, out: &mut String, fraction: fn(f64) -> String) {
    if !n.is_finite() {
        out.push_str("null"); // As JSON.stringify does.
    } else if n.fract() == 0.0 && n.abs() <= MAX_EXACT_INTEGER {
        out.push_str(&(n as i64).to_string());
    } else {
        out.push_str(&fraction(n));
    }
}

fn write_string(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let byte = c as usize;
                out.push_str("\\u00");
                out.push(HEX[byte >> 4] as char);
                out.push(HEX[byte & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A type read from JSON; `None` when the value does not fit it.
pub trait FromJson: Sized {
    /// Decodes `json`, never panicking on any value.
    fn from_json(json: &Json) -> Option<Self>;
}

/// A type written as JSON.
pub trait ToJson {
    /// Encodes the value.
    fn to_json(&self) -> Json;
}

impl FromJson for usize {
    fn from_json(json: &Json) -> Option<Self> {
        json.as_whole().and_then(|n| usize::try_from(n).ok())
    }
}

impl ToJson for usize {
    fn to_json(&self) -> Json {
        Json::Number(*self as f64)
    }
}

impl FromJson for u32 {
    fn from_json(json: &Json) -> Option<Self> {
        json.as_whole().and_then(|n| u32::try_from(n).ok())
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Json {
        Json::Number(f64::from(*self))
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::String(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Null => Some(None),
            json => T::from_json(json).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::to_json)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(ToJson::to_json).collect())
    }
}
