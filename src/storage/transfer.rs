//! "Export my data" and "Import": one JSON file holding every part's stored envelope,
//! and an import that is validated whole, planned, shown to the reader, and only then
//! written. This reads the file and the keys and writes them; which state wins is the
//! model's rule (`model::plan_part`). Pure over the [`Backend`], so it is tested natively.

use super::envelope::{decode_fields, encode_json};
use super::store::migrations;
use super::{json_text, parse_json, Decoded, Store};
use crate::model::{
    day_and_month, importable, plan_part, Fields, ImportError, Json, PartChange, Slot,
};

/// The file's `format` field: what makes a file ours.
pub const EXPORT_FORMAT: &str = "gut-skin-axis-data";
/// The file format this version writes and reads; a file with a higher one is refused.
pub const EXPORT_VERSION: u64 = 1;
/// The largest file an import reads; our own exports are a few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 100_000;

/// A validated file and what importing it would do now; [`Store::import`] plans again
/// and writes in one step, so a plan is never written after what it was made from changed.
#[derive(Debug)]
pub struct ImportPlan {
    /// One change per part in the file, in slot order.
    pub changes: Vec<PartChange>,
    /// The texts to write, by slot.
    writes: Vec<(Slot, String)>,
}

impl ImportPlan {
    /// Whether applying the plan would change anything.
    pub fn changes_anything(&self) -> bool {
        !self.writes.is_empty()
    }
}

/// What confirming an import did.
#[derive(Debug)]
pub enum Imported {
    /// The plan made now was the one the reader confirmed, and each of its keys was
    /// written, in slot order: `written` (their parts must read them again) or `refused`
    /// by the browser (storage full or blocked: nothing changed there, so their parts
    /// keep what they show, unsaved work included, and the reader is told which).
    Written {
        /// Slots whose keys now hold the import.
        written: Vec<Slot>,
        /// Slots the browser would not store.
        refused: Vec<Slot>,
    },
    /// What is stored changed since the reader saw the plan: this is the plan for now,
    /// to show and confirm again. Nothing was written.
    Changed(ImportPlan),
}

impl Store {
    /// The export file's text: every part in this namespace, each in its envelope as
    /// stored (or as it could not be stored: what the part shows), with the format, its
    /// version and `date` (`YYYY-MM-DD`).
    pub fn export_text(&self, date: &str) -> String {
        let mut data = Fields::new();
        for &slot in Slot::ALL {
            // A key that cannot be read (or is not JSON) is left out: it holds nothing to move.
            if let Some(envelope @ Json::Object(_)) =
                self.exportable(slot).and_then(|raw| parse_json(&raw))
            {
                data.insert(slot.name(), envelope);
            }
        }
        let namespace = match self.namespace().name() {
            Some(name) => Json::String(name.to_owned()),
            None => Json::Null,
        };
        json_text(&Json::Object(
            Fields::new()
                .with_value("format", Json::String(EXPORT_FORMAT.to_owned()))
                .with_value("version", Json::Number(EXPORT_VERSION as f64))
                .with_value("exported", Json::String(date.to_owned()))
                .with_value("namespace", namespace)
                .with_value("data", Json::Object(data)),
        ))
    }

    /// Whether this namespace holds anything, saved or shown but not saved (else there is
    /// nothing to export, and "Forget my data" has nothing to ask about).
    pub fn has_saved_data(&self) -> bool {
        Slot::ALL
            .iter()
            .any(|&slot| self.exportable(slot).is_some())
    }

    /// `slot`'s text for an export: a save the browser would not keep is newer than
    /// what it kept, and is what the reader sees.
    fn exportable(&self, slot: Slot) -> Option<String> {
        let unsaved = self.keys.borrow()[slot as usize].unsaved.clone();
        unsaved.or_else(|| self.raw(slot))
    }

    /// Validates the whole file and works out what importing it would do, writing nothing.
    pub fn plan_import(&self, text: &str) -> Result<ImportPlan, ImportError> {
        let parts = read_file(text)?;
        let mut changes = Vec::new();
        let mut writes = Vec::new();
        for (slot, file) in parts {
            let (change, write) = plan_part(slot, self.read_fields(slot).stored, file)?;
            changes.push(change);
            if let Some(fields) = write {
                writes.push((slot, encode_json(&Json::Object(fields), migrations(slot))));
            }
        }
        Ok(ImportPlan { changes, writes })
    }

    /// Imports `text` when the reader confirmed: plans it again against what is stored
    /// now and, if `confirmed` accepts that plan (it says what the reader was shown),
    /// writes it in the same synchronous step, so nothing of this page comes between.
    /// Every written key moves to a new generation, so state read before the import
    /// cannot save over it; a key a newer version wrote is never written.
    pub fn import(
        &self,
        text: &str,
        confirmed: &dyn Fn(&ImportPlan) -> bool,
    ) -> Result<Imported, ImportError> {
        let plan = self.plan_import(text)?;
        if !confirmed(&plan) {
            return Ok(Imported::Changed(plan));
        }
        // Every key is tried: the parts are independent, so one the browser refuses
        // (a full quota) keeps no other from being imported.
        let (mut written, mut refused) = (Vec::new(), Vec::new());
        for (slot, text) in &plan.writes {
            match self.write_imported(*slot, text) {
                Ok(()) => written.push(*slot),
                Err(_) => refused.push(*slot),
            }
        }
        Ok(Imported::Written { written, refused })
    }
}

/// Parses and checks the whole file: each part must decode as this version stores it.
fn read_file(text: &str) -> Result<Vec<(Slot, Fields)>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let Some(Json::Object(file)) = parse_json(text) else {
        // A damaged export still begins as ours do; anything else is not ours.
        let ours = format!("{{\"format\":\"{EXPORT_FORMAT}\"");
        return Err(match text.starts_with(&ours) {
            true => ImportError::Malformed,
            false => ImportError::NotOurs,
        });
    };
    if file.get("format") != Some(&Json::String(EXPORT_FORMAT.to_owned())) {
        return Err(ImportError::NotOurs);
    }
    match file.get("version").and_then(Json::as_whole) {
        Some(version) if version > EXPORT_VERSION => return Err(ImportError::NewerFormat),
        Some(version) if version >= 1 => {}
        _ => return Err(ImportError::Malformed),
    }
    let date_ok = matches!(file.get("exported"), Some(Json::String(date)) if is_date(date));
    let Some(Json::Object(data)) = file.get("data").filter(|_| date_ok) else {
        return Err(ImportError::Malformed);
    };
    // Every name must be a part's; the parts are then taken in slot order.
    let known = |name: &str| Slot::ALL.iter().any(|slot| slot.name() == name);
    if !data.iter().all(|(name, _)| known(name)) {
        return Err(ImportError::Malformed);
    }
    let mut parts = Vec::new();
    for &slot in Slot::ALL {
        let Some(envelope) = data.get(slot.name()) else {
            continue;
        };
        let fields = match decode_fields(&json_text(envelope), migrations(slot)) {
            Ok(
                Decoded::Current(Json::Object(fields)) | Decoded::Migrated(Json::Object(fields)),
            ) => fields,
            Ok(Decoded::Newer(_)) => return Err(ImportError::NewerFormat),
            _ => return Err(ImportError::Malformed),
        };
        if !importable(slot, &fields) {
            return Err(ImportError::Malformed);
        }
        parts.push((slot, fields));
    }
    Ok(parts)
}

/// `YYYY-MM-DD` with a real month and day (the model's date reading decides).
fn is_date(text: &str) -> bool {
    day_and_month(text).is_some()
}
