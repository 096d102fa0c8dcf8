//! Readability of the article. English: Flesch reading ease >= 70 and Flesch–Kincaid grade
//! <= 8. Spanish (`--features lang-es`): Szigriszt-Pazos perspicuity (INFLESZ scale) >= 60,
//! "bastante fácil", and no sentence over 25 words.
//!
//! A port of the formulas as the Python package `textstat` 0.7.3 computes them (its word,
//! sentence and syllable counts, its rounding; `set_lang("es")` for Spanish), so CI needs no
//! Python. textstat counts syllables with pyphen's hyphenation patterns, so the port does
//! too, from the same files: `HYPHEN_DIC` (US English) and `hyph_es.dic` beside it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::sync::OnceLock;

use gut_skin_axis::content::{claims_text, Block, ARTICLE};

/// Which of pyphen's dictionaries counts the syllables.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Dictionary {
    /// `hyph_en_US.dic`, what textstat uses by default.
    English,
    /// `hyph_es.dic`, what textstat uses after `set_lang("es")`.
    Spanish,
}

/// The text textstat is given: every paragraph and list item (lead and body), one a line.
fn article_paragraphs() -> String {
    let mut lines = Vec::new();
    for section in ARTICLE {
        for block in section.blocks {
            match block {
                Block::Paragraph(claims) => lines.push(claims_text(claims)),
                Block::Tips(items) => lines.extend(items.iter().map(|item| {
                    let body = claims_text(item.body);
                    format!("{} {body}", item.lead)
                })),
                Block::AxisDiagram => {}
            }
        }
    }
    lines.join("\n")
}

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

fn lexicon_count(text: &str) -> usize {
    remove_punctuation(text).split_whitespace().count()
}

