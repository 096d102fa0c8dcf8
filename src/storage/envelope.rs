//! A versioned JSON envelope, `{"v":N,…}`, with a chain of migrations.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Upgrades the fields of version N to those of version N + 1.
pub type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, DecodeError>;

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
pub fn decode<T: DeserializeOwned>(
    raw: &str,
    migrations: &[Migration],
) -> Result<Decoded<T>, DecodeError> {
    let current = migrations.len() as u64 + 1;
    let Ok(Value::Object(mut fields)) = serde_json::from_str::<Value>(raw) else {
        return Err(DecodeError::Corrupt);
    };
    let version = match fields.remove("v") {
        Some(Value::Number(number)) => number.as_u64().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or(DecodeError::Corrupt)?;
    if version > current {
        // Forward compatible: read the fields we know and ignore the rest.
        return Ok(Decoded::Newer(
            serde_json::from_value(Value::Object(fields)).ok(),
        ));
    }
    let mut upgraded = false;
    for migration in &migrations[(version - 1) as usize..] {
        fields = migration(fields)?;
        upgraded = true;
    }
    let data =
        serde_json::from_value(Value::Object(fields)).map_err(|_| DecodeError::WrongShape)?;
    Ok(if upgraded {
        Decoded::Migrated(data)
    } else {
        Decoded::Current(data)
    })
}

/// Encodes `data` at the current version (`migrations.len() + 1`), with `v` first.
pub fn encode<T: Serialize>(data: &T, migrations: &[Migration]) -> String {
    let version = migrations.len() + 1;
    // Stored types are structs without a `v` field, so they serialise to `{…}`;
    // splicing keeps the version first, where a person reading storage looks.
    let body = serde_json::to_string(data).unwrap_or_default();
    match body
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    {
        Some("") | None => format!("{{\"v\":{version}}}"),
        Some(fields) => format!("{{\"v\":{version},{fields}}}"),
    }
}
