//! The self-check area by area: each question's points, a word for where the reader
//! stands, and what the printed summary shows.

use super::last_result::SavedResult;
use super::self_check::{HabitKey, SelfCheckState};
use crate::content::full_date_words;

/// Where the reader stands in one area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaStanding {
    /// Full marks.
    GoingWell,
    /// Some points, not all.
    OnTheWay,
    /// No points yet.
    RoomToGrow,
}

impl AreaStanding {
    /// The standing for `points` out of `best`.
    pub fn of(points: u32, best: u32) -> Self {
        if points >= best {
            Self::GoingWell
        } else if points == 0 {
            Self::RoomToGrow
        } else {
            Self::OnTheWay
        }
    }
}

/// One area's points, out of its best, with the question it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaScore {
    /// Question index, in content order.
    pub question: usize,
    /// Points scored.
    pub points: u32,
    /// The most points the area gives.
    pub best: u32,
}

impl AreaScore {
    /// Where the reader stands in this area.
    pub fn standing(&self) -> AreaStanding {
        AreaStanding::of(self.points, self.best)
    }
}

/// The most points a question gives.
pub(crate) fn best_points(key: &HabitKey) -> u32 {
    u32::from(key.points.iter().copied().max().unwrap_or(0))
}

/// Points per area from `points` (one per question, in order), or none when they do not
/// fit the questions (another length, more than an area's best, or a total other than `score`).
pub fn area_scores(points: &[u32], keys: &[HabitKey], score: u32) -> Vec<AreaScore> {
    let areas: Vec<AreaScore> = points
        .iter()
        .zip(keys)
        .enumerate()
        .map(|(question, (&points, key))| AreaScore {
            question,
            points,
            best: best_points(key),
        })
        .collect();
    let fits = points.len() == keys.len()
        && areas.iter().all(|area| area.points <= area.best)
        && areas.iter().map(|area| u64::from(area.points)).sum::<u64>() == u64::from(score);
    if fits {
        areas
    } else {
        Vec::new()
    }
}

impl SelfCheckState {
    /// Points per question in content order, once every question is answered.
    pub fn area_points(&self, keys: &[HabitKey]) -> Vec<u32> {
        let points: Vec<u32> = (0..keys.len())
            .filter_map(|question| self.points(keys, question))
            .map(u32::from)
            .collect();
        if points.len() == keys.len() {
            points
        } else {
            Vec::new()
        }
    }

    /// Each area's points, once every question is answered (empty before).
    pub fn areas(&self, keys: &[HabitKey]) -> Vec<AreaScore> {
        area_scores(&self.area_points(keys), keys, self.score(keys))
    }
}

impl SavedResult {
    /// Each area's points as saved; empty for a result saved before the breakdown was kept,
    /// on another scale, or whose points do not add up.
    pub fn areas(&self, keys: &[HabitKey]) -> Vec<AreaScore> {
        if self.max != SelfCheckState::max_score(keys) {
            return Vec::new();
        }
        area_scores(&self.areas, keys, self.score)
    }
}

/// What the printed summary says about the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryResult {
    /// No result on this device yet: the summary says so, with the advice to talk to a professional.
    NotTaken,
    /// The result on screen now, or the last one kept on this device.
    Taken(SavedResult),
}

/// The result the summary shows: the one just given (submitted), else the last one kept.
pub fn summary_result(
    state: &SelfCheckState,
    last: Option<&SavedResult>,
    keys: &[HabitKey],
    date: &str,
) -> SummaryResult {
    match state.saved_result(keys, date).or_else(|| last.cloned()) {
        Some(result) => SummaryResult::Taken(result),
        None => SummaryResult::NotTaken,
    }
}

/// The tips split into those ticked and those not yet ticked, each in checklist order.
pub fn split_ticked<'a>(
    tips: impl IntoIterator<Item = &'a str>,
    is_ticked: impl Fn(&str) -> bool,
) -> (Vec<&'a str>, Vec<&'a str>) {
    tips.into_iter().partition(|tip| is_ticked(tip))
}

/// About how many minutes `questions` questions take: [`SECONDS_PER_QUESTION`] each,
/// to the nearest minute, and never less than one.
pub fn minutes_for(questions: usize) -> u32 {
    let seconds = u32::try_from(questions)
        .unwrap_or(u32::MAX)
        .saturating_mul(SECONDS_PER_QUESTION);
    (seconds.saturating_add(30) / 60).max(1)
}

/// The time the intros count for reading, choosing and (in the quiz) reading feedback per question.
pub const SECONDS_PER_QUESTION: u32 = 20;

/// "25 November 2026" from "2026-11-25"; `None` for anything that is not a real date.
pub fn full_date(date: &str) -> Option<String> {
    super::Date::parse(date).map(|date| full_date_words(date.day, date.month, date.year))
}
