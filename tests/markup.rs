//! Markup tests: components rendered to HTML natively with Yew's `ssr` feature.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::components::{App, AxisDiagram, CitationMarks, CitationMarksProps};
use gut_skin_axis::content::{ARTICLE, CITATION_ORDER, TITLE};
use yew::LocalServerRenderer;

async fn render_app() -> String {
    LocalServerRenderer::<App>::new().render().await
}

/// Heading levels in document order, e.g. `[1, 2, 2, …]`.
fn heading_levels(html: &str) -> Vec<u8> {
    let bytes = html.as_bytes();
    let mut levels = Vec::new();
    for index in 0..bytes.len().saturating_sub(3) {
        if bytes[index] == b'<'
            && bytes[index + 1] == b'h'
            && (b'1'..=b'6').contains(&bytes[index + 2])
            && matches!(bytes[index + 3], b'>' | b' ')
        {
            levels.push(bytes[index + 2] - b'0');
        }
    }
    levels
}

/// Values of every `attr="…"` in the markup.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[tokio::test]
async fn app_has_one_h1_and_headings_in_order() {
    let html = render_app().await;
    let levels = heading_levels(&html);
    assert_eq!(
        levels.first(),
        Some(&1),
        "first heading is not h1: {levels:?}"
    );
    assert_eq!(levels.iter().filter(|level| **level == 1).count(), 1);
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "heading level skips in {levels:?}");
    }
    assert!(html.contains(TITLE));
}

#[tokio::test]
async fn every_section_renders_with_its_heading() {
    let html = render_app().await;
    for section in ARTICLE {
        assert!(
            html.contains(&format!("id=\"{}\"", section.id)),
            "{}",
            section.id
        );
        assert!(html.contains(section.title), "{}", section.title);
    }
}

#[tokio::test]
async fn every_in_page_link_has_a_target() {
    let html = render_app().await;
    let ids = attribute_values(&html, "id");
    let fragments: Vec<_> = attribute_values(&html, "href")
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
    let html = render_app().await;
    let mut ids = attribute_values(&html, "id");
    let total = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate id in the page");
}

#[tokio::test]
async fn references_are_numbered_and_linked_out() {
    let html = render_app().await;
    let cited = CITATION_ORDER.len();
    for number in 1..=cited {
        assert!(
            html.contains(&format!("id=\"ref-{number}\"")),
            "ref-{number}"
        );
    }
    assert!(!html.contains(&format!("id=\"ref-{}\"", cited + 1)));
    let external = attribute_values(&html, "href")
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
    let html = render_app().await;
    assert!(html.contains("id=\"disclaimer\""));
    assert!(html.contains("not a diagnosis"));
    assert!(html.contains("sent to anyone"));
}

#[tokio::test]
async fn diagram_is_an_accessible_svg() {
    let html = LocalServerRenderer::<AxisDiagram>::new().render().await;
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("aria-labelledby=\"axis-diagram-title axis-diagram-desc\""));
    assert!(html.contains("<title id=\"axis-diagram-title\">"));
    assert!(html.contains("<desc id=\"axis-diagram-desc\">"));
    assert!(html.contains("<figcaption>"));
    for name in ["Gut", "Immune system", "Skin"] {
        assert!(html.contains(name), "{name}");
    }
    assert_eq!(html.matches("<polygon").count(), 4, "four arrow heads");
}

#[tokio::test]
async fn citation_marks_are_sorted_links_with_hidden_words() {
    let ids: &'static [&'static str] = &["salem2018", "oneill2016"];
    let props = CitationMarksProps { ids };
    let html = LocalServerRenderer::<CitationMarks>::with_props(props)
        .render()
        .await;
    let first = html.find("#ref-1").expect("ref-1");
    let second = html.find("#ref-2").expect("ref-2");
    assert!(first < second, "numbers are in ascending order: {html}");
    assert_eq!(html.matches("Reference </span>").count(), 2);
    assert!(html.contains("<sup class=\"cite\">"));
}

#[tokio::test]
async fn reference_entries_have_no_doubled_punctuation() {
    let html = render_app().await;
    for doubled in ["..", "?.", "!."] {
        assert!(!html.contains(doubled), "found {doubled:?} in the page");
    }
}

