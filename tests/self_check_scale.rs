//! The self-check's scale: bands over 14 points, old 16-point results keep their bands, and
//! answers saved by the eight-question version are carried over.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{habit_band, HabitBand, SelfCheckState};
use gut_skin_axis::storage::{decode, encode, migrations, Decoded, Slot, SELF_CHECK_MIGRATIONS};

#[test]
fn habit_bands_have_the_briefs_edges_over_fourteen_points() {
    for (score, band) in [
        (0, HabitBand::RoomToBuild),
        (5, HabitBand::RoomToBuild),
        (6, HabitBand::GoodBase),
        (9, HabitBand::GoodBase),
        (10, HabitBand::Strong),
        (14, HabitBand::Strong),
    ] {
        assert_eq!(habit_band(score, 14), Some(band), "{score} of 14");
    }
}

#[test]
fn a_result_saved_on_the_old_sixteen_point_scale_keeps_its_own_band() {
    for (score, band) in [
        (0, HabitBand::RoomToBuild),
        (6, HabitBand::RoomToBuild),
        (7, HabitBand::GoodBase),
        (11, HabitBand::GoodBase),
        (12, HabitBand::Strong),
        (16, HabitBand::Strong),
    ] {
        assert_eq!(habit_band(score, 16), Some(band), "{score} of 16");
    }
    // 10 is "strong" over 14 but only "a good base" over 16.
    assert_eq!(habit_band(10, 14), Some(HabitBand::Strong));
    assert_eq!(habit_band(10, 16), Some(HabitBand::GoodBase));
    assert_eq!(habit_band(5, 12), None, "an unknown scale has no band");
}

#[test]
fn answers_saved_by_the_eight_question_version_keep_the_seven_that_still_apply() {
    let keys = gut_skin_axis::model::habit_keys();
    let old = r#"{"v":1,"answers":[2,1,0,2,1,0,2,1],"submitted":true}"#;
    let Ok(Decoded::Migrated(state)) = decode::<SelfCheckState>(old, SELF_CHECK_MIGRATIONS) else {
        panic!("a version 1 state is migrated");
    };
    assert_eq!(
        state.answers,
        vec![
            Some(2),
            Some(1),
            Some(0),
            Some(2),
            Some(1),
            Some(0),
            Some(2)
        ]
    );
    assert!(
        !state.submitted,
        "the reader asks again for a result on the new scale"
    );
    assert!(state.fits(keys));
    // The store uses this chain for the self-check's slot; written back, it reads as current.
    assert_eq!(
        migrations(Slot::SelfCheck).len(),
        SELF_CHECK_MIGRATIONS.len()
    );
    let written = encode(&state, SELF_CHECK_MIGRATIONS);
    assert!(written.starts_with(r#"{"v":2,"#), "{written}");
    assert_eq!(
        decode::<SelfCheckState>(&written, SELF_CHECK_MIGRATIONS),
        Ok(Decoded::Current(state))
    );
}
