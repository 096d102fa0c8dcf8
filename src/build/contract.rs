//! What the code fills into the words: each message with placeholders, and their names in
//! the order the generated function takes them. Words with a placeholder the code does not
//! fill, or without one it does, fail the build (`{count}` in the file, `{n}` in the code).

/// `(file, key, placeholders)` for every message with placeholders.
const TEMPLATES: &[(&str, &str, &[&str])] = &[
    ("loading", "could_not_load", &["part"]),
    ("loading", "needs_connection", &["part"]),
    ("checklist", "needs_javascript", &["part"]),
    ("checklist", "progress_text", &["done", "total"]),
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
