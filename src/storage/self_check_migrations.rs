//! Upgrades of stored self-check answers and results.

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

/// Version 1 of the last result kept no points per area; version 2 keeps them in `areas`.
pub const RESULT_MIGRATIONS: &[Migration] = &[add_empty_breakdown];

/// An older result has no breakdown to recover: it keeps its score and band, with an empty
/// `areas` that says "no breakdown".
fn add_empty_breakdown(mut fields: Fields) -> Result<Fields, DecodeError> {
    fields.insert("areas", Json::Array(Vec::new()));
    Ok(fields)
}
