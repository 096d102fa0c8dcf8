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
        TIPS.len() + 6,
        "fieldset, every box and five buttons (clear, forget, print, export, import)"
    );
    assert!(!html.contains("disabled=\"disabled\""), "{html}");
    assert!(html.contains(&format!("0 of {} done", TIPS.len())));
    assert!(html.contains("<progress"));
    // The checklist's own status, the storage notice's, and the export/import line.
    assert_eq!(html.matches("role=\"status\"").count(), 3);
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

#[tokio::test]
async fn both_quizzes_say_what_they_cover_how_long_and_what_is_saved_before_they_start() {
    use gut_skin_axis::components::{KnowledgeQuiz, SelfCheck};
    use gut_skin_axis::content::{QUIZ_INTRO, SELF_CHECK_INTRO};
    let quiz = LocalServerRenderer::<KnowledgeQuiz>::new().render().await;
    assert!(quiz.contains("10 questions, about 3 minutes."), "{quiz}");
    assert!(quiz.contains(QUIZ_INTRO.saved));
    let check = LocalServerRenderer::<SelfCheck>::new().render().await;
    assert!(check.contains("7 questions, about 2 minutes."), "{check}");
    assert!(check.contains(SELF_CHECK_INTRO.saved));
    assert!(
        check.find("about 2 minutes") < check.find("<fieldset"),
        "the intro comes before the questions"
    );
}

/// A self-check answered with the given options, its result rendered with these links.
#[derive(yew::Properties, PartialEq)]
struct ResultProps {
    options: [usize; 7],
    links: gut_skin_axis::components::PageLinks,
}

#[yew::function_component]
fn AnsweredResult(props: &ResultProps) -> yew::Html {
    use gut_skin_axis::components::{habit_keys, render_result, Highlight};
    use gut_skin_axis::model::{SelfCheckAction, SelfCheckState};
    let keys = habit_keys();
    let mut state = SelfCheckState::new(keys.len());
    for (question, &option) in props.options.iter().enumerate() {
        state = state.reduce(keys, SelfCheckAction::Answer { question, option });
    }
    let state = state.reduce(keys, SelfCheckAction::Submit);
    render_result(
        &state,
        keys,
        &yew::NodeRef::default(),
        yew::Callback::noop(),
        &props.links,
        &Highlight::default(),
    )
}

/// The markup of the `<li>` for area `id`.
fn area_item<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("data-area=\"{id}\""))
        .unwrap_or_else(|| panic!("no area {id}"));
    let end = html[start..]
        .find("</li>")
        .map_or(html.len(), |end| start + end);
    &html[start..end]
}

#[tokio::test]
async fn the_result_shows_each_area_as_words_and_a_bar_linked_to_its_tip() {
    use gut_skin_axis::components::PageLinks;
    use gut_skin_axis::content::HABITS;
    let props = ResultProps {
        options: [2, 1, 0, 2, 1, 0, 2],
        links: PageLinks::default(),
    };
    let html = LocalServerRenderer::<AnsweredResult>::with_props(props)
        .render()
        .await;
    assert!(html.contains("Your habits score: 8 of 14"));
    assert!(
        html.contains("A good base with a few gaps"),
        "the band stays"
    );
    assert!(
        html.contains("Where a small change could help most"),
        "weakest stay"
    );
    assert!(html.contains("It is not a diagnosis"), "the caveat stays");
    let expected = [2, 1, 0, 2, 1, 0, 2];
    for (habit, points) in HABITS.iter().zip(expected) {
        let item = area_item(&html, habit.id);
        let word = ["room to grow", "on the way", "going well"][points];
        assert!(
            item.contains(&format!("{points} of 2 points: {word}")),
            "{item}"
        );
        assert!(item.contains(habit.area), "{item}");
        assert!(
            item.contains(&format!("href=\"#tip-{}\"", habit.tip)),
            "{item}"
        );
        // The bar is drawn, not read: its text says the same.
        assert!(
            item.contains("aria-hidden=\"true\" class=\"area-bar\""),
            "{item}"
        );
        let (hollow, earned) = (
            item.matches("class=\"area-point\"").count(),
            item.matches("class=\"area-point earned\"").count(),
        );
        assert_eq!((hollow + earned, earned), (2, points), "{item}");
    }
    assert_eq!(html.matches("Print or save my summary").count(), 1);
}

