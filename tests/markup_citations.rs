//! Markup of citations and sourcing notes: marks glued to their word, links in embeds,
//! and the note on how the page was written.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::components::App;
use yew::LocalServerRenderer;

async fn render_app() -> String {
    LocalServerRenderer::<App>::new().render().await
}

#[tokio::test]
async fn every_citation_mark_is_glued_to_the_word_before_it() {
    let html = render_app().await;
    let marks = html.matches("<sup class=\"cite\">").count();
    assert!(marks > 30, "article and checklist marks: {marks}");
    let kept = html.split("<span class=\"cite-keep\">").skip(1);
    let mut glued = 0;
    for rest in kept {
        let (word, after) = rest.split_once('<').unwrap_or(("", ""));
        // A word (or a term) with no space inside, then the marks, all in the no-wrap span.
        assert!(!word.contains(' '), "{word:?} is more than one word");
        let term = after.starts_with("dfn>");
        assert!(
            !word.is_empty() || term,
            "nothing before the marks: {rest:.80}"
        );
        if after.starts_with("sup class=\"cite\">") || term {
            glued += 1;
        }
    }
    assert_eq!(
        glued, marks,
        "every mark sits in a no-wrap span with its word"
    );
}

#[tokio::test]
async fn page_says_how_it_was_written_and_when_it_was_reviewed() {
    use gut_skin_axis::content::{review_line, REVIEW};
    let html = render_app().await;
    assert!(html.contains("How this explainer was written"));
    assert!(html.contains("associations"));
    assert!(html.contains("No one sponsored this explainer"));
    assert!(html.contains(&review_line(REVIEW)));
    assert!(
        html.contains("Content last reviewed: 6 December 2026 · next review due: December 2027")
    );
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
    let html = LocalServerRenderer::<IslandRoot>::with_props(props)
        .render()
        .await;
    let outside = html
        .matches("href=\"https://example.org/explainer/#ref-")
        .count();
    assert!(
        outside >= 9,
        "every tip's reasons link to the full list: {outside}"
    );
    assert!(
        !html.contains("href=\"#ref-"),
        "no reference list in this embed"
    );
}
