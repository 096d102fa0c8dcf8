//! The rules of an import, apart from reading and writing it: which parts of a file this
//! version can take, and for each part whether the file's state or the one saved here
//! wins. The storage layer reads the file and the keys, and writes what these rules say.

use super::{
    day_and_month, ChecklistData, Fields, FromJson, Json, SavedQuiz, SavedResult, SelfCheckState,
    Slot, Stored,
};

/// The field of a stored part that holds when it was saved (an ISO 8601 time); the
/// storage envelope writes it, and an import compares it.
pub const SAVED_AT: &str = "saved";

/// Why a file was refused; nothing already saved changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    /// Over the size limit (`storage::MAX_IMPORT_BYTES`).
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

/// Whether a file's part, at this version's fields, can be imported into `slot`: its
/// save time is absent, `null` or starts with a real date, and its fields decode as the
/// type stored there.
pub fn importable(slot: Slot, fields: &Fields) -> bool {
    let saved_ok = match fields.get(SAVED_AT) {
        None | Some(Json::Null) => true,
        Some(Json::String(at)) => at.get(..10).is_some_and(|day| day_and_month(day).is_some()),
        Some(_) => false,
    };
    saved_ok && fits(slot, fields)
}

/// What importing the `file`'s part into `slot` does, given what is stored `here` now,
/// with the fields to write, if any. A key a newer version wrote is never written, and
/// unreadable data here counts as nothing saved.
pub fn plan_part(
    slot: Slot,
    here: Stored<Json>,
    file: Fields,
) -> Result<(PartChange, Option<Fields>), ImportError> {
    let here = match here {
        Stored::Unavailable => return Err(ImportError::StorageUnavailable),
        Stored::Newer(_) => return Ok((PartChange::ReadOnly(slot), None)),
        Stored::Current(Json::Object(fields)) => Some(fields),
        _ => None,
    };
    Ok(merge(slot, here, file))
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

/// What one part's import does, and the fields to write, if any: ticks merge by id; any
/// other part takes the later save, and the file's where either side has no date.
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
