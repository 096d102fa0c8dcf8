//! The diagram's step controls, the island of the diagram: "Previous", "Next", "Step n
//! of N", "Show all", the current step's caption and a polite live region. The walk
//! itself is `model::DiagramStepper`; the figure and the list around it are static.

use std::rc::Rc;

use yew::prelude::*;

use super::diagram::part_class;
use super::links::use_page_links;
use super::render_claim;
use super::waiting::waiting;
use crate::content::{
    step_label, whole_announcement, whole_label, DIAGRAM_STEPS, STEP_KEYS_HINT, STEP_NEXT,
    STEP_PREVIOUS, STEP_SHOW_ALL,
};
use crate::model::{DiagramStepper, StepAction, StepView};

/// The stepper as Yew reducer state.
#[derive(PartialEq)]
struct Walk(DiagramStepper);

impl Reducible for Walk {
    type Action = StepAction;

    fn reduce(self: Rc<Self>, action: StepAction) -> Rc<Self> {
        Rc::new(Walk(self.0.apply(action)))
    }
}

/// The controls: a focusable group that takes the arrow keys, with its buttons inside.
#[function_component]
pub fn DiagramControls() -> Html {
    let links = use_page_links();
    let walk = use_reducer(|| Walk(DiagramStepper::new(DIAGRAM_STEPS.len())));
    // Prerendered (natively) the controls wait; rendered in the browser they are live.
    // Unlike the other islands they load nothing, so this needs no state: the page's
    // loader waits for the live twin (no aria-disabled) before replaying the reader's
    // action, and the swap moves nothing (the attribute changes no layout).
    let live = cfg!(target_arch = "wasm32");
    let act = |action: StepAction| {
        let walk = walk.dispatcher();
        Callback::from(move |_: MouseEvent| {
            if live {
                walk.dispatch(action);
            }
        })
    };
    let onkeydown = {
        let walk = walk.dispatcher();
        Callback::from(move |event: KeyboardEvent| {
            // Leave the browser's own shortcuts (Alt+Left is "back") alone.
            if !live || event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            if let Some(action) = StepAction::for_key(&event.key()) {
                event.prevent_default();
                walk.dispatch(action);
            }
        })
    };

    let total = DIAGRAM_STEPS.len();
    let step = match walk.0.view() {
        StepView::Step(index) => DIAGRAM_STEPS.get(index).map(|step| (index + 1, step)),
        StepView::Whole => None,
    };
    let (label, announcement) = match step {
        Some((number, step)) => {
            let label = step_label(number, total, step.direction);
            let said = format!("{label}: {}. {}", step.title, step.caption.text());
            (label, said)
        }
        None if walk.0.moved() => (whole_label(total), whole_announcement(total)),
        None => (whole_label(total), String::new()),
    };
    // The lit parts as words ("gut gut-immune"), which the stylesheet reads to light
    // them, dim the rest and hide the list; none for the whole diagram.
    let lit = step.map(|(_, step)| {
        let words: Vec<&str> = step.lit.iter().map(|part| part_class(*part)).collect();
        words.join(" ")
    });
    html! {
        <div class="axis-walk" id="axis-walk" tabindex="0" role="group" aria-label={STEP_KEYS_HINT}
            data-keys={StepAction::KEYS} data-lit={lit} aria-disabled={waiting(live)} {onkeydown}>
            <div class="axis-controls">
                <button type="button" id="axis-previous" aria-disabled={waiting(live)}
                    onclick={act(StepAction::Previous)}>{ STEP_PREVIOUS }</button>
                <p class="axis-position" id="axis-position">{ label }</p>
                <button type="button" id="axis-next" aria-disabled={waiting(live)}
                    onclick={act(StepAction::Next)}>{ STEP_NEXT }</button>
                <button type="button" id="axis-show-all" aria-disabled={waiting(live)}
                    onclick={act(StepAction::ShowAll)}>{ STEP_SHOW_ALL }</button>
            </div>
            if let Some((_, step)) = step {
                <p class="axis-now"><strong>{ step.title }{ ". " }</strong>{ render_claim(&step.caption, &links) }</p>
            }
            <p class="visually-hidden" role="status">{ announcement }</p>
        </div>
    }
}
