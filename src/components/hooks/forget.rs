//! "Forget my data" and its question: the step the model decides, the focus moves that
//! go with it, and the sentence saying what was removed.

use yew::prelude::*;

use crate::components::persist::{focus, forget_everything};
use crate::components::storage_notice::forget_message;
use crate::model::{ForgetAction, ForgetStep, Namespace};
use crate::storage::shared_store;

/// What [`use_forget`] gives the checklist to render.
#[derive(Clone)]
pub struct ForgetFlow {
    /// Whether the question is shown.
    pub step: ForgetStep,
    /// What the last removal did, as the sentence shown; empty before one.
    pub report: String,
    /// The "Forget my data" button, where focus returns when the question closes.
    pub button: NodeRef,
    /// The question, which takes focus when it opens, so a screen reader reads it.
    pub question: NodeRef,
    /// Carries out the reader's press (only once the part is live).
    pub act: Callback<ForgetAction>,
}

/// "Forget my data" in `namespace`, asked first whenever something is stored.
#[hook]
pub fn use_forget(namespace: &Namespace, loaded: bool) -> ForgetFlow {
    let step = use_state(ForgetStep::default);
    // A `String` state shares its code with the snippet builder's.
    let report = use_state(String::new);
    let (button, question) = (use_node_ref(), use_node_ref());
    // Focus moves only after a press, never on the first render.
    let pressed = use_mut_ref(|| false);
    {
        let (button, question, pressed) = (button.clone(), question.clone(), pressed.clone());
        use_effect_with(*step, move |step| {
            if *pressed.borrow() {
                focus(match step {
                    ForgetStep::Confirming => &question,
                    ForgetStep::Idle => &button,
                });
            }
        });
    }
    let act = {
        let (step, report, namespace) = (step.clone(), report.clone(), namespace.clone());
        Callback::from(move |action: ForgetAction| {
            if !loaded {
                return;
            }
            *pressed.borrow_mut() = true;
            // Read only for "Forget my data" itself: an answer needs no storage read.
            let stored = action == ForgetAction::Ask && shared_store(&namespace).has_saved_data();
            let (next, remove) = step.next(action, stored);
            if remove {
                // Every part on this page, the checklist included, resets through its hook.
                report.set(forget_message(&forget_everything(&namespace)));
            }
            step.set(next);
        })
    };
    ForgetFlow {
        step: *step,
        report: (*report).clone(),
        button,
        question,
        act,
    }
}
