//! The self-check result, the weakest areas with their tips, and last visit's result.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::links::PageLinks;
use super::summary::print_summary_button;
use crate::content::questions::{
    habits_score, last_time, last_time_band, BAND_NAME_END, FULL_MARKS, START_AGAIN,
    WEAKEST_HEADING,
};
use crate::content::{
    area_points_text, HabitBandText, AREA_WORDS, BREAKDOWN_HEADING, HABITS, HABIT_BAND_TEXTS,
    LAST_WEAKEST_HEADING, SELF_CHECK_CAVEAT, TIPS,
};
use crate::model::{
    day_and_month, habit_band, AreaScore, AreaStanding, HabitBand, HabitKey, SavedResult,
    SelfCheckState,
};

/// The name and explanation of a habits band.
pub fn habit_band_text(band: HabitBand) -> HabitBandText {
    match band {
        HabitBand::RoomToBuild => HABIT_BAND_TEXTS.room_to_build,
        HabitBand::GoodBase => HABIT_BAND_TEXTS.good_base,
        HabitBand::Strong => HABIT_BAND_TEXTS.strong,
    }
}

/// The word for where the reader stands in an area.
pub fn standing_word(standing: AreaStanding) -> &'static str {
    match standing {
        AreaStanding::GoingWell => AREA_WORDS.going_well,
        AreaStanding::OnTheWay => AREA_WORDS.on_the_way,
        AreaStanding::RoomToGrow => AREA_WORDS.room_to_grow,
    }
}

/// "Last time, on 12 November: 9 of 14, “A good base with a few gaps”.", then, for the
/// printed summary only, its areas (if it kept them) and its weakest areas' tips.
///
/// The band is read on the scale the result was given on (a result from the old
/// 16-point self-check keeps its own band); a result on an unknown scale shows no band.
pub fn render_last_result(
    last: &SavedResult,
    keys: &[HabitKey],
    links: &PageLinks,
    highlight: &Highlight,
) -> Html {
    let Some(day) = day_and_month(&last.date) else {
        return Html::default();
    };
    let line = match habit_band(last.score, last.max) {
        Some(band) => last_time_band(&day, last.score, last.max, habit_band_text(band).name),
        None => last_time(&day, last.score, last.max),
    };
    let areas = last.areas(keys);
    let weakest: Vec<usize> = last
        .weakest
        .iter()
        .filter_map(|id| HABITS.iter().position(|habit| habit.id == id))
        .collect();
    html! {
        <>
            <p class="last-result in-summary">
                { line }
            </p>
            <div class="last-details print-only in-summary">
                if !areas.is_empty() {
                    <h3>{ BREAKDOWN_HEADING }</h3>
                    { render_breakdown(&areas, links, highlight) }
                }
                if !weakest.is_empty() {
                    <h3>{ LAST_WEAKEST_HEADING }</h3>
                    { render_weakest(&weakest, links, highlight) }
                }
            </div>
        </>
    }
}

/// Each area with its points as text and as a bar of points (filled or hollow, so not
/// colour alone), its name linking to its tip.
fn render_breakdown(areas: &[AreaScore], links: &PageLinks, highlight: &Highlight) -> Html {
    html! {
        <ul class="area-breakdown">
            { for areas.iter().filter_map(|area| {
                let habit = HABITS.get(area.question)?;
                let tip = TIPS.iter().find(|tip| tip.id == habit.tip)?;
                let text = area_points_text(area.points, area.best, standing_word(area.standing()));
                Some(html! {
                    <li key={habit.id} data-area={habit.id}>
                        <span class="area-name">
                            { links.tip(tip.id, habit.area.to_owned(), go_to_tip(tip.id, highlight.clone())) }
                        </span>
                        <span class="area-bar" aria-hidden="true">
                            { for (0..area.best).map(|point| html! {
                                // Static class names: `classes!` would bring in Yew's class set (1 kB of wasm).
                                <span class={if point < area.points { "area-point earned" } else { "area-point" }}></span>
                            }) }
                        </span>
                        <span class="area-points">{ text }</span>
                    </li>
                })
            }) }
        </ul>
    }
}

