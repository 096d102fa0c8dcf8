//! "Export my data" and "Import": files round-trip, bad files are refused whole without
//! a write, ticks merge by id, and the later of two saved states wins.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::storage::{
    Backend, ImportError, MemoryBackend, Namespace, PartChange, Slot, Store, MAX_IMPORT_BYTES,
};
use proptest::prelude::*;
use support_rs::page;

const CHECKLIST: &str = "gut-skin-axis:checklist";
const QUIZ: &str = "gut-skin-axis:quiz";
const RESULT: &str = "gut-skin-axis:self-check-result";

fn browser(entries: &[(&str, &str)]) -> (Rc<MemoryBackend>, Rc<Store>) {
    let backend = Rc::new(MemoryBackend::new());
    for (key, value) in entries {
        backend.set(key, value).expect("memory");
    }
    let store = page(&backend, &Namespace::none());
    (backend, store)
}

fn everything(backend: &MemoryBackend) -> Vec<(String, Option<String>)> {
    backend
        .keys()
        .into_iter()
        .map(|key| {
            let value = backend.get(&key).expect("memory");
            (key, value)
        })
        .collect()
}

fn quiz(at: &str, position: u32) -> String {
    format!(
        r#"{{"v":1,"phase":"asking","order":["a","b"],"option_orders":[[0,1],[1,0]],"position":{position},"selected":null,"answers":[0,null],"saved":"{at}"}}"#
    )
}

fn result(date: &str, score: u32) -> String {
    format!(
        r#"{{"v":2,"score":{score},"max":14,"weakest":["sleep"],"areas":[],"date":"{date}","saved":"{date}T09:00:00.000Z"}}"#
    )
}

