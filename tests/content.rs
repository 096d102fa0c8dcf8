//! Content invariants: the article is complete, cited and linked.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use gut_skin_axis::content::{
    inline_text, reference, section_claims, section_inlines, Block, ARTICLE, DISCLAIMER, LEDE,
    REFERENCES,
};
use gut_skin_axis::model::CitationIndex;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

fn cited_ids() -> Vec<&'static str> {
    CitationIndex::from_sections(ARTICLE).cited().to_vec()
}

fn article_words() -> usize {
    let mut words = LEDE.split_whitespace().count();
    for section in ARTICLE {
        words += section.title.split_whitespace().count();
        for run in section_inlines(section) {
            words += inline_text(run)
                .map(|text| text.split_whitespace().count())
                .sum::<usize>();
        }
        for block in section.blocks {
            if let Block::Tips(items) = block {
                words += items
                    .iter()
                    .map(|item| item.lead.split_whitespace().count())
                    .sum::<usize>();
            }
        }
    }
    words
}

#[test]
fn every_citation_resolves_to_a_reference() {
    for section in ARTICLE {
        for claim in section_claims(section) {
            for id in claim.sources() {
                assert!(reference(id).is_some(), "{} cites unknown {id}", section.id);
            }
        }
    }
}

#[test]
fn every_reference_has_an_https_link_and_is_complete() {
    for source in REFERENCES {
        assert!(source.url.starts_with("https://"), "{} link", source.id);
        assert!(!source.url.contains(' '), "{} link has a space", source.id);
        assert!(!source.authors.trim().is_empty(), "{} authors", source.id);
        assert!(!source.title.trim().is_empty(), "{} title", source.id);
        assert!(!source.source.trim().is_empty(), "{} source", source.id);
        if let Some(year) = source.year {
            assert!((1990..=2026).contains(&year), "{} year", source.id);
        } else {
            // Only a web page may go without a year, never a journal article.
            assert!(!source.url.contains("doi.org"), "{} has no year", source.id);
        }
    }
}

#[test]
fn doi_links_use_the_resolver_and_a_doi_prefix() {
    for source in REFERENCES.iter().filter(|r| r.url.contains("doi.org")) {
        assert!(
            source.url.starts_with("https://doi.org/10."),
            "{} has a malformed DOI link",
            source.id
        );
    }
}

#[test]
fn reference_ids_are_unique_and_all_cited_in_the_article() {
    let mut seen = HashSet::new();
    for source in REFERENCES {
        assert!(
            seen.insert(source.id),
            "duplicate reference id {}",
            source.id
        );
    }
    let cited: HashSet<_> = cited_ids().into_iter().collect();
    for source in REFERENCES {
        assert!(cited.contains(source.id), "{} is never cited", source.id);
    }
}

#[test]
fn at_least_six_sources_are_cited() {
    assert!(cited_ids().len() >= 6);
}

#[test]
fn no_section_is_empty() {
    for section in ARTICLE {
        assert!(
            !section.title.trim().is_empty(),
            "{} has no title",
            section.id
        );
        let words: usize = section_inlines(section)
            .iter()
            .map(|run| {
                inline_text(run)
                    .map(|t| t.split_whitespace().count())
                    .sum::<usize>()
            })
            .sum();
        assert!(words >= 40, "{} has only {words} words", section.id);
    }
}

#[test]
fn section_ids_are_unique_fragment_names() {
    let mut seen = HashSet::new();
    for section in ARTICLE {
        assert!(seen.insert(section.id), "duplicate id {}", section.id);
        assert!(
            section
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not a plain fragment name",
            section.id
        );
    }
}

#[test]
fn article_covers_the_required_topics() {
    let titles: Vec<_> = ARTICLE.iter().map(|s| s.title.to_lowercase()).collect();
    let english = [
        "axis",
        "microbiome",
        "immune",
        "signals",
        "skin conditions",
        "shapes",
        "habits",
    ];
    let spanish = [
        "eje",
        "microbioma",
        "inmunitario",
        "señales",
        "problemas de piel",
        "influye",
        "hábitos",
    ];
    for topic in pick(english, spanish) {
        assert!(
            titles.iter().any(|t| t.contains(topic)),
            "no section about {topic}"
        );
    }
    assert!(ARTICLE
        .iter()
        .any(|s| s.blocks.contains(&Block::AxisDiagram)));
}

#[test]
fn article_length_is_between_900_and_1500_words() {
    // The same text takes a fifth to a quarter more words in Spanish than in English
    // (articles, "de", "que"; this article: 1764 against 1499, x1.18): the Spanish limits
    // are the English ones scaled by 1.25.
    let limits = pick(900..=1500, 1125..=1875);
    let words = article_words();
    assert!(
        limits.contains(&words),
        "article has {words} words, not {limits:?}"
    );
}

#[test]
fn the_70_percent_figure_comes_with_its_caveat() {
    let immune = ARTICLE
        .iter()
        .find(|s| s.id == "immune-link")
        .expect("section");
    let text: String = section_inlines(immune)
        .iter()
        .flat_map(|run| inline_text(run))
        .collect();
    assert!(text.contains("70 %"));
    let (caveat, share) = pick(
        ("loosely", "large share"),
        ("cálculo aproximado", "gran parte"),
    );
    assert!(text.contains(caveat) && text.contains(share), "{text}");
}

#[test]
fn disclaimer_points_to_professionals_and_urgent_care() {
    let text = DISCLAIMER.join(" ");
    let english = [
        "not a diagnosis",
        "medical advice",
        "doctor",
        "pharmacist",
        "dermatologist",
        "urgently",
    ];
    let spanish = [
        "No es un diagnóstico",
        "consejo médico",
        "médico",
        "farmacéutico",
        "dermatólogo",
        "urgente",
    ];
    for word in pick(english, spanish) {
        assert!(text.contains(word), "disclaimer lacks {word:?}");
    }
    // Emergency numbers for the UK, the US and Latin America, Spain and the EU, and the
    // reader's own.
    let local = pick("local emergency number", "número local");
    for number in ["999", "911", "112", local] {
        assert!(text.contains(number), "disclaimer lacks {number:?}");
    }
}

#[test]
fn no_placeholder_text_anywhere() {
    let mut all = String::from(LEDE);
    for section in ARTICLE {
        for run in section_inlines(section) {
            all.extend(inline_text(run));
        }
    }
    let lower = all.to_lowercase();
    // "todo" is an everyday Spanish word ("all"): there a placeholder is the capitalised TODO.
    let english = ["lorem", "todo", "coming soon", "placeholder", "tbd", "xxx"];
    let spanish = [
        "lorem",
        "coming soon",
        "placeholder",
        "tbd",
        "xxx",
        "próximamente",
        "por completar",
    ];
    for marker in pick(&english[..], &spanish[..]) {
        assert!(!lower.contains(marker), "found {marker:?}");
    }
    for marker in ["TODO", "FIXME"] {
        assert!(!all.contains(marker), "found {marker:?}");
    }
}
