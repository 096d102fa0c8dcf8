//! The habits self-check: answers, scoring, bands, weakest areas, and the saved result.

use super::bands::HabitBand;
use super::host_events::HostEvent;
use super::last_result::SavedResult;
use super::persisted::PersistedPart;

/// What the scoring needs to know about one habit question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitKey {
    /// Stable question id.
    pub id: &'static str,
    /// Points for each option, in display order.
    pub points: &'static [u8],
}

/// The self-check's state: one optional answer per question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SelfCheckState {
    /// Chosen option per question, in question order.
    pub answers: Vec<Option<usize>>,
    /// True once the reader asked for the result with every question answered.
    pub submitted: bool,
    /// True when the reader asked for the result with questions left; cleared by the next answer.
    pub incomplete: bool,
}

/// Something the reader did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelfCheckAction {
    /// Choose `option` for `question`.
    Answer {
        /// Question index, in content order.
        question: usize,
        /// Option index, in display order.
        option: usize,
    },
    /// Ask for the result.
    Submit,
    /// Start again with no answers.
    Restart,
}

/// A self-check scale: its most points and the lowest scores of the two upper bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitScale {
    /// The most points available.
    pub max: u32,
    /// Lowest score of "a good base".
    pub good_from: u32,
    /// Lowest score of "strong".
    pub strong_from: u32,
}

/// The current scale: seven questions, 14 points.
pub const CURRENT_SCALE: HabitScale = HabitScale {
    max: 14,
    good_from: 6,
    strong_from: 10,
};

/// The first scale (eight questions, 16 points): results saved on it keep their own bands.
pub const OLD_SCALE: HabitScale = HabitScale {
    max: 16,
    good_from: 7,
    strong_from: 12,
};

impl HabitScale {
    /// The scale a result was given on, from its most points; `None` for an unknown scale.
    pub fn of_max(max: u32) -> Option<Self> {
        [CURRENT_SCALE, OLD_SCALE]
            .into_iter()
            .find(|scale| scale.max == max)
    }

    /// The band for a score on this scale.
    pub fn band(self, score: u32) -> HabitBand {
        if score >= self.strong_from {
            HabitBand::Strong
        } else if score >= self.good_from {
            HabitBand::GoodBase
        } else {
            HabitBand::RoomToBuild
        }
    }
}

/// The band for a score out of `max`, on the scale with that many points (`None` if unknown).
pub fn habit_band(score: u32, max: u32) -> Option<HabitBand> {
    HabitScale::of_max(max).map(|scale| scale.band(score))
}

impl SelfCheckState {
    /// A fresh self-check for `count` questions.
    pub fn new(count: usize) -> Self {
        Self {
            answers: vec![None; count],
            ..Self::default()
        }
    }

    /// Applies `action`; out-of-range answers change nothing.
    pub fn reduce(mut self, keys: &[HabitKey], action: SelfCheckAction) -> Self {
        if self.answers.len() != keys.len() {
            self = Self::new(keys.len());
        }
        match action {
            SelfCheckAction::Answer { question, option } => {
                if keys
                    .get(question)
                    .is_some_and(|key| option < key.points.len())
                {
                    self.answers[question] = Some(option);
                    self.incomplete = false;
                }
            }
            SelfCheckAction::Submit => {
                let complete = self.unanswered() == 0;
                self.submitted = complete;
                self.incomplete = !complete;
            }
            SelfCheckAction::Restart => self = Self::new(keys.len()),
        }
        self
    }

    /// How many questions are still unanswered.
    pub fn unanswered(&self) -> usize {
        self.answers
            .iter()
            .filter(|answer| answer.is_none())
            .count()
    }

    /// Points for one answered question.
    pub(crate) fn points(&self, keys: &[HabitKey], question: usize) -> Option<u8> {
        let option = (*self.answers.get(question)?)?;
        keys.get(question)?.points.get(option).copied()
    }

