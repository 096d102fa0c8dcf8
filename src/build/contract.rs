//! What the code fills into the words: each message with placeholders, and their names in
//! the order the generated function takes them. Words with a placeholder the code does not
//! fill, or without one it does, fail the build (`{count}` in the file, `{n}` in the code).

/// `(file, key, placeholders)` for every message with placeholders.
const TEMPLATES: &[(&str, &str, &[&str])] = &[
    ("loading", "could_not_load", &["part"]),
    ("checklist", "progress_text", &["done", "total"]),
    ("ui", "read_more", &["title"]),
    ("ui", "list_last", &["rest", "last"]),
    ("ui", "why_it_helps_tip", &["tip"]),
    ("ui", "count_heading", &["heading", "count"]),
    ("questions", "question_progress", &["number", "total"]),
    ("questions", "verdict_wrong", &["answer"]),
    ("questions", "quiz_score", &["score", "total"]),
    ("questions", "answer_remaining", &["count"]),
    ("questions", "last_time", &["day", "score", "max"]),
    (
        "questions",
        "last_time_band",
        &["day", "score", "max", "band"],
    ),
    ("questions", "habits_score", &["score", "max"]),
    ("embed", "embed_title", &["parts"]),
    ("import_plan", "will_do", &["changes"]),
    ("import_plan", "add_ticks", &["count"]),
    ("import_plan", "add_from_file", &["name"]),
    ("import_plan", "replace_saved", &["name"]),
    ("import_plan", "replace_saved_from", &["name", "day"]),
    ("import_plan", "keeps_newer", &["name"]),
    ("import_plan", "left_newer_version", &["name"]),
    ("my_data", "import_failed", &["parts"]),
    ("notices", "memory_only", &["thing"]),
    ("notices", "storage_full", &["part"]),
    ("notices", "save_failed", &["part"]),
    ("notices", "started_fresh", &["part"]),
    ("notices", "newer_version", &["thing"]),
    ("notices", "changed_elsewhere", &["part"]),
    ("notices", "forgot", &["removed"]),
    ("notices", "forgot_kept", &["kept"]),
    ("notices", "forgot_removed_and_kept", &["removed", "kept"]),
    ("review", "day_and_month", &["day", "month"]),
    ("review", "full_date", &["day", "month", "year"]),
    ("review", "month_and_year", &["month", "year"]),
    ("review", "reviewed_and_due", &["last", "next"]),
    ("diagram", "step_label", &["number", "total", "direction"]),
    ("diagram", "whole_label", &["total"]),
    ("diagram", "step_said", &["label", "title", "caption"]),
    (
        "diagram",
        "steps_intro",
        &["gut_to_skin", "first_back", "total"],
    ),
    ("summary", "quiz_length_line", &["questions", "minutes"]),
    ("summary", "question_count", &["count"]),
    ("summary", "minute_count", &["count"]),
    ("summary", "area_points", &["count", "points", "word"]),
    ("summary", "summary_date_line", &["date"]),
];

/// The placeholders the code fills into `key` of `file`, if it fills any.
pub fn placeholders(file: &str, key: &str) -> Option<&'static [&'static str]> {
    TEMPLATES
        .iter()
        .find(|(in_file, name, _)| *in_file == file && *name == key)
        .map(|(_, _, names)| *names)
}

/// Every templated entry of `file`, with its placeholders.
pub fn templates_of(
    file: &str,
) -> impl Iterator<Item = (&'static &'static str, &'static [&'static str])> + '_ {
    TEMPLATES
        .iter()
        .filter(move |(in_file, _, _)| *in_file == file)
        .map(|(_, key, names)| (key, *names))
}
