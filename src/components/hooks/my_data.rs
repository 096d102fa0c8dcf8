//! The export and import controls, as a hook the checklist renders (see
//! `components::my_data` for the steps they show and what each button does).

use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::components::my_data::{
    button, export, import_outcome, import_summary, plan_from, planned, refusal, Step,
};
use crate::components::persist::{focus, import_into};
use crate::components::waiting::waiting;
use crate::content::{
    CANCEL_IMPORT, CONFIRM_IMPORT, DROP_HINT, EXPORT_BUTTON, IMPORT_BUTTON, IMPORT_PLAN_CHANGED,
    MY_DATA_INTRO,
};
use crate::model::Namespace;
use crate::storage::{ImportPlan, Imported};

/// Export and import of everything kept in `namespace`, beside "Forget my data"; the
/// controls wait until the host part has `loaded`. A hook rather than a component:
/// each component type costs about 5 kB of wasm, and only the checklist shows these.
#[hook]
pub fn use_my_data(namespace: &Namespace, loaded: bool) -> Html {
    let step = use_state(|| Step::Idle);
    let file_ref = use_node_ref();
    let plan_ref = use_node_ref();
    let import_ref = use_node_ref();
    let was_planned = use_mut_ref(|| false);
    {
        // A plan takes focus, so a screen reader reads it and Tab reaches "Import". Its
        // buttons go with it: after "Import" focus stays on the line that says what
        // happened, after "Cancel" it returns to the Import button, never to the body.
        let (plan_ref, import_ref) = (plan_ref.clone(), import_ref.clone());
        let shown = match *step {
            Step::Idle => 0u8,
            Step::Said(_) => 1,
            Step::Planned(..) => 2,
        };
        use_effect_with(shown, move |shown| {
            let left_plan = was_planned.replace(*shown == 2) && *shown != 2;
            match (shown, left_plan) {
                (2, _) | (1, true) => focus(&plan_ref),
                (0, true) => focus(&import_ref),
                _ => {}
            }
        });
    }
    let namespace = namespace.clone();
    let on_export = {
        let (step, namespace) = (step.clone(), namespace.clone());
        Callback::from(move |_: MouseEvent| {
            if loaded {
                step.set(Step::Said(export(&namespace).into()));
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
                    Ok(Imported::Written { refused, .. }) => Step::Said(import_outcome(&refused)),
                    Ok(Imported::Changed(plan)) => planned(text.clone(), &plan, true),
                    Err(error) => Step::Said(refusal(error).into()),
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
        Step::Said(text) => (text.as_str(), None),
        Step::Planned(_, summary, changes, again) => (summary.as_str(), Some((*changes, *again))),
    };
    html! {
        <div class="my-data" ondragover={on_drag_over} ondrop={on_drop}>
            <p>{ MY_DATA_INTRO }<span class="drop-hint">{ " " }{ DROP_HINT }</span></p>
            { button(EXPORT_BUTTON, on_export, waiting(loaded), NodeRef::default()) }
            { button(IMPORT_BUTTON, on_pick, waiting(loaded), import_ref) }
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
                        { button(CONFIRM_IMPORT, on_confirm, None, NodeRef::default()) }
                    }
                    { button(CANCEL_IMPORT, on_cancel, None, NodeRef::default()) }
                }
            </div>
        </div>
    }
}
