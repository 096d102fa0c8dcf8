//! Property tests of export and import: any export imports back to the same state,
//! and any text is imported validly or refused without a write or a panic.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use gut_skin_axis::model::{ChecklistData, Stored};
use gut_skin_axis::storage::{Namespace, Slot};
use proptest::prelude::*;
use support_rs::{browser, confirm, everything, page, quiz, result, CHECKLIST, QUIZ, RESULT};

/// Our export file with `checklist` as its checklist's envelope.
fn wrap(checklist: &str) -> String {
    format!(
        r#"{{"format":"gut-skin-axis-data","version":1,"exported":"2026-11-25","data":{{"checklist":{checklist}}}}}"#
    )
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
        confirm(&store, &file, &plan);
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
    fn any_text_is_imported_validly_or_refused_without_a_write(
        text in prop_oneof![
            // Any text at all,
            ".{0,400}",
            // our file around any text,
            ".{0,200}".prop_map(|inner| wrap(&inner)),
            // and our file around near-valid checklists (many are valid, some not).
            (0u8..4, proptest::collection::vec("\"[a-z0-9-]{0,8}\"|[0-9]|null", 0..5))
                .prop_map(|(v, ids)| wrap(&format!(r#"{{"v":{v},"ticked":[{}]}}"#, ids.join(",")))),
        ],
    ) {
        let (backend, store) = browser(&[(CHECKLIST, r#"{"v":1,"ticked":["a"]}"#)]);
        let before = everything(&backend);
        match store.plan_import(&text) {
            Err(_) => prop_assert_eq!(everything(&backend), before),
            Ok(plan) => {
                prop_assert_eq!(everything(&backend), before.clone(), "planning writes nothing");
                confirm(&store, &text, &plan);
                // Whatever was written reads back as this version's data.
                let fresh = page(&backend, &Namespace::none());
                prop_assert!(matches!(
                    fresh.read::<ChecklistData>(Slot::Checklist).stored,
                    Stored::Current(_)
                ));
            }
        }
    }
}
