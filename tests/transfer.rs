//! "Export my data" and "Import": files round-trip, bad files are refused whole without
//! a write, ticks merge by id, and the later of two saved states wins. (Property
//! tests: `transfer_props.rs`.)
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{ImportError, PartChange};
use gut_skin_axis::storage::{Backend, MemoryBackend, Namespace, Slot, Store, MAX_IMPORT_BYTES};
use support_rs::{browser, confirm, everything, page, quiz, result, CHECKLIST, QUIZ, RESULT};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

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
    confirm(&store, &file, &plan);
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
    confirm(&store, &file, &plan);
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
    confirm(&store, &file, &plan);
    assert_eq!(
        backend.get(RESULT).expect("memory"),
        Some(result("2026-11-20", 12))
    );

    // Ours is newer: it stays.
    let newer_here = quiz("2026-11-24T08:00:00.000Z", 0);
    let (backend, store) = browser(&[(QUIZ, &newer_here)]);
    let plan = store.plan_import(&file).expect("valid");
    assert!(plan.changes.contains(&PartChange::Keep(Slot::Quiz)));
    confirm(&store, &file, &plan);
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
    confirm(&store, &file, &plan);
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
    confirm(&store, &file, &plan);
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
    confirm(&own, &file, &own.plan_import(&file).expect("valid"));
    assert_eq!(
        backend.get(CHECKLIST).expect("memory").as_deref(),
        Some(r#"{"v":1,"ticked":["ours","theirs"]}"#)
    );
}

#[test]
fn the_plan_reads_as_plain_sentences() {
    use gut_skin_axis::components::{import_summary, refusal};
    let result_from = |date: &str| PartChange::Take {
        slot: Slot::SelfCheckResult,
        had: true,
        replaced: Some(date.into()),
    };
    assert_eq!(
        import_summary(&[PartChange::AddTicks(3), result_from("2026-11-02")]),
        pick(
            "Importing this file will add 3 ticks and replace your saved last self-check result from 2 November.",
            "Importar este archivo va a añadir 3 marcas y sustituir lo que tiene guardado (último resultado de la autoevaluación) del 2 de noviembre."
        )
    );
    assert_eq!(
        import_summary(&[
            PartChange::AddTicks(1),
            PartChange::Take { slot: Slot::Quiz, had: false, replaced: None },
            PartChange::Take { slot: Slot::SelfCheck, had: true, replaced: None },
            PartChange::ReadOnly(Slot::SelfCheckResult),
        ]),
        pick(
            "Importing this file will add 1 tick, add the file's quiz progress and replace your saved self-check answers. A newer version of this page saved your last self-check result, so that is left as it is.",
            "Importar este archivo va a añadir 1 marca, añadir lo que trae el archivo (avance en el cuestionario) y sustituir lo que tiene guardado (respuestas de la autoevaluación). Lo que tiene guardado (último resultado de la autoevaluación) lo guardó una versión más reciente de esta página, así que se deja como está."
        )
    );
    assert_eq!(
        import_summary(&[PartChange::AddTicks(0), PartChange::Keep(Slot::Quiz)]),
        pick(
            "This file holds nothing that is not already here, so importing it would change nothing. What is saved here for your quiz progress is as new as the file's or newer, so that stays.",
            "Este archivo no tiene nada que no esté ya aquí, así que importarlo no cambiaría nada. Lo que tiene guardado (avance en el cuestionario) es igual de reciente que lo del archivo, o más, así que se mantiene."
        )
    );
    for reason in [
        ImportError::TooLarge,
        ImportError::NotOurs,
        ImportError::Malformed,
        ImportError::NewerFormat,
        ImportError::StorageUnavailable,
    ] {
        assert!(
            refusal(reason).ends_with(pick("Nothing was changed.", "No se cambió nada.")),
            "{reason:?}"
        );
    }
}
