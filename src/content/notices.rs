//! What the reader is told about their saved data: every notice names its part.

/// How the notices of one part name its data and the part itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeWords {
    /// The data, e.g. "your ticks".
    pub thing: &'static str,
    /// The part of the page, e.g. "the checklist".
    pub part: &'static str,
    /// The data in a list of what "Forget my data" removed.
    pub stored: &'static str,
    /// Said when another tab removed the data and the part started again.
    pub removed_elsewhere: &'static str,
}

/// Words for the checklist's notices.
pub const CHECKLIST_WORDS: NoticeWords = NoticeWords {
    thing: "your ticks",
    part: "the checklist",
    stored: "your checklist ticks",
    removed_elsewhere:
        "Your saved ticks were removed in another tab, so the checklist has started fresh.",
};

/// Words for the quiz's notices.
pub const QUIZ_WORDS: NoticeWords = NoticeWords {
    thing: "your quiz progress",
    part: "the quiz",
    stored: "your quiz progress",
    removed_elsewhere:
        "Your saved quiz answers were removed in another tab, so the quiz has started again.",
};

/// Words for the self-check's notices.
pub const SELF_CHECK_WORDS: NoticeWords = NoticeWords {
    thing: "your self-check answers",
    part: "the self-check",
    stored: "your self-check answers",
    removed_elsewhere: "Your saved self-check answers were removed in another tab, so the self-check has started again.",
};

/// The last self-check result in a list of what "Forget my data" removed.
pub const LAST_RESULT_STORED: &str = "your last self-check result";

/// Storage is missing or blocked: the part works in memory only.
pub fn memory_only_notice(words: NoticeWords) -> String {
    format!("This browser is not letting the page save data, so {} will last only until you close or reload it.", words.thing)
}

/// A save failed because the browser's storage is full.
pub fn storage_full_notice(words: NoticeWords) -> String {
    format!("Your last change to {} is shown but could not be saved: this browser's storage is full. It will be kept if space frees up.", words.part)
}

/// A save failed for another reason than a full quota.
pub fn save_failed_notice(words: NoticeWords) -> String {
    format!(
        "Your last change to {} is shown but could not be saved. It will be kept if a later save works.",
        words.part
    )
}

/// Stored data could not be read.
pub fn started_fresh_notice(words: NoticeWords) -> String {
    format!(
        "Your saved data could not be read, so {} has started fresh.",
        words.part
    )
}

/// Stored data came from a newer version of the page.
pub fn newer_version_notice(words: NoticeWords) -> String {
    format!("A newer version of this page saved {} here. What could be read is shown, but changes you make now will not be saved over it.", words.thing)
}

/// Another tab saved the part first, and the reader's change could not be merged into it.
pub fn changed_elsewhere_notice(words: NoticeWords) -> String {
    format!("You changed {} in another tab too, so this shows what was saved there; your last change here was not saved.", words.part)
}

/// After "Forget my data", when nothing was stored.
pub const FORGOT_NOTHING: &str = "Nothing from this page was stored on this device.";

/// After "Forget my data", when storage could not be reached.
pub const FORGET_FAILED: &str =
    "This browser's storage could not be reached, so nothing could be removed.";

/// After "Forget my data", when some data could not be removed (`kept`), which still shows.
pub fn forgot_partly_notice(removed: &[&str], kept: &[&str]) -> String {
    let removed = match removed {
        [] => String::new(),
        _ => forgot_notice(removed) + " ",
    };
    format!(
        "{removed}This browser did not let the page remove {}, so it is still stored here and still shown.",
        kept.join(", ")
    )
}

/// After "Forget my data": what was removed, e.g. "your checklist ticks, your quiz progress".
pub fn forgot_notice(removed: &[&str]) -> String {
    format!("Removed from this device: {}.", removed.join(", "))
}
