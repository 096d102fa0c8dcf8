//! Parity with English: a language other than English must say the same things, so each of
//! its files is checked against its English twin (`src/content/en/`, the reference).
//!
//! - Message files: exactly English's entries (none missing, none unknown), each of the same
//!   shape (words, list of as many items, or plural) with the same placeholders.
//! - Structured files: the same tables, fields and number of items, the same ids and every
//!   other non-word value, and per claim the same kind (fact, advice, framing or shared) and
//!   the same sources: a translated fact cites what the English fact cites, at its strength.
//!
//! Only the words may differ (and the editorial phrases of `findings.toml`, which match the
//! page's words in the file's own language).

use std::collections::BTreeSet;
use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::lang::{line_of, Problems};

pub use crate::parity_messages::messages;

/// The fields a claim is told by; a claim has exactly one, and it is the claim's kind.
const CLAIM_KINDS: &[&str] = &["fact", "advice", "framing", "shared"];

/// Fields whose strings name things (ids, sources, sections…): equal in every language.
const NAMES: &[&str] = &[
    "id",
    "section",
    "sources",
    "shared",
    "diagram",
    "source",
    "direction",
    "lit",
    "tip",
];

/// Fields that name things in one file only (elsewhere the same field holds words).
const NAMES_IN: &[(&str, &str)] = &[("article", "name"), ("self_check", "advice")];

/// Fields of editorial phrases in the file's own language: any number, any words. The
/// glossary is each language's own (a term English must explain may need no gloss in
/// another, as "GP" in Spanish is "médico de familia"); the caveats follow English's.
const OWN_PHRASES: &[(&str, &str)] = &[
    ("findings", "gloss"),
    ("findings", "told_by"),
    ("findings", "must_say"),
    ("findings", "never_say"),
    ("findings", "term"),
    ("findings", "explained_by"),
];

/// Where a comparison is: the file, its module name and its text (for line numbers).
struct At<'a> {
    file: &'a Path,
    module: &'a str,
    text: &'a str,
}

impl At<'_> {
    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        line_of(self.text, spanned.span().start)
    }
}

/// Checks a structured file against its English twin.
pub fn structured(english: &str, text: &str, file: &Path, module: &str, problems: &mut Problems) {
    let (Some(en), Some(own)) = (parse(english), parse(text)) else {
        return;
    };
    let at = At { file, module, text };
    table(en.get_ref(), own.get_ref(), (&at, at.line(&own)), problems);
}

/// A data file as a table with spans; `None` if it does not parse (reported when baked).
pub fn parse(text: &str) -> Option<Spanned<DeTable<'_>>> {
    DeTable::parse(text).ok()
}

/// The keys of a table.
pub fn keys<'a>(table: &'a DeTable<'_>) -> BTreeSet<&'a str> {
    table.keys().map(|key| key.get_ref().as_ref()).collect()
}

/// The value of `key` in a table, with its span.
pub fn lookup<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(name, _)| name.get_ref() == key)
        .map(|(_, value)| value)
}

/// The kind of claim a table tells, if it is a claim.
fn claim_kind<'a>(table: &'a DeTable<'_>) -> Option<&'a str> {
    table
        .keys()
        .map(|key| key.get_ref().as_ref())
        .find(|key| CLAIM_KINDS.contains(key))
}

fn table(en: &DeTable<'_>, own: &DeTable<'_>, at: (&At<'_>, usize), problems: &mut Problems) {
    let (place, line) = at;
    let (en_kind, own_kind) = (claim_kind(en), claim_kind(own));
    if let (Some(en_kind), Some(own_kind)) = (en_kind, own_kind) {
        if en_kind != own_kind {
            problems.add(
                place.file,
                line,
                format!("this claim is `{own_kind}`, but its English twin is `{en_kind}`"),
            );
        }
    }
    let is_kind = |key: &str| en_kind != own_kind && CLAIM_KINDS.contains(&key);
    for (key, value) in en.iter() {
        let key = key.get_ref().as_ref();
        match lookup(own, key) {
            Some(own_value) => field(key, value, own_value, place, problems),
            None if is_kind(key) => {}
            None => problems.add(
                place.file,
                line,
                format!("missing `{key}` (English has it)"),
            ),
        }
    }
    let en_keys = keys(en);
    for (key, value) in own.iter() {
        let key = key.get_ref().as_ref();
        if !en_keys.contains(key) && !is_kind(key) {
            problems.add(
                place.file,
                place.line(value),
                format!("unknown field `{key}` (English has no such field here)"),
            );
        }
    }
}

/// Compares one field's values; `key` says whether they are words, names or own phrases.
fn field(
    key: &str,
    en: &Spanned<DeValue<'_>>,
    own: &Spanned<DeValue<'_>>,
    place: &At<'_>,
    problems: &mut Problems,
) {
    if OWN_PHRASES.contains(&(place.module, key)) {
        return;
    }
    let line = place.line(own);
    let names = NAMES.contains(&key) || NAMES_IN.contains(&(place.module, key));
    match (en.get_ref(), own.get_ref()) {
        (DeValue::String(a), DeValue::String(b)) => {
            if names && a != b {
                problems.add(
                    place.file,
                    line,
                    format!("`{key}` is {b:?}, but English's is {a:?}"),
                );
            }
        }
        (DeValue::Array(a), DeValue::Array(b)) => {
            let all_strings = |items: &[Spanned<DeValue<'_>>]| {
                items
                    .iter()
                    .all(|item| matches!(item.get_ref(), DeValue::String(_)))
            };
            if names && all_strings(a) && all_strings(b) {
                let strings = |items: &[Spanned<DeValue<'_>>]| -> Vec<String> {
                    items
                        .iter()
                        .map(|item| match item.get_ref() {
                            DeValue::String(text) => text.to_string(),
                            _ => String::new(),
                        })
                        .collect()
                };
                let (a, b) = (strings(a), strings(b));
                if a != b {
                    problems.add(
                        place.file,
                        line,
                        format!("`{key}` is {b:?}, but English's is {a:?}"),
                    );
                }
                return;
            }
            if a.len() != b.len() {
                problems.add(
                    place.file,
                    line,
                    format!(
                        "`{key}` has {} items, but English's has {}",
                        b.len(),
                        a.len()
                    ),
                );
            }
            for (a, b) in a.iter().zip(b.iter()) {
                field(key, a, b, place, problems);
            }
        }
        (DeValue::Table(a), DeValue::Table(b)) => table(a, b, (place, line), problems),
        (DeValue::Integer(a), DeValue::Integer(b)) => {
            if a.as_str() != b.as_str() {
                let (a, b) = (a.as_str(), b.as_str());
                problems.add(
                    place.file,
                    line,
                    format!("`{key}` is {b}, but English's is {a}"),
                );
            }
        }
        (DeValue::Boolean(a), DeValue::Boolean(b)) if a == b => {}
        _ => problems.add(
            place.file,
            line,
            format!("`{key}` differs in kind or value from English's"),
        ),
    }
}
