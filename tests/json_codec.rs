//! The app's own JSON codec, checked against `serde_json` (a native test
//! dependency only): the parser reads what a reference parser reads, the writer
//! writes what the old serde derives wrote, and every stored type round-trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;

use gut_skin_axis::model::{
    ChecklistData, Fields, FromJson, Json, QuizPhase, SavedQuiz, SavedResult, SelfCheckState,
    ToJson, MAX_EXACT_INTEGER,
};
use gut_skin_axis::storage::{
    decode, decode_value, encode, json_text, migrations, parse_json, Decoded, Slot,
};

/// The reference reading of a value, as the browser would hold it.
fn reference(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(*flag),
        Value::Number(number) => Json::Number(number.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => Json::String(text.clone()),
        Value::Array(items) => Json::Array(items.iter().map(reference).collect()),
        Value::Object(map) => {
            let mut fields = Fields::new();
            for (name, item) in map {
                fields.insert(name, reference(item));
            }
            Json::Object(fields)
        }
    }
}

/// Any JSON value with any strings (control characters, quotes, emoji) and numbers.
fn any_value(whole_numbers_only: bool) -> impl Strategy<Value = Value> {
    let number = if whole_numbers_only {
        (-(MAX_EXACT_INTEGER as i64)..=MAX_EXACT_INTEGER as i64)
            .prop_map(Value::from)
            .boxed()
    } else {
        prop_oneof![
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
        ]
        .boxed()
    };
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        any::<String>().prop_map(Value::String),
        "[\"\\\\/\u{0}-\u{1f}a é😀]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z\"\\\\\n]{0,6}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn index() -> impl Strategy<Value = usize> {
    prop_oneof![0usize..12, 0..=MAX_EXACT_INTEGER as usize]
}

fn phase() -> impl Strategy<Value = QuizPhase> {
    prop_oneof![
        Just(QuizPhase::Start),
        Just(QuizPhase::Asking),
        Just(QuizPhase::Checked),
        Just(QuizPhase::Finished),
    ]
}

prop_compose! {
    fn saved_quiz()(
        phase in phase(),
        order in prop::collection::vec(any::<String>(), 0..6),
        option_orders in prop::collection::vec(prop::collection::vec(index(), 0..5), 0..6),
        position in index(),
        selected in prop::option::of(index()),
        answers in prop::collection::vec(prop::option::of(index()), 0..6),
    ) -> SavedQuiz {
        SavedQuiz { phase, order, option_orders, position, selected, answers }
    }
}

/// Encodes and decodes at the slot's current version.
fn round_trip<T: ToJson + FromJson>(data: &T, slot: Slot) -> Option<T> {
    match decode::<T>(&encode(data, migrations(slot)), migrations(slot)) {
        Ok(Decoded::Current(back)) => Some(back),
        _ => None,
    }
}

proptest! {
    #[test]
    fn the_parser_reads_what_serde_json_reads(value in any_value(false)) {
        let text = value.to_string();
        prop_assert_eq!(parse_json(&text), Some(reference(&value)));
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        prop_assert_eq!(parse_json(&pretty), Some(reference(&value)));
    }

    #[test]
    fn the_parser_accepts_what_serde_json_accepts(text in prop_oneof![
        any::<String>(),
        "[\\[\\]\\{\\}\":,.eE+\\-0-9a-z \\\\u]{0,24}",
    ]) {
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            prop_assert_eq!(parse_json(&text), Some(reference(&value)));
        }
        if let Some(json) = parse_json(&text) {
            // Whatever is read is written back in a form that reads the same.
            prop_assert_eq!(parse_json(&json_text(&json)), Some(json));
        }
    }

    #[test]
    fn the_writer_writes_what_serde_json_writes(value in any_value(true)) {
        prop_assert_eq!(json_text(&reference(&value)), value.to_string());
    }

    #[test]
    fn any_value_decodes_to_a_value_or_none(value in any_value(false), version in any::<u32>()) {
        let json = reference(&value);
        let _ = SavedQuiz::from_json(&json);
        let _ = SelfCheckState::from_json(&json);
        let _ = SavedResult::from_json(&json);
        let _ = ChecklistData::from_json(&json);
        let mut fields = match json {
            Json::Object(fields) => fields,
            other => Fields::new().with_value("x", other),
        };
        fields.insert("v", Json::Number(f64::from(version)));
        let _ = decode_value::<SavedQuiz>(Some(Json::Object(fields)), migrations(Slot::Quiz));
    }

    #[test]
    fn every_stored_type_round_trips(
        quiz in saved_quiz(),
        answers in prop::collection::vec(prop::option::of(index()), 0..12),
        submitted in any::<bool>(),
        (score, max) in (any::<u32>(), any::<u32>()),
        (weakest, date) in (prop::collection::vec(any::<String>(), 0..4), any::<String>()),
        areas in prop::collection::vec(any::<u32>(), 0..8),
        ticked in prop::collection::vec(any::<String>(), 0..8),
    ) {
        prop_assert_eq!(round_trip(&quiz, Slot::Quiz), Some(quiz));
        let check = SelfCheckState { answers, submitted, incomplete: false };
        prop_assert_eq!(round_trip(&check, Slot::SelfCheck), Some(check));
        let result = SavedResult { score, max, weakest, areas, date };
        prop_assert_eq!(round_trip(&result, Slot::SelfCheckResult), Some(result));
        let list = ChecklistData { ticked };
        prop_assert_eq!(round_trip(&list, Slot::Checklist), Some(list));
    }
}

