//! The result bands of the quiz and the self-check, with the stable ids hosts receive: in
//! their own file, so the parts that compute them and the events that report them need not
//! import each other.

/// How a quiz score reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizBand {
    /// 80 % or more right.
    Strong,
    /// 50–79 % right.
    Good,
    /// Under 50 % right.
    Starting,
}

/// A score band: what a score means on the scale it was given on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HabitBand {
    /// 0–5 of 14 (0–6 of 16 on the old scale).
    RoomToBuild,
    /// 6–9 of 14 (7–11 of 16).
    GoodBase,
    /// 10–14 of 14 (12–16 of 16).
    Strong,
}

impl QuizBand {
    /// The band's stable id, as hosts receive it.
    pub fn id(self) -> &'static str {
        match self {
            QuizBand::Strong => "strong",
            QuizBand::Good => "good",
            QuizBand::Starting => "starting",
        }
    }
}

impl HabitBand {
    /// The band's stable id, as hosts receive it.
    pub fn id(self) -> &'static str {
        match self {
            HabitBand::RoomToBuild => "room-to-build",
            HabitBand::GoodBase => "good-base",
            HabitBand::Strong => "strong",
        }
    }
}
