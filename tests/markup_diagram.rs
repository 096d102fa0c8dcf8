//! Markup of the diagram's stepper as prerendered: the whole diagram, the steps as an
//! ordered list, and the controls, waiting (aria-disabled) until the island is live.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::components::{
    App, AxisDiagram, DiagramControls, IslandKind, IslandPlaceholders, IslandRoot, IslandRootProps,
};
use gut_skin_axis::content::{citation_number, DIAGRAM_STEPS, STEP_KEYS_HINT};
use yew::prelude::*;
use yew::LocalServerRenderer;

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

/// The figure, controls and list as the prerendered page holds them (the island filled in).
async fn prerendered_figure() -> String {
    let page = LocalServerRenderer::<AxisDiagram>::new()
        .hydratable(false)
        .render()
        .await;
    let island = prerendered_island().await;
    let marker = r#"data-island="diagram" data-on-use="" class="island">"#;
    assert!(page.contains(marker), "{page}");
    page.replacen(marker, &format!("{marker}{island}"), 1)
}

#[tokio::test]
async fn the_prerendered_figure_is_the_whole_diagram_then_every_step_in_an_ordered_list() {
    let html = prerendered_figure().await;
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("<title id=\"axis-diagram-title\">"));
    assert!(html.contains("<desc id=\"axis-diagram-desc\">"));
    assert_eq!(html.matches("<polygon").count(), 4, "four arrow heads");
    assert!(
        !html.contains("data-lit"),
        "nothing highlighted, nothing dimmed"
    );
    let controls = html.find("axis-controls").expect("controls");
    assert!(html.find("<svg").expect("svg") < controls);
    assert!(
        controls < html.find("<ol>").expect("list"),
        "controls between figure and list"
    );
    let list = &html[html.find("<ol>").expect("an ordered list")..];
    assert!(html.find("<svg").expect("svg") < html.find("<ol>").expect("list"));
    assert_eq!(list.matches("<li>").count(), DIAGRAM_STEPS.len());
    let mut from = 0;
    for step in DIAGRAM_STEPS {
        let at = list[from..]
            .find(step.title)
            .unwrap_or_else(|| panic!("{} missing or out of order", step.title));
        from += at;
        for id in step.caption.sources() {
            let number = citation_number(id).expect("cited");
            assert!(
                list.contains(&format!("href=\"#ref-{number}\"")),
                "{}: no link to reference {number}",
                step.title
            );
        }
    }
}

#[tokio::test]
async fn the_controls_are_prerendered_and_wait_until_live() {
    let html = prerendered_island().await;
    for (id, name) in [
        ("axis-previous", "Previous"),
        ("axis-next", "Next"),
        ("axis-show-all", "Show all"),
    ] {
        let at = html
            .find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("{id}"));
        let tag = &html[html[..at].rfind('<').expect("tag")..];
        let tag = &tag[..tag.find('>').expect("end")];
        assert!(tag.starts_with("<button"), "{id}: {tag}");
        assert!(tag.contains("aria-disabled=\"true\""), "{id} waits: {tag}");
        assert!(html[at..].contains(&format!(">{name}</button>")), "{name}");
    }
    assert!(html.contains("Whole diagram: 11 steps, listed below"));
    // The focusable area names its keys, which the loader replays before the island is live.
    assert!(html.starts_with(r#"<div id="axis-walk" tabindex="0" role="group""#));
    assert!(html.contains(&format!("aria-label=\"{STEP_KEYS_HINT}\"")));
    assert!(html.contains("data-keys=\"ArrowLeft ArrowRight Home End Escape\""));
    // The polite live region is there from the start, and silent.
    assert!(html.contains(r#"<p role="status" class="visually-hidden"></p>"#));
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
    let page = LocalServerRenderer::<StaticPage>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(IslandKind::Diagram.live_on_use_only());
    assert!(IslandKind::Diagram.placeholder().contains(" data-on-use>"));
    assert!(page.contains(r#"<div data-island="diagram" data-on-use="" class="island"></div>"#));
    assert_eq!(
        page.matches("data-on-use").count(),
        1,
        "only the diagram waits for use"
    );
    for kind in IslandKind::ALL {
        if kind != IslandKind::Diagram {
            assert!(!kind.live_on_use_only(), "{kind:?}");
            assert!(!kind.placeholder().contains("data-on-use"), "{kind:?}");
        }
    }
    // The diagram comes first in the page, inside the article's first section.
    assert_eq!(IslandKind::ALL[0], IslandKind::Diagram);
    let article = page.find("<article").expect("article");
    let island = page.find("data-island=\"diagram\"").expect("island");
    assert!(article < island && island < page.find("</article>").expect("end"));
    let wrapper = page.find(r#"<div class="axis-stepper">"#).expect("wrapper");
    assert!(
        wrapper < island && island < page.find(r#"<div class="axis-steps">"#).expect("the steps")
    );
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
    assert!(!alone.contains("<svg") && !alone.contains("<ol"));
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
