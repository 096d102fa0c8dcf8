//! Which language a build speaks, and the list of problems the build reports.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::pseudo;

/// The language of this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English, the source language: its files are the reference.
    En,
    /// The pseudo-language: English with every letter accented, 40 % longer, bracketed.
    Pseudo,
    /// Spanish (neutral, "usted"): its own folder, checked against English's.
    Es,
}

impl Lang {
    /// The language cargo's features ask for (none: English).
    pub fn from_features() -> Lang {
        if std::env::var_os("CARGO_FEATURE_LANG_PSEUDO").is_some() {
            Lang::Pseudo
        } else if std::env::var_os("CARGO_FEATURE_LANG_ES").is_some() {
            Lang::Es
        } else {
            Lang::En
        }
    }

    /// The words as this language shows them: as written, except pseudo's (transformed).
    pub fn words(self, english: &str) -> String {
        match self {
            Lang::En | Lang::Es => english.to_owned(),
            Lang::Pseudo => pseudo::transform(english),
        }
    }

    /// The BCP 47 tag of the language, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pseudo => "en-XA",
            Lang::Es => "es",
        }
    }

    /// The folder of `src/content` the words are read from: pseudo is derived from English.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::En | Lang::Pseudo => "en",
            Lang::Es => "es",
        }
    }
}

/// One thing wrong in a content file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the crate root.
    pub file: PathBuf,
    /// The line, from 1; 0 when the problem is the file as a whole.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// Every problem found so far: the build reports them all, then fails.
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    /// Records a problem at `line` of `file`.
    pub fn add(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.0.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The problems, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }
}

/// The line (from 1) of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |head| head.matches('\n').count())
        + 1
}

/// The line on which the top-level entry `key` is written (`key = …`), or 0.
pub fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |index| index + 1)
}

impl Lang {
    /// The CLDR plural categories the language's words must give (English: one, other).
    pub fn plural_categories(self) -> &'static [&'static str] {
        match self {
            // Spanish's CLDR rule also has `many` (1000000, 1e6…: "de" follows the noun),
            // but the page never counts that high (questions, minutes, ticks, points), so
            // its words need `one` and `other` only, as `lang_module` chooses.
            Lang::En | Lang::Pseudo | Lang::Es => &["one", "other"],
        }
    }
}

/// `text` parsed as `T`; on a TOML or shape error, `None` with the problem recorded at its line.
pub fn parse<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &Path,
    problems: &mut Problems,
) -> Option<T> {
    match toml::from_str(text) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            let line = error.span().map_or(0, |span| line_of(text, span.start));
            problems.add(file, line, error.message().to_owned());
            None
        }
    }
}
