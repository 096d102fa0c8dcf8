//! "Export my data" and "Import": one JSON file holding every part's stored envelope,
//! and an import that is validated whole, planned, shown to the reader, and only then
//! written. Pure over the [`Backend`], so every rule is tested natively.

use super::envelope::{decode_fields, encode_json, SAVED_AT};
use super::store::migrations;
use super::{json_text, parse_json, Decoded, StorageError, Store};
use crate::model::{
    day_and_month, ChecklistData, Fields, FromJson, Json, SavedQuiz, SavedResult, SelfCheckState,
    Slot, Stored,
};

/// The file's `format` field: what makes a file ours.
pub const EXPORT_FORMAT: &str = "gut-skin-axis-data";
/// The file format this version writes and reads; a file with a higher one is refused.
pub const EXPORT_VERSION: u64 = 1;
/// The largest file an import reads; our own exports are a few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 100_000;

/// Why a file was refused; nothing already saved changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// Not a data file from this explainer.
    NotOurs,
    /// Ours, but damaged or edited: some part of it cannot be read.
    Malformed,
    /// Written by a newer version of the explainer.
    NewerFormat,
    /// This browser is not letting the page save, so there is nowhere to import to.
    StorageUnavailable,
}

/// What importing one part will do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartChange {
    /// Ticks the file adds to the checklist (a union by tip id); 0 when it adds none.
    AddTicks(usize),
    /// The file's state is used: nothing was saved here, or the file's was saved later.
    /// `replaced` is when the state it replaces was saved (`YYYY-MM-DD`), if known.
    Take {
        /// Which part.
        slot: Slot,
        /// Whether something was saved here before.
        had: bool,
        /// When the replaced state was saved, if known.
        replaced: Option<String>,
    },
    /// What is saved here is newer than the file's, or the same: it stays.
    Keep(Slot),
    /// A newer version of the page saved this part here: it is left alone.
    ReadOnly(Slot),
}

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
    /// The plan made now was the one the reader confirmed, and it was written (or the
    /// write failed partway: every part then reads what is really stored).
    Written(Result<(), StorageError>),
    /// What is stored changed since the reader saw the plan: this is the plan for now,
    /// to show and confirm again. Nothing was written.
    Changed(ImportPlan),
}

impl Store {
    /// The export file's text: every part saved in this namespace, each in its
    /// envelope as stored, with the format, its version and `date` (`YYYY-MM-DD`).
    pub fn export_text(&self, date: &str) -> String {
        let mut data = Fields::new();
        for &slot in Slot::ALL {
            // A key that cannot be read (or is not JSON) is left out: it holds nothing to move.
            if let Some(envelope @ Json::Object(_)) =
                self.raw(slot).and_then(|raw| parse_json(&raw))
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

    /// Whether anything is saved in this namespace (else there is nothing to export).
    pub fn has_saved_data(&self) -> bool {
        Slot::ALL.iter().any(|&slot| self.raw(slot).is_some())
    }

    /// Validates the whole file and works out what importing it would do, writing nothing.
    pub fn plan_import(&self, text: &str) -> Result<ImportPlan, ImportError> {
        let parts = read_file(text)?;
        let mut changes = Vec::new();
        let mut writes = Vec::new();
        for (slot, file) in parts {
            // What is saved here now; unreadable data counts as nothing saved.
            let here = match self.read_fields(slot).stored {
                Stored::Unavailable => return Err(ImportError::StorageUnavailable),
                Stored::Newer(_) => {
                    changes.push(PartChange::ReadOnly(slot));
                    continue;
                }
                Stored::Current(Json::Object(fields)) => Some(fields),
                _ => None,
            };
            let (change, write) = merge(slot, here, file);
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
        let written = plan
            .writes
            .iter()
            .try_for_each(|(slot, text)| self.write_imported(*slot, text));
        Ok(Imported::Written(written))
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
        let saved_ok = match fields.get(SAVED_AT) {
            None | Some(Json::Null) => true,
            Some(Json::String(at)) => at.get(..10).is_some_and(is_date),
            Some(_) => false,
        };
        if !saved_ok || !fits(slot, &fields) {
            return Err(ImportError::Malformed);
        }
        parts.push((slot, fields));
    }
    Ok(parts)
}

/// Whether `fields` decode as the type stored in `slot`.
fn fits(slot: Slot, fields: &Fields) -> bool {
    let json = Json::Object(fields.clone());
    match slot {
        Slot::Checklist => ChecklistData::from_json(&json).is_some(),
        Slot::Quiz => SavedQuiz::from_json(&json).is_some(),
        Slot::SelfCheck => SelfCheckState::from_json(&json).is_some(),
        Slot::SelfCheckResult => SavedResult::from_json(&json).is_some(),
    }
}

/// What one part's import does, and the fields to write, if any.
fn merge(slot: Slot, here: Option<Fields>, file: Fields) -> (PartChange, Option<Fields>) {
    if slot == Slot::Checklist {
        let mut ticked = ticks(here.as_ref());
        let before = ticked.len();
        for id in ticks(Some(&file)) {
            if !ticked.contains(&id) {
                ticked.push(id);
            }
        }
        let added = ticked.len() - before;
        let list = ticked.into_iter().map(Json::String).collect();
        let fields = Fields::new().with_value("ticked", Json::Array(list));
        return (PartChange::AddTicks(added), (added > 0).then_some(fields));
    }
    let Some(here) = here else {
        return (
            PartChange::Take {
                slot,
                had: false,
                replaced: None,
            },
            Some(file),
        );
    };
    let (theirs, ours) = (saved_at(&file), saved_at(&here));
    // The later save wins; where either side has no date, the file's does.
    let file_wins = match (&theirs, &ours) {
        (Some(theirs), Some(ours)) => theirs > ours,
        _ => true,
    };
    if !file_wins || without_saved_at(&file) == without_saved_at(&here) {
        return (PartChange::Keep(slot), None);
    }
    let replaced = ours.and_then(|at| at.get(..10).map(str::to_owned));
    let change = PartChange::Take {
        slot,
        had: true,
        replaced,
    };
    (change, Some(file))
}

fn ticks(fields: Option<&Fields>) -> Vec<String> {
    fields
        .and_then(|fields| fields.read::<Vec<String>>("ticked"))
        .unwrap_or_default()
}

fn saved_at(fields: &Fields) -> Option<String> {
    match fields.get(SAVED_AT) {
        Some(Json::String(at)) => Some(at.clone()),
        _ => None,
    }
}

fn without_saved_at(fields: &Fields) -> Fields {
    let mut fields = fields.clone();
    fields.remove(SAVED_AT);
    fields
}

/// `YYYY-MM-DD` with a real month and day (the model's date reading decides).
fn is_date(text: &str) -> bool {
    day_and_month(text).is_some()
}