#[tokio::test]
async fn checklist_renders_disabled_until_live_with_progress() {
    use gut_skin_axis::components::TipChecklist;
    use gut_skin_axis::content::TIPS;
    let html = LocalServerRenderer::<TipChecklist>::new().render().await;
    assert_eq!(html.matches("type=\"checkbox\"").count(), TIPS.len());
    for tip in TIPS {
        assert!(
            html.contains(&format!("id=\"tip-{}\"", tip.id)),
            "{}",
            tip.id
        );
        assert!(
            html.contains(&format!("for=\"tip-{}-box\"", tip.id)),
            "{}",
            tip.id
        );
        assert!(html.contains(&format!("href=\"#{}\"", tip.section)));
    }
    // Rendered without a browser, the controls wait: marked aria-disabled (so they can
    // still take focus and a tap), never disabled.
    let fieldset = html
        .split("<fieldset")
        .nth(1)
        .and_then(|rest| rest.split('>').next());
    assert!(
        fieldset.is_some_and(|tag| tag.contains("aria-disabled=\"true\"")),
        "{fieldset:?}"
    );
    assert_eq!(
        html.matches("aria-disabled=\"true\"").count(),
        TIPS.len() + 5,
        "fieldset, every box, Clear and Forget, and the Export and Import buttons"
    );
    assert!(!html.contains("disabled=\"disabled\""), "{html}");
    assert!(html.contains(&format!("0 of {} done", TIPS.len())));
    assert!(html.contains("<progress"));
    // The storage notice, the checklist's status and the Export/Import status.
    assert_eq!(html.matches("role=\"status\"").count(), 3);
    assert!(html.contains("role=\"status\" class=\"my-data-status\""));
    assert_eq!(html.matches("<summary>").count(), TIPS.len());
    assert!(html.contains("Nothing is sent anywhere"));
}

#[tokio::test]
async fn quiz_renders_a_start_button_that_waits_for_the_app() {
    use gut_skin_axis::components::KnowledgeQuiz;
    let html = LocalServerRenderer::<KnowledgeQuiz>::new().render().await;
    assert!(html.contains("id=\"quiz-heading\""));
    assert!(html.contains("Start the quiz"));
    assert_eq!(html.matches("aria-disabled=\"true\"").count(), 1, "{html}");
    assert!(!html.contains("disabled=\"disabled\""), "{html}");
    assert!(html.contains("role=\"status\""));
}

#[tokio::test]
async fn self_check_renders_seven_fieldsets_of_native_radios() {
    use gut_skin_axis::components::SelfCheck;
    use gut_skin_axis::content::HABITS;
    let html = LocalServerRenderer::<SelfCheck>::new().render().await;
    assert_eq!(html.matches("<fieldset").count(), HABITS.len());
    assert_eq!(html.matches("<legend>").count(), HABITS.len());
    assert_eq!(html.matches("type=\"radio\"").count(), HABITS.len() * 3);
    for habit in HABITS {
        assert!(html.contains(&format!("name=\"habit-{}\"", habit.id)));
    }
    // Every radio and the submit button wait until the app is live (aria-disabled, so
    // they can take focus and a tap that is carried out once live).
    assert_eq!(
        html.matches("aria-disabled=\"true\"").count(),
        HABITS.len() * 3 + 1
    );
    assert!(!html.contains("disabled=\"disabled\""));
    assert!(
        !html.contains("Last time"),
        "storage is never read while rendering"
    );
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
    let html = LocalServerRenderer::<PlaceholderPage>::new()
        .hydratable(false)
        .render()
        .await;
    for kind in IslandKind::ALL {
        let marker = format!(r#"data-island="{}""#, kind.name());
        assert_eq!(html.matches(&marker).count(), 1, "{marker}");
        let at = html.find(&marker).expect("marker");
        let tag_end = at + html[at..].find('>').expect("end of tag");
        assert!(
            html[tag_end..].starts_with("></div>"),
            "{marker} is not empty"
        );
    }
    assert!(
        !html.contains("Start the quiz"),
        "islands are filled in separately"
    );
    assert!(
        !html.contains("<!--"),
        "static markup carries no hydration markers"
    );
    assert!(html.contains("Skin conditions studied so far"));
}

/// The text between `open`'s end and the next `<`.
fn text_after<'a>(html: &'a str, open: &str) -> Option<&'a str> {
    let at = html.find(open)? + open.len();
    let rest = &html[at..];
    let start = rest.find('>')? + 1;
    let end = rest[start..].find('<')?;
    Some(rest[start..start + end].trim())
}

#[tokio::test]
async fn contents_entries_read_the_heading_of_what_they_link_to() {
    let html = render_app().await;
    // Attribute order is the renderer's: find the nav by its heading.
    let nav_start = html
        .find(r#"id="toc-heading""#)
        .expect("a table of contents");
    let nav_end = nav_start + html[nav_start..].find("</nav>").expect("nav closes");
    let nav = &html[nav_start..nav_end];
    let mut checked = 0;
    for (at, _) in nav.match_indices(r##"<a href="#"##) {
        let rest = &nav[at + 10..];
        let target = &rest[..rest.find('"').expect("href closes")];
        let label = text_after(&nav[at..], "<a").expect("link text");
        let element = html
            .find(&format!(r#" id="{target}""#))
            .unwrap_or_else(|| panic!("no element with id {target}"));
        let heading = text_after(&html[element..], "<h2").expect("a heading after the target");
        assert_eq!(label, heading, "contents entry for #{target}");
        checked += 1;
    }
    assert!(checked >= ARTICLE.len() + 6, "only {checked} entries");
}
