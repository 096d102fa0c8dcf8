//! A versioned JSON envelope, `{"v":N,…}`, with a chain of migrations.

use super::{json_text, parse_json};
use crate::model::{Fields, FromJson, Json, ToJson};

/// Upgrades the fields of version N to those of version N + 1.
pub type Migration = fn(Fields) -> Result<Fields, DecodeError>;

/// Why stored text could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not an object with a positive integer `v`.
    Corrupt,
    /// Valid JSON whose fields do not fit the expected shape.
    WrongShape,
}

/// Data read from an envelope, and how it relates to the running code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded<T> {
    /// Written by this version.
    Current(T),
    /// Written by an older version and upgraded through the migration chain.
    Migrated(T),
    /// Written by a newer version: only the understood fields were read.
    /// Callers must not overwrite it. `None` when nothing was understood.
    Newer(Option<T>),
}

/// Decodes `raw`, written at any version, into the current `T`.
///
/// `migrations[i]` upgrades version `i + 1` to `i + 2`, so the current version
/// is `migrations.len() + 1`.
pub fn decode<T: FromJson>(raw: &str, migrations: &[Migration]) -> Result<Decoded<T>, DecodeError> {
    decode_value(parse_json(raw), migrations)
}

/// Decodes `raw` up to its fields at the current version, for any stored type.
pub(crate) fn decode_fields(
    raw: &str,
    migrations: &[Migration],
) -> Result<Decoded<Json>, DecodeError> {
    open(parse_json(raw), migrations)
}

/// Decodes an already parsed envelope; `None` stands for text that is not JSON.
pub fn decode_value<T: FromJson>(
    value: Option<Json>,
    migrations: &[Migration],
) -> Result<Decoded<T>, DecodeError> {
    // Only this last step depends on `T`, so the envelope code is in the wasm once.
    Ok(match open(value, migrations)? {
        Decoded::Current(fields) => Decoded::Current(read(&fields)?),
        Decoded::Migrated(fields) => Decoded::Migrated(read(&fields)?),
        // Forward compatible: read the fields we know and ignore the rest.
        Decoded::Newer(fields) => Decoded::Newer(fields.and_then(|fields| read(&fields).ok())),
    })
}

fn read<T: FromJson>(fields: &Json) -> Result<T, DecodeError> {
    T::from_json(fields).ok_or(DecodeError::WrongShape)
}

/// Checks the version and runs the migrations: the fields at the current version.
fn open(value: Option<Json>, migrations: &[Migration]) -> Result<Decoded<Json>, DecodeError> {
    let current = migrations.len() + 1;
    let Some(Json::Object(mut fields)) = value else {
        return Err(DecodeError::Corrupt);
    };
    // A version is a whole number from 1 (any size: a far newer one is still newer).
    let version = match fields.remove("v") {
        Some(Json::Number(v)) if v >= 1.0 && v.fract() == 0.0 => v,
        _ => return Err(DecodeError::Corrupt),
    };
    if version > current as f64 {
        return Ok(Decoded::Newer(Some(Json::Object(fields))));
    }
    let mut upgraded = false;
    for migration in &migrations[version as usize - 1..] {
        fields = migration(fields)?;
        upgraded = true;
    }
    let fields = Json::Object(fields);
    Ok(if upgraded {
        Decoded::Migrated(fields)
    } else {
        Decoded::Current(fields)
    })
}

/// Encodes `data` at the current version (`migrations.len() + 1`), with `v` first,
/// where a person reading storage looks.
pub fn encode<T: ToJson>(data: &T, migrations: &[Migration]) -> String {
    encode_json(&data.to_json(), migrations)
}

/// [`encode`] for data already turned into JSON: the same for every stored type.
pub(crate) fn encode_json(data: &Json, migrations: &[Migration]) -> String {
    let version = migrations.len() + 1;
    // Stored types are objects without a `v` field: splice `v` in at the front.
    let body = json_text(data);
    match body
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    {
        Some("") | None => format!("{{\"v\":{version}}}"),
        Some(fields) => format!("{{\"v\":{version},{fields}}}"),
    }
}
