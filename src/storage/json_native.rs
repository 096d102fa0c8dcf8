//! JSON text to a [`Json`] value natively (tests, prerendering), read with `serde_json`
//! (a native-only dependency: the wasm uses the browser's `JSON.parse`) the way
//! `JSON.parse` reads it, so the storage rules tested natively are the ones the browser
//! runs. `serde_json` checks the syntax; this walks its raw values, because `JSON.parse`
//! reads three things `serde_json`'s typed reading refuses or changes: a number beyond
//! `f64` is `Infinity`, a lone surrogate escape is a character (U+FFFD once it reaches
//! Rust), and an object keeps its fields in the text's order, a repeated name in place.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::MAX_JSON_DEPTH;
use crate::model::{Fields, Json};

/// The JSON text of `value`; a fraction in Rust's shortest round-trip formatting, which
/// is read back exactly, as the browser's is.
pub fn json_text(value: &Json) -> String {
    value.to_text_with(|n| format!("{n:?}"))
}

/// Parses `text`; `None` when it is not JSON (or nests deeper than stored data ever does).
pub fn parse_json(text: &str) -> Option<Json> {
    let raw: &RawValue = serde_json::from_str(text).ok()?;
    value(raw.get(), 0)
}

/// The value of `raw`, one JSON value that `serde_json` has already checked.
fn value(raw: &str, depth: usize) -> Option<Json> {
    if depth > MAX_JSON_DEPTH {
        return None;
    }
    Some(match raw.as_bytes().first()? {
        b'n' => Json::Null,
        b't' => Json::Bool(true),
        b'f' => Json::Bool(false),
        b'"' => Json::String(string(raw)?),
        b'[' => {
            let items: Vec<&RawValue> = serde_json::from_str(raw).ok()?;
            let items = items.iter().map(|item| value(item.get(), depth + 1));
            Json::Array(items.collect::<Option<_>>()?)
        }
        b'{' => {
            let Entries(entries) = serde_json::from_str(raw).ok()?;
            let mut fields = Fields::new();
            for (name, item) in entries {
                // A repeated name keeps its first place and takes the last value.
                fields.insert(&string(name.get())?, value(item.get(), depth + 1)?);
            }
            Json::Object(fields)
        }
        // The number syntax is checked; Rust reads it to the nearest `f64` as JavaScript
        // does, and a number beyond the largest `f64` as infinite.
        _ => Json::Number(raw.parse().ok()?),
    })
}

/// A string's characters; a lone surrogate escape reads as U+FFFD, as the browser's
/// text does once it reaches Rust.
fn string(raw: &str) -> Option<String> {
    let mut deserializer = serde_json::Deserializer::from_str(raw);
    // Read as bytes, `serde_json` keeps a lone surrogate (as WTF-8) instead of refusing it.
    let bytes = deserializer.deserialize_bytes(BytesVisitor).ok()?;
    Some(from_wtf8(&bytes))
}

/// UTF-8 text from WTF-8: each encoded surrogate (three bytes, `ED A0..BF xx`) becomes
/// one U+FFFD.
fn from_wtf8(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                out.push_str(rest);
                return out;
            }
            Err(error) => {
                let (valid, rest) = bytes.split_at(error.valid_up_to());
                out.push_str(&String::from_utf8_lossy(valid));
                out.push(char::REPLACEMENT_CHARACTER);
                let skip = match rest {
                    [0xED, 0xA0..=0xBF, _, ..] => 3,
                    _ => error.error_len().unwrap_or(rest.len()),
                };
                bytes = rest.get(skip..).unwrap_or_default();
            }
        }
    }
}

/// An object's names and values, raw and in the text's order.
struct Entries<'a>(Vec<(&'a RawValue, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EntriesVisitor(std::marker::PhantomData))
    }
}

struct EntriesVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for EntriesVisitor<'a> {
    type Value = Entries<'a>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Entries<'a>, M::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<&RawValue, &RawValue>()? {
            entries.push(entry);
        }
        Ok(Entries(entries))
    }
}

struct BytesVisitor;

impl Visitor<'_> for BytesVisitor {
    type Value = Vec<u8>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON string")
    }

    fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
        Ok(bytes.to_vec())
    }
}
