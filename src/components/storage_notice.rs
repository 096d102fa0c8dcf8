//! A polite, visible notice about where the reader's data is (or is not) kept,
//! and the words for the notice a part's storage state calls for.

use yew::prelude::*;

use crate::content::{
    changed_elsewhere_notice, forgot_notice, forgot_partly_notice, memory_only_notice,
    newer_version_notice, save_failed_notice, started_fresh_notice, storage_full_notice,
    NoticeWords, CHECKLIST_WORDS, FORGET_FAILED, FORGOT_NOTHING, LAST_RESULT_STORED, QUIZ_WORDS,
    SELF_CHECK_WORDS,
};
use crate::model::{ForgetReport, PartNotice, Persisted, PersistedPart, Slot, StorageStatus};

/// A `role="status"` region that is always in the page, so changes are announced;
/// `message` is `None` when there is nothing to say. A plain function rather than a
/// component: it has no state, and each component type costs about 1 kB of wasm.
pub fn storage_notice(message: Option<String>) -> Html {
    html! {
        <div class="storage-notice" role="status">
            if let Some(message) = message {
                <p class="notice">{ message }</p>
            }
        </div>
    }
}

/// The words of the notice a part calls for (the model decides which one).
pub fn notice_for<P: PersistedPart>(model: &Persisted<P>, words: NoticeWords) -> Option<String> {
    match model.notice()? {
        PartNotice::RemovedElsewhere => Some(words.removed_elsewhere.to_owned()),
        PartNotice::Status(status) => status_notice(status, words),
    }
}

/// The notice for a storage status, or `None` when all is well.
pub fn status_notice(status: StorageStatus, words: NoticeWords) -> Option<String> {
    match status {
        StorageStatus::Saved => None,
        StorageStatus::MemoryOnly => Some(memory_only_notice(words)),
        StorageStatus::StorageFull => Some(storage_full_notice(words)),
        StorageStatus::SaveFailed => Some(save_failed_notice(words)),
        StorageStatus::StartedFresh => Some(started_fresh_notice(words)),
        StorageStatus::ReadOnlyNewer => Some(newer_version_notice(words)),
        StorageStatus::ChangedElsewhere => Some(changed_elsewhere_notice(words)),
    }
}

/// What to tell the reader after "Forget my data on this device".
pub fn forget_message(report: &ForgetReport) -> String {
    match report {
        ForgetReport::Removed(slots) if slots.is_empty() => FORGOT_NOTHING.to_owned(),
        ForgetReport::Removed(slots) => forgot_notice(&labels(slots)),
        ForgetReport::Partly { removed, kept } => {
            forgot_partly_notice(&labels(removed), &labels(kept))
        }
        ForgetReport::Failed => FORGET_FAILED.to_owned(),
    }
}

fn labels(slots: &[Slot]) -> Vec<&'static str> {
    slots.iter().map(|slot| stored_label(*slot)).collect()
}

fn stored_label(slot: Slot) -> &'static str {
    match slot {
        Slot::Checklist => CHECKLIST_WORDS.stored,
        Slot::Quiz => QUIZ_WORDS.stored,
        Slot::SelfCheck => SELF_CHECK_WORDS.stored,
        Slot::SelfCheckResult => LAST_RESULT_STORED,
    }
}
