//! Markup tests: the page rendered to HTML natively with Yew's `ssr` feature, parsed, and
//! checked for structure: headings, ids and links, references, the diagram, islands.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use gut_skin_axis::components::{App, AxisDiagram};
use gut_skin_axis::content::{ARTICLE, CITATION_ORDER, TITLE};
use support_html::{
    after, all_attribute_values, app, attribute_values, has, has_comment, heading_levels, one,
    page_text, parse, select, select_in, text,
};
use yew::LocalServerRenderer;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[tokio::test]
async fn app_has_one_h1_and_headings_in_order() {
    let doc = app().await;
    let levels = heading_levels(&doc);
    assert_eq!(
        levels.first(),
        Some(&1),
        "first heading is not h1: {levels:?}"
    );
    assert_eq!(levels.iter().filter(|level| **level == 1).count(), 1);
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "heading level skips in {levels:?}");
    }
    assert!(text(one(&doc, "h1")).contains(TITLE));
}

#[tokio::test]
async fn every_section_renders_with_its_heading() {
    let doc = app().await;
    for section in ARTICLE {
        let element = one(&doc, &format!("[id=\"{}\"]", section.id));
        assert!(text(element).contains(section.title), "{}", section.title);
    }
}

#[tokio::test]
async fn every_in_page_link_has_a_target() {
    let doc = app().await;
    let ids = attribute_values(&doc, "id");
    let fragments: Vec<_> = attribute_values(&doc, "href")
        .into_iter()
        .filter_map(|href| href.strip_prefix('#'))
        .collect();
    assert!(fragments.len() > 20, "expected contents and citation links");
    for fragment in fragments {
        assert!(ids.contains(&fragment), "#{fragment} points nowhere");
    }
}

#[tokio::test]
async fn ids_are_unique() {
    let doc = app().await;
    let mut ids = attribute_values(&doc, "id");
    let total = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate id in the page");
}

#[tokio::test]
async fn references_are_numbered_and_linked_out() {
    let doc = app().await;
    let cited = CITATION_ORDER.len();
    for number in 1..=cited {
        one(&doc, &format!("[id=\"ref-{number}\"]"));
    }
    assert!(!has(&doc, &format!("[id=\"ref-{}\"]", cited + 1)));
    let external = attribute_values(&doc, "href")
        .into_iter()
        .filter(|href| href.starts_with("https://"))
        .count();
    assert_eq!(
        external, cited,
        "each reference has exactly one outgoing link"
    );
}

#[tokio::test]
async fn page_has_disclaimer_and_privacy_note() {
    let doc = app().await;
    one(&doc, "#disclaimer");
    let words = page_text(&doc);
    assert!(words.contains(pick("not a diagnosis", "No es un diagnóstico")));
    assert!(words.contains(pick("sent to anyone", "se envía a nadie")));
}

#[tokio::test]
async fn diagram_is_an_accessible_svg() {
    let doc = parse(&LocalServerRenderer::<AxisDiagram>::new().render().await);
    let svg = one(&doc, "figure svg[role=\"img\"]");
    assert_eq!(
        svg.value().attr("aria-labelledby"),
        Some("axis-diagram-title axis-diagram-desc")
    );
    // The names the label points at are the SVG's own title and description.
    one(&doc, "svg > title#axis-diagram-title");
    one(&doc, "svg > desc#axis-diagram-desc");
    one(&doc, "figure > figcaption");
    let words = page_text(&doc);
    for name in pick(
        ["Gut", "Immune system", "Skin"],
        ["Intestino", "Sistema inmunitario", "Piel"],
    ) {
        assert!(words.contains(name), "{name}");
    }
    assert_eq!(select(&doc, "polygon").len(), 4, "four arrow heads");
}

#[tokio::test]
async fn reference_entries_have_no_doubled_punctuation() {
    let doc = app().await;
    // The text as read (across element boundaries too) and every attribute value.
    let words = page_text(&doc);
    let attributes = all_attribute_values(&doc);
    for doubled in ["..", "?.", "!."] {
        assert!(!words.contains(doubled), "found {doubled:?} in the page");
        // A link up a folder ("../", the Spanish page's link to the English one) is a path.
        for value in attributes.iter().filter(|value| !value.starts_with("../")) {
            assert!(!value.contains(doubled), "found {doubled:?} in {value:?}");
        }
    }
}

/// The page as the build prerenders it: islands as empty containers.
#[yew::function_component]
fn PlaceholderPage() -> yew::Html {
    use gut_skin_axis::components::IslandPlaceholders;
    yew::html! {
        <yew::ContextProvider<IslandPlaceholders> context={IslandPlaceholders}>
            <App />
        </yew::ContextProvider<IslandPlaceholders>>
    }
}

#[tokio::test]
async fn prerendered_page_has_one_empty_container_per_island_and_no_island_content() {
    use gut_skin_axis::components::IslandKind;
    let markup = LocalServerRenderer::<PlaceholderPage>::new()
        .hydratable(false)
        .render()
        .await;
    let doc = parse(&markup);
    for kind in IslandKind::ALL {
        let marker = format!("[data-island=\"{}\"]", kind.name());
        let container = one(&doc, &marker);
        assert_eq!(container.value().name(), "div", "{marker}");
        assert!(
            container.children().next().is_none(),
            "{marker} is not empty"
        );
    }
    let words = page_text(&doc);
    assert!(
        !words.contains(pick("Start the quiz", "Empezar el cuestionario")),
        "islands are filled in separately"
    );
    assert!(
        !has_comment(&doc),
        "static markup carries no hydration markers"
    );
    assert!(words.contains(pick(
        "Skin conditions studied so far",
        "Problemas de piel estudiados hasta ahora"
    )));
}

#[tokio::test]
async fn contents_entries_read_the_heading_of_what_they_link_to() {
    let doc = app().await;
    let navs: Vec<_> = select(&doc, "nav")
        .into_iter()
        .filter(|nav| !select_in(*nav, "#toc-heading").is_empty())
        .collect();
    let [nav] = navs.as_slice() else {
        panic!("expected one table of contents, found {}", navs.len());
    };
    let mut checked = 0;
    for link in select_in(*nav, "a[href^=\"#\"]") {
        let target = &link.value().attr("href").expect("href")[1..];
        let label = text(link);
        let element = one(&doc, &format!("[id=\"{target}\"]"));
        let heading = *after(&doc, element, "h2")
            .first()
            .expect("a heading after the target");
        assert_eq!(
            label.trim(),
            text(heading).trim(),
            "contents entry for #{target}"
        );
        checked += 1;
    }
    assert!(checked >= ARTICLE.len() + 6, "only {checked} entries");
}
