//! The versioned envelope and its migration chain, with a chain defined here.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{Fields, FromJson, Json, ToJson};
use gut_skin_axis::storage::{decode, encode, DecodeError, Decoded, Migration};

#[derive(Debug, PartialEq)]
struct V3 {
    items: Vec<String>,
    count: u32,
}

impl FromJson for V3 {
    fn from_json(json: &Json) -> Option<Self> {
        let fields = json.as_object()?;
        Some(Self {
            items: fields.read("items")?,
            count: fields.read("count")?,
        })
    }
}

impl ToJson for V3 {
    fn to_json(&self) -> Json {
        Json::Object(
            Fields::new()
                .with("items", &self.items)
                .with("count", &self.count),
        )
    }
}

/// v1 → v2: the field `list` was renamed to `items`.
fn rename_list(mut fields: Fields) -> Result<Fields, DecodeError> {
    let list = fields.remove("list").ok_or(DecodeError::WrongShape)?;
    fields.insert("items", list);
    Ok(fields)
}

/// v2 → v3: a `count` field was added.
fn add_count(mut fields: Fields) -> Result<Fields, DecodeError> {
    let count = match fields.get("items") {
        Some(Json::Array(items)) => items.len(),
        _ => 0,
    };
    fields.insert("count", Json::Number(count as f64));
    Ok(fields)
}

const CHAIN: &[Migration] = &[rename_list, add_count];

#[test]
fn encodes_at_the_current_version() {
    let data = V3 {
        items: vec!["a".into()],
        count: 1,
    };
    assert_eq!(encode(&data, CHAIN), r#"{"v":3,"items":["a"],"count":1}"#);
}

#[test]
fn current_version_decodes_as_is() {
    let decoded = decode::<V3>(r#"{"v":3,"items":["a"],"count":1}"#, CHAIN);
    assert_eq!(
        decoded,
        Ok(Decoded::Current(V3 {
            items: vec!["a".into()],
            count: 1
        }))
    );
}

#[test]
fn every_older_version_walks_the_whole_chain() {
    let want = V3 {
        items: vec!["a".into(), "b".into()],
        count: 2,
    };
    let v1 = decode::<V3>(r#"{"v":1,"list":["a","b"]}"#, CHAIN);
    assert_eq!(v1, Ok(Decoded::Migrated(want)));
    let v2 = decode::<V3>(r#"{"v":2,"items":["a"]}"#, CHAIN);
    assert_eq!(
        v2,
        Ok(Decoded::Migrated(V3 {
            items: vec!["a".into()],
            count: 1
        }))
    );
}

#[test]
fn a_failing_migration_is_a_wrong_shape() {
    assert_eq!(
        decode::<V3>(r#"{"v":1,"items":[]}"#, CHAIN),
        Err(DecodeError::WrongShape)
    );
}

#[test]
fn newer_versions_keep_what_is_understood() {
    let newer = decode::<V3>(r#"{"v":4,"items":["a"],"count":1,"extra":true}"#, CHAIN);
    assert_eq!(
        newer,
        Ok(Decoded::Newer(Some(V3 {
            items: vec!["a".into()],
            count: 1
        })))
    );
    assert_eq!(decode::<V3>(r#"{"v":99}"#, CHAIN), Ok(Decoded::Newer(None)));
}

#[test]
fn bad_envelopes_are_corrupt() {
    for raw in [
        "",
        "null",
        "3",
        r#""v""#,
        "{",
        r#"{"v":null}"#,
        r#"{"v":1.5}"#,
        r#"{"v":0}"#,
        r#"{"items":[]}"#,
    ] {
        assert_eq!(decode::<V3>(raw, CHAIN), Err(DecodeError::Corrupt), "{raw}");
    }
}
