//! The self-check area by area, the summary's contents, the intros' minutes, and the
//! migration of results saved before the breakdown was kept.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{
    habit_keys, minutes_for, split_ticked, summary_result, AreaScore, AreaStanding, SavedResult,
    SelfCheckAction, SelfCheckState, SummaryResult, SECONDS_PER_QUESTION,
};
use gut_skin_axis::storage::{decode, encode, migrations, Decoded, Slot};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

fn answered(options: [usize; 7]) -> SelfCheckState {
    let keys = habit_keys();
    let mut state = SelfCheckState::new(keys.len());
    for (question, option) in options.into_iter().enumerate() {
        state = state.reduce(keys, SelfCheckAction::Answer { question, option });
    }
    state.reduce(keys, SelfCheckAction::Submit)
}

#[test]
fn standings_have_one_word_per_point() {
    assert_eq!(AreaStanding::of(2, 2), AreaStanding::GoingWell);
    assert_eq!(AreaStanding::of(1, 2), AreaStanding::OnTheWay);
    assert_eq!(AreaStanding::of(0, 2), AreaStanding::RoomToGrow);
}

#[test]
fn each_area_gets_its_own_points_in_question_order() {
    let keys = habit_keys();
    let state = answered([2, 1, 0, 2, 1, 0, 2]);
    let areas = state.areas(keys);
    let points: Vec<u32> = areas.iter().map(|area| area.points).collect();
    assert_eq!(points, [2, 1, 0, 2, 1, 0, 2]);
    assert!(areas.iter().all(|area| area.best == 2));
    assert_eq!(
        areas.iter().map(AreaScore::standing).collect::<Vec<_>>(),
        [
            AreaStanding::GoingWell,
            AreaStanding::OnTheWay,
            AreaStanding::RoomToGrow,
            AreaStanding::GoingWell,
            AreaStanding::OnTheWay,
            AreaStanding::RoomToGrow,
            AreaStanding::GoingWell,
        ]
    );
    assert_eq!(
        areas.iter().map(|area| area.points).sum::<u32>(),
        state.score(keys)
    );
}

#[test]
fn no_breakdown_until_every_question_is_answered() {
    let keys = habit_keys();
    let state = SelfCheckState::new(keys.len()).reduce(
        keys,
        SelfCheckAction::Answer {
            question: 0,
            option: 2,
        },
    );
    assert!(state.areas(keys).is_empty());
    assert!(state.area_points(keys).is_empty());
}

#[test]
fn the_saved_result_keeps_the_points_per_area() {
    let keys = habit_keys();
    let state = answered([0, 1, 2, 0, 1, 2, 1]);
    let Some(result) = state.saved_result(keys, "2026-11-25") else {
        panic!("a submitted self-check has a result");
    };
    assert_eq!(result.areas, [0, 1, 2, 0, 1, 2, 1]);
    assert_eq!(result.areas(keys), state.areas(keys));
    assert_eq!(result.weakest, ["fruit-veg", "fermented", "whole-grains"]);
}

#[test]
fn a_saved_breakdown_that_does_not_add_up_is_not_shown() {
    let keys = habit_keys();
    let result = |score, max, areas: Vec<u32>| SavedResult {
        score,
        max,
        weakest: vec![],
        areas,
        date: "2026-11-25".into(),
    };
    assert_eq!(result(7, 14, vec![1; 7]).areas(keys).len(), 7);
    assert!(result(7, 14, vec![]).areas(keys).is_empty(), "saved before");
    assert!(
        result(8, 14, vec![1; 7]).areas(keys).is_empty(),
        "wrong total"
    );
    assert!(
        result(7, 14, vec![1; 6]).areas(keys).is_empty(),
        "wrong length"
    );
    assert!(
        result(9, 14, vec![3, 1, 1, 1, 1, 1, 1])
            .areas(keys)
            .is_empty(),
        "over the best"
    );
    assert!(
        result(7, 16, vec![1; 7]).areas(keys).is_empty(),
        "old scale"
    );
}

