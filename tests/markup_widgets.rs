//! Markup of the interactive parts as prerendered, parsed: the checklist, the quiz and the
//! self-check waiting until live, the self-check's result, and the printable summary.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_html;

use support_html::{has, mentions, one, page_text, parse, select, select_in, text, text_position};
use yew::LocalServerRenderer;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[tokio::test]
async fn checklist_renders_disabled_until_live_with_progress() {
    use gut_skin_axis::components::TipChecklist;
    use gut_skin_axis::content::TIPS;
    let doc = parse(&LocalServerRenderer::<TipChecklist>::new().render().await);
    assert_eq!(select(&doc, "input[type=\"checkbox\"]").len(), TIPS.len());
    for tip in TIPS {
        one(&doc, &format!("[id=\"tip-{}\"]", tip.id));
        one(&doc, &format!("[for=\"tip-{}-box\"]", tip.id));
        assert!(has(&doc, &format!("[href=\"#{}\"]", tip.section)));
    }
    // Rendered without a browser, the controls wait: marked aria-disabled (so they can
    // still take focus and a tap), never disabled.
    let fieldset = select(&doc, "fieldset")[0];
    assert_eq!(
        fieldset.value().attr("aria-disabled"),
        Some("true"),
        "{:?}",
        fieldset.value()
    );
    assert_eq!(
        select(&doc, "[aria-disabled=\"true\"]").len(),
        TIPS.len() + 6,
        "fieldset, every box and five buttons (clear, forget, print, export, import)"
    );
    assert!(!has(&doc, "[disabled]"), "{}", doc.html());
    let words = page_text(&doc);
    let progress = pick("0 of {} done", "0 de {} marcados").replace("{}", &TIPS.len().to_string());
    assert!(words.contains(&progress), "{words}");
    one(&doc, "progress");
    // The checklist's own status, the storage notice's, and the export/import line.
    assert_eq!(select(&doc, "[role=\"status\"]").len(), 3);
    assert_eq!(select(&doc, "summary").len(), TIPS.len());
    assert!(words.contains(pick(
        "Nothing is sent anywhere",
        "No se envía nada a ningún sitio"
    )));
}

#[tokio::test]
async fn quiz_renders_a_start_button_that_waits_for_the_app() {
    use gut_skin_axis::components::KnowledgeQuiz;
    let doc = parse(&LocalServerRenderer::<KnowledgeQuiz>::new().render().await);
    one(&doc, "#quiz-heading");
    let waiting = one(&doc, "[aria-disabled=\"true\"]");
    assert_eq!(waiting.value().name(), "button", "{}", doc.html());
    assert!(text(waiting).contains(pick("Start the quiz", "Empezar el cuestionario")));
    assert!(!has(&doc, "[disabled]"), "{}", doc.html());
    assert!(has(&doc, "[role=\"status\"]"));
}

#[tokio::test]
async fn self_check_renders_seven_fieldsets_of_native_radios() {
    use gut_skin_axis::components::SelfCheck;
    use gut_skin_axis::content::HABITS;
    let doc = parse(&LocalServerRenderer::<SelfCheck>::new().render().await);
    assert_eq!(select(&doc, "fieldset").len(), HABITS.len());
    assert_eq!(select(&doc, "fieldset > legend").len(), HABITS.len());
    assert_eq!(
        select(&doc, "fieldset input[type=\"radio\"]").len(),
        HABITS.len() * 3
    );
    for habit in HABITS {
        let name = format!("input[type=\"radio\"][name=\"habit-{}\"]", habit.id);
        assert_eq!(select(&doc, &name).len(), 3, "{name}");
    }
    // Every radio and the submit button wait until the app is live (aria-disabled, so
    // they can take focus and a tap that is carried out once live).
    assert_eq!(
        select(&doc, "[aria-disabled=\"true\"]").len(),
        HABITS.len() * 3 + 1
    );
    assert!(!has(&doc, "[disabled]"));
    assert!(
        !mentions(&doc, pick("Last time", "La última vez")),
        "storage is never read while rendering"
    );
}

