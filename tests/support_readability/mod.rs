//! A port of the Python package textstat 0.7.3's readability formulas and counts (with
//! pyphen 0.18.1's hyphenation patterns), for `tests/readability.rs`: see its doc.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Which of pyphen's dictionaries counts the syllables.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Dictionary {
    /// `hyph_en_US.dic`, what textstat uses by default.
    English,
    /// `hyph_es.dic`, what textstat uses after `set_lang("es")`.
    Spanish,
}

/// A character of `\w` as Python's `re` reads it.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// textstat's `remove_punctuation`: drops all but word characters, spaces and the
/// apostrophes of contractions (`'t`, `'s`, `'d`, `'ve`, `'ll`, `'re`).
fn remove_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ends_word = |at: usize| chars.get(at).is_none_or(|c| !is_word_char(*c));
    let mut kept = String::new();
    for (at, &c) in chars.iter().enumerate() {
        if c == '\'' {
            let next = |n: usize| chars.get(at + n).copied();
            let contraction = (matches!(next(1), Some('t' | 's' | 'd')) && ends_word(at + 2))
                || ([('v', 'e'), ('l', 'l'), ('r', 'e')]
                    .iter()
                    .any(|(a, b)| next(1) == Some(*a) && next(2) == Some(*b))
                    && ends_word(at + 3));
            if contraction {
                kept.push(c);
            }
        } else if is_word_char(c) || c.is_whitespace() {
            kept.push(c);
        }
    }
    kept
}

/// textstat's words: what `split` finds once punctuation is removed.
pub fn lexicon_count(text: &str) -> usize {
    remove_punctuation(text).split_whitespace().count()
}

/// textstat's sentences: matches of `\b[^.!?]+[.!?]*`, ignoring those of two words or fewer.
pub fn sentence_count(text: &str) -> usize {
    let counted = sentences(text)
        .iter()
        .filter(|(words, _)| *words > 2)
        .count();
    counted.max(1)
}

/// Liang hyphenation patterns, as pyphen reads them: letters, and the value before each.
struct Patterns {
    values: HashMap<String, (usize, Vec<u8>)>,
    longest: usize,
}

/// The hyphenation patterns that pyphen 0.18.1 ships and textstat 0.7.3 counts syllables
/// with. They are not copied into this repository: `./run.sh test` installs textstat and
/// pyphen into `target/py` and points `HYPHEN_DIC` at `hyph_en_US.dic`; the Spanish
/// patterns are read from the same folder.
fn dictionary(which: Dictionary) -> String {
    let english = std::env::var("HYPHEN_DIC").unwrap_or_else(|_| {
        panic!("HYPHEN_DIC is not set: run ./run.sh test, or point it at pyphen's dictionaries/hyph_en_US.dic")
    });
    let path = match which {
        Dictionary::English => english.into(),
        Dictionary::Spanish => std::path::Path::new(&english).with_file_name("hyph_es.dic"),
    };
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The patterns of each dictionary, read once.
fn patterns(which: Dictionary) -> &'static Patterns {
    static ENGLISH: OnceLock<Patterns> = OnceLock::new();
    static SPANISH: OnceLock<Patterns> = OnceLock::new();
    let once = match which {
        Dictionary::English => &ENGLISH,
        Dictionary::Spanish => &SPANISH,
    };
    once.get_or_init(|| {
        let mut values = HashMap::new();
        let ignored = [
            "%",
            "#",
            "LEFTHYPHENMIN",
            "RIGHTHYPHENMIN",
            "COMPOUNDLEFTHYPHENMIN",
            "COMPOUNDRIGHTHYPHENMIN",
        ];
        for line in dictionary(which).lines().skip(1) {
            let line = line.trim();
            if line.is_empty() || ignored.iter().any(|prefix| line.starts_with(prefix)) {
                continue;
            }
            let (mut letters, mut points) = (String::new(), vec![0u8]);
            for c in line.chars() {
                match c.to_digit(10) {
                    Some(digit) => *points.last_mut().unwrap_or(&mut 0) = digit as u8,
                    None => {
                        letters.push(c);
                        points.push(0);
                    }
                }
            }
            // Keep only the span between the first and last non-zero value, and its offset.
            let Some(start) = points.iter().position(|v| *v != 0) else {
                continue;
            };
            let end = points.iter().rposition(|v| *v != 0).unwrap_or(start) + 1;
            values.insert(letters, (start, points[start..end].to_vec()));
        }
        let longest = values.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        Patterns { values, longest }
    })
}

