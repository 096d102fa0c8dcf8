//! "Export my data" and "Import my data…": the reader's saved state as a file they keep,
//! and a file brought back in. The storage layer validates and plans an import; this
//! shows the plan and carries it out only when the reader confirms.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{File, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::persist::{focus, import_into};
use super::summary::today;
use super::waiting::waiting;
use crate::content::import_plan::{
    add_from_file, add_ticks, keeps_newer, left_newer_version, replace_saved, replace_saved_from,
    will_do,
};
use crate::content::ui::and_list;
use crate::content::{
    saved_part_name, CANCEL_IMPORT, CONFIRM_IMPORT, DROP_HINT, EXPORTED, EXPORT_BUTTON,
    FILE_DAMAGED, FILE_NEWER, FILE_NOT_OURS, FILE_TOO_LARGE, IMPORTED, IMPORT_BUTTON,
    IMPORT_FAILED, IMPORT_NO_STORAGE, IMPORT_PLAN_CHANGED, MY_DATA_INTRO, NOTHING_NEW,
    NOTHING_TO_EXPORT, UNREADABLE_FILE,
};
use crate::model::{day_and_month, Namespace};
use crate::storage::{
    shared_store, ImportError, ImportPlan, Imported, PartChange, MAX_IMPORT_BYTES,
};

/// What the export and import controls show.
enum Step {
    /// Nothing yet.
    Idle,
    /// One sentence: an outcome or a refusal.
    Said(&'static str),
    /// A validated file's text, the sentence its plan made (what the reader confirms),
    /// whether the plan changes anything, and whether it replaced a plan that went stale.
    /// The plan is made again on "Import".
    Planned(Rc<str>, String, bool, bool),
}

/// Export and import of everything kept in `namespace`, beside "Forget my data"; the
/// controls wait until the host part has `loaded`. A hook rather than a component:
/// each component type costs about 5 kB of wasm, and only the checklist shows these.
#[hook]
pub fn use_my_data(namespace: &Namespace, loaded: bool) -> Html {
    let step = use_state(|| Step::Idle);
    let file_ref = use_node_ref();
    let plan_ref = use_node_ref();
    {
        // A plan takes focus, so a screen reader reads it and Tab reaches "Import".
        let plan_ref = plan_ref.clone();
        let planned = matches!(*step, Step::Planned(..));
        use_effect_with(planned, move |planned| {
            if *planned {
                focus(&plan_ref);
            }
        });
    }
    let namespace = namespace.clone();
    let on_export = {
        let (step, namespace) = (step.clone(), namespace.clone());
        Callback::from(move |_: MouseEvent| {
            if loaded {
                step.set(Step::Said(export(&namespace)));
            }
        })
    };
    let on_pick = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let (true, Some(input)) = (loaded, file_ref.cast::<HtmlInputElement>()) {
                input.click();
            }
        })
    };
    let take = {
        let (step, namespace) = (step.clone(), namespace.clone());
        Callback::from(move |file: File| plan_from(file, namespace.clone(), step.clone()))
    };
    let on_file = {
        let take = take.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                take.emit(file);
            }
            input.set_value(""); // So that picking the same file again is seen.
        })
    };
    let on_drag_over = Callback::from(move |event: DragEvent| {
        if loaded {
            event.prevent_default(); // Lets the file be dropped here.
        }
    });
    let on_drop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        let file = event.data_transfer().and_then(|data| data.files()?.get(0));
        if let (true, Some(file)) = (loaded, file) {
            take.emit(file);
        }
    });
    let on_confirm = {
        let (step, namespace) = (step.clone(), namespace.clone());
        Callback::from(move |_: MouseEvent| {
            if let Step::Planned(text, shown, ..) = &*step {
                // Planned again and written in this one step, if the reader would see the
                // sentence they confirmed; otherwise the new one is shown to confirm again.
                let same = |plan: &ImportPlan| import_summary(&plan.changes) == *shown;
                step.set(match import_into(&namespace, text, &same) {
                    Ok(Imported::Written(Ok(()))) => Step::Said(IMPORTED),
                    Ok(Imported::Written(Err(_))) => Step::Said(IMPORT_FAILED),
                    Ok(Imported::Changed(plan)) => planned(text.clone(), &plan, true),
                    Err(error) => Step::Said(refusal(error)),
                });
            }
        })
    };
    let on_cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Idle))
    };
    let (text, plan) = match &*step {
        Step::Idle => ("", None),
        Step::Said(text) => (*text, None),
        Step::Planned(_, summary, changes, again) => (summary.as_str(), Some((*changes, *again))),
    };
    html! {
        <div class="my-data" ondragover={on_drag_over} ondrop={on_drop}>
            <p>{ MY_DATA_INTRO }<span class="drop-hint">{ " " }{ DROP_HINT }</span></p>
            { button(EXPORT_BUTTON, on_export, waiting(loaded)) }
            { button(IMPORT_BUTTON, on_pick, waiting(loaded)) }
            <input type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1"
                aria-hidden="true" ref={file_ref} onchange={on_file} />
            <div class="my-data-status" role="status">
                // One line for every outcome; a plan takes focus here (see above).
                <p tabindex="-1" ref={plan_ref}>
                    if let Some((_, true)) = plan { { IMPORT_PLAN_CHANGED }{ " " } }
                    { text.to_owned() }
                </p>
                if let Some((changes, _)) = plan {
                    if changes {
                        { button(CONFIRM_IMPORT, on_confirm, None) }
                    }
                    { button(CANCEL_IMPORT, on_cancel, None) }
                }
            </div>
        </div>
    }
}

/// One plain button: a single render path for all four, which keeps the wasm smaller.
fn button(label: &'static str, onclick: Callback<MouseEvent>, waiting: Option<AttrValue>) -> Html {
    html! { <button type="button" {onclick} aria-disabled={waiting}>{ label }</button> }
}

/// Reads `file`, then shows its plan or why it was refused; nothing is written yet.
fn plan_from(file: File, namespace: Namespace, step: UseStateHandle<Step>) {
    // Refused before reading: a huge file is not read into memory at all.
    if file.size() > MAX_IMPORT_BYTES as f64 {
        step.set(Step::Said(FILE_TOO_LARGE));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let Some(text) = text.ok().and_then(|text| text.as_string()) else {
            step.set(Step::Said(UNREADABLE_FILE));
            return;
        };
        step.set(match shared_store(&namespace).plan_import(&text) {
            Ok(plan) => planned(text.into(), &plan, false),
            Err(error) => Step::Said(refusal(error)),
        });
    });
}

/// The step that shows `plan` for the file `text`; `again` when it replaces a plan that
/// went stale before "Import" (the reader is told why they are asked again).
fn planned(text: Rc<str>, plan: &ImportPlan, again: bool) -> Step {
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
                let name = saved_part_name(slot.name());
                does.push(match (had, replaced) {
                    (false, _) => add_from_file(name),
                    (true, None) => replace_saved(name),
                    (true, Some(date)) => {
                        let day = day_and_month(date).unwrap_or_else(|| date.clone());
                        replace_saved_from(name, day)
                    }
                });
            }
            PartChange::Keep(slot) => notes.push_str(&keeps_newer(saved_part_name(slot.name()))),
            PartChange::ReadOnly(slot) => {
                notes.push_str(&left_newer_version(saved_part_name(slot.name())))
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

/// Hands the export file to the browser as a download; the sentence to show.
fn export(namespace: &Namespace) -> &'static str {
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
