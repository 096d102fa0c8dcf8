//! When the content was last reviewed and when it is next due: a test fails once that passes.
//! The page's wording of dates is in `en/review.toml`.

/// The review dates of the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewDates {
    /// Last review: (year, month, day).
    pub last: (u16, u8, u8),
    /// Next review due: (year, month); overdue from the first day of the month after.
    pub next_due: (u16, u8),
}

/// Whoever reviews the content moves these dates.
pub const REVIEW: ReviewDates = ReviewDates {
    last: (2026, 12, 6),
    next_due: (2027, 12),
};

include!(concat!(env!("OUT_DIR"), "/words/review.rs"));

/// The months' names, January first: the page's own wording for dates.
pub const MONTH_NAMES: [&str; 12] = match MONTHS.first_chunk() {
    // Checked while compiling: a data file with another count of months fails the build.
    Some(names) if MONTHS.len() == 12 => *names,
    _ => panic!("review.toml: `months` must name exactly 12 months"),
};

fn month_name(month: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// "12 November", as the page words a day of the current year.
pub fn day_and_month_words(day: u8, month: u8) -> String {
    day_and_month(day, month_name(month))
}

/// "25 November 2026", as the page words a whole date.
pub fn full_date_words(day: u8, month: u8, year: u16) -> String {
    full_date(day, month_name(month), year)
}

/// "Content last reviewed: 25 November 2026 · next review due: November 2027".
pub fn review_line(dates: ReviewDates) -> String {
    let (year, month, day) = dates.last;
    let (next_year, next_month) = dates.next_due;
    reviewed_and_due(
        full_date_words(day, month, year),
        month_and_year(month_name(next_month), next_year),
    )
}
