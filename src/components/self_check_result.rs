//! The self-check result, the weakest areas with their tips, and last visit's result.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::links::PageLinks;
use crate::content::{habit_band_text, HABITS, SELF_CHECK_CAVEAT, TIPS};
use crate::model::{day_and_month, habit_band, HabitKey, SavedResult, SelfCheckState};

/// "Last time, on 12 November: 9 of 14, “A good base with a few gaps”."
///
/// The band is read on the scale the result was given on (a result from the old
/// 16-point self-check keeps its own band); a result on an unknown scale shows no band.
pub fn render_last_result(last: &SavedResult) -> Html {
    let Some(day) = day_and_month(&last.date) else {
        return Html::default();
    };
    let band = habit_band(last.score, last.max)
        .map(|band| format!(", “{}”", habit_band_text(band).0))
        .unwrap_or_default();
    html! {
        <p class="last-result">
            { format!("Last time, on {day}: {} of {}{band}.", last.score, last.max) }
        </p>
    }
}

/// The score, its band explained, the weakest areas with links to their tips, and the caveat.
pub fn render_result(
    state: &SelfCheckState,
    keys: &[HabitKey],
    result_ref: &NodeRef,
    on_restart: Callback<MouseEvent>,
    links: &PageLinks,
) -> Html {
    let (score, max) = (state.score(keys), SelfCheckState::max_score(keys));
    let band = habit_band(score, max).map(habit_band_text);
    let weakest = state.weakest(keys, 3);
    let follow_ups = HABITS.iter().enumerate().filter_map(|(question, habit)| {
        let follow_up = habit.follow_up?;
        let chosen = state.answers.get(question).copied().flatten();
        (chosen == Some(follow_up.option)).then_some(follow_up.text)
    });
    html! {
        <div class="habit-result">
            <h3 tabindex="-1" ref={result_ref.clone()}>
                { format!("Your habits score: {score} of {max}") }
            </h3>
            if let Some((band, explanation)) = band {
                <p><strong>{ band }</strong>{ ". " }{ explanation }</p>
            }
            { for follow_ups.map(|text| html! { <p class="follow-up"><strong>{ text }</strong></p> }) }
            if weakest.is_empty() {
                <p>{ "Every area scored full marks. The checklist below has ideas if you want to keep it up." }</p>
            } else {
                <h4>{ "Where a small change could help most" }</h4>
                <ul class="weakest">
                    { for weakest.iter().filter_map(|&question| {
                        let habit = HABITS.get(question)?;
                        let tip = TIPS.iter().find(|tip| tip.id == habit.tip)?;
                        Some(html! {
                            <li key={habit.id}>
                                <strong>{ habit.area }</strong>{ ": " }
                                { links.tip(tip.id, tip.label.to_owned(), go_to_tip(tip.id)) }
                            </li>
                        })
                    }) }
                </ul>
            }
            <p class="notice">{ SELF_CHECK_CAVEAT }</p>
            <button type="button" class="primary" onclick={on_restart}>{ "Start again" }</button>
        </div>
    }
}

/// Scrolls to a tip in the checklist, focuses its checkbox and highlights it briefly.
fn go_to_tip(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        let (Some(item), Some(checkbox)) = (
            find_near(&event, &format!("tip-{id}")),
            find_near(&event, &format!("tip-{id}-box")),
        ) else {
            // No checklist on this page: let the link do what links do.
            return;
        };
        event.prevent_default();
        item.scroll_into_view();
        if let Ok(checkbox) = checkbox.dyn_into::<web_sys::HtmlElement>() {
            let _ = checkbox.focus();
        }
        let classes = item.class_list();
        let _ = classes.add_1("highlight");
        // The highlight fades by itself; removing the class lets it replay next time.
        Timeout::new(2_500, move || {
            let _ = classes.remove_1("highlight");
        })
        .forget();
    })
}

/// Finds an element by id in the same document or shadow root as the event's target.
fn find_near(event: &MouseEvent, id: &str) -> Option<web_sys::Element> {
    let node = event.target()?.dyn_into::<web_sys::Node>().ok()?;
    let root = node.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else {
        root.dyn_ref::<web_sys::Document>()?.get_element_by_id(id)
    }
}
