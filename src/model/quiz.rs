//! The knowledge quiz as a pure state machine: start, select, check, next, finish, try again.

use super::bands::QuizBand;
use super::host_events::HostEvent;
use super::persisted::PersistedPart;
use super::shuffle::{is_permutation, shuffled, Rng};

/// What the quiz logic needs to know about a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionKey {
    /// Stable question id, used when saving progress.
    pub id: &'static str,
    /// Number of options (3 or 4).
    pub options: usize,
    /// Index of the right option, in content order.
    pub correct: usize,
}

/// Where the reader is in the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuizPhase {
    /// Before the start button.
    #[default]
    Start,
    /// A question is showing and can be answered.
    Asking,
    /// The answer was checked; feedback is showing.
    Checked,
    /// All questions are answered; the result is showing.
    Finished,
}

/// Something the reader did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Start, shuffling questions and options with `seed`.
    Start(u64),
    /// Choose an option (content index) for the current question.
    Select(usize),
    /// Check the chosen option.
    Check,
    /// Go on to the next question, or to the result after the last.
    Next,
    /// Try again: reshuffle with `seed` and start over.
    Restart(u64),
}

/// The quiz's whole state. Positions index the shuffled order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizState {
    /// Current phase.
    pub phase: QuizPhase,
    /// Question indices (content order) in the order they are asked.
    pub order: Vec<usize>,
    /// For each position, the options' content indices in display order.
    pub option_orders: Vec<Vec<usize>>,
    /// The current position in `order`.
    pub position: usize,
    /// The option (content index) chosen but not yet checked.
    pub selected: Option<usize>,
    /// For each position, the checked option (content index).
    pub answers: Vec<Option<usize>>,
}

impl QuizState {
    /// Applies `action`; actions that make no sense in the current phase change nothing.
    pub fn reduce(mut self, keys: &[QuestionKey], action: QuizAction) -> Self {
        match (self.phase, action) {
            (QuizPhase::Start, QuizAction::Start(seed)) | (_, QuizAction::Restart(seed)) => {
                return Self::shuffled(keys, seed);
            }
            (QuizPhase::Asking, QuizAction::Select(option))
                if self.current(keys).is_some_and(|key| option < key.options) =>
            {
                self.selected = Some(option);
            }
            (QuizPhase::Asking, QuizAction::Check) => {
                if let (Some(choice), Some(slot)) =
                    (self.selected, self.answers.get_mut(self.position))
                {
                    *slot = Some(choice);
                    self.phase = QuizPhase::Checked;
                }
            }
            (QuizPhase::Checked, QuizAction::Next) => {
                if self.position + 1 < self.order.len() {
                    self.position += 1;
                    self.selected = None;
                    self.phase = QuizPhase::Asking;
                } else {
                    self.phase = QuizPhase::Finished;
                }
            }
            _ => {}
        }
        self
    }

    fn shuffled(keys: &[QuestionKey], seed: u64) -> Self {
        if keys.is_empty() {
            return Self::default();
        }
        let mut rng = Rng::new(seed);
        let order = shuffled(keys.len(), &mut rng);
        let option_orders = order
            .iter()
            .map(|&question| shuffled(keys[question].options, &mut rng))
            .collect();
        Self {
            phase: QuizPhase::Asking,
            answers: vec![None; keys.len()],
            order,
            option_orders,
            position: 0,
            selected: None,
        }
    }

