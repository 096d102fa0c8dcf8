//! What the reader is told about their saved data: every notice names its part
//! (`en/notices.toml`).

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

include!(concat!(env!("OUT_DIR"), "/words/notices.rs"));

/// Words for the checklist's notices.
pub const CHECKLIST_WORDS: NoticeWords = NoticeWords {
    thing: CHECKLIST_THING,
    part: CHECKLIST_PART,
    stored: CHECKLIST_STORED,
    removed_elsewhere: CHECKLIST_REMOVED_ELSEWHERE,
};

/// Words for the quiz's notices.
pub const QUIZ_WORDS: NoticeWords = NoticeWords {
    thing: QUIZ_THING,
    part: QUIZ_PART,
    stored: QUIZ_STORED,
    removed_elsewhere: QUIZ_REMOVED_ELSEWHERE,
};

/// Words for the self-check's notices.
pub const SELF_CHECK_WORDS: NoticeWords = NoticeWords {
    thing: SELF_CHECK_THING,
    part: SELF_CHECK_PART,
    stored: SELF_CHECK_STORED,
    removed_elsewhere: SELF_CHECK_REMOVED_ELSEWHERE,
};

/// Storage is missing or blocked: the part works in memory only.
pub fn memory_only_notice(words: NoticeWords) -> String {
    memory_only(words.thing)
}

/// A save failed because the browser's storage is full.
pub fn storage_full_notice(words: NoticeWords) -> String {
    storage_full(words.part)
}

/// A save failed for another reason than a full quota.
pub fn save_failed_notice(words: NoticeWords) -> String {
    save_failed(words.part)
}

/// Stored data could not be read.
pub fn started_fresh_notice(words: NoticeWords) -> String {
    started_fresh(words.part)
}

/// Stored data came from a newer version of the page.
pub fn newer_version_notice(words: NoticeWords) -> String {
    newer_version(words.thing)
}

/// Another tab saved the part first, and the reader's change could not be merged into it.
pub fn changed_elsewhere_notice(words: NoticeWords) -> String {
    changed_elsewhere(words.part)
}

/// After "Forget my data", when some data could not be removed (`kept`), which still shows.
pub fn forgot_partly_notice(removed: &[&str], kept: &[&str]) -> String {
    let kept = forgot_kept(kept.join(LIST_SEPARATOR));
    match removed {
        [] => kept,
        _ => forgot_removed_and_kept(forgot_notice(removed), kept),
    }
}

/// After "Forget my data": what was removed, e.g. "your checklist ticks, your quiz progress".
pub fn forgot_notice(removed: &[&str]) -> String {
    forgot(removed.join(LIST_SEPARATOR))
}