/// The weakest areas, each with a link to its tip.
fn render_weakest(weakest: &[usize], links: &PageLinks, highlight: &Highlight) -> Html {
    html! {
        <ul class="weakest">
            { for weakest.iter().filter_map(|&question| {
                let habit = HABITS.get(question)?;
                let tip = TIPS.iter().find(|tip| tip.id == habit.tip)?;
                Some(html! {
                    <li key={habit.id}>
                        <strong>{ habit.area }</strong>{ ": " }
                        { links.tip(tip.id, tip.label.to_owned(), go_to_tip(tip.id, highlight.clone())) }
                    </li>
                })
            }) }
        </ul>
    }
}

/// The score, its band explained, each area's points, the weakest areas with links to
/// their tips, and the caveat.
pub fn render_result(
    state: &SelfCheckState,
    keys: &[HabitKey],
    result_ref: &NodeRef,
    on_restart: Callback<MouseEvent>,
    links: &PageLinks,
    highlight: &Highlight,
) -> Html {
    let (score, max) = (state.score(keys), SelfCheckState::max_score(keys));
    let band = habit_band(score, max).map(habit_band_text);
    let weakest = state.weakest(keys, 3);
    let areas = state.areas(keys);
    let follow_ups = HABITS.iter().enumerate().filter_map(|(question, habit)| {
        let follow_up = habit.follow_up?;
        let chosen = state.answers.get(question).copied().flatten();
        (chosen == Some(follow_up.option)).then_some(follow_up.text)
    });
    html! {
        <div class="habit-result in-summary">
            <h3 tabindex="-1" ref={result_ref.clone()}>
                { habits_score(score, max) }
            </h3>
            if let Some(HabitBandText { name, explanation }) = band {
                <p><strong>{ name }</strong>{ BAND_NAME_END }{ explanation }</p>
            }
            { for follow_ups.map(|text| html! { <p class="follow-up"><strong>{ text }</strong></p> }) }
            if weakest.is_empty() {
                <p>{ FULL_MARKS }</p>
            } else {
                <h4>{ WEAKEST_HEADING }</h4>
                { render_weakest(&weakest, links, highlight) }
            }
            // After the weakest areas, so the reader (and the keyboard) meets what to do first.
            <h4>{ BREAKDOWN_HEADING }</h4>
            { render_breakdown(&areas, links, highlight) }
            <p class="notice">{ SELF_CHECK_CAVEAT }</p>
            <div class="result-actions">
                <button type="button" class="primary" onclick={on_restart}>{ START_AGAIN }</button>
                { print_summary_button(links, true) }
            </div>
        </div>
    }
}

/// The tip highlighted last, with the timer that fades it; owned by the self-check,
/// so the timer is cancelled (and the highlight removed) when it goes away.
pub type Highlight = Rc<RefCell<Option<Highlighted>>>;

/// A highlighted tip and the timer that will remove its highlight.
pub struct Highlighted {
    classes: web_sys::DomTokenList,
    _fade: Timeout,
}

impl Drop for Highlighted {
    fn drop(&mut self) {
        let _ = self.classes.remove_1("highlight");
    }
}

/// Scrolls to a tip in the checklist, focuses its checkbox and highlights it briefly.
fn go_to_tip(id: &'static str, highlight: Highlight) -> Callback<MouseEvent> {
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
        // Any earlier highlight ends now (dropping it removes its class).
        drop(highlight.borrow_mut().take());
        let classes = item.class_list();
        let _ = classes.add_1("highlight");
        // The highlight fades by itself; removing the class lets it replay next time.
        let fading = classes.clone();
        let fade = Timeout::new(2_500, move || {
            let _ = fading.remove_1("highlight");
        });
        *highlight.borrow_mut() = Some(Highlighted {
            classes,
            _fade: fade,
        });
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