#[tokio::test]
async fn a_widget_offers_no_print() {
    use gut_skin_axis::components::{IslandKind, IslandRoot, IslandRootProps, PageLinks};
    let links = PageLinks {
        base: "https://example.org/explainer/".into(),
        article_here: false,
        checklist_here: true,
        printable: false,
        events: None,
    };
    let props = ResultProps {
        options: [2; 7],
        links: links.clone(),
    };
    let result = LocalServerRenderer::<AnsweredResult>::with_props(props)
        .render()
        .await;
    assert!(!result.contains("Print or save"), "{result}");
    let props = IslandRootProps {
        kind: IslandKind::Checklist,
        namespace: Default::default(),
        links: Some(links),
        on_rendered: Default::default(),
    };
    let checklist = LocalServerRenderer::<IslandRoot>::with_props(props)
        .render()
        .await;
    assert!(!checklist.contains("Print or save"), "{checklist}");
}

#[tokio::test]
async fn the_printable_summary_is_on_the_page_but_print_only() {
    use gut_skin_axis::components::{SelfCheck, TipChecklist};
    use gut_skin_axis::content::{DISCLAIMER_SHORT, SELF_CHECK_NOT_TAKEN, SUMMARY_TITLE, TIPS};
    let checklist = LocalServerRenderer::<TipChecklist>::new().render().await;
    assert!(checklist.contains("Print or save my summary"));
    assert!(checklist.contains("class=\"ticks-summary print-only in-summary\""));
    assert!(checklist.contains("Tips you have ticked (0)"));
    assert!(checklist.contains(&format!("Tips not yet ticked ({})", TIPS.len())));
    assert!(checklist.contains("None yet."));
    let check = LocalServerRenderer::<SelfCheck>::new().render().await;
    // Each part carries the summary's heading, so either prints it on its own.
    for html in [&checklist, &check] {
        assert!(html.contains("class=\"summary-head print-only in-summary\""));
        assert!(html.contains(SUMMARY_TITLE) && html.contains(DISCLAIMER_SHORT));
        assert!(!html.contains("Made on"), "no date until the page is live");
    }
    // No result kept yet: the summary says so, with the advice to see a professional.
    assert!(check.contains(&format!(
        "<p class=\"print-only in-summary\">{SELF_CHECK_NOT_TAKEN}</p>"
    )));
    assert!(SELF_CHECK_NOT_TAKEN.contains("doctor, pharmacist or dermatologist"));
}

#[tokio::test]
async fn a_last_result_saved_before_the_breakdown_shows_its_band_without_one() {
    use gut_skin_axis::components::{habit_keys, render_last_result, Highlight, PageLinks};
    use gut_skin_axis::model::SavedResult;
    let render = |areas: Vec<u32>, score, max| {
        let last = SavedResult {
            score,
            max,
            weakest: vec!["sleep".into()],
            areas,
            date: "2026-11-12".into(),
        };
        yew::LocalServerRenderer::<LastResultView>::with_props(LastResultProps { last }).render()
    };
    #[derive(yew::Properties, PartialEq)]
    struct LastResultProps {
        last: SavedResult,
    }
    #[yew::function_component]
    fn LastResultView(props: &LastResultProps) -> yew::Html {
        render_last_result(
            &props.last,
            habit_keys(),
            &PageLinks::default(),
            &Highlight::default(),
        )
    }
    let old = render(vec![], 10, 16).await;
    assert!(old.contains("Last time, on 12 November: 10 of 16, “A good base with a few gaps”."));
    assert!(!old.contains("area-breakdown"), "{old}");
    assert!(
        old.contains("href=\"#tip-sleep-7h\""),
        "its weakest tips, for the summary"
    );
    let new = render(vec![2, 2, 2, 2, 2, 0, 2], 12, 14).await;
    assert!(new.contains("“Strong everyday habits”"));
    assert!(new.contains("class=\"last-details print-only in-summary\""));
    assert!(area_item(&new, "sleep").contains("0 of 2 points: room to grow"));
}
