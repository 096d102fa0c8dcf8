//! The diagram's stepper model: where each action leads, and which keys do what.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::DIAGRAM_STEPS;
use gut_skin_axis::model::{DiagramStepper, StepAction, StepView};

use StepAction::{First, Last, Next, Previous, ShowAll};

fn walk(count: usize, actions: &[StepAction]) -> DiagramStepper {
    actions
        .iter()
        .fold(DiagramStepper::new(count), |stepper, action| {
            stepper.apply(*action)
        })
}

#[test]
fn it_starts_on_the_whole_diagram_with_nothing_to_announce() {
    let stepper = DiagramStepper::new(11);
    assert_eq!(stepper.view(), StepView::Whole);
    assert!(!stepper.moved());
    assert_eq!(stepper.count(), 11);
}

#[test]
fn next_walks_from_the_whole_diagram_through_every_step_and_back_to_it() {
    let mut stepper = DiagramStepper::new(3);
    let mut seen = Vec::new();
    for _ in 0..4 {
        stepper = stepper.apply(Next);
        seen.push(stepper.view());
    }
    assert_eq!(
        seen,
        [
            StepView::Step(0),
            StepView::Step(1),
            StepView::Step(2),
            StepView::Whole
        ]
    );
    assert!(
        stepper.moved(),
        "back on the whole diagram, it is announced"
    );
}

#[test]
fn previous_walks_the_other_way_round() {
    assert_eq!(walk(3, &[Previous]).view(), StepView::Step(2));
    assert_eq!(walk(3, &[Previous, Previous]).view(), StepView::Step(1));
    assert_eq!(walk(3, &[Next, Previous]).view(), StepView::Whole);
    assert_eq!(walk(3, &[Next, Next, Previous]).view(), StepView::Step(0));
}

#[test]
fn first_last_and_show_all_jump() {
    assert_eq!(walk(5, &[First]).view(), StepView::Step(0));
    assert_eq!(walk(5, &[Last]).view(), StepView::Step(4));
    assert_eq!(walk(5, &[Next, Next, First]).view(), StepView::Step(0));
    assert_eq!(walk(5, &[Next, Last]).view(), StepView::Step(4));
    assert_eq!(walk(5, &[Next, Next, ShowAll]).view(), StepView::Whole);
    assert_eq!(walk(5, &[ShowAll]).view(), StepView::Whole);
}

#[test]
fn every_sequence_of_actions_stays_within_the_steps() {
    let actions = [Next, Previous, First, Last, ShowAll];
    // Every sequence of four actions over a walk of 1, 2 and 11 steps.
    for count in [1, 2, 11] {
        for code in 0..actions.len().pow(4) {
            let mut stepper = DiagramStepper::new(count);
            let mut rest = code;
            for _ in 0..4 {
                stepper = stepper.apply(actions[rest % actions.len()]);
                rest /= actions.len();
                if let StepView::Step(index) = stepper.view() {
                    assert!(index < count, "step {index} of {count}");
                }
            }
        }
    }
}

#[test]
fn a_walk_with_no_steps_stays_whole() {
    for action in [Next, Previous, First, Last, ShowAll] {
        let stepper = DiagramStepper::new(0).apply(action);
        assert_eq!(stepper.view(), StepView::Whole);
    }
}

#[test]
fn the_arrow_keys_home_end_and_escape_drive_it_and_nothing_else_does() {
    assert_eq!(StepAction::for_key("ArrowRight"), Some(Next));
    assert_eq!(StepAction::for_key("ArrowLeft"), Some(Previous));
    assert_eq!(StepAction::for_key("Home"), Some(First));
    assert_eq!(StepAction::for_key("End"), Some(Last));
    assert_eq!(StepAction::for_key("Escape"), Some(ShowAll));
    // Up and Down still scroll the page; Enter and Space belong to the buttons.
    for key in ["ArrowUp", "ArrowDown", "Enter", " ", "Tab", "a"] {
        assert_eq!(StepAction::for_key(key), None, "{key}");
    }
    // The keys the page's loader replays for a diagram that is not live yet.
    for key in StepAction::KEYS.split(' ') {
        assert!(StepAction::for_key(key).is_some(), "{key}");
    }
}

#[test]
fn about_six_steps_each_way_each_lighting_something() {
    use gut_skin_axis::content::Direction;
    let there = DIAGRAM_STEPS
        .iter()
        .take_while(|step| step.direction == Direction::GutToSkin)
        .count();
    let back = DIAGRAM_STEPS.len() - there;
    assert!((5..=7).contains(&there), "{there} steps from gut to skin");
    assert!((5..=7).contains(&back), "{back} steps back");
    assert!(
        DIAGRAM_STEPS[there..]
            .iter()
            .all(|step| step.direction == Direction::SkinToGut),
        "the way back comes after the way there"
    );
    for step in DIAGRAM_STEPS {
        assert!(!step.lit.is_empty(), "{} lights nothing", step.title);
    }
}
