//! A versioned JSON envelope, `{"v":N,…}`, with a chain of migrations.

use super::parse_json;
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

/// Decodes an already parsed envelope; `None` stands for text that is not JSON.
pub fn decode_value<T: FromJson>(
    value: Option<Json>,
    migrations: &[Migration],
) -> Result<Decoded<T>, DecodeError> {
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
        // Forward compatible: read the fields we know and ignore the rest.
        return Ok(Decoded::Newer(T::from_json(&Json::Object(fields))));
    }
    let mut upgraded = false;
    for migration in &migrations[version as usize - 1..] {
        fields = migration(fields)?;
        upgraded = true;
    }
    let data = T::from_json(&Json::Object(fields)).ok_or(DecodeError::WrongShape)?;
    Ok(if upgraded {
        Decoded::Migrated(data)
    } else {
        Decoded::Current(data)
    })
}

/// Encodes `data` at the current version (`migrations.len() + 1`), with `v` first,
/// where a person reading storage looks.
pub fn encode<T: ToJson>(data: &T, migrations: &[Migration]) -> String {
    let version = migrations.len() + 1;
    let mut envelope = Fields::new().with("v", &version);
    // Stored types are objects without a `v` field.
    if let Json::Object(fields) = data.to_json() {
        for (name, value) in fields.iter() {
            envelope.insert(name, value.clone());
        }
    }
    Json::Object(envelope).to_text()
}