/// textstat's sentences: matches of `\b[^.!?]+[.!?]*`, ignoring those of two words or fewer.
fn sentence_count(text: &str) -> usize {
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
fn syllables(word: &str, which: Dictionary) -> usize {
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

fn syllable_count(text: &str, which: Dictionary) -> usize {
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
fn flesch(text: &str) -> (f64, f64) {
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
fn szigriszt_pazos(text: &str) -> f64 {
    let words = lexicon_count(text) as f64;
    let syllables = syllable_count(text, Dictionary::Spanish) as f64;
    let sentences = sentence_count(text) as f64;
    legacy_round(206.84 - 62.3 * (syllables / words) - words / sentences, 2)
}

/// Every match of textstat's sentence pattern `\b[^.!?]+[.!?]*`, with its word count.
fn sentences(text: &str) -> Vec<(usize, String)> {
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

#[cfg(not(feature = "lang-es"))]
#[test]
fn the_article_reads_at_ease_70_or_more_and_grade_8_or_less() {
    let text = article_paragraphs();
    let (ease, grade) = flesch(&text);
    eprintln!(
        "article: {} words, {} sentences, {} syllables; reading ease {ease}, grade {grade}",
        lexicon_count(&text),
        sentence_count(&text),
        syllable_count(&text, Dictionary::English)
    );
    assert!(ease >= 70.0, "Flesch reading ease {ease} is below 70");
    assert!(grade <= 8.0, "Flesch–Kincaid grade {grade} is above 8");
}

#[cfg(feature = "lang-es")]
#[test]
fn the_spanish_article_scores_60_or_more_with_sentences_of_25_words_at_most() {
    let text = article_paragraphs();
    let score = szigriszt_pazos(&text);
    let (longest, sentence) = sentences(&text).into_iter().max().unwrap_or_default();
    eprintln!(
        "artículo: {} words, {} sentences, {} syllables; Szigriszt-Pazos {score}; longest sentence {longest} words: {sentence}",
        lexicon_count(&text),
        sentence_count(&text),
        syllable_count(&text, Dictionary::Spanish)
    );
    assert!(score >= 60.0, "Szigriszt-Pazos {score} is below 60");
    assert!(longest <= 25, "a sentence of {longest} words: {sentence}");
}

/// Texts with textstat 0.7.3's figures for them (pyphen 0.18.1): reading ease, grade.
/// The last three are paragraphs of an earlier version of this article.
const KNOWN: [(&str, f64, f64); 4] = [
    ("The cat sat on the mat. It was a sunny day, and the cat was happy.", 105.66, 0.5),
    ("Probiotics are live microbes that benefit health when taken in adequate amounts, but each strain acts differently and none is proven for skin. A Cochrane review found they probably make little or no difference to eczema. Talk to a pharmacist or doctor first, especially if you are pregnant, have a weakened immune system or are buying for a baby, and never use them in place of a prescribed treatment.", 56.59, 11.1),
    ("You will often read that about 70 % of the immune system lives in the gut. Treat that number loosely: it comes from reviews rather than a direct count, and what it means depends on which cells are counted. A 2023 census of immune cells across the whole body found that most lymphocytes, a major family of white blood cells, sit in the lymph nodes and the spleen. The safer statement is that the gut holds a large share of the immune system.", 84.51, 6.6),
    ("In one rosacea study, small intestinal bacterial overgrowth (SIBO) turned up in 52 of 113 patients but in only 3 of 60 people without rosacea. After the overgrowth was treated, the skin lesions cleared in most treated patients, although the doctors judging the skin knew who had been treated.", 63.53, 10.5),
];

#[test]
fn the_port_agrees_with_textstat_within_a_point_on_known_texts() {
    for (text, ease, grade) in KNOWN {
        let (port_ease, port_grade) = flesch(text);
        assert!(
            (port_ease - ease).abs() <= 1.0,
            "ease {port_ease} vs {ease}: {text}"
        );
        assert!(
            (port_grade - grade).abs() <= 1.0,
            "grade {port_grade} vs {grade}: {text}"
        );
    }
}

#[test]
fn counts_follow_textstat() {
    assert_eq!(lexicon_count("gut–skin axis, it's 1.3 (SIBO)"), 5);
    // "1.3" splits a sentence in textstat too; fragments of two words or fewer are ignored.
    assert_eq!(
        sentence_count("Roughly 1.3 bacteria live here. Yes. Then it ends!"),
        2
    );
    let english = |word| syllables(word, Dictionary::English);
    assert_eq!(english("about"), 1);
    assert_eq!(english("people"), 2);
    assert_eq!(english("microbes"), 2);
    assert_eq!(english("fibre"), 2);
}

/// Spanish texts (our own) with textstat 0.7.3's Szigriszt-Pazos for them, after
/// `set_lang("es")` (pyphen 0.18.1's `hyph_es.dic`).
const KNOWN_ES: [(&str, f64); 3] = [
    ("El intestino y la piel se hablan. Las bacterias del intestino ayudan a entrenar las defensas del cuerpo desde la infancia.", 86.57),
    ("Si le recetan antibióticos, tómelos como le indiquen. No los deje antes de tiempo sin consultar a su médico o farmacéutico, aunque ya se encuentre mejor.", 69.24),
    ("La fibra alimenta a las bacterias del intestino. Coma más verduras, legumbres, frutas y cereales integrales cada día.", 69.78),
];

#[test]
fn the_spanish_port_agrees_with_textstat_on_known_texts() {
    for (text, score) in KNOWN_ES {
        let port = szigriszt_pazos(text);
        assert!((port - score).abs() <= 0.01, "{port} vs {score}: {text}");
    }
    let spanish = |word| syllables(word, Dictionary::Spanish);
    assert_eq!(spanish("bacterias"), 3);
    assert_eq!(spanish("intestino"), 3);
    assert_eq!(
        sentences("Coma fibra. Duerma bien, cada noche.")
            .into_iter()
            .map(|(words, _)| words)
            .collect::<Vec<_>>(),
        [2, 4]
    );
}
