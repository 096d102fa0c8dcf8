//! "Forget my data on this device": every key the app owns in one namespace is removed
//! and read back; only parts whose key is gone reset, and the report names the rest.

use super::{Backend, Store};
use crate::model::{ForgetReport, Namespace, Slot};

impl Store {
    /// Removes every key the app owns in this namespace, and makes all state read
    /// before now unable to write any removed key back. A key that could not be
    /// removed keeps its generation: the part that shows it stays as it is. A part whose
    /// work was shown but never stored (storage blocked or full) resets too, and is
    /// named with what was removed.
    pub fn forget_all(&self) -> ForgetReport {
        let report = match &self.backend {
            None => ForgetReport::Removed(Vec::new()),
            Some(backend) => remove_all(backend.as_ref(), &self.namespace),
        };
        let mut keys = self.keys.borrow_mut();
        let mut dropped = Vec::new();
        for &slot in Slot::ALL {
            if self.absent(slot) {
                let key = &mut keys[slot as usize];
                key.generation += 1;
                key.last_seen = None;
                if key.unsaved.take().is_some() {
                    dropped.push(slot);
                }
            }
        }
        match report {
            ForgetReport::Removed(removed) => ForgetReport::Removed(with(removed, &dropped)),
            ForgetReport::Partly { removed, kept } => ForgetReport::Partly {
                removed: with(removed, &dropped),
                kept,
            },
            ForgetReport::Failed => ForgetReport::Failed,
        }
    }

    /// After "Forget my data" on this page: the generation to reset `slot`'s part to,
    /// or `None` when its key is still stored (so the part keeps showing it).
    /// The removal may have been another store's on this page (a widget in another
    /// language is another wasm module): it is noted as a read notes it, so that no state
    /// from before is written back and the reset part's next save is not refused.
    pub fn forgotten(&self, slot: Slot) -> Option<u64> {
        if !self.absent(slot) {
            return None;
        }
        let _ = self.read_fields(slot);
        Some(self.generation(slot))
    }

    /// Whether `slot` is known to hold nothing (always so without storage).
    fn absent(&self, slot: Slot) -> bool {
        match &self.backend {
            None => true,
            Some(backend) => matches!(backend.get(&self.key(slot)), Ok(None)),
        }
    }
}

/// Removes each key, then checks that it is gone: a part is reported removed only then.
fn remove_all(backend: &dyn Backend, namespace: &Namespace) -> ForgetReport {
    let (mut removed, mut kept, mut reached) = (Vec::new(), Vec::new(), false);
    for slot in Slot::ALL {
        let key = namespace.key(*slot);
        match backend.get(&key) {
            Ok(None) => reached = true,
            Ok(Some(_)) => {
                reached = true;
                let _ = backend.remove(&key); // Whether it worked is read back below.
                match backend.get(&key) {
                    Ok(None) => removed.push(*slot),
                    _ => kept.push(*slot),
                }
            }
            Err(_) => kept.push(*slot),
        }
    }
    match (reached, kept.is_empty()) {
        (false, _) => ForgetReport::Failed,
        (true, true) => ForgetReport::Removed(removed),
        (true, false) => ForgetReport::Partly { removed, kept },
    }
}

/// `removed` and the slots in `dropped` it does not name, in slot order.
fn with(removed: Vec<Slot>, dropped: &[Slot]) -> Vec<Slot> {
    let named = |slot: &Slot| removed.contains(slot) || dropped.contains(slot);
    Slot::ALL.iter().copied().filter(named).collect()
}
