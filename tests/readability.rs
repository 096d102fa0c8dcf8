//! Readability of the article. English: Flesch reading ease >= 70 and Flesch–Kincaid grade
//! <= 8. Spanish (`--features lang-es`): Szigriszt-Pazos perspicuity (INFLESZ scale) >= 60,
//! "bastante fácil", and no sentence over 25 words.
//!
//! A port of the formulas as the Python package `textstat` 0.7.3 computes them (its word,
//! sentence and syllable counts, its rounding; `set_lang("es")` for Spanish), so CI needs no
//! Python. textstat counts syllables with pyphen's hyphenation patterns, so the port does
//! too, from the same files: `HYPHEN_DIC` (US English) and `hyph_es.dic` beside it.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{claims_text, Block, ARTICLE};

mod support_readability;
use support_readability::{
    flesch, lexicon_count, sentence_count, sentences, syllable_count, syllables, szigriszt_pazos,
    Dictionary,
};

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
