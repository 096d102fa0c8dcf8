//! How each stored type reads and writes its fields (see [`super::json`]).
//!
//! Field names and order are the stored format: keep them, and add a migration
//! (in `storage::migrations`) for any change.

use super::json::{Fields, FromJson, Json, ToJson};
use super::{ChecklistData, QuizPhase, SavedQuiz, SavedResult, SelfCheckState};

impl FromJson for QuizPhase {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::String(name) => match name.as_str() {
                "start" => Some(Self::Start),
                "asking" => Some(Self::Asking),
                "checked" => Some(Self::Checked),
                "finished" => Some(Self::Finished),
                _ => None,
            },
            _ => None,
        }
    }
}

impl ToJson for QuizPhase {
    fn to_json(&self) -> Json {
        let name = match self {
            Self::Start => "start",
            Self::Asking => "asking",
            Self::Checked => "checked",
            Self::Finished => "finished",
        };
        Json::String(name.to_owned())
    }
}

impl FromJson for SavedQuiz {
    fn from_json(json: &Json) -> Option<Self> {
        let fields = json.as_object()?;
        Some(Self {
            phase: fields.read("phase")?,
            order: fields.read("order")?,
            option_orders: fields.read("option_orders")?,
            position: fields.read("position")?,
            selected: fields.read("selected")?,
            answers: fields.read("answers")?,
        })
    }
}

impl ToJson for SavedQuiz {
    fn to_json(&self) -> Json {
        Json::Object(
            Fields::new()
                .with("phase", &self.phase)
                .with("order", &self.order)
                .with("option_orders", &self.option_orders)
                .with("position", &self.position)
                .with("selected", &self.selected)
                .with("answers", &self.answers),
        )
    }
}

impl FromJson for SelfCheckState {
    fn from_json(json: &Json) -> Option<Self> {
        let fields = json.as_object()?;
        Some(Self {
            answers: fields.read("answers")?,
            submitted: fields.read("submitted")?,
            // Never stored: a reminder to answer every question lasts one visit.
            incomplete: false,
        })
    }
}

impl ToJson for SelfCheckState {
    fn to_json(&self) -> Json {
        Json::Object(
            Fields::new()
                .with("answers", &self.answers)
                .with("submitted", &self.submitted),
        )
    }
}

impl FromJson for SavedResult {
    fn from_json(json: &Json) -> Option<Self> {
        let fields = json.as_object()?;
        Some(Self {
            score: fields.read("score")?,
            max: fields.read("max")?,
            weakest: fields.read("weakest")?,
            areas: fields.read("areas")?,
            date: fields.read("date")?,
        })
    }
}

impl ToJson for SavedResult {
    fn to_json(&self) -> Json {
        Json::Object(
            Fields::new()
                .with("score", &self.score)
                .with("max", &self.max)
                .with("weakest", &self.weakest)
                .with("areas", &self.areas)
                .with("date", &self.date),
        )
    }
}

impl FromJson for ChecklistData {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Self {
            ticked: json.as_object()?.read("ticked")?,
        })
    }
}

impl ToJson for ChecklistData {
    fn to_json(&self) -> Json {
        Json::Object(Fields::new().with("ticked", &self.ticked))
    }
}