    /// The total score so far.
    pub fn score(&self, keys: &[HabitKey]) -> u32 {
        (0..keys.len())
            .filter_map(|question| self.points(keys, question))
            .map(u32::from)
            .sum()
    }

    /// The most points available.
    pub fn max_score(keys: &[HabitKey]) -> u32 {
        keys.iter()
            .map(|key| u32::from(key.points.iter().copied().max().unwrap_or(0)))
            .sum()
    }

    /// Up to `limit` weakest areas: questions below full marks, lowest first, ties in question order.
    pub fn weakest(&self, keys: &[HabitKey], limit: usize) -> Vec<usize> {
        let mut below_full: Vec<(u8, usize)> = (0..keys.len())
            .filter_map(|question| {
                let points = self.points(keys, question)?;
                let best = keys[question].points.iter().copied().max().unwrap_or(0);
                (points < best).then_some((points, question))
            })
            .collect();
        super::sort_small(&mut below_full);
        below_full
            .into_iter()
            .take(limit)
            .map(|(_, question)| question)
            .collect()
    }

    /// Whether a saved state still fits the questions.
    pub fn fits(&self, keys: &[HabitKey]) -> bool {
        self.answers.len() == keys.len()
            && self
                .answers
                .iter()
                .zip(keys)
                .all(|(answer, key)| answer.is_none_or(|option| option < key.points.len()))
            && (!self.submitted || self.unanswered() == 0)
    }
}

impl SelfCheckState {
    /// The result to keep for the next visit, once submitted; `date` is `YYYY-MM-DD`.
    pub fn saved_result(&self, keys: &[HabitKey], date: &str) -> Option<SavedResult> {
        self.submitted.then(|| SavedResult {
            score: self.score(keys),
            max: Self::max_score(keys),
            weakest: self
                .weakest(keys, 3)
                .into_iter()
                .map(|question| keys[question].id.to_owned())
                .collect(),
            areas: self.area_points(keys),
            date: date.to_owned(),
        })
    }
}

impl PersistedPart for SelfCheckState {
    type Saved = SelfCheckState;
    type Action = SelfCheckAction;
    type Content = [HabitKey];

    fn fresh(keys: &[HabitKey]) -> Self {
        Self::new(keys.len())
    }

    /// Answers that no longer fit the questions restart cleanly.
    fn restore(saved: SelfCheckState, keys: &[HabitKey]) -> Option<Self> {
        saved.fits(keys).then_some(Self {
            incomplete: false,
            ..saved
        })
    }

    fn to_saved(&self, _: &[HabitKey]) -> Option<SelfCheckState> {
        Some(Self {
            incomplete: false,
            ..self.clone()
        })
    }

    fn act(self, action: SelfCheckAction, keys: &[HabitKey]) -> Self {
        self.reduce(keys, action)
    }

    /// Per answer: each answer the reader changed replaces the stored one, the others
    /// stay as stored; a submission counts only while every question is answered.
    fn rebase(&self, base: &Self, stored: Self, _: &[HabitKey]) -> Option<Self> {
        if stored.answers.len() != self.answers.len() || base.answers.len() != self.answers.len() {
            return Some(self.clone()); // Another set of questions: nothing to merge with.
        }
        let mut merged = stored;
        for (at, answer) in self.answers.iter().enumerate() {
            if *answer != base.answers[at] {
                merged.answers[at] = *answer;
            }
        }
        if self.submitted != base.submitted {
            merged.submitted = self.submitted;
        }
        merged.submitted &= merged.unanswered() == 0;
        Some(merged)
    }

    /// Submitting a complete self-check tells its band.
    fn host_event(&self, before: &Self, keys: &[HabitKey]) -> Option<HostEvent> {
        if before.submitted || !self.submitted {
            return None;
        }
        habit_band(self.score(keys), Self::max_score(keys)).map(HostEvent::SelfCheckFinished)
    }
}
