//! The generic persisted-part model on its own: what is saved, when, and what the
//! reader is told, whatever the part.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{
    ChecklistAction, ChecklistData, ChecklistState, PartNotice, Persisted, PersistedAction,
    Removal, Snapshot, StorageStatus, Stored,
};

type Model = Persisted<ChecklistState>;

fn read(stored: Stored<ChecklistData>, generation: u64) -> Snapshot<ChecklistData> {
    Snapshot { stored, generation }
}

fn ticked(ids: &[&str]) -> Stored<ChecklistData> {
    Stored::Current(ChecklistData {
        ticked: ids.iter().map(|id| id.to_string()).collect(),
    })
}

fn loaded(stored: Stored<ChecklistData>) -> Model {
    Model::new(&[]).reduce(PersistedAction::Loaded(read(stored, 0)))
}

fn act(model: Model, action: ChecklistAction) -> Model {
    model.reduce(PersistedAction::Act(action))
}

#[test]
fn nothing_is_saved_before_loading_or_without_a_change() {
    let unloaded = act(Model::new(&[]), ChecklistAction::Toggle("a".into()));
    assert_eq!(unloaded.pending_save(), None, "not loaded yet");
    let model = loaded(ticked(&["a"]));
    assert_eq!(model.pending_save(), None, "a load is not a change");
    let model = act(model, ChecklistAction::UndoExpired);
    assert_eq!(model.revision, 0, "no change to what is stored");
    let model = act(model, ChecklistAction::Toggle("b".into()));
    assert_eq!(model.revision, 1);
    let (saved, generation) = model.pending_save().expect("a change to save");
    assert_eq!(
        (saved.ticked, generation),
        (vec!["a".into(), "b".into()], 0)
    );
}

#[test]
fn newer_data_is_never_saved_and_memory_only_is_only_kept_for_export_and_both_stay_so() {
    for (stored, status) in [
        (Stored::Unavailable, StorageStatus::MemoryOnly),
        (Stored::Newer(None), StorageStatus::ReadOnlyNewer),
    ] {
        let model = act(loaded(stored), ChecklistAction::Toggle("a".into()));
        // In memory only the store is told, to keep the text for an export (it has no
        // storage to write to: tests/unsaved_work.rs); newer data is never written over.
        let told = model.pending_save().map(|(saved, _)| saved.ticked);
        let expected = (status == StorageStatus::MemoryOnly).then(|| vec!["a".to_owned()]);
        assert_eq!(told, expected);
        let model = model
            .reduce(PersistedAction::SaveResult(StorageStatus::Saved))
            .reduce(PersistedAction::External(read(ticked(&["c"]), 0)));
        assert_eq!(model.status, status, "only a reload lifts it");
        assert!(model.state.is_ticked("c"), "another tab's data still shows");
    }
}

#[test]
fn a_failed_save_shows_and_a_later_success_clears_it() {
    let model = act(loaded(Stored::Absent), ChecklistAction::Toggle("a".into()))
        .reduce(PersistedAction::SaveResult(StorageStatus::StorageFull));
    assert_eq!(model.status, StorageStatus::StorageFull);
    let model = act(model, ChecklistAction::Toggle("b".into()));
    assert!(
        model.pending_save().is_some(),
        "keep trying: space may free up"
    );
    let model = model.reduce(PersistedAction::SaveResult(StorageStatus::Saved));
    assert_eq!(model.status, StorageStatus::Saved);
}

#[test]
fn another_tabs_change_is_shown_without_a_save() {
    let model = act(loaded(ticked(&["a"])), ChecklistAction::ClearAll);
    let revision = model.revision;
    let model = model.reduce(PersistedAction::External(read(ticked(&["c"]), 0)));
    assert!(model.state.is_ticked("c") && model.state.undo.is_none());
    assert_eq!((model.revision, model.removed), (revision, None));
}

#[test]
fn a_removal_resets_with_a_notice_until_the_reader_acts_and_moves_the_generation() {
    let model = act(loaded(ticked(&["a"])), ChecklistAction::Toggle("b".into()));
    let model = model.reduce(PersistedAction::External(read(Stored::Absent, 3)));
    assert!(model.state.ticked.is_empty());
    assert_eq!(model.removed, Some(Removal::Elsewhere));
    assert_eq!(model.generation, 3);
    let model = act(model, ChecklistAction::Toggle("c".into()));
    assert_eq!(model.removed, None);
    assert_eq!(
        model.pending_save().map(|(_, generation)| generation),
        Some(3)
    );

    let here = model.reduce(PersistedAction::Forgotten(Some(4)));
    assert!(here.state.ticked.is_empty());
    assert_eq!((here.removed, here.generation), (Some(Removal::Here), 4));
}

