//! A part on a simulated page: what `use_persisted` does in the browser, step by
//! step, over any backend, so the storage rules are tested natively.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

use gut_skin_axis::model::{
    FromJson, Namespace, Persisted, PersistedAction, PersistedPart, Slot, StorageStatus, ToJson,
};
use gut_skin_axis::storage::{Backend, ImportPlan, Imported, MemoryBackend, StorageError, Store};

/// The checklist's key on our own page.
pub const CHECKLIST: &str = "gut-skin-axis:checklist";
/// The quiz's key on our own page.
pub const QUIZ: &str = "gut-skin-axis:quiz";
/// The last self-check result's key on our own page.
pub const RESULT: &str = "gut-skin-axis:self-check-result";

/// A browser whose storage holds `entries`, and our page's store over it.
pub fn browser(entries: &[(&str, &str)]) -> (Rc<MemoryBackend>, Rc<Store>) {
    let backend = Rc::new(MemoryBackend::new());
    for (key, value) in entries {
        backend.set(key, value).expect("memory");
    }
    let store = page(&backend, &Namespace::none());
    (backend, store)
}

/// Every key and value in the backend, in key order.
pub fn everything(backend: &MemoryBackend) -> Vec<(String, Option<String>)> {
    backend
        .keys()
        .into_iter()
        .map(|key| {
            let value = backend.get(&key).expect("memory");
            (key, value)
        })
        .collect()
}

/// A stored quiz in progress, saved at `at`.
pub fn quiz(at: &str, position: u32) -> String {
    format!(
        r#"{{"v":1,"phase":"asking","order":["a","b"],"option_orders":[[0,1],[1,0]],"position":{position},"selected":null,"answers":[0,null],"saved":"{at}"}}"#
    )
}

/// A stored last self-check result of `date`.
pub fn result(date: &str, score: u32) -> String {
    format!(
        r#"{{"v":2,"score":{score},"max":14,"weakest":["sleep"],"areas":[],"date":"{date}","saved":"{date}T09:00:00.000Z"}}"#
    )
}

/// One page's store over a shared backend (each tab of a browser has its own).
pub fn page(backend: &Rc<impl Backend + 'static>, namespace: &Namespace) -> Rc<Store> {
    Rc::new(Store::new(backend.clone(), namespace))
}

/// One mounted part.
pub struct Mounted<P: PersistedPart> {
    /// The page's store.
    pub store: Rc<Store>,
    /// The part's model.
    pub model: Persisted<P>,
    slot: Slot,
    content: &'static P::Content,
}

impl<P> Mounted<P>
where
    P: PersistedPart,
    P::Saved: ToJson + FromJson,
{
    /// Mounts the part: the hook's first read.
    pub fn mount(store: &Rc<Store>, slot: Slot, content: &'static P::Content) -> Self {
        let model = Persisted::new(content).reduce(PersistedAction::Loaded(store.read(slot)));
        Self {
            store: store.clone(),
            model,
            slot,
            content,
        }
    }

    /// The reader acts; the hook then saves what is pending.
    pub fn act(&mut self, action: P::Action) {
        self.apply(PersistedAction::Act(action));
        let pending = self.model.pending_save();
        if let Some(next) = self
            .store
            .save_pending::<P>(self.slot, pending, self.content)
        {
            self.apply(next);
        }
    }

    /// Another tab changed the key: the `storage` event arrives.
    pub fn storage_event(&mut self) {
        let read = self.store.read(self.slot);
        self.apply(PersistedAction::External(read));
    }

    /// "Forget my data" was pressed on this page: the page event arrives, and the part
    /// resets if its key is gone.
    pub fn forgotten_here(&mut self) {
        let generation = self.store.forgotten(self.slot);
        self.apply(PersistedAction::Forgotten(generation));
    }

    /// The part's storage status.
    pub fn status(&self) -> StorageStatus {
        self.model.status
    }

    fn apply(&mut self, action: PersistedAction<P>) {
        self.model = self.model.clone().reduce(action);
    }
}

/// A backend whose reads, writes or both fail in a chosen way.
#[derive(Default)]
pub struct FailingBackend {
    /// The store behind the failures.
    pub inner: MemoryBackend,
    /// What every read fails with, if anything.
    pub read_error: Option<StorageError>,
    /// What every write fails with, if anything.
    pub write_error: RefCell<Option<StorageError>>,
}

impl Backend for FailingBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.read_error {
            Some(error) => Err(error.clone()),
            None => self.inner.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &*self.write_error.borrow() {
            Some(error) => Err(error.clone()),
            None => self.inner.set(key, value),
        }
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match &*self.write_error.borrow() {
            Some(error) => Err(error.clone()),
            None => self.inner.remove(key),
        }
    }
}

/// The reader presses "Import" on the plan they were shown for `file`: the store plans
/// again and writes, which must happen (nothing changed in between) and succeed.
pub fn confirm(store: &Store, file: &str, shown: &ImportPlan) {
    let outcome = store.import(file, &|now| now.changes == shown.changes);
    assert!(
        matches!(&outcome, Ok(Imported::Written { refused, .. }) if refused.is_empty()),
        "written as shown: {outcome:?}"
    );
}
