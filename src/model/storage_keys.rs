//! Which keys the app owns: a namespace chosen by the embedding page, and one slot per part.

/// Every key the app writes starts with this prefix.
pub const KEY_PREFIX: &str = "gut-skin-axis";

/// One kind of data the app stores; each has its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    /// The tip checklist's ticks.
    Checklist,
    /// Knowledge quiz progress and result.
    Quiz,
    /// Habits self-check answers in progress.
    SelfCheck,
    /// The last habits self-check result, with its date.
    SelfCheckResult,
}

impl Slot {
    /// Every slot the app owns: "Forget my data" removes all of them.
    pub const ALL: &'static [Slot] = &[
        Slot::Checklist,
        Slot::Quiz,
        Slot::SelfCheck,
        Slot::SelfCheckResult,
    ];

    /// The last part of the slot's key.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Checklist => "checklist",
            Slot::Quiz => "quiz",
            Slot::SelfCheck => "self-check",
            Slot::SelfCheckResult => "self-check-result",
        }
    }
}

/// A storage namespace chosen by an embedding page, so that two sites' data never mix.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Namespace(Option<String>);

impl Namespace {
    /// The default namespace (the app's own page).
    pub fn none() -> Self {
        Self(None)
    }

    /// A named namespace: 1–32 characters of `a-z`, `0-9`, `-` and `_`; anything else is `None`.
    pub fn named(name: &str) -> Option<Self> {
        let valid = (1..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        valid.then(|| Self(Some(name.to_owned())))
    }

    /// The namespace's name, or `None` for the default one.
    pub fn name(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The full key of a slot, e.g. `gut-skin-axis:checklist` or `gut-skin-axis@mysite:checklist`.
    pub fn key(&self, slot: Slot) -> String {
        self.scoped(slot.name())
    }

    /// A page-level event name for this namespace, e.g. `gut-skin-axis:forgotten`.
    pub fn event_name(&self, what: &str) -> String {
        self.scoped(what)
    }

    fn scoped(&self, what: &str) -> String {
        match &self.0 {
            // '@' cannot appear in a namespace or slot name, so keys never collide.
            Some(name) => format!("{KEY_PREFIX}@{name}:{what}"),
            None => format!("{KEY_PREFIX}:{what}"),
        }
    }
}
