//! What the quizzes share (their intro), and the printable summary: its button, its
//! print-only heading, and the one call to the browser's print dialog.

use gloo::events::EventListener;
use yew::prelude::*;

use super::links::PageLinks;
use super::waiting::waiting;
use crate::content::{
    quiz_length, summary_date_line, QuizIntro, DISCLAIMER_SHORT, PRINT_SUMMARY_BUTTON,
    SUMMARY_TITLE,
};
use crate::model::{full_date, minutes_for, Date};

/// Present as a context while the build prerenders an island's markup: parts leave empty
/// what only a live page fills (the summary's print-only blocks, which need the live
/// "Print or save my summary" button), so the page's HTML stays within its first round
/// trip. They are hidden on screen and keep their places, so going live moves nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildTime;

/// What a quiz covers, how many questions and about how long, and what is kept on this device.
pub fn render_intro(intro: QuizIntro, questions: usize) -> Html {
    html! {
        <div class="quiz-intro">
            <p>{ intro.covers }</p>
            <p><strong>{ quiz_length(questions, minutes_for(questions)) }</strong>{ " " }{ intro.saved }</p>
        </div>
    }
}

/// "Print or save my summary", where printing prints only this explainer (not in a widget,
/// where the print would be the publisher's whole page). Until the part has read its saved
/// data it waits, like the part's other controls (the summary would be missing it).
pub fn print_summary_button(links: &PageLinks, loaded: bool) -> Html {
    if !links.printable {
        return Html::default();
    }
    let onclick = Callback::from(move |_: MouseEvent| {
        if loaded {
            print_summary();
        }
    });
    html! {
        <button type="button" class="print-summary" aria-disabled={waiting(loaded)} {onclick}>
            { PRINT_SUMMARY_BUTTON }
        </button>
    }
}

/// The summary's printed heading: its title, the date and the short disclaimer. Hidden on
/// screen. The date is read in the browser only: the prerendered page has none, and since
/// the line never shows on screen, going live moves nothing. (A hook holding the date
/// would cost 0.4 kB of wasm.)
/// In the build-time prerender (`live` false) it is an empty block in the same place.
pub fn summary_head(live: bool) -> Html {
    if !live {
        return html! { <div class="summary-head print-only in-summary"></div> };
    }
    // Natively (prerendering, markup tests) there is no clock to ask.
    let date = cfg!(target_arch = "wasm32")
        .then(today)
        .and_then(|date| full_date(&date));
    html! {
        <div class="summary-head print-only in-summary">
            <p class="summary-title">{ SUMMARY_TITLE }</p>
            if let Some(date) = date {
                <p>{ summary_date_line(&date) }</p>
            }
            <p>{ DISCLAIMER_SHORT }</p>
        </div>
    }
}

/// Today as `YYYY-MM-DD`, in the reader's time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    // The browser's own calendar, so the day is always one that exists.
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let date = Date::new(year as u16, month as u8, day as u8);
    date.map_or_else(String::new, Date::iso)
}

/// Marks the page for the summary print (`data-print="summary"` on `<html>`, which the print
/// stylesheet reads) until the print is over, and opens the print dialog. A plain Ctrl+P
/// never sets the mark, so it prints the article as before.
fn print_summary() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("data-print", "summary");
    // Kept until it fires: the listener lives as long as the print it undoes.
    EventListener::once(&window, "afterprint", move |_| {
        let _ = root.remove_attribute("data-print");
    })
    .forget();
    let _ = window.print();
}
