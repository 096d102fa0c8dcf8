//! Advice the page gives, written once and used wherever it appears (`en/advice.toml`):
//! each entry's words, and the claim over them (advice with its sources, or framing).

use super::{Claim, Inline};

include!(concat!(env!("OUT_DIR"), "/words/advice.rs"));
