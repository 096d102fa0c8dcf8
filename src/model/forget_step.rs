//! "Forget my data" in two steps, since what it removes cannot be brought back
//! (WCAG 3.3.4 asks that deleting a reader's stored data be confirmed first): the
//! reader asks, then confirms or keeps the data.

/// Where "Forget my data" stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ForgetStep {
    /// Nothing asked: the button alone.
    #[default]
    Idle,
    /// The question is shown and waits for the reader's answer.
    Confirming,
}

/// What the reader did with "Forget my data".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForgetAction {
    /// Pressed "Forget my data".
    Ask,
    /// Answered yes: remove it.
    Confirm,
    /// Answered no: keep it.
    Cancel,
}

impl ForgetStep {
    /// The step after `action`, and whether the data is to be removed now;
    /// `anything_stored` (read when the button is pressed) says whether there is anything
    /// to lose, and matters only to `Ask`.
    pub fn next(self, action: ForgetAction, anything_stored: bool) -> (Self, bool) {
        use ForgetAction::{Ask, Cancel, Confirm};
        match (self, action) {
            // Something stored, something to lose: the reader is asked first.
            (_, Ask) if anything_stored => (Self::Confirming, false),
            // Nothing stored, nothing to lose: it runs at once and says nothing was stored.
            (_, Ask) => (Self::Idle, true),
            (Self::Confirming, Confirm) => (Self::Idle, true),
            // A late "yes" to a question no longer shown removes nothing.
            (Self::Idle, Confirm) | (_, Cancel) => (Self::Idle, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ForgetAction::*, ForgetStep::*};

    #[test]
    fn stored_data_is_removed_only_after_the_reader_confirms() {
        let (step, now) = Idle.next(Ask, true);
        assert_eq!((step, now), (Confirming, false));
        assert_eq!(step.next(Confirm, true), (Idle, true));
    }

    #[test]
    fn keeping_the_data_removes_nothing_and_a_late_yes_does_nothing() {
        assert_eq!(Confirming.next(Cancel, true), (Idle, false));
        assert_eq!(Idle.next(Confirm, true), (Idle, false));
        assert_eq!(Idle.next(Cancel, true), (Idle, false));
    }

    #[test]
    fn with_nothing_stored_there_is_no_question() {
        assert_eq!(Idle.next(Ask, false), (Idle, true));
        // Data gone meanwhile (another tab forgot it): the open question closes.
        assert_eq!(Confirming.next(Ask, false), (Idle, true));
        assert_eq!(Confirming.next(Ask, true), (Confirming, false));
    }
}