#[test]
fn a_result_saved_before_the_breakdown_migrates_with_its_band_and_no_breakdown() {
    let keys = habit_keys();
    let old = r#"{"v":1,"score":10,"max":16,"weakest":["sleep"],"date":"2026-11-12"}"#;
    let Ok(Decoded::Migrated(result)) =
        decode::<SavedResult>(old, migrations(Slot::SelfCheckResult))
    else {
        panic!("a version 1 result is migrated");
    };
    assert_eq!((result.score, result.max), (10, 16));
    assert_eq!(result.weakest, ["sleep"]);
    assert!(result.areas.is_empty());
    assert!(result.areas(keys).is_empty());
    let written = encode(&result, migrations(Slot::SelfCheckResult));
    assert!(written.starts_with(r#"{"v":2,"#), "{written}");
    assert!(written.contains(r#""areas":[]"#), "{written}");
}

#[test]
fn the_summary_shows_the_result_on_screen_else_the_last_one_else_not_taken() {
    let keys = habit_keys();
    let fresh = SelfCheckState::new(keys.len());
    assert_eq!(
        summary_result(&fresh, None, keys, "2026-11-25"),
        SummaryResult::NotTaken
    );
    let last = SavedResult {
        score: 10,
        max: 16,
        weakest: vec![],
        areas: vec![],
        date: "2026-11-12".into(),
    };
    assert_eq!(
        summary_result(&fresh, Some(&last), keys, "2026-11-25"),
        SummaryResult::Taken(last.clone())
    );
    let now = answered([2; 7]);
    let SummaryResult::Taken(shown) = summary_result(&now, Some(&last), keys, "2026-11-25") else {
        panic!("a result is shown");
    };
    assert_eq!((shown.score, shown.areas.len()), (14, 7));
}

#[test]
fn tips_split_into_ticked_and_not_yet_in_checklist_order() {
    let tips = ["a", "b", "c", "d"];
    let (ticked, not_yet) = split_ticked(tips, |tip| tip == "d" || tip == "b");
    assert_eq!(ticked, ["b", "d"]);
    assert_eq!(not_yet, ["a", "c"]);
}

#[test]
fn minutes_count_twenty_seconds_a_question_to_the_nearest_minute() {
    assert_eq!(SECONDS_PER_QUESTION, 20);
    assert_eq!(minutes_for(10), 3, "the knowledge quiz");
    assert_eq!(minutes_for(7), 2, "the self-check");
    assert_eq!(minutes_for(0), 1, "never less than a minute");
    assert_eq!(minutes_for(1), 1);
    assert_eq!(minutes_for(4), 1);
    assert_eq!(minutes_for(5), 2);
    assert_eq!(minutes_for(usize::MAX), u32::MAX / 60, "no overflow");
}

proptest::proptest! {
    /// Any complete set of answers gives one area per question adding up to the score, and
    /// the saved result shows the same breakdown; any saved breakdown is shown whole or not at all.
    #[test]
    fn breakdowns_add_up_or_are_not_shown(
        options in proptest::collection::vec(0usize..3, 7),
        score in 0u32..20,
        max in proptest::sample::select(vec![14u32, 16, 12]),
        areas in proptest::collection::vec(0u32..4, 0..9),
    ) {
        let keys = habit_keys();
        let mut state = SelfCheckState::new(keys.len());
        for (question, &option) in options.iter().enumerate() {
            state = state.reduce(keys, SelfCheckAction::Answer { question, option });
        }
        let state = state.reduce(keys, SelfCheckAction::Submit);
        let shown = state.areas(keys);
        proptest::prop_assert_eq!(shown.len(), 7);
        proptest::prop_assert_eq!(shown.iter().map(|area| area.points).sum::<u32>(), state.score(keys));
        let saved = state.saved_result(keys, "2026-11-25");
        proptest::prop_assert_eq!(saved.map(|result| result.areas(keys)), Some(shown));

        let result = SavedResult { score, max, weakest: vec![], areas, date: "2026-11-25".into() };
        let read = result.areas(keys);
        proptest::prop_assert!(read.is_empty() || (read.len() == 7 && max == 14));
        proptest::prop_assert!(read.is_empty() || read.iter().map(|area| area.points).sum::<u32>() == score);
        proptest::prop_assert!(read.iter().all(|area| area.points <= area.best));
    }
}

#[test]
fn the_summary_is_dated_in_words() {
    use gut_skin_axis::model::full_date;
    assert_eq!(
        full_date("2026-11-25").as_deref(),
        Some(pick("25 November 2026", "25 de noviembre de 2026"))
    );
    assert_eq!(full_date("2026-13-25"), None);
    assert_eq!(full_date(""), None);
}
