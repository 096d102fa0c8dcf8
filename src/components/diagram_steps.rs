//! The diagram's step controls, the island of the diagram: "Previous", "Next", "Step n
//! of N", "Show all", the current step's caption and a polite live region. The walk
//! itself is `model::DiagramStepper`; the figure and the list around it are static.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::use_page_links;
use super::render_claim;
use super::waiting::waiting;
use crate::content::{
    step_label, step_said, whole_label, DiagramPart, DIAGRAM_STEPS, STEP_KEYS_HINT, STEP_NEXT,
    STEP_PREVIOUS, STEP_SHOW_ALL,
};
use crate::model::{DiagramStepper, StepAction, StepView};

/// The buttons, in order: id, label, action.
const BUTTONS: [(&str, &str, StepAction); 3] = [
    ("axis-previous", STEP_PREVIOUS, StepAction::Previous),
    ("axis-next", STEP_NEXT, StepAction::Next),
    ("axis-show-all", STEP_SHOW_ALL, StepAction::ShowAll),
];

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
            let said = step_said(&label, step.title, step.caption.text());
            (label, said)
        }
        // Back on the whole diagram, the live region says what the position line says.
        None => {
            let label = whole_label(total);
            let said = if walk.0.moved() {
                label.clone()
            } else {
                String::new()
            };
            (label, said)
        }
    };
    // The lit parts as words ("gut gut-immune"), which the stylesheet reads to light
    // them, dim the rest and hide the list; none for the whole diagram.
    let lit = step.map(|(_, step)| {
        let mut words = String::new();
        for part in step.lit {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(part_class(*part));
        }
        words
    });
    html! {
        <div class="axis-walk" id="axis-walk" tabindex="0" role="group" aria-label={STEP_KEYS_HINT}
            data-keys={StepAction::KEYS} data-lit={lit} aria-disabled={waiting(live)} {onkeydown}>
            <div class="axis-controls">
                <p class="axis-position" id="axis-position">{ label }</p>
                // One loop for the three buttons: the wasm carries one button's code.
                { for BUTTONS.iter().map(|(id, text, action)| html! {
                    <button type="button" id={*id} aria-disabled={waiting(live)}
                        onclick={act(*action)}>{ *text }</button>
                }) }
            </div>
            if let Some((_, step)) = step {
                <p class="axis-now"><strong>{ step.title }{ ". " }</strong>{ render_claim(&step.caption, &links) }</p>
            }
            <p class="visually-hidden" role="status">{ announcement }</p>
        </div>
    }
}

/// The class of a box or arrow in the SVG, and its word in `data-lit`.
pub fn part_class(part: DiagramPart) -> &'static str {
    match part {
        DiagramPart::Gut => "gut",
        DiagramPart::Immune => "immune",
        DiagramPart::Skin => "skin",
        DiagramPart::GutToImmune => "gut-immune",
        DiagramPart::ImmuneToGut => "immune-gut",
        DiagramPart::ImmuneToSkin => "immune-skin",
        DiagramPart::SkinToImmune => "skin-immune",
    }
}