#[test]
fn the_stored_format_is_unchanged() {
    let quiz = SavedQuiz {
        phase: QuizPhase::Checked,
        order: vec!["fibre".into(), "sleep".into()],
        option_orders: vec![vec![2, 0, 1], vec![0, 1, 2, 3]],
        position: 1,
        selected: None,
        answers: vec![Some(2), None],
    };
    assert_eq!(
        encode(&quiz, migrations(Slot::Quiz)),
        r#"{"v":1,"phase":"checked","order":["fibre","sleep"],"option_orders":[[2,0,1],[0,1,2,3]],"position":1,"selected":null,"answers":[2,null]}"#
    );
    let check = SelfCheckState {
        answers: vec![Some(1), None],
        submitted: false,
        incomplete: true,
    };
    assert_eq!(
        encode(&check, migrations(Slot::SelfCheck)),
        // Version 2 since the self-check dropped its water question (same fields).
        r#"{"v":2,"answers":[1,null],"submitted":false}"#
    );
    let result = SavedResult {
        score: 9,
        max: 16,
        weakest: vec!["sleep".into()],
        areas: vec![2, 0],
        date: "2026-11-25".into(),
    };
    assert_eq!(
        encode(&result, migrations(Slot::SelfCheckResult)),
        // Version 2 since the result keeps its points per area.
        r#"{"v":2,"score":9,"max":16,"weakest":["sleep"],"areas":[2,0],"date":"2026-11-25"}"#
    );
}

#[test]
fn decoding_follows_the_old_derive_rules() {
    let read = |text: &str| decode::<SavedQuiz>(text, migrations(Slot::Quiz));
    let base =
        r#""phase":"asking","order":["a"],"option_orders":[[0,1]],"position":0,"answers":[null]"#;
    // An Option may be missing; unknown fields are ignored; a later repeat wins.
    let quiz = read(&format!(r#"{{"v":1,{base},"extra":[1]}}"#));
    assert!(matches!(
        quiz,
        Ok(Decoded::Current(SavedQuiz { selected: None, .. }))
    ));
    let repeated = read(&format!(
        r#"{{"v":1,{base},"position":0,"selected":1,"selected":0}}"#
    ));
    assert!(matches!(
        repeated,
        Ok(Decoded::Current(SavedQuiz {
            selected: Some(0),
            ..
        }))
    ));
    // Anything else missing, or of the wrong kind, is the wrong shape.
    for bad in [
        r#"{"v":1,"phase":"asking"}"#.to_owned(),
        format!(r#"{{"v":1,{base},"selected":1.5}}"#),
        format!(r#"{{"v":1,{base},"selected":-1}}"#),
        format!(r#"{{"v":1,{base},"selected":9007199254740992}}"#),
        format!(r#"{{"v":1,{base},"selected":"1"}}"#),
        base.replace("asking", "Asking")
            .replace(r#""phase""#, r#"{"v":1,"phase""#)
            + "}",
    ] {
        assert!(read(&bad).is_err(), "{bad}");
    }
    let self_check = decode::<SelfCheckState>(
        r#"{"v":2,"answers":[],"submitted":true,"incomplete":true}"#,
        migrations(Slot::SelfCheck),
    );
    assert!(matches!(
        self_check,
        Ok(Decoded::Current(SelfCheckState {
            incomplete: false,
            ..
        }))
    ));
}

#[test]
fn the_parser_refuses_what_json_parse_refuses() {
    let deep = "[".repeat(100) + &"]".repeat(100);
    for text in [
        "",
        " ",
        "{",
        "}",
        "01",
        "1.",
        ".5",
        "-",
        "+1",
        "1e",
        "[1,]",
        r#"{"a":1,}"#,
        "tru",
        "nul",
        "\"\u{1}\"",
        "NaN",
        "Infinity",
        "'a'",
        "[1] x",
        "\u{feff}1",
        "{a:1}",
        r#""\x""#,
        r#""\u12""#,
        "[1 2]",
        &deep,
    ] {
        assert_eq!(parse_json(text), None, "{text:?}");
    }
    // What JSON.parse reads, the same way: huge numbers, lone surrogates (as the browser's text).
    assert_eq!(parse_json("1e400"), Some(Json::Number(f64::INFINITY)));
    assert_eq!(
        parse_json(r#""\ud800x""#),
        Some(Json::String("\u{fffd}x".into()))
    );
    assert_eq!(
        parse_json(r#""\ud83d\ude00""#),
        Some(Json::String("😀".into()))
    );
    assert_eq!(
        parse_json(" [ -0 , 1E2 ] "),
        Some(Json::Array(vec![Json::Number(-0.0), Json::Number(100.0)]))
    );
}
