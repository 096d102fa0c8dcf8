//! The wasm's JSON path in a real browser: text read with `JSON.parse` and
//! walked into the app's value type, through real `localStorage`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use gut_skin_axis::model::{
    Fields, Json, QuizPhase, SavedQuiz, SavedResult, StorageStatus, Stored,
};
use gut_skin_axis::storage::{
    decode, json_text, migrations, parse_json, Backend, DecodeError, Namespace, Slot, Store,
    WebBackend,
};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn unique_namespace() -> Namespace {
    let suffix = (js_sys::Math::random() * 1e12) as u64;
    Namespace::named(&format!("json-{suffix}")).expect("a valid namespace")
}

#[wasm_bindgen_test]
fn json_parse_reads_every_kind_of_value() {
    let text = r#" {"a":[null,true,false,-0.5,1e2,"é\"\\\n\u0001😀"],"b":{},"a2":[],"b":{"c":1}} "#;
    let mut inner = Fields::new();
    inner.insert("c", Json::Number(1.0));
    let mut want = Fields::new();
    want.insert(
        "a",
        Json::Array(vec![
            Json::Null,
            Json::Bool(true),
            Json::Bool(false),
            Json::Number(-0.5),
            Json::Number(100.0),
            Json::String("é\"\\\n\u{1}😀".into()),
        ]),
    );
    want.insert("b", Json::Object(inner));
    want.insert("a2", Json::Array(Vec::new()));
    assert_eq!(parse_json(text), Some(Json::Object(want.clone())));
    // The writer's text reads back the same in the browser.
    let written = json_text(&Json::Object(want));
    assert_eq!(
        parse_json(&written).map(|json| json_text(&json)),
        Some(written)
    );
    // A lone surrogate becomes U+FFFD, as the native parser reads it.
    assert_eq!(
        parse_json(r#""\ud800x""#),
        Some(Json::String("\u{fffd}x".into()))
    );
}

#[wasm_bindgen_test]
fn malformed_or_too_deep_text_is_refused_without_a_panic() {
    let deep = "[".repeat(5000) + &"]".repeat(5000);
    for text in [
        "",
        "{",
        "[1,]",
        "NaN",
        "'a'",
        "{a:1}",
        "01",
        "\u{feff}1",
        deep.as_str(),
    ] {
        assert_eq!(parse_json(text), None, "{text:?}");
        assert_eq!(
            decode::<SavedResult>(text, migrations(Slot::SelfCheckResult)),
            Err(DecodeError::Corrupt)
        );
    }
}

#[wasm_bindgen_test]
fn saved_data_round_trips_through_local_storage() {
    let namespace = unique_namespace();
    let backend = Rc::new(WebBackend::open().expect("storage"));
    let store = Store::new(backend.clone(), &namespace);
    let quiz = SavedQuiz {
        phase: QuizPhase::Asking,
        order: vec!["q\"1".into(), "é".into()],
        option_orders: vec![vec![1, 0, 2], vec![3, 2, 1, 0]],
        position: 1,
        selected: Some(2),
        answers: vec![Some(0), None],
    };
    assert_eq!(store.save(Slot::Quiz, &quiz, 0), Ok(StorageStatus::Saved));
    let key = namespace.key(Slot::Quiz);
    // In the browser a save also carries the time it was made (for imports to compare).
    let text = backend.get(&key).ok().flatten().unwrap_or_default();
    let (fields, saved) = text.split_once(r#","saved":""#).unwrap_or((&text, ""));
    assert_eq!(
        fields,
        r#"{"v":1,"phase":"asking","order":["q\"1","é"],"option_orders":[[1,0,2],[3,2,1,0]],"position":1,"selected":2,"answers":[0,null]"#
    );
    assert!(saved.ends_with("Z\"}"), "{text}");
    assert_eq!(
        store.read::<SavedQuiz>(Slot::Quiz).stored,
        Stored::Current(quiz)
    );
    // Text that JSON.parse refuses, or of the wrong shape, reads as unreadable.
    for text in ["{\"v\":1,", r#"{"v":1,"phase":"asking"}"#] {
        backend.set(&key, text).expect("set");
        assert_eq!(
            store.read::<SavedQuiz>(Slot::Quiz).stored,
            Stored::Unreadable
        );
    }
    backend.remove(&key).expect("cleanup");
}
