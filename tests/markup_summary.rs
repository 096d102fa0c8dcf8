//! Markup of the printable summary, parsed: in each live part but print only, with no date
//! until in the browser, left empty in the build-time prerender (`BuildTime`), and a last
//! self-check result saved before the breakdown.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use support_html::{has, mentions, one, page_text, parse, select, text};
use yew::LocalServerRenderer;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[tokio::test]
async fn the_printable_summary_is_on_the_page_but_print_only() {
    use gut_skin_axis::components::{SelfCheck, TipChecklist};
    use gut_skin_axis::content::{DISCLAIMER_SHORT, SELF_CHECK_NOT_TAKEN, SUMMARY_TITLE, TIPS};
    let checklist = parse(&LocalServerRenderer::<TipChecklist>::new().render().await);
    let words = page_text(&checklist);
    assert!(words.contains(pick(
        "Print or save my summary",
        "Imprimir o guardar mi resumen"
    )));
    one(
        &checklist,
        "[class=\"ticks-summary print-only in-summary\"]",
    );
    let (ticked, not_ticked, none) = pick(
        ("Tips you have ticked", "Tips not yet ticked", "None yet."),
        (
            "Consejos que ha marcado",
            "Consejos aún sin marcar",
            "Ninguno todavía.",
        ),
    );
    assert!(words.contains(&format!("{ticked} (0)")));
    assert!(words.contains(&format!("{not_ticked} ({})", TIPS.len())));
    assert!(words.contains(none));
    let check = parse(&LocalServerRenderer::<SelfCheck>::new().render().await);
    // Each part carries the summary's heading, so either prints it on its own.
    for doc in [&checklist, &check] {
        one(doc, "[class=\"summary-head print-only in-summary\"]");
        let words = page_text(doc);
        assert!(words.contains(SUMMARY_TITLE) && words.contains(DISCLAIMER_SHORT));
        assert!(
            !mentions(doc, pick("Made on", "Creado el")),
            "no date until the page is live"
        );
    }
    // No result kept yet: the summary says so, with the advice to see a professional.
    let not_taken = select(&check, "p[class=\"print-only in-summary\"]")
        .into_iter()
        .filter(|p| text(*p) == SELF_CHECK_NOT_TAKEN)
        .count();
    assert_eq!(not_taken, 1, "{}", check.html());
    assert!(SELF_CHECK_NOT_TAKEN.contains(pick(
        "doctor, pharmacist or dermatologist",
        "médico, farmacéutico o dermatólogo"
    )));
}

#[tokio::test]
async fn the_build_time_prerender_leaves_the_print_only_summary_out() {
    use gut_skin_axis::components::{BuildTime, SelfCheck, TipChecklist};
    use yew::prelude::*;

    #[function_component]
    fn Prerendered() -> Html {
        html! {
            <ContextProvider<BuildTime> context={BuildTime}>
                <TipChecklist />
                <SelfCheck />
            </ContextProvider<BuildTime>>
        }
    }
    let page = parse(&LocalServerRenderer::<Prerendered>::new().render().await);
    let blocks = select(&page, ".print-only");
    // Each block keeps its place (two heads, the ticks, "not taken yet"), empty.
    assert_eq!(blocks.len(), 4, "{}", page.html());
    for block in blocks {
        assert_eq!(text(block), "", "{}", page.html());
    }
    // The rest of both parts is there: their headings and the checklist's tips.
    assert_eq!(select(&page, "h2").len(), 2);
    assert!(has(&page, "fieldset.tip-list"));
}

#[tokio::test]
async fn a_last_result_saved_before_the_breakdown_shows_its_band_without_one() {
    use gut_skin_axis::components::{render_last_result, Highlight, PageLinks};
    use gut_skin_axis::model::habit_keys;
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
    let old = parse(&render(vec![], 10, 16).await);
    assert!(page_text(&old).contains(pick(
        "Last time, on 12 November: 10 of 16, “A good base with a few gaps”.",
        "La última vez, el 12 de noviembre: 10 de 16, “Una buena base con algunas lagunas”."
    )));
    assert!(!mentions(&old, "area-breakdown"), "{}", old.html());
    assert!(
        has(&old, "a[href=\"#tip-sleep-7h\"]"),
        "its weakest tips, for the summary"
    );
    let new = parse(&render(vec![2, 2, 2, 2, 2, 0, 2], 12, 14).await);
    assert!(page_text(&new).contains(pick(
        "“Strong everyday habits”",
        "“Hábitos diarios sólidos”"
    )));
    one(&new, "[class=\"last-details print-only in-summary\"]");
    let sleep = one(&new, "li[data-area=\"sleep\"]");
    assert!(text(sleep).contains(pick(
        "0 of 2 points: room to grow",
        "0 de 2 puntos: margen para mejorar"
    )));
}
