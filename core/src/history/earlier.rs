//! "Your earlier checks": the kept checks, which one is open, deleting one or all (after a
//! confirmation), and what loading a file from another device did. Plain Rust beside the
//! self-check's `SelfCheck`; the view holds one `Earlier` and sends it `EarlierAction`s.

use crate::history::transfer::{merged_message, FileProblem, Moved};
use crate::history::{Completed, History, Merged};
use crate::map::Map;
use crate::self_check::questionnaire::{Answer, Mode};

/// A deletion waiting for the visitor's confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forget {
    /// The check finished at this time.
    One(u64),
    All,
}

/// What the last request did, for the status line or the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A file was loaded: what it added.
    Loaded(String),
    /// A file was refused; nothing changed.
    Refused(FileProblem),
    Deleted,
    DeletedAll,
    /// The history kept on this device could not be used and was set aside.
    SetAside(&'static str),
}

/// Where focus goes after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EarlierFocus {
    /// The opened check's heading.
    Opened,
    /// The section's heading (after closing a check, or a deletion).
    Section,
    Confirm,
    /// A refused file's error summary.
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EarlierEffect {
    /// Keep the history on the device (or in the page); an empty one is removed.
    Save(History),
    Focus(EarlierFocus),
    /// Take up a loaded file's answers in progress where there are none, then say whether any
    /// were (`EarlierAction::TakenUp`).
    TakeUp(Box<Moved>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EarlierAction {
    /// The visitor finished a check.
    Record(Completed),
    /// The plan written on the results of the check with these answers.
    Plan(Mode, Map<Answer>, Map<String>),
    Open(u64),
    Close,
    Ask(Forget),
    Cancel,
    Confirmed,
    /// A file from another device was read.
    Load(Result<Moved, FileProblem>),
    /// The loaded file's answers in progress were taken up (true) or not needed.
    TakenUp(bool),
    /// "Delete my answers" removed everything, the history with it.
    Cleared,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Earlier {
    history: History,
    opened: Option<u64>,
    confirm: Option<Forget>,
    outcome: Option<Outcome>,
    /// What the last file added, until its answers in progress have been taken up.
    loading: Option<Merged>,
}

impl Earlier {
    pub fn new(history: History, outcome: Option<Outcome>) -> Self {
        Earlier { history, outcome, ..Earlier::default() }
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// The open check, if any.
    pub fn opened(&self) -> Option<&Completed> {
        self.opened.and_then(|at| self.history.find(at))
    }

    pub fn confirm(&self) -> Option<Forget> {
        self.confirm
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// The checks finished before `check` (all kept checks when it is not kept), oldest first.
    pub fn before(&self, check: Option<&Completed>) -> Vec<&Completed> {
        let until = check.map_or(u64::MAX, |c| c.at);
        self.history.checks().iter().filter(|c| c.at < until).collect()
    }

    #[must_use = "the views must carry out the effects"]
    pub fn apply(&mut self, action: EarlierAction) -> Vec<EarlierEffect> {
        let before = self.history.clone();
        let mut take_up = None;
        let focus = match action {
            EarlierAction::Record(check) => {
                self.history.record(check);
                None
            }
            EarlierAction::Plan(mode, answers, actions) => {
                self.history.update_plan(mode, &answers, &actions);
                None
            }
            EarlierAction::Open(at) => {
                self.opened = self.history.find(at).map(|c| c.at);
                self.outcome = None;
                self.opened.map(|_| EarlierFocus::Opened)
            }
            EarlierAction::Close => self.opened.take().map(|_| EarlierFocus::Section),
            EarlierAction::Ask(forget) => {
                self.confirm = Some(forget);
                self.outcome = None;
                Some(EarlierFocus::Confirm)
            }
            EarlierAction::Cancel => self.confirm.take().map(|_| EarlierFocus::Section),
            EarlierAction::Confirmed => {
                let forget = self.confirm.take();
                match forget {
                    Some(Forget::One(at)) => {
                        self.history.remove(at);
                        self.outcome = Some(Outcome::Deleted);
                    }
                    Some(Forget::All) => {
                        self.history = History::default();
                        self.outcome = Some(Outcome::DeletedAll);
                    }
                    None => {}
                }
                if self.opened().is_none() {
                    self.opened = None;
                }
                forget.map(|_| EarlierFocus::Section)
            }
            EarlierAction::Load(Ok(moved)) => {
                self.loading = Some(self.history.merge(moved.checks.checks().to_vec()));
                take_up = Some(EarlierEffect::TakeUp(Box::new(moved)));
                None
            }
            EarlierAction::TakenUp(taken) => {
                if let Some(merged) = self.loading.take() {
                    self.outcome = Some(Outcome::Loaded(merged_message(merged, taken)));
                }
                None
            }
            EarlierAction::Load(Err(problem)) => {
                self.outcome = Some(Outcome::Refused(problem));
                Some(EarlierFocus::Problem)
            }
            EarlierAction::Cleared => {
                *self = Earlier::default();
                None
            }
        };
        let mut effects = Vec::new();
        if self.history != before {
            effects.push(EarlierEffect::Save(self.history.clone()));
        }
        effects.extend(take_up);
        effects.extend(focus.map(EarlierEffect::Focus));
        effects
    }
}