#[test]
fn unreadable_data_starts_fresh_and_forgetting_it_clears_the_notice() {
    let model = loaded(Stored::Unreadable);
    assert_eq!(model.status, StorageStatus::StartedFresh);
    assert!(
        model.can_save(),
        "the next change replaces the unreadable data"
    );
    let model = model.reduce(PersistedAction::Forgotten(Some(1)));
    assert_eq!(model.status, StorageStatus::Saved);
}

#[test]
fn nothing_the_reader_does_counts_before_the_saved_state_is_read() {
    let early = act(Model::new(&[]), ChecklistAction::Toggle("a".into()));
    assert!(
        !early.state.is_ticked("a"),
        "an act before loading is ignored"
    );
    assert_eq!(early.revision, 0);
    let model = early.reduce(PersistedAction::Loaded(read(ticked(&["b"]), 0)));
    assert!(model.state.is_ticked("b") && !model.state.is_ticked("a"));
    assert_eq!(
        model.pending_save(),
        None,
        "and nothing is saved over what was there"
    );
}

#[test]
fn the_notice_puts_a_removal_elsewhere_before_the_storage_status() {
    assert_eq!(loaded(ticked(&["a"])).notice(), None, "all is well");
    let memory = loaded(Stored::Unavailable);
    assert_eq!(
        memory.notice(),
        Some(PartNotice::Status(StorageStatus::MemoryOnly))
    );
    let removed = memory.reduce(PersistedAction::External(read(Stored::Absent, 1)));
    assert_eq!(removed.notice(), Some(PartNotice::RemovedElsewhere));
    let acted = act(removed, ChecklistAction::Toggle("b".into()));
    assert_eq!(
        acted.notice(),
        Some(PartNotice::Status(StorageStatus::MemoryOnly)),
        "once the reader acts, the status shows again"
    );
}

#[test]
fn a_read_that_finds_nothing_and_no_removal_keeps_unsaved_work() {
    // Ticks the browser would not save, then the key is read again (an import elsewhere
    // on the page, another tab clearing other data): nothing is stored, and the generation
    // has not moved, so nothing this part showed was removed.
    let full = act(loaded(Stored::Absent), ChecklistAction::Toggle("a".into()))
        .reduce(PersistedAction::SaveResult(StorageStatus::StorageFull));
    let memory = act(
        loaded(Stored::Unavailable),
        ChecklistAction::Toggle("a".into()),
    );
    for (model, stored) in [(&full, Stored::Absent), (&memory, Stored::Unavailable)] {
        let after = model
            .clone()
            .reduce(PersistedAction::External(read(stored, 0)));
        assert!(after.state.is_ticked("a"), "the unsaved tick stays");
        assert_eq!(
            after.notice(),
            model.notice(),
            "no removal elsewhere is claimed"
        );
        assert_eq!(after.pending_save(), model.pending_save());
    }
    // A moved generation is a removal the store saw: the part resets and says so.
    let removed = full.reduce(PersistedAction::External(read(Stored::Absent, 1)));
    assert!(removed.state.ticked.is_empty());
    assert_eq!(removed.notice(), Some(PartNotice::RemovedElsewhere));
}

#[test]
fn a_forget_the_browser_refused_keeps_the_part_and_still_reports_until_the_reader_acts() {
    let model = loaded(ticked(&["a"]));
    assert!(!model.forget_pressed());
    let kept = model.reduce(PersistedAction::Forgotten(None));
    assert!(kept.state.is_ticked("a"), "still stored, still shown");
    assert_eq!((kept.generation, kept.revision), (0, 0));
    assert_eq!(
        kept.notice(),
        None,
        "the forget report names it, not a notice"
    );
    assert!(kept.forget_pressed(), "so the report shows");
    let reset = loaded(ticked(&["a"])).reduce(PersistedAction::Forgotten(Some(1)));
    assert!(reset.state.ticked.is_empty() && reset.forget_pressed());
    for model in [kept, reset] {
        let acted = act(model, ChecklistAction::Toggle("b".into()));
        assert!(
            !acted.forget_pressed(),
            "the report goes once the reader acts"
        );
    }
}
