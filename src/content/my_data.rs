//! The words of "Export my data" and "Import my data": buttons, the plan shown before
//! an import, and why a file was refused.

/// The export button.
pub const EXPORT_BUTTON: &str = "Export my data";
/// The import button (it opens the file picker).
pub const IMPORT_BUTTON: &str = "Import my data…";
/// What the two buttons are for, shown above them.
pub const MY_DATA_INTRO: &str = "Moving to another browser or device? Export your ticks and results to a file, then import it there. The file is made in your browser and goes only where you save it.";
/// Shown on wide screens, where a file can be dropped.
pub const DROP_HINT: &str = "You can also drop an exported file here.";
/// The button that carries out a planned import.
pub const CONFIRM_IMPORT: &str = "Import";
/// The button that drops a planned import.
pub const CANCEL_IMPORT: &str = "Cancel";
/// Export with nothing saved.
pub const NOTHING_TO_EXPORT: &str =
    "Nothing is saved in this browser yet, so there is nothing to export.";
/// After the file was handed to the browser.
pub const EXPORTED: &str =
    "Your data file was made. Look for it where your browser saves downloads.";
/// A file the browser could not read at all.
pub const UNREADABLE_FILE: &str = "That file could not be read. Nothing was changed.";
/// A file over the size limit (100 kB).
pub const FILE_TOO_LARGE: &str = "That file is too large to be a data file from this explainer (ours are a few kilobytes; the limit is 100 kB). Nothing was changed.";
/// A file that is not one of our exports.
pub const FILE_NOT_OURS: &str =
    "That file is not a data file exported from this explainer. Nothing was changed.";
/// One of our files, damaged or edited.
pub const FILE_DAMAGED: &str = "That file looks like one of ours, but it is damaged or was edited, so it cannot be read. Nothing was changed.";
/// A file from a newer version.
pub const FILE_NEWER: &str = "That file was exported by a newer version of this explainer. Reload this page to get the newest version, then try again. Nothing was changed.";
/// Nowhere to import to.
pub const IMPORT_NO_STORAGE: &str = "This browser is not letting the page save data, so there is nowhere to import to. Nothing was changed.";
/// The import was written.
pub const IMPORTED: &str = "Imported. Your checklist and results now include what the file held.";
/// Said before a new plan when what is saved changed between showing a plan and "Import".
pub const IMPORT_PLAN_CHANGED: &str =
    "What is saved here changed since you chose the file, so nothing was imported yet.";
/// Writing the import failed part-way.
pub const IMPORT_FAILED: &str = "The import could not be saved completely: this browser refused to store it. What was saved is shown.";
/// A file that holds nothing new.
pub const NOTHING_NEW: &str =
    "This file holds nothing that is not already here, so importing it would change nothing.";

/// The saved checklist, as an import plan names it ("your saved checklist").
pub const SAVED_CHECKLIST: &str = "checklist";
/// The saved quiz, as an import plan names it.
pub const SAVED_QUIZ: &str = "quiz progress";
/// The saved self-check answers, as an import plan names them.
pub const SAVED_SELF_CHECK: &str = "self-check answers";
/// The saved last self-check result, as an import plan names it.
pub const SAVED_SELF_CHECK_RESULT: &str = "last self-check result";
