//! "Export my data" and "Import my data…": the reader's saved state as a file they keep,
//! and a file brought back in. The storage layer validates and plans an import; this
//! shows the plan and carries it out only when the reader confirms. The controls are the
//! hook `hooks::use_my_data`; here are the steps they show and what each button does.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{File, HtmlElement};
use yew::prelude::*;

use super::summary::today;
use crate::content::import_plan::{
    add_from_file, add_ticks, keeps_newer, left_newer_version, replace_saved, replace_saved_from,
    will_do,
};
use crate::content::ui::and_list;
use crate::content::{
    import_failed, EXPORTED, FILE_DAMAGED, FILE_NEWER, FILE_NOT_OURS, FILE_TOO_LARGE, IMPORTED,
    IMPORT_NO_STORAGE, NOTHING_NEW, NOTHING_TO_EXPORT, SAVED_CHECKLIST, SAVED_QUIZ,
    SAVED_SELF_CHECK, SAVED_SELF_CHECK_RESULT, UNREADABLE_FILE,
};
use crate::model::{day_and_month, ImportError, Namespace, PartChange, Slot};
use crate::storage::{shared_store, ImportPlan, MAX_IMPORT_BYTES};

/// What the export and import controls show.
pub enum Step {
    /// Nothing yet.
    Idle,
    /// One sentence: an outcome or a refusal.
    Said(String),
    /// A validated file's text, the sentence its plan made (what the reader confirms),
    /// whether the plan changes anything, and whether it replaced a plan that went stale.
    /// The plan is made again on "Import".
    Planned(Rc<str>, String, bool, bool),
}

/// One plain button: a single render path for all four, which keeps the wasm smaller.
pub fn button(
    label: &'static str,
    onclick: Callback<MouseEvent>,
    waiting: Option<AttrValue>,
    node_ref: NodeRef,
) -> Html {
    html! { <button type="button" ref={node_ref} {onclick} aria-disabled={waiting}>{ label }</button> }
}

/// Reads `file`, then shows its plan or why it was refused; nothing is written yet.
pub fn plan_from(file: File, namespace: Namespace, step: UseStateHandle<Step>) {
    // Refused before reading: a huge file is not read into memory at all.
    if file.size() > MAX_IMPORT_BYTES as f64 {
        step.set(Step::Said(FILE_TOO_LARGE.into()));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let Some(text) = text.ok().and_then(|text| text.as_string()) else {
            step.set(Step::Said(UNREADABLE_FILE.into()));
            return;
        };
        step.set(match shared_store(&namespace).plan_import(&text) {
            Ok(plan) => planned(text.into(), &plan, false),
            Err(error) => Step::Said(refusal(error).into()),
        });
    });
}

/// The step that shows `plan` for the file `text`; `again` when it replaces a plan that
/// went stale before "Import" (the reader is told why they are asked again).
pub fn planned(text: Rc<str>, plan: &ImportPlan, again: bool) -> Step {
    let summary = import_summary(&plan.changes);
    Step::Planned(text, summary, plan.changes_anything(), again)
}

/// Why a file was refused, in one sentence.
pub fn refusal(error: ImportError) -> &'static str {
    match error {
        ImportError::TooLarge => FILE_TOO_LARGE,
        ImportError::NotOurs => FILE_NOT_OURS,
        ImportError::Malformed => FILE_DAMAGED,
        ImportError::NewerFormat => FILE_NEWER,
        ImportError::StorageUnavailable => IMPORT_NO_STORAGE,
    }
}

/// What an import that was carried out says: done, or which of the file's parts the
/// browser would not store (those parts keep what they showed).
pub fn import_outcome(refused: &[Slot]) -> String {
    match refused {
        [] => IMPORTED.to_owned(),
        refused => {
            let names: Vec<&str> = refused.iter().map(|slot| saved_part_name(*slot)).collect();
            import_failed(and_list(&names))
        }
    }
}

/// What importing will do, e.g. "Importing this file will add 3 ticks and replace your
/// saved last self-check result from 2 November."
pub fn import_summary(changes: &[PartChange]) -> String {
    let mut does = Vec::new();
    let mut notes = String::new();
    for change in changes {
        match change {
            PartChange::AddTicks(0) => {}
            PartChange::AddTicks(count) => does.push(add_ticks(*count)),
            PartChange::Take {
                slot,
                had,
                replaced,
            } => {
                let name = saved_part_name(*slot);
                does.push(match (had, replaced) {
                    (false, _) => add_from_file(name),
                    (true, None) => replace_saved(name),
                    (true, Some(date)) => {
                        let day = day_and_month(date).unwrap_or_else(|| date.clone());
                        replace_saved_from(name, day)
                    }
                });
            }
            PartChange::Keep(slot) => notes.push_str(&keeps_newer(saved_part_name(*slot))),
            PartChange::ReadOnly(slot) => {
                notes.push_str(&left_newer_version(saved_part_name(*slot)))
            }
        }
    }
    let lead = match does.as_slice() {
        [] => NOTHING_NEW.to_owned(),
        does => will_do(and_list(
            &does.iter().map(String::as_str).collect::<Vec<_>>(),
        )),
    };
    lead + &notes
}

/// How an import plan names the part kept in `slot`.
fn saved_part_name(slot: Slot) -> &'static str {
    match slot {
        Slot::Checklist => SAVED_CHECKLIST,
        Slot::Quiz => SAVED_QUIZ,
        Slot::SelfCheck => SAVED_SELF_CHECK,
        Slot::SelfCheckResult => SAVED_SELF_CHECK_RESULT,
    }
}

/// Hands the export file to the browser as a download; the sentence to show.
pub fn export(namespace: &Namespace) -> &'static str {
    let store = shared_store(namespace);
    if !store.has_saved_data() {
        return NOTHING_TO_EXPORT;
    }
    let date = today();
    let text = store.export_text(&date);
    match download(&format!("gut-skin-axis-{date}.json"), &text) {
        Some(()) => EXPORTED,
        None => UNREADABLE_FILE,
    }
}

/// Saves `text` as a file named `name` through a temporary link holding it as a `data:`
/// address: made in the browser, nothing is uploaded. (A `data:` link needs fewer browser
/// bindings than a Blob, which keeps the JS glue within its budget.)
fn download(name: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    );
    let link: HtmlElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("download", name).ok()?;
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    Some(())
}
