//! Two wasm modules on one page (widgets in two languages) are two stores over one
//! `localStorage`, told of each other's saves and forgets by page events: the store side
//! of tests/same_page.rs, natively. A forget done by the other store is noted as a read
//! notes it, and a store counts its own writes so that only a real write is announced.
#![cfg(not(target_arch = "wasm32"))]

mod support_rs;

use std::rc::Rc;

use gut_skin_axis::model::{ChecklistAction, ChecklistData, ChecklistState, Removal};
use gut_skin_axis::storage::{Backend, MemoryBackend, Namespace, Refused, Slot};
use support_rs::{page, Mounted};

const TIPS: &[&str] = &["fibre-30g", "sleep-7h", "fermented-food"];

#[test]
fn a_forget_in_the_other_module_resets_this_part_and_keeps_its_next_tick() {
    let backend = Rc::new(MemoryBackend::new());
    let (english, spanish) = (
        page(&backend, &Namespace::none()),
        page(&backend, &Namespace::none()),
    );
    let mut here = Mounted::<ChecklistState>::mount(&spanish, Slot::Checklist, TIPS);
    here.act(ChecklistAction::Toggle("sleep-7h".into()));
    english.forget_all();
    // The forgotten event reaches this module's part.
    here.forgotten_here();
    assert!(here.model.state.ticked.is_empty());
    assert_eq!(here.model.removed, Some(Removal::Here));
    here.act(ChecklistAction::Toggle("fibre-30g".into()));
    assert_eq!(
        backend.get("gut-skin-axis:checklist").unwrap().as_deref(),
        Some("{\"v\":1,\"ticked\":[\"fibre-30g\"]}"),
        "the new tick is kept, and nothing from before the forget"
    );
    // State read before the forget still cannot write the old tick back.
    let old = ChecklistData {
        ticked: vec!["sleep-7h".into()],
    };
    assert_eq!(
        spanish.save(Slot::Checklist, &old, here.model.generation - 1),
        Err(Refused::Stale)
    );
}

#[test]
fn a_store_counts_only_the_writes_it_made() {
    let backend = Rc::new(MemoryBackend::new());
    let (one, other) = (
        page(&backend, &Namespace::none()),
        page(&backend, &Namespace::none()),
    );
    let mut part = Mounted::<ChecklistState>::mount(&one, Slot::Checklist, TIPS);
    assert_eq!(one.writes(Slot::Checklist), 0);
    part.act(ChecklistAction::Toggle("sleep-7h".into()));
    assert_eq!(one.writes(Slot::Checklist), 1);
    assert_eq!(
        other.writes(Slot::Checklist),
        0,
        "the other store wrote nothing"
    );
    // A refused save is no write (the key was removed since the state was read).
    one.forget_all();
    let stale = ChecklistData { ticked: vec![] };
    let before = one.generation(Slot::Checklist) - 1;
    assert!(one.save(Slot::Checklist, &stale, before).is_err());
    assert_eq!(one.writes(Slot::Checklist), 1);
    assert_eq!(one.writes(Slot::Quiz), 0);
}
