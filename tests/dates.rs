//! Calendar days: the one parser accepts exactly the days that exist, and the two
//! civil-calendar conversions agree with each other over every day of years 1 to 9999.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{day_and_month, days_in_month, full_date, is_leap_year, Date};
use proptest::prelude::*;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn impossible_days_are_refused_and_real_ones_read() {
    for bad in [
        "2026-02-29",
        "2100-02-29",
        "2026-02-30",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-11-32",
        "0000-01-01",
        "2026-1-05",
        "2026-11-12-1",
        "2026/11/12",
        "12 November",
        "２０２６-11-12",
        "",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
        assert_eq!(day_and_month(bad), None, "{bad}");
    }
    for (good, day, month, year) in [
        ("2024-02-29", 29, 2, 2024),
        ("2000-02-29", 29, 2, 2000),
        ("2026-12-31", 31, 12, 2026),
        ("0001-01-01", 1, 1, 1),
    ] {
        assert_eq!(Date::parse(good), Date::new(year, month, day), "{good}");
    }
    assert_eq!(
        day_and_month("2026-11-12").as_deref(),
        Some(pick("12 November", "12 de noviembre"))
    );
    assert_eq!(
        full_date("2026-11-25").as_deref(),
        Some(pick("25 November 2026", "25 de noviembre de 2026"))
    );
    assert!(is_leap_year(2000) && is_leap_year(2024) && !is_leap_year(2100));
    assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
    assert_eq!(Date::from_unix_days(-1), Date::new(1969, 12, 31));
    assert_eq!(Date::from_unix_days(20_793), Date::new(2026, 12, 6));
}

proptest! {
    #[test]
    fn a_day_exists_exactly_when_the_next_day_after_the_one_before_is_it(
        year in 1u16..=9999, month in 0u8..=13, day in 0u8..=32
    ) {
        let date = Date::new(year, month, day);
        let real = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        prop_assert_eq!(date.is_some(), real);
        if let Some(date) = date {
            // The two conversions are separate formulas: each checks the other.
            prop_assert_eq!(Date::from_unix_days(date.unix_days()), Some(date));
            prop_assert_eq!(Date::parse(&date.iso()), Some(date));
            let next = Date::from_unix_days(date.unix_days() + 1);
            if let Some(next) = next {
                prop_assert!(next > date);
                let last_of_month = day == days_in_month(year, month);
                prop_assert_eq!(next.day == 1, last_of_month);
            }
        }
    }

    #[test]
    fn month_lengths_add_up_to_the_year(year in 1u16..=9998) {
        let first = Date::new(year, 1, 1).expect("1 January");
        let next = Date::new(year + 1, 1, 1).expect("1 January");
        let days: i64 = (1..=12).map(|month| i64::from(days_in_month(year, month))).sum();
        prop_assert_eq!(next.unix_days() - first.unix_days(), days);
        prop_assert_eq!(days, if is_leap_year(year) { 366 } else { 365 });
    }

    #[test]
    fn any_text_is_read_as_a_real_day_or_refused(text in "\\PC{0,12}|[0-9]{4}-[0-9]{2}-[0-9]{2}") {
        if let Some(date) = Date::parse(&text) {
            prop_assert_eq!(date.iso(), text);
        }
    }
}
