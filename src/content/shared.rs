//! Claims that the article and the checklist both tell, written once (`en/shared.toml`): the
//! same words, the same sources and the same caveats in both places (and the repeat costs
//! the page almost nothing once compressed).

use super::advice::{ANTIBIOTICS_AS_DIRECTED, STRESS_HELP};
use super::Claim::{self, Framing};
use super::Inline::{self, Text};

/// A claim whose words are inline runs, as the article and the checklist render them.
type Told = Claim<&'static [Inline]>;

include!(concat!(env!("OUT_DIR"), "/words/shared.rs"));

/// Where to turn about stress, as framing (words in `en/advice.toml`).
pub const STRESS_TURN_TO: Told = Framing(&[Text(STRESS_HELP)]);

/// Take prescribed antibiotics as directed, as framing (words in `en/advice.toml`).
pub const AS_DIRECTED: Told = Framing(&[Text(ANTIBIOTICS_AS_DIRECTED)]);
