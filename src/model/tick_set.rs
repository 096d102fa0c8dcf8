//! A small set of tip ids, kept as a sorted list.
//!
//! The checklist holds a dozen ids at most; a `BTreeSet<String>` did the same
//! job with several kB of tree code of its own in the wasm.

/// Tip ids, each once, in sorted order (as a `BTreeSet` would iterate them).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TickSet(Vec<String>);

impl TickSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `id`; false when it was already there.
    pub fn insert(&mut self, id: String) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Removes `id`; false when it was not there.
    pub fn remove(&mut self, id: &str) -> bool {
        match self.0.binary_search_by(|held| held.as_str().cmp(id)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether `id` is in the set.
    pub fn contains(&self, id: &str) -> bool {
        self.0
            .binary_search_by(|held| held.as_str().cmp(id))
            .is_ok()
    }

    /// True when nothing is in the set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many ids the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The ids in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

impl FromIterator<String> for TickSet {
    /// Inserts one id at a time (no sort is linked for it).
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut set = Self::new();
        for id in ids {
            set.insert(id);
        }
        set
    }
}
