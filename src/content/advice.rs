//! Advice the page gives in its own voice (framing, with no source), written once and used
//! wherever it appears, so every place says the same.

/// Beside any mention of stress: where to turn, including the crisis route.
pub const STRESS_HELP: &str = "If stress or low mood affects your daily life, talk to a GP, your family doctor. If you might harm yourself, call your local emergency number now, or Samaritans on 116 123 (UK) or 988 (US).";

/// Beside any mention of antibiotics and gut bacteria.
pub const ANTIBIOTICS_AS_DIRECTED: &str = "If you are prescribed antibiotics, take them as directed and do not stop early without advice.";
