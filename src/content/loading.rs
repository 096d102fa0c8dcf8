//! What the page says while its interactive parts are on their way.

/// How the page names each interactive part at the start of a sentence.
pub const QUIZ_PART: &str = "The quiz";
/// See [`QUIZ_PART`].
pub const SELF_CHECK_PART: &str = "The self-check";
/// See [`QUIZ_PART`].
pub const CHECKLIST_PART: &str = "The checklist";
/// See [`QUIZ_PART`].
pub const DIAGRAM_PART: &str = "The diagram's step-by-step view";
/// See [`QUIZ_PART`].
pub const EMBED_BUILDER_PART: &str = "The snippet builder";

/// Shown (politely announced) when the reader acts on a part that takes over 300 ms to go live.
pub const GETTING_READY: &str = "Getting ready…";

/// The button that fetches the interactive parts again after a failed load.
pub const TRY_AGAIN: &str = "Try again";

/// The one line a part shows when its code could not be fetched, e.g. for "The quiz".
pub fn could_not_load(part: &str) -> String {
    format!("{part} could not load. Check your connection, then try again; the article above still reads.")
}

/// The line a part shows instead when its code could not be fetched while the browser is
/// offline: the code was never fetched on this device, so it needs a connection once.
pub fn needs_connection(part: &str) -> String {
    format!("{part} needs a connection the first time it opens; then it works offline too. Try again once online.")
}

/// Shown (politely announced) while the browser is offline, on the full page only.
pub const OFFLINE_NOTE: &str = "You are offline: this page and your saved data still work.";

/// The one line each part shows after the code stopped with an error (a panic): the page's
/// code cannot run again until it is loaded again.
pub const STOPPED_WORKING: &str =
    "This part of the page stopped working because of an error in its code.";

/// The button beside [`STOPPED_WORKING`] on the full page (never in a widget, whose host
/// page is not ours to reload).
pub const RELOAD_PAGE: &str = "Reload the page";

/// The console line after a panic, before its message and where it happened.
pub const PANIC_CONSOLE: &str = "gut-skin-axis stopped working:";
