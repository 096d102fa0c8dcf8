//! Claims that the article and the checklist both tell, written once (`en/shared.toml`): the
//! same words, the same sources and the same caveats in both places (and the repeat costs
//! the page almost nothing once compressed).

use super::advice::{ANTIBIOTICS_AS_DIRECTED_TOLD, STRESS_HELP_TOLD};
use super::Claim;
use super::Inline;

/// A claim whose words are inline runs, as the article and the checklist render them.
type Told = Claim<&'static [Inline]>;

include!(concat!(env!("OUT_DIR"), "/words/shared.rs"));

/// Where to turn about stress, crisis lines included (claim and words in `en/advice.toml`).
pub const STRESS_TURN_TO: Told = STRESS_HELP_TOLD;

/// Take prescribed antibiotics as directed (claim and words in `en/advice.toml`).
pub const AS_DIRECTED: Told = ANTIBIOTICS_AS_DIRECTED_TOLD;
