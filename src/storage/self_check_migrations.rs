//! Upgrades of stored self-check answers.

use serde_json::{Map, Value};

use super::{DecodeError, Migration};

/// Version 1 held eight answers; version 2 drops the eighth (the retired water question).
pub const SELF_CHECK_MIGRATIONS: &[Migration] = &[drop_water_answer];

/// Keeps the seven answers that still apply; the reader asks for a fresh result on the new
/// 14-point scale, while the last saved result keeps its own (16-point) band.
fn drop_water_answer(mut fields: Map<String, Value>) -> Result<Map<String, Value>, DecodeError> {
    if let Some(Value::Array(answers)) = fields.get_mut("answers") {
        if answers.len() == 8 {
            answers.truncate(7);
        }
    }
    fields.insert("submitted".to_owned(), Value::Bool(false));
    Ok(fields)
}
