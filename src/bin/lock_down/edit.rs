//! Checked edits of the built page: each names what it expected when the markup is not
//! there exactly once, and file access names the file that failed.

use std::path::Path;

use regex::{NoExpand, Regex};

/// A regular expression from this step's own source (an error names the pattern).
pub fn pattern(source: &str) -> Result<Regex, String> {
    Regex::new(source).map_err(|error| format!("bad pattern {source}: {error}"))
}

/// Matches `text` as written.
pub fn literal(text: &str) -> Result<Regex, String> {
    pattern(&regex::escape(text))
}

/// Replaces the one match of `pattern` in `html`, or fails naming what was missing.
pub fn replace_once(
    html: &str,
    pattern: &Regex,
    replacement: &str,
    what: &str,
) -> Result<String, String> {
    let count = pattern.find_iter(html).count();
    if count != 1 {
        return Err(format!(
            "expected exactly one {what} in index.html, found {count}"
        ));
    }
    Ok(pattern.replace(html, NoExpand(replacement)).into_owned())
}

/// Drops every line that holds only a `//` comment, however indented, newline and all: for
/// a script with no multi-line strings, where each such line is a note to engineers.
pub fn strip_indented_comment_lines(source: &str) -> String {
    source
        .split_inclusive('\n')
        .filter(|line| !(line.trim_start().starts_with("//") && line.ends_with('\n')))
        .collect()
}

/// Drops every line that holds only an HTML comment (the page source's notes to engineers):
/// readers never see them, and each costs bytes of the first round trip.
pub fn strip_html_comment_lines(html: &str) -> String {
    html.split_inclusive('\n')
        .filter(|line| {
            let line = line.trim();
            !(line.starts_with("<!--") && line.ends_with("-->"))
        })
        .collect()
}

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A file of the build as text.
pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// A file of the build as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// Writes (or replaces) a file of the build.
pub fn write(path: &Path, body: &[u8]) -> Result<(), String> {
    std::fs::write(path, body).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::strip_html_comment_lines;

    #[test]
    fn only_whole_comment_lines_go() {
        let html = "<head>\n    <!-- a note -->\n    <p>kept <!-- inline --></p>\n</head>\n";
        assert_eq!(
            strip_html_comment_lines(html),
            "<head>\n    <p>kept <!-- inline --></p>\n</head>\n"
        );
    }
}