#[tokio::test]
async fn both_quizzes_say_what_they_cover_how_long_and_what_is_saved_before_they_start() {
    use gut_skin_axis::components::{KnowledgeQuiz, SelfCheck};
    use gut_skin_axis::content::{QUIZ_INTRO, SELF_CHECK_INTRO};
    let quiz = parse(&LocalServerRenderer::<KnowledgeQuiz>::new().render().await);
    let words = page_text(&quiz);
    let length = pick(
        "10 questions, about 3 minutes.",
        "10 preguntas, 3 minutos aproximadamente.",
    );
    assert!(words.contains(length), "{words}");
    assert!(words.contains(QUIZ_INTRO.saved));
    let check = parse(&LocalServerRenderer::<SelfCheck>::new().render().await);
    let words = page_text(&check);
    let length = pick(
        "7 questions, about 2 minutes.",
        "7 preguntas, 2 minutos aproximadamente.",
    );
    assert!(words.contains(length), "{words}");
    assert!(words.contains(SELF_CHECK_INTRO.saved));
    let first_fieldset = support_html::position(&check, select(&check, "fieldset")[0]);
    assert!(
        text_position(&check, pick("about 2 minutes", "2 minutos")).expect("the intro")
            < first_fieldset,
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
    use gut_skin_axis::components::{render_result, Highlight};
    use gut_skin_axis::model::habit_keys;
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

#[tokio::test]
async fn the_result_shows_each_area_as_words_and_a_bar_linked_to_its_tip() {
    use gut_skin_axis::components::PageLinks;
    use gut_skin_axis::content::HABITS;
    let props = ResultProps {
        options: [2, 1, 0, 2, 1, 0, 2],
        links: PageLinks::default(),
    };
    let markup = LocalServerRenderer::<AnsweredResult>::with_props(props)
        .render()
        .await;
    let doc = parse(&markup);
    let words = page_text(&doc);
    assert!(words.contains(pick(
        "Your habits score: 8 of 14",
        "Su puntuación de hábitos: 8 de 14"
    )));
    assert!(
        words.contains(pick(
            "A good base with a few gaps",
            "Una buena base con algunas lagunas"
        )),
        "the band stays"
    );
    assert!(
        words.contains(pick(
            "Where a small change could help most",
            "Dónde un pequeño cambio podría ayudar más"
        )),
        "weakest stay"
    );
    assert!(
        words.contains(pick("It is not a diagnosis", "No es un diagnóstico")),
        "the caveat stays"
    );
    let expected = [2, 1, 0, 2, 1, 0, 2];
    for (habit, points) in HABITS.iter().zip(expected) {
        let item = one(&doc, &format!("li[data-area=\"{}\"]", habit.id));
        let (said, shown) = (text(item), item.html());
        let word = pick(
            ["room to grow", "on the way", "going well"],
            ["margen para mejorar", "en camino", "va bien"],
        )[points];
        let line = pick(
            "{points} of 2 points: {word}",
            "{points} de 2 puntos: {word}",
        )
        .replace("{points}", &points.to_string())
        .replace("{word}", word);
        assert!(said.contains(&line), "{shown}");
        assert!(said.contains(habit.area), "{shown}");
        let tip = format!("a[href=\"#tip-{}\"]", habit.tip);
        assert_eq!(select_in(item, &tip).len(), 1, "{shown}");
        // The bar is drawn, not read: its text says the same.
        let bars = select_in(item, "[aria-hidden=\"true\"][class=\"area-bar\"]");
        let [bar] = bars.as_slice() else {
            panic!("expected one hidden bar: {shown}");
        };
        let (hollow, earned) = (
            select_in(*bar, "[class=\"area-point\"]").len(),
            select_in(*bar, "[class=\"area-point earned\"]").len(),
        );
        assert_eq!((hollow + earned, earned), (2, points), "{shown}");
    }
    let print = pick("Print or save my summary", "Imprimir o guardar mi resumen");
    assert_eq!(words.matches(print).count(), 1);
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
    let result = parse(
        &LocalServerRenderer::<AnsweredResult>::with_props(props)
            .render()
            .await,
    );
    assert!(
        !mentions(&result, pick("Print or save", "Imprimir o guardar")),
        "{}",
        result.html()
    );
    let props = IslandRootProps {
        kind: IslandKind::Checklist,
        namespace: Default::default(),
        links: Some(links),
        on_rendered: Default::default(),
    };
    let checklist = parse(
        &LocalServerRenderer::<IslandRoot>::with_props(props)
            .render()
            .await,
    );
    assert!(
        !mentions(&checklist, pick("Print or save", "Imprimir o guardar")),
        "{}",
        checklist.html()
    );
}
