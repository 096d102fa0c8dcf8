//! The diagram's stepper: the whole picture, or one step of the walk through it.

/// What the diagram shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepView {
    /// The whole diagram, with every step listed.
    Whole,
    /// One step (0-based), its parts highlighted and the rest dimmed.
    Step(usize),
}

/// What the reader asks the stepper to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepAction {
    /// The next step; from the whole diagram the first, after the last the whole diagram.
    Next,
    /// The step before; from the whole diagram the last, before the first the whole diagram.
    Previous,
    /// The first step.
    First,
    /// The last step.
    Last,
    /// Back to the whole diagram.
    ShowAll,
}

impl StepAction {
    /// Every key [`StepAction::for_key`] knows, space-separated (the page's loader replays
    /// these when pressed on the diagram before it is live).
    pub const KEYS: &'static str = "ArrowLeft ArrowRight Home End Escape";

    /// The action for a key pressed while the diagram has focus (a `KeyboardEvent.key`).
    pub fn for_key(key: &str) -> Option<StepAction> {
        match key {
            "ArrowRight" => Some(StepAction::Next),
            "ArrowLeft" => Some(StepAction::Previous),
            "Home" => Some(StepAction::First),
            "End" => Some(StepAction::Last),
            "Escape" => Some(StepAction::ShowAll),
            _ => None,
        }
    }
}

/// A walk through `count` steps. Next and Previous go round through the whole diagram,
/// so no control is ever a dead end (and none needs disabling once live).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagramStepper {
    count: usize,
    view: StepView,
    moved: bool,
}

impl DiagramStepper {
    /// The whole diagram of a walk with `count` steps, before the reader has moved.
    pub const fn new(count: usize) -> Self {
        Self {
            count,
            view: StepView::Whole,
            moved: false,
        }
    }

    /// What shows now.
    pub const fn view(&self) -> StepView {
        self.view
    }

    /// How many steps the walk has.
    pub const fn count(&self) -> usize {
        self.count
    }

    /// Whether the reader has acted yet: until then nothing is announced.
    pub const fn moved(&self) -> bool {
        self.moved
    }

    /// The stepper after `action`.
    pub fn apply(self, action: StepAction) -> Self {
        let last = match self.count.checked_sub(1) {
            Some(last) => last,
            None => return self,
        };
        let view = match (action, self.view) {
            (StepAction::ShowAll, _) => StepView::Whole,
            (StepAction::First, _) | (StepAction::Next, StepView::Whole) => StepView::Step(0),
            (StepAction::Last, _) | (StepAction::Previous, StepView::Whole) => StepView::Step(last),
            (StepAction::Next, StepView::Step(index)) if index < last => StepView::Step(index + 1),
            (StepAction::Previous, StepView::Step(index)) if index > 0 && index <= last => {
                StepView::Step(index - 1)
            }
            (StepAction::Next | StepAction::Previous, StepView::Step(_)) => StepView::Whole,
        };
        Self {
            view,
            moved: true,
            ..self
        }
    }
}