/// Syllables in one word as textstat counts them: pyphen's hyphenation points + 1
/// (points closer than two letters to either end do not count).
pub fn syllables(word: &str, which: Dictionary) -> usize {
    let Patterns { values, longest } = patterns(which);
    let pointed: Vec<char> = format!(".{word}.").chars().collect();
    let mut references = vec![0u8; pointed.len() + 1];
    for i in 0..pointed.len() - 1 {
        for j in i + 1..=(i + longest).min(pointed.len()) {
            let key: String = pointed[i..j].iter().collect();
            if let Some((offset, points)) = values.get(&key) {
                for (k, value) in points.iter().enumerate() {
                    if let Some(reference) = references.get_mut(i + offset + k) {
                        *reference = (*reference).max(*value);
                    }
                }
            }
        }
    }
    let length = word.chars().count();
    let breaks = references
        .iter()
        .enumerate()
        .filter(|(at, value)| *value % 2 == 1 && *at >= 3 && *at - 1 + 2 <= length)
        .count();
    breaks + 1
}

/// Syllables in a text, word by word, lowercased and without punctuation.
pub fn syllable_count(text: &str, which: Dictionary) -> usize {
    remove_punctuation(&text.to_lowercase())
        .split_whitespace()
        .map(|word| syllables(word, which))
        .sum()
}

/// textstat's `_legacy_round`: half away from zero.
fn legacy_round(number: f64, points: i32) -> f64 {
    let scale = 10f64.powi(points);
    (number * scale + 0.5f64.copysign(number)).floor() / scale
}

/// (reading ease, grade), as textstat 0.7.3 rounds them.
pub fn flesch(text: &str) -> (f64, f64) {
    let words = lexicon_count(text) as f64;
    let sentence_length = legacy_round(words / sentence_count(text) as f64, 1);
    let syllables = syllable_count(text, Dictionary::English) as f64;
    let syllables_per_word = legacy_round(syllables / words, 1);
    let ease = 206.835 - 1.015 * sentence_length - 84.6 * syllables_per_word;
    let grade = 0.39 * sentence_length + 11.8 * syllables_per_word - 15.59;
    (legacy_round(ease, 2), legacy_round(grade, 1))
}

/// textstat 0.7.3's `szigriszt_pazos` after `set_lang("es")`: its base 206.84, no rounding
/// until the end. On the INFLESZ scale 55-65 is "normal", 65-80 "bastante fácil".
pub fn szigriszt_pazos(text: &str) -> f64 {
    let words = lexicon_count(text) as f64;
    let syllables = syllable_count(text, Dictionary::Spanish) as f64;
    let sentences = sentence_count(text) as f64;
    legacy_round(206.84 - 62.3 * (syllables / words) - words / sentences, 2)
}

/// Every match of textstat's sentence pattern `\b[^.!?]+[.!?]*`, with its word count.
pub fn sentences(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let word = |at: usize| chars.get(at).is_some_and(|c| is_word_char(*c));
    let ends = |c: char| matches!(c, '.' | '!' | '?');
    let (mut at, mut found) = (0, Vec::new());
    while at < chars.len() {
        let boundary = (at > 0 && word(at - 1)) != word(at);
        if !boundary || ends(chars[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < chars.len() && !ends(chars[at]) {
            at += 1;
        }
        while at < chars.len() && ends(chars[at]) {
            at += 1;
        }
        let sentence: String = chars[start..at].iter().collect();
        found.push((lexicon_count(&sentence), sentence));
    }
    found
}
