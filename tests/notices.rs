//! The storage notices and the "Forget my data" messages: each names the part it is about,
//! only a full quota is called full, and forgetting says what was removed.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn every_storage_problem_has_a_notice_that_names_its_part() {
    use gut_skin_axis::components::status_notice;
    use gut_skin_axis::content::{CHECKLIST_WORDS, QUIZ_WORDS, SELF_CHECK_WORDS};
    use gut_skin_axis::model::StorageStatus::*;
    for words in [CHECKLIST_WORDS, QUIZ_WORDS, SELF_CHECK_WORDS] {
        assert_eq!(status_notice(Saved, words), None);
        for status in [
            MemoryOnly,
            StorageFull,
            SaveFailed,
            StartedFresh,
            ReadOnlyNewer,
        ] {
            let text = status_notice(status, words).unwrap_or_default();
            assert!(text.len() > 30, "{status:?}");
            assert!(
                text.contains(words.part) || text.contains(words.thing),
                "{status:?} does not name {}: {text}",
                words.part
            );
        }
        // Only the checklist holds ticks.
        let all: Vec<String> = [
            MemoryOnly,
            StorageFull,
            SaveFailed,
            StartedFresh,
            ReadOnlyNewer,
        ]
        .into_iter()
        .filter_map(|status| status_notice(status, words))
        .chain([words.removed_elsewhere.to_owned()])
        .collect();
        assert_eq!(
            all.iter().any(|text| text.contains(pick("tick", "marca"))),
            words.part == pick("the checklist", "la lista de hábitos"),
            "{all:?}"
        );
        assert!(words.removed_elsewhere.contains(pick(
            "removed in another tab",
            "se borraron en otra pestaña"
        )));
        assert!(words.removed_elsewhere.contains(words.part));
    }
    let fresh = status_notice(StartedFresh, CHECKLIST_WORDS).unwrap_or_default();
    assert!(fresh.contains(pick(
        "the checklist has started fresh",
        "la lista de hábitos empezó de cero"
    )));
}

#[test]
fn only_a_full_quota_is_called_full() {
    use gut_skin_axis::components::status_notice;
    use gut_skin_axis::content::{CHECKLIST_WORDS, QUIZ_WORDS, SELF_CHECK_WORDS};
    use gut_skin_axis::model::StorageStatus::*;
    for words in [CHECKLIST_WORDS, QUIZ_WORDS, SELF_CHECK_WORDS] {
        let full = status_notice(StorageFull, words).unwrap_or_default();
        assert!(
            full.contains(pick(
                "storage is full",
                "almacenamiento de este navegador está lleno"
            )),
            "{full}"
        );
        for status in [MemoryOnly, SaveFailed, StartedFresh, ReadOnlyNewer] {
            let text = status_notice(status, words).unwrap_or_default();
            let full = pick(" full", " lleno");
            assert!(!text.contains(full), "{status:?} says full: {text}");
        }
        let failed = status_notice(SaveFailed, words).unwrap_or_default();
        assert!(
            failed.contains(pick("could not be saved", "no se pudo guardar")),
            "{failed}"
        );
    }
}

#[test]
fn forget_messages_say_what_was_removed() {
    use gut_skin_axis::components::forget_message;
    use gut_skin_axis::model::{ForgetReport, Slot};
    let removed = forget_message(&ForgetReport::Removed(vec![Slot::Checklist, Slot::Quiz]));
    assert_eq!(
        removed,
        pick(
            "Removed from this device: your checklist ticks, your quiz progress.",
            "Borrado de este dispositivo: sus marcas de la lista de hábitos, su avance en el cuestionario."
        )
    );
    let nothing = pick("Nothing", "Esta página no había guardado nada");
    assert!(forget_message(&ForgetReport::Removed(vec![])).starts_with(nothing));
    let failed = pick("nothing could be removed", "no se pudo borrar nada");
    assert!(forget_message(&ForgetReport::Failed).contains(failed));
}
