//! Writing Rust source: string literals and doc lines.

/// `text` as a Rust string literal.
pub fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// `key` as a constant's name: `quiz_part` → `QUIZ_PART`.
pub fn const_name(key: &str) -> String {
    key.to_ascii_uppercase()
}
