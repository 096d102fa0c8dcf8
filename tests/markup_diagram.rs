//! Markup of the diagram's stepper as prerendered, parsed: the whole diagram, the steps as
//! an ordered list, and the controls, waiting (aria-disabled) until the island is live.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use gut_skin_axis::components::{
    App, AxisDiagram, DiagramControls, IslandKind, IslandPlaceholders, IslandRoot, IslandRootProps,
};
use gut_skin_axis::content::{citation_number, DIAGRAM_STEPS, STEP_KEYS_HINT};
use support_html::{has, one, page_text, parse, position, select, select_in, text};
use yew::prelude::*;
use yew::LocalServerRenderer;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

/// The island exactly as the prerender step renders it into its container.
async fn prerendered_island() -> String {
    let props = IslandRootProps {
        kind: IslandKind::Diagram,
        namespace: Default::default(),
        links: None,
        on_rendered: Default::default(),
    };
    LocalServerRenderer::<IslandRoot>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The figure as the build prerenders it: the island's container left empty.
#[function_component]
fn PlaceholderFigure() -> Html {
    html! {
        <ContextProvider<IslandPlaceholders> context={IslandPlaceholders}>
            <AxisDiagram />
        </ContextProvider<IslandPlaceholders>>
    }
}

/// The figure, controls and list as the prerendered page holds them (the island filled in).
async fn prerendered_figure() -> String {
    let page = LocalServerRenderer::<PlaceholderFigure>::new()
        .hydratable(false)
        .render()
        .await;
    let container = "[data-island=\"diagram\"]";
    let empty = one(&parse(&page), container).children().next().is_none();
    assert!(
        empty,
        "the container is filled in once, by the island: {page}"
    );
    let island = prerendered_island().await;
    let marker = r#"data-island="diagram" data-on-use="" class="island">"#;
    assert!(page.contains(marker), "{page}");
    page.replacen(marker, &format!("{marker}{island}"), 1)
}

#[tokio::test]
async fn the_prerendered_figure_is_the_whole_diagram_then_every_step_in_an_ordered_list() {
    let doc = parse(&prerendered_figure().await);
    one(&doc, "svg[role=\"img\"]");
    one(&doc, "svg > title#axis-diagram-title");
    one(&doc, "svg > desc#axis-diagram-desc");
    assert_eq!(select(&doc, "polygon").len(), 4, "four arrow heads");
    assert!(
        !has(&doc, "[data-lit]"),
        "nothing highlighted, nothing dimmed"
    );
    let svg = position(&doc, one(&doc, "svg"));
    let controls = position(&doc, one(&doc, ".axis-controls"));
    let list = one(&doc, "ol");
    assert!(svg < controls, "the figure comes first");
    assert!(
        controls < position(&doc, list),
        "controls between figure and list"
    );
    // Every step in its own item, in order, linking to the references its caption cites.
    let items: Vec<_> = list
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .filter(|child| child.value().name() == "li")
        .collect();
    assert_eq!(items.len(), DIAGRAM_STEPS.len());
    assert_eq!(
        select_in(list, "li").len(),
        DIAGRAM_STEPS.len(),
        "no nested items"
    );
    for (step, item) in DIAGRAM_STEPS.iter().zip(&items) {
        assert!(
            text(*item).contains(step.title),
            "{} missing or out of order",
            step.title
        );
        for id in step.caption.sources() {
            let number = citation_number(id).expect("cited");
            assert!(
                !select_in(*item, &format!("a[href=\"#ref-{number}\"]")).is_empty(),
                "{}: no link to reference {number}",
                step.title
            );
        }
    }
}

#[tokio::test]
async fn the_controls_are_prerendered_and_wait_until_live() {
    let doc = parse(&prerendered_island().await);
    let names = pick(
        ["Previous", "Next", "Show all"],
        ["Anterior", "Siguiente", "Ver todo"],
    );
    for (id, name) in ["axis-previous", "axis-next", "axis-show-all"]
        .into_iter()
        .zip(names)
    {
        let control = one(&doc, &format!("[id=\"{id}\"]"));
        let tag = control.value();
        assert_eq!(tag.name(), "button", "{id}: {tag:?}");
        assert_eq!(
            tag.attr("aria-disabled"),
            Some("true"),
            "{id} waits: {tag:?}"
        );
        assert_eq!(text(control), name, "{name}");
    }
    assert!(page_text(&doc).contains(pick(
        "Whole diagram: 11 steps, listed below",
        "Diagrama completo: 11 pasos, enumerados abajo"
    )));
    // The focusable area names its keys, which the loader replays before the island is live.
    let walk = doc.root_element().first_child().map(|node| node.value());
    let walk = walk
        .and_then(|node| node.as_element())
        .expect("the island opens with an element");
    assert_eq!(walk.name(), "div");
    assert_eq!(walk.id(), Some("axis-walk"));
    assert_eq!(walk.attr("tabindex"), Some("0"));
    assert_eq!(walk.attr("role"), Some("group"));
    assert_eq!(walk.attr("aria-label"), Some(STEP_KEYS_HINT));
    assert_eq!(
        walk.attr("data-keys"),
        Some("ArrowLeft ArrowRight Home End Escape")
    );
    // The polite live region is there from the start, and silent.
    let live = one(&doc, "p[role=\"status\"][class=\"visually-hidden\"]");
    assert!(live.children().next().is_none(), "{}", live.html());
}

#[tokio::test]
async fn the_page_holds_the_diagram_as_an_island_that_goes_live_only_when_used() {
    #[function_component]
    fn StaticPage() -> Html {
        html! {
            <ContextProvider<IslandPlaceholders> context={IslandPlaceholders}>
                <App />
            </ContextProvider<IslandPlaceholders>>
        }
    }
    let page = parse(
        &LocalServerRenderer::<StaticPage>::new()
            .hydratable(false)
            .render()
            .await,
    );
    assert!(IslandKind::Diagram.live_on_use_only());
    let placeholder = parse(&IslandKind::Diagram.placeholder());
    one(&placeholder, "[data-island=\"diagram\"][data-on-use=\"\"]");
    let island = one(
        &page,
        "div[data-island=\"diagram\"][data-on-use=\"\"][class=\"island\"]",
    );
    assert!(island.children().next().is_none(), "{}", island.html());
    assert_eq!(
        select(&page, "[data-on-use]").len(),
        1,
        "only the diagram waits for use"
    );
    for kind in IslandKind::ALL {
        if kind != IslandKind::Diagram {
            assert!(!kind.live_on_use_only(), "{kind:?}");
            assert!(
                !has(&parse(&kind.placeholder()), "[data-on-use]"),
                "{kind:?}"
            );
        }
    }
    // The diagram comes first in the page, inside the article's first section.
    assert_eq!(IslandKind::ALL[0], IslandKind::Diagram);
    let article = one(&page, "article");
    assert_eq!(
        select_in(article, "[data-island=\"diagram\"]").len(),
        1,
        "the island is inside the article"
    );
    let island = position(&page, island);
    let wrapper = position(&page, one(&page, "div[class=\"axis-stepper\"]"));
    let steps = position(&page, one(&page, "div[class=\"axis-steps\"]"));
    assert!(wrapper < island && island < steps);
}

#[test]
fn the_words_drawn_into_the_svg_hold_no_markup_characters() {
    use gut_skin_axis::content::{DIAGRAM_DESC, DIAGRAM_LINKS, DIAGRAM_NODES, DIAGRAM_TITLE};
    let mut words = vec![DIAGRAM_TITLE, DIAGRAM_DESC];
    for node in DIAGRAM_NODES {
        words.extend([node.name, node.detail]);
    }
    for link in DIAGRAM_LINKS {
        words.extend(link.down.iter().chain(link.up));
    }
    for word in words {
        assert!(!word.contains(['<', '>', '&', '"']), "{word}");
    }
}

#[tokio::test]
async fn the_island_is_the_controls_alone() {
    let alone = LocalServerRenderer::<DiagramControls>::new()
        .hydratable(false)
        .render()
        .await;
    assert_eq!(alone, prerendered_island().await);
    let alone = parse(&alone);
    assert!(!has(&alone, "svg") && !has(&alone, "ol"));
}

#[test]
fn the_stylesheet_lights_and_dims_every_part() {
    use gut_skin_axis::components::part_class;
    use gut_skin_axis::content::DiagramPart::*;
    let css = std::fs::read_to_string("styles/main.css").expect("stylesheet");
    for part in [
        Gut,
        Immune,
        Skin,
        GutToImmune,
        ImmuneToGut,
        ImmuneToSkin,
        SkinToImmune,
    ] {
        let class = part_class(part);
        let lit = format!(r#".axis-stepper:has([data-lit~="{class}"]) .{class}"#);
        let dim = format!(r#".axis-stepper:has([data-lit]:not([data-lit~="{class}"])) .{class}"#);
        assert!(css.contains(&lit), "{lit}");
        assert!(css.contains(&dim), "{dim}");
    }
}
