//! Upgrades of stored self-check answers.

use super::{DecodeError, Migration};
use crate::model::{Fields, Json};

/// Version 1 held eight answers; version 2 drops the eighth (the retired water question).
pub const SELF_CHECK_MIGRATIONS: &[Migration] = &[drop_water_answer];

/// Keeps the seven answers that still apply; the reader asks for a fresh result on the new
/// 14-point scale, while the last saved result keeps its own (16-point) band.
fn drop_water_answer(mut fields: Fields) -> Result<Fields, DecodeError> {
    if let Some(Json::Array(mut answers)) = fields.remove("answers") {
        if answers.len() == 8 {
            answers.truncate(7);
        }
        fields.insert("answers", Json::Array(answers));
    }
    fields.insert("submitted", Json::Bool(false));
    Ok(fields)
}
