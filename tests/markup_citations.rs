//! Markup of citations and sourcing notes, parsed: marks glued to their word, sorted and
//! read out, links in embeds, and the note on how the page was written.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use scraper::Node;
use support_html::{app, has, one, page_text, parse, select, select_in, text};
use yew::LocalServerRenderer;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[tokio::test]
async fn every_citation_mark_is_glued_to_the_word_before_it() {
    let doc = app().await;
    let marks = select(&doc, "sup[class=\"cite\"]");
    assert!(
        marks.len() > 30,
        "article and checklist marks: {}",
        marks.len()
    );
    for mark in &marks {
        let keep = mark.parent().expect("a parent").value().as_element();
        assert!(
            keep.is_some_and(
                |span| span.name() == "span" && span.attr("class") == Some("cite-keep")
            ),
            "a mark outside a no-wrap span: {}",
            mark.html()
        );
        // A word (or a term) with no space inside, then the marks, all in the no-wrap span.
        let before = mark.prev_sibling().map(|node| node.value());
        match before {
            Some(Node::Text(word)) => {
                assert!(!word.is_empty(), "nothing before the marks");
                assert!(!word.contains(' '), "{:?} is more than one word", &**word);
            }
            Some(Node::Element(term)) => assert_eq!(term.name(), "dfn", "{}", mark.html()),
            other => panic!("nothing before the marks {}: {other:?}", mark.html()),
        }
    }
    assert_eq!(
        select(&doc, "span[class=\"cite-keep\"]").len(),
        marks.len(),
        "every mark sits in a no-wrap span with its word"
    );
}

#[tokio::test]
async fn citation_marks_are_sorted_links_with_hidden_words() {
    use gut_skin_axis::components::{CitationMarks, CitationMarksProps};
    let ids: &'static [&'static str] = &["salem2018", "oneill2016"];
    let props = CitationMarksProps { ids };
    let markup = LocalServerRenderer::<CitationMarks>::with_props(props)
        .render()
        .await;
    let doc = parse(&markup);
    let mark = one(&doc, "sup[class=\"cite\"]");
    let links: Vec<_> = select_in(mark, "a[href]")
        .iter()
        .filter_map(|link| link.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        ["#ref-1", "#ref-2"],
        "numbers are in ascending order"
    );
    let hidden = select_in(mark, "a span")
        .into_iter()
        .filter(|span| text(*span) == pick("Reference ", "Referencia "))
        .count();
    assert_eq!(hidden, 2, "{markup}");
}

#[tokio::test]
async fn page_says_how_it_was_written_and_when_it_was_reviewed() {
    use gut_skin_axis::content::{review_line, REVIEW};
    let words = page_text(&app().await);
    assert!(words.contains(pick(
        "How this explainer was written",
        "Cómo se escribió esta guía"
    )));
    assert!(words.contains(pick("associations", "asociaciones")));
    assert!(words.contains(pick(
        "No one sponsored this explainer",
        "Nadie ha patrocinado esta guía"
    )));
    assert!(words.contains(&review_line(REVIEW)));
    assert!(words.contains(pick(
        "Content last reviewed: 6 December 2026 · next review due: December 2027",
        "Última revisión del contenido: 6 de diciembre de 2026. Esta página es una traducción de la versión en inglés revisada ese mismo día. Próxima revisión: diciembre de 2027."
    )));
}

#[tokio::test]
async fn tip_reasons_link_to_the_full_explainers_references_when_embedded() {
    use gut_skin_axis::components::{IslandKind, IslandRoot, IslandRootProps, PageLinks};
    let links = PageLinks {
        base: "https://example.org/explainer/".into(),
        article_here: false,
        checklist_here: true,
        printable: true,
        events: None,
    };
    let props = IslandRootProps {
        kind: IslandKind::Checklist,
        namespace: Default::default(),
        links: Some(links),
        on_rendered: Default::default(),
    };
    let doc = parse(
        &LocalServerRenderer::<IslandRoot>::with_props(props)
            .render()
            .await,
    );
    let outside = select(&doc, "[href^=\"https://example.org/explainer/#ref-\"]").len();
    assert!(
        outside >= 9,
        "every tip's reasons link to the full list: {outside}"
    );
    assert!(
        !has(&doc, "[href^=\"#ref-\"]"),
        "no reference list in this embed"
    );
}

#[tokio::test]
async fn each_reference_is_marked_with_its_own_language() {
    use gut_skin_axis::content::{citation_number, reference};
    let doc = app().await;
    let entries = select(&doc, ".references li[id^=\"ref-\"]");
    assert!(!entries.is_empty());
    for entry in &entries {
        let id = entry.value().attr("id").expect("an id");
        let number: usize = id.trim_start_matches("ref-").parse().expect("ref-N");
        let lang = entry
            .value()
            .attr("lang")
            .expect("every entry says its language");
        let source = gut_skin_axis::content::CITATION_ORDER
            .iter()
            .find(|source| citation_number(source) == Some(number))
            .and_then(|source| reference(source))
            .expect("the entry's source");
        assert_eq!(lang, source.lang, "{id}");
    }
    // A Spanish title among English ones (the crisis line in Spain) says so.
    assert!(entries
        .iter()
        .any(|entry| entry.value().attr("lang") == Some("es")));
    assert!(entries
        .iter()
        .any(|entry| entry.value().attr("lang") == Some("en")));
}