#[test]
fn an_export_imports_back_to_the_same_state_after_forgetting() {
    let entries = [
        (
            CHECKLIST,
            r#"{"v":1,"ticked":["fibre-30g","retired-tip"]}"#.to_owned(),
        ),
        (QUIZ, quiz("2026-11-20T10:00:00.000Z", 1)),
        (RESULT, result("2026-11-02", 9)),
    ];
    let pairs: Vec<(&str, &str)> = entries.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (backend, store) = browser(&pairs);
    let before = everything(&backend);
    let file = store.export_text("2026-11-25");
    assert!(file.starts_with(r#"{"format":"gut-skin-axis-data","version":1,"exported":"2026-11-25","namespace":null,"data":{"#));
    store.forget_all();
    assert!(backend.keys().is_empty());
    let plan = store.plan_import(&file).expect("our own file");
    assert!(backend.keys().is_empty(), "planning writes nothing");
    assert_eq!(
        plan.changes,
        vec![
            PartChange::AddTicks(2),
            PartChange::Take {
                slot: Slot::Quiz,
                had: false,
                replaced: None
            },
            PartChange::Take {
                slot: Slot::SelfCheckResult,
                had: false,
                replaced: None
            },
        ]
    );
    store.apply_import(&plan).expect("memory");
    assert_eq!(everything(&backend), before, "the same keys and texts");
}

#[test]
fn ticks_merge_by_id_and_unknown_ids_are_kept() {
    let (_, source) = browser(&[(
        CHECKLIST,
        r#"{"v":1,"ticked":["a","b","from-a-newer-version"]}"#,
    )]);
    let file = source.export_text("2026-11-25");
    let (backend, store) = browser(&[(CHECKLIST, r#"{"v":1,"ticked":["b","c"]}"#)]);
    let plan = store.plan_import(&file).expect("valid");
    assert_eq!(plan.changes, vec![PartChange::AddTicks(2)]);
    store.apply_import(&plan).expect("memory");
    assert_eq!(
        backend.get(CHECKLIST).expect("memory").as_deref(),
        Some(r#"{"v":1,"ticked":["b","c","a","from-a-newer-version"]}"#)
    );
    let again = store.plan_import(&file).expect("valid");
    assert_eq!(again.changes, vec![PartChange::AddTicks(0)]);
    assert!(!again.changes_anything(), "importing twice adds nothing");
}

#[test]
fn the_later_saved_state_wins_and_a_missing_date_loses_to_the_file() {
    let (_, source) = browser(&[
        (QUIZ, &quiz("2026-11-20T10:00:00.000Z", 1)),
        (RESULT, &result("2026-11-20", 12)),
    ]);
    let file = source.export_text("2026-11-25");

    // Ours is older: the file's replaces it, and the plan names our date.
    let (backend, store) = browser(&[(RESULT, &result("2026-11-02", 5))]);
    let plan = store.plan_import(&file).expect("valid");
    assert!(plan.changes.contains(&PartChange::Take {
        slot: Slot::SelfCheckResult,
        had: true,
        replaced: Some("2026-11-02".into())
    }));
    store.apply_import(&plan).expect("memory");
    assert_eq!(
        backend.get(RESULT).expect("memory"),
        Some(result("2026-11-20", 12))
    );

    // Ours is newer: it stays.
    let newer_here = quiz("2026-11-24T08:00:00.000Z", 0);
    let (backend, store) = browser(&[(QUIZ, &newer_here)]);
    let plan = store.plan_import(&file).expect("valid");
    assert!(plan.changes.contains(&PartChange::Keep(Slot::Quiz)));
    store.apply_import(&plan).expect("memory");
    assert_eq!(backend.get(QUIZ).expect("memory"), Some(newer_here));

    // Ours has no save time (saved before times were kept): the file's wins.
    let undated = r#"{"v":1,"phase":"start","order":[],"option_orders":[],"position":0,"selected":null,"answers":[]}"#;
    let (backend, store) = browser(&[(QUIZ, undated)]);
    let plan = store.plan_import(&file).expect("valid");
    assert!(plan.changes.contains(&PartChange::Take {
        slot: Slot::Quiz,
        had: true,
        replaced: None
    }));
    store.apply_import(&plan).expect("memory");
    assert_eq!(
        backend.get(QUIZ).expect("memory"),
        Some(quiz("2026-11-20T10:00:00.000Z", 1))
    );
}

#[test]
fn a_key_a_newer_version_wrote_is_left_alone_and_the_plan_says_so() {
    let (_, source) = browser(&[(CHECKLIST, r#"{"v":1,"ticked":["a"]}"#)]);
    let file = source.export_text("2026-11-25");
    let newer = r#"{"v":9,"ticked":["z"]}"#;
    let (backend, store) = browser(&[(CHECKLIST, newer)]);
    let plan = store.plan_import(&file).expect("valid");
    assert_eq!(plan.changes, vec![PartChange::ReadOnly(Slot::Checklist)]);
    store.apply_import(&plan).expect("memory");
    assert_eq!(
        backend.get(CHECKLIST).expect("memory").as_deref(),
        Some(newer)
    );
}

#[test]
fn bad_files_are_refused_each_with_its_reason_and_nothing_changes() {
    let (_, source) = browser(&[
        (CHECKLIST, r#"{"v":1,"ticked":["a"]}"#),
        (RESULT, &result("2026-11-02", 9)),
    ]);
    let good = source.export_text("2026-11-25");
    let cases: Vec<(String, ImportError)> = vec![
        (
            format!("{good}{}", " ".repeat(MAX_IMPORT_BYTES)),
            ImportError::TooLarge,
        ),
        ("hello".into(), ImportError::NotOurs),
        ("{\"a\":1}".into(), ImportError::NotOurs),
        ("[1,2]".into(), ImportError::NotOurs),
        (
            good.replace("gut-skin-axis-data", "someone-else"),
            ImportError::NotOurs,
        ),
        (good[..good.len() / 2].into(), ImportError::Malformed),
        (
            good.replace("\"version\":1", "\"version\":2"),
            ImportError::NewerFormat,
        ),
        (
            good.replace("\"version\":1", "\"version\":\"1\""),
            ImportError::Malformed,
        ),
        (
            good.replace("2026-11-25", "yesterday"),
            ImportError::Malformed,
        ),
        (
            good.replace("\"ticked\":[\"a\"]", "\"ticked\":\"a\""),
            ImportError::Malformed,
        ),
        (
            good.replace("\"checklist\":", "\"recipes\":"),
            ImportError::Malformed,
        ),
        (
            good.replace("{\"v\":2,\"score\"", "{\"v\":5,\"score\""),
            ImportError::NewerFormat,
        ),
        (
            good.replace("\"score\":9", "\"score\":\"nine\""),
            ImportError::Malformed,
        ),
    ];
    let (backend, store) = browser(&[
        (CHECKLIST, r#"{"v":1,"ticked":["b"]}"#),
        (QUIZ, &quiz("2026-11-01T00:00:00.000Z", 0)),
    ]);
    let before = everything(&backend);
    for (text, reason) in cases {
        assert_eq!(
            store.plan_import(&text).map(|_| ()),
            Err(reason),
            "{}",
            text.chars().take(120).collect::<String>()
        );
        assert_eq!(everything(&backend), before);
    }
}

#[test]
fn without_storage_there_is_nowhere_to_import_to() {
    let (_, source) = browser(&[(CHECKLIST, r#"{"v":1,"ticked":["a"]}"#)]);
    let file = source.export_text("2026-11-25");
    let store = Store::memory_only(&Namespace::none());
    assert_eq!(
        store.plan_import(&file).map(|_| ()),
        Err(ImportError::StorageUnavailable)
    );
}

#[test]
fn export_and_import_act_on_the_current_namespace_only() {
    let backend = Rc::new(MemoryBackend::new());
    backend
        .set(CHECKLIST, r#"{"v":1,"ticked":["ours"]}"#)
        .expect("memory");
    backend
        .set(
            "gut-skin-axis@site:checklist",
            r#"{"v":1,"ticked":["theirs"]}"#,
        )
        .expect("memory");
    let site = page(&backend, &Namespace::named("site").expect("valid"));
    let file = site.export_text("2026-11-25");
    assert!(
        file.contains("\"namespace\":\"site\"")
            && file.contains("theirs")
            && !file.contains("ours")
    );
    let own = page(&backend, &Namespace::none());
    own.apply_import(&own.plan_import(&file).expect("valid"))
        .expect("memory");
    assert_eq!(
        backend.get(CHECKLIST).expect("memory").as_deref(),
        Some(r#"{"v":1,"ticked":["ours","theirs"]}"#)
    );
}

proptest! {
    #[test]
    fn any_export_imports_back_to_the_same_state(
        ticks in proptest::collection::vec("[a-z0-9-]{1,12}", 0..6),
        position in 0u32..2,
        score in 0u32..15,
        day in 1u32..29,
    ) {
        let mut unique = ticks.clone();
        unique.dedup();
        let list: Vec<String> = unique.iter().map(|id| format!("\"{id}\"")).collect();
        let checklist = format!(r#"{{"v":1,"ticked":[{}]}}"#, list.join(","));
        let quiz = quiz(&format!("2026-10-{day:02}T10:00:00.000Z"), position);
        let result = result(&format!("2026-10-{day:02}"), score);
        let (backend, store) = browser(&[(CHECKLIST, &checklist), (QUIZ, &quiz), (RESULT, &result)]);
        let unique_sorted_ok = unique.len() == unique.iter().collect::<std::collections::BTreeSet<_>>().len();
        prop_assume!(unique_sorted_ok);
        let before = everything(&backend);
        let file = store.export_text("2026-11-25");
        store.forget_all();
        let plan = store.plan_import(&file).expect("our own export");
        store.apply_import(&plan).expect("memory");
        let after: Vec<_> = everything(&backend)
            .into_iter()
            // An empty checklist adds no ticks, so it is not written back.
            .chain(unique.is_empty().then(|| (CHECKLIST.to_owned(), Some(checklist.clone()))))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        prop_assert_eq!(after, before);
    }

    #[test]
    fn any_text_is_imported_validly_or_refused_without_a_write(text in ".{0,400}", wrapped in any::<bool>()) {
        let text = if wrapped {
            format!(r#"{{"format":"gut-skin-axis-data","version":1,"exported":"2026-11-25","data":{{"checklist":{text}}}}}"#)
        } else {
            text
        };
        let (backend, store) = browser(&[(CHECKLIST, r#"{"v":1,"ticked":["a"]}"#)]);
        let before = everything(&backend);
        match store.plan_import(&text) {
            Err(_) => prop_assert_eq!(everything(&backend), before),
            Ok(plan) => {
                prop_assert_eq!(everything(&backend), before.clone(), "planning writes nothing");
                store.apply_import(&plan).expect("memory");
                // Whatever was written reads back as this version's data.
                let fresh = page(&backend, &Namespace::none());
                prop_assert!(matches!(
                    fresh.read::<gut_skin_axis::model::ChecklistData>(Slot::Checklist).stored,
                    gut_skin_axis::model::Stored::Current(_)
                ));
            }
        }
    }
}
