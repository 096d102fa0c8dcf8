//! Pure logic with no browser dependency, unit-tested natively.

mod bands;
mod checklist;
mod citations;
mod date;
mod diagram_stepper;
mod embed_choices;
mod embed_options;
mod embed_snippets;
mod forget_step;
mod host_events;
mod import_plan;
mod json;
mod key_tables;
mod language;
mod last_result;
mod part_notice;
mod persisted;
mod quiz;
mod saved_json;
mod self_check;
mod self_check_areas;
mod shuffle;
mod site_languages;
mod small_sort;
mod storage_keys;
mod storage_status;
mod tick_set;

pub use bands::{HabitBand, QuizBand};
pub use checklist::{ChecklistAction, ChecklistData, ChecklistState};
pub use citations::CitationIndex;
pub use date::{days_in_month, is_leap_year, Date};
pub use diagram_stepper::{DiagramStepper, StepAction, StepView};
pub use embed_choices::{ChoiceAction, EmbedChoices, EmbedSnippets, PREVIEW_NAMESPACE};
pub use embed_options::{
    linear_channel, parse_options, Accent, EmbedOptions, OptionWarning, Part, Theme,
};
pub use embed_snippets::{embed_query, embed_title, embed_url, iframe_snippet, widget_snippet};
pub use forget_step::{ForgetAction, ForgetStep};
pub use host_events::{HostEvent, HostEventValue};
pub use import_plan::{importable, plan_part, ImportError, PartChange, SAVED_AT};
pub use json::{Fields, FromJson, Json, ToJson, MAX_EXACT_INTEGER};
pub use key_tables::{habit_keys, quiz_keys, tip_ids};
pub use language::{page_in, site_root, Language};
pub use last_result::{day_and_month, LastResult, LastResultAction, SavedResult};
pub use part_notice::PartNotice;
pub use persisted::{
    ForgetReport, Persisted, PersistedAction, PersistedPart, Removal, Snapshot, StorageStatus,
    Stored,
};
pub use quiz::{quiz_band, QuestionKey, QuizAction, QuizPhase, QuizState, SavedQuiz};
pub use self_check::{
    habit_band, HabitKey, HabitScale, SelfCheckAction, SelfCheckState, CURRENT_SCALE, OLD_SCALE,
};
pub use self_check_areas::{
    area_scores, full_date, minutes_for, split_ticked, summary_result, AreaScore, AreaStanding,
    SummaryResult, SECONDS_PER_QUESTION,
};
pub use shuffle::{is_permutation, shuffled, Rng};
pub use site_languages::{alternate_links, current_language, other_languages, relative_href};
pub use small_sort::sort_small;
pub use storage_keys::{Namespace, Slot, KEY_PREFIX};
pub use tick_set::TickSet;
