//! Pure logic with no browser dependency, unit-tested natively.

mod checklist;
mod citations;

pub use checklist::{ChecklistAction, ChecklistState, ForgetReport, StorageStatus};
pub use citations::CitationIndex;
