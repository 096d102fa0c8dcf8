//! Waiting in in-browser tests: for a condition, never for a fixed time.

use std::time::Duration;

/// How long a condition may take before the test fails: far above any render's time, so
/// a loaded machine never fails a test, yet a condition that never holds still does.
const PATIENCE: Duration = Duration::from_secs(10);
/// How often the condition is looked at; each look yields to Yew's scheduler.
const STEP: Duration = Duration::from_millis(5);

/// Waits until `holds` is true, or fails the test naming `what` it waited for.
pub async fn until(what: &str, holds: impl Fn() -> bool) {
    let steps = PATIENCE.as_millis() / STEP.as_millis();
    for _ in 0..steps {
        if holds() {
            return;
        }
        yew::platform::time::sleep(STEP).await;
    }
    assert!(holds(), "waited {PATIENCE:?} for {what}");
}
