//! Parity of a message file with its English twin (see `parity`): exactly English's
//! entries, each of the same shape (words, a list of as many items, or a plural) with the
//! same placeholders.

use std::collections::BTreeSet;
use std::path::Path;

use toml::de::DeValue;

use crate::lang::{line_of_key, Problems};
use crate::messages::placeholders;
use crate::parity::{keys, lookup, parse};

/// Checks a message file against its English twin.
pub fn messages(english: &str, text: &str, file: &Path, problems: &mut Problems) {
    let (Some(en), Some(own)) = (parse(english), parse(text)) else {
        return; // A file that does not parse is reported when it is baked.
    };
    let en_keys = keys(en.get_ref());
    for (key, value) in en.get_ref().iter() {
        let key = key.get_ref().as_ref();
        let Some(own_value) = lookup(own.get_ref(), key) else {
            problems.add(file, 0, format!("missing entry `{key}` (English has it)"));
            continue;
        };
        let line = line_of_key(text, key);
        let (en_shape, own_shape) = (shape(value.get_ref()), shape(own_value.get_ref()));
        if en_shape != own_shape {
            problems.add(
                file,
                line,
                format!("`{key}` is {own_shape}, but English's is {en_shape}"),
            );
            continue;
        }
        if let (DeValue::Array(en_items), DeValue::Array(items)) =
            (value.get_ref(), own_value.get_ref())
        {
            if en_items.len() != items.len() {
                problems.add(
                    file,
                    line,
                    format!(
                        "`{key}` has {} items, but English's has {}",
                        items.len(),
                        en_items.len()
                    ),
                );
            }
        }
        let (en_names, own_names) = (names_in(value.get_ref()), names_in(own_value.get_ref()));
        if en_names != own_names {
            problems.add(
                file,
                line,
                format!("`{key}` has placeholders {own_names:?}, but English's has {en_names:?}"),
            );
        }
    }
    for key in own.get_ref().keys() {
        if !en_keys.contains(key.get_ref().as_ref()) {
            problems.add(
                file,
                line_of_key(text, key.get_ref()),
                format!(
                    "unknown entry `{}` (English has no such entry)",
                    key.get_ref()
                ),
            );
        }
    }
}

/// What kind of entry a message is, in words for the problem list.
fn shape(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "words",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a plural",
        _ => "something else",
    }
}

/// Every placeholder in a message, whatever its shape, sorted.
fn names_in(value: &DeValue<'_>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut add = |words: &str| {
        if let Ok(names) = placeholders(words) {
            found.extend(names.into_iter().map(str::to_owned));
        }
    };
    match value {
        DeValue::String(words) => add(words),
        DeValue::Array(items) => items.iter().for_each(|item| {
            if let DeValue::String(words) = item.get_ref() {
                add(words);
            }
        }),
        DeValue::Table(forms) => forms.values().for_each(|form| {
            if let DeValue::String(words) = form.get_ref() {
                add(words);
            }
        }),
        _ => {}
    }
    found
}