    /// The key of the question at the current position.
    pub fn current<'a>(&self, keys: &'a [QuestionKey]) -> Option<&'a QuestionKey> {
        self.order
            .get(self.position)
            .and_then(|&index| keys.get(index))
    }

    /// How many questions have a checked answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// How many checked answers are right.
    pub fn score(&self, keys: &[QuestionKey]) -> usize {
        self.order
            .iter()
            .zip(&self.answers)
            .filter(|(&question, answer)| {
                keys.get(question)
                    .is_some_and(|key| **answer == Some(key.correct))
            })
            .count()
    }

    /// Whether the checked answer at `position` is right.
    pub fn is_right(&self, keys: &[QuestionKey], position: usize) -> Option<bool> {
        let key = keys.get(*self.order.get(position)?)?;
        Some((*self.answers.get(position)?)? == key.correct)
    }

    /// The progress the quiz saves: ids rather than indices, so content changes are detected.
    pub fn to_saved(&self, keys: &[QuestionKey]) -> SavedQuiz {
        SavedQuiz {
            phase: self.phase,
            order: self
                .order
                .iter()
                .filter_map(|&index| keys.get(index).map(|key| key.id.to_owned()))
                .collect(),
            option_orders: self.option_orders.clone(),
            position: self.position,
            selected: self.selected,
            answers: self.answers.clone(),
        }
    }

    /// Restores saved progress, or `None` when it no longer fits the questions.
    pub fn from_saved(saved: SavedQuiz, keys: &[QuestionKey]) -> Option<Self> {
        if saved.phase == QuizPhase::Start {
            return Some(Self::default());
        }
        let order: Vec<usize> = saved
            .order
            .iter()
            .map(|id| keys.iter().position(|key| key.id == id))
            .collect::<Option<_>>()?;
        let fits = is_permutation(&order, keys.len())
            && saved.option_orders.len() == order.len()
            && saved.answers.len() == order.len()
            && saved.position < order.len()
            && order.iter().enumerate().all(|(position, &question)| {
                let options = keys[question].options;
                is_permutation(&saved.option_orders[position], options)
                    && saved.answers[position].is_none_or(|answer| answer < options)
            })
            && saved
                .selected
                .is_none_or(|choice| choice < keys[order[saved.position]].options);
        // Answers must match the phase: all before the current position, and this one once checked.
        let consistent = saved.answers.iter().enumerate().all(|(position, answer)| {
            let should_have = position < saved.position
                || (position == saved.position && saved.phase != QuizPhase::Asking);
            answer.is_some() == should_have
        }) && (saved.phase != QuizPhase::Finished
            || saved.position == order.len().saturating_sub(1));
        (fits && consistent).then_some(Self {
            phase: saved.phase,
            order,
            option_orders: saved.option_orders,
            position: saved.position,
            selected: saved.selected,
            answers: saved.answers,
        })
    }
}

impl PersistedPart for QuizState {
    type Saved = SavedQuiz;
    type Action = QuizAction;
    type Content = [QuestionKey];

    fn fresh(_: &[QuestionKey]) -> Self {
        Self::default()
    }

    /// Progress that no longer fits the questions restarts cleanly.
    fn restore(saved: SavedQuiz, keys: &[QuestionKey]) -> Option<Self> {
        Self::from_saved(saved, keys)
    }

    fn to_saved(&self, keys: &[QuestionKey]) -> Option<SavedQuiz> {
        Some(QuizState::to_saved(self, keys))
    }

    fn act(self, action: QuizAction, keys: &[QuestionKey]) -> Self {
        self.reduce(keys, action)
    }

    /// Finishing the quiz tells its band; restoring a finished quiz is not an action.
    fn host_event(&self, before: &Self, keys: &[QuestionKey]) -> Option<HostEvent> {
        (before.phase != QuizPhase::Finished && self.phase == QuizPhase::Finished)
            .then(|| HostEvent::QuizFinished(quiz_band(self.score(keys), keys.len())))
    }
}

/// Quiz progress as stored (inside the versioned envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedQuiz {
    /// Current phase.
    pub phase: QuizPhase,
    /// Question ids in asking order.
    pub order: Vec<String>,
    /// Option display orders, per position.
    pub option_orders: Vec<Vec<usize>>,
    /// The current position.
    pub position: usize,
    /// The chosen, unchecked option.
    pub selected: Option<usize>,
    /// Checked answers, per position.
    pub answers: Vec<Option<usize>>,
}

/// The band for `score` out of `total`.
pub fn quiz_band(score: usize, total: usize) -> QuizBand {
    if total == 0 || score * 10 >= total * 8 {
        QuizBand::Strong
    } else if score * 2 >= total {
        QuizBand::Good
    } else {
        QuizBand::Starting
    }
}
