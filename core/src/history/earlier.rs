//! "Your earlier checks": the kept checks, which one is open, deleting one or all (after a
//! confirmation), and what loading a file from another device did. Plain Rust beside the
//! self-check's `SelfCheck`; the view holds one `Earlier` and sends it `EarlierAction`s.

use crate::history::dates::Day;
use crate::history::transfer::{import_message, import_question, Download, FileProblem, Moved};
use crate::history::{Completed, History, Import};
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
    /// The visitor chose not to add a file's checks; nothing changed.
    NotLoaded,
    Deleted,
    DeletedAll,
    /// The history kept on this device could not be used and was set aside.
    SetAside(&'static str),
    /// What "Download everything as a file" came to.
    Downloaded(Download),
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
    /// What a file would add, asked before adding it, or that it was not added.
    Question,
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
    /// The plan written on the results of the check with these answers, at this time (ms).
    Plan(Mode, Map<Answer>, Map<String>, u64),
    Open(u64),
    Close,
    Ask(Forget),
    Cancel,
    Confirmed,
    /// A file from another device was read, on this day.
    Load(Result<Moved, FileProblem>, Day),
    /// Saving works again (the answers were just saved): a history write that failed is tried again.
    Retry,
    /// Add what the file asked about would add (`question`).
    AddFromFile,
    /// Do not add it.
    KeepAsIs,
    /// The loaded file's answers in progress were taken up (true) or not needed.
    TakenUp(bool),
    /// "Delete my answers" removed everything, the history with it.
    Cleared,
    /// What is stored now, heard from another tab or widget, or read before a write: merged in.
    Stored(History),
    /// The history was written: what is stored now (merged with what another tab wrote), or
    /// None if the browser refused the write, which the visitor is then told.
    Written(Option<History>),
    /// "Download everything as a file" was pressed: what it came to, said in place of what the
    /// last file or deletion did.
    Downloaded(Download),
    /// The answers in progress changed: a file downloaded before lacks them.
    Answered,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Earlier {
    history: History,
    opened: Option<u64>,
    confirm: Option<Forget>,
    outcome: Option<Outcome>,
    /// What the last file added, until its answers in progress have been taken up.
    loading: Option<Import>,
    /// A file that would not be added whole, and the day it was read, until the visitor chooses:
    /// what it would add is planned against the checks kept then (`question`, `AddFromFile`),
    /// which may have changed meanwhile.
    asking: Option<(Box<Moved>, Day)>,
    /// The last write of the history failed: the newest checks are in this page only.
    unsaved: bool,
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

    /// Adds a file's checks as planned; its answers in progress are then taken up.
    fn add(&mut self, moved: Moved, import: Import) -> EarlierEffect {
        self.history.import(&import);
        self.loading = Some(import);
        self.outcome = None;
        EarlierEffect::TakeUp(Box::new(moved))
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// The question asked about a file that would not be added whole, until it is answered: what
    /// it holds and what would and would not be added, asked before anything changes.
    pub fn question(&self) -> Option<String> {
        self.asking
            .as_ref()
            .map(|(moved, today)| import_question(&self.history.plan_import(&moved.checks, *today)))
    }

    /// Whether the last write failed, so the checks here are not all kept on the device.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The checks finished before `check` (all kept checks when it is not kept), in the order
    /// they were finished, whatever the clock said of their days (`changes` says so of one
    /// dated after the results). A file's checks dated after today were never added.
    pub fn before(&self, check: Option<&Completed>) -> Vec<&Completed> {
        // Where a check was finished: at its id, or just after the check it remembers.
        let place = |c: &Completed| if c.after > c.at { (c.after, 1) } else { (c.at, 0) };
        let mut before: Vec<&Completed> = Vec::new();
        for c in self.history.checks().iter().filter(|c| check.is_none_or(|k| place(c) < place(k))) {
            // Inserted in place rather than sorted: a sort costs kilobytes of download.
            let i = before.partition_point(|b| place(b) <= place(c));
            before.insert(i, c);
        }
        before
    }

    #[must_use = "the views must carry out the effects"]
    pub fn apply(&mut self, action: EarlierAction) -> Vec<EarlierEffect> {
        let before = self.history.clone();
        let effects = self.step(action, &before);
        // "Everything kept here has been downloaded" is no longer true once the checks change.
        if self.history != before && matches!(self.outcome, Some(Outcome::Downloaded(_))) {
            self.outcome = None;
        }
        effects
    }

    fn step(&mut self, action: EarlierAction, before: &History) -> Vec<EarlierEffect> {
        let written = matches!(action, EarlierAction::Written(Some(_)));
        let mut take_up = None;
        let focus = match action {
            EarlierAction::Record(check) => {
                self.history.record(check);
                None
            }
            EarlierAction::Plan(mode, answers, actions, stamp) => {
                self.history.update_plan(mode, &answers, &actions, stamp);
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
                        self.history.remove_all();
                        self.outcome = Some(Outcome::DeletedAll);
                    }
                    None => {}
                }
                if self.opened().is_none() {
                    self.opened = None;
                }
                forget.map(|_| EarlierFocus::Section)
            }
            EarlierAction::Load(Ok(moved), today) => {
                // A file chosen is the one asked about: one chosen before is no longer.
                self.asking = None;
                let import = self.history.plan_import(&moved.checks, today);
                if import.no_room + import.future + import.deleted_here > 0 {
                    // Something in the file would not be added: asked first, nothing changed yet.
                    self.outcome = None;
                    self.asking = Some((Box::new(moved), today));
                    Some(EarlierFocus::Question)
                } else {
                    take_up = Some(self.add(moved, import));
                    None
                }
            }
            EarlierAction::Retry => {
                return if self.unsaved {
                    vec![EarlierEffect::Save(self.history.clone())]
                } else {
                    Vec::new()
                };
            }
            EarlierAction::AddFromFile => {
                if let Some((moved, today)) = self.asking.take() {
                    let import = self.history.plan_import(&moved.checks, today);
                    take_up = Some(self.add(*moved, import));
                }
                None
            }
            EarlierAction::KeepAsIs => self.asking.take().map(|_| {
                self.outcome = Some(Outcome::NotLoaded);
                EarlierFocus::Question
            }),
            EarlierAction::TakenUp(taken) => {
                if let Some(merged) = self.loading.take() {
                    self.outcome = Some(Outcome::Loaded(import_message(&merged, taken)));
                }
                None
            }
            EarlierAction::Downloaded(download) => {
                self.outcome = Some(Outcome::Downloaded(download));
                None
            }
            EarlierAction::Answered => {
                if matches!(self.outcome, Some(Outcome::Downloaded(_))) {
                    self.outcome = None;
                }
                None
            }
            EarlierAction::Load(Err(problem), _) => {
                self.asking = None;
                self.outcome = Some(Outcome::Refused(problem));
                Some(EarlierFocus::Problem)
            }
            EarlierAction::Cleared => {
                // Storage and the page's copy are already gone ("Delete my answers" removed
                // them): nothing is written, since a write merges and would bring them back.
                *self = Earlier::default();
                return Vec::new();
            }
            EarlierAction::Written(None) => {
                self.unsaved = true;
                None
            }
            EarlierAction::Written(Some(stored)) | EarlierAction::Stored(stored) => {
                if written {
                    self.unsaved = false;
                }
                // Nothing to write back: what is stored already holds all it brought.
                let merged = self.history.merged(&stored);
                let write = merged != stored;
                self.history = merged;
                if self.opened().is_none() {
                    self.opened = None;
                }
                return if write { vec![EarlierEffect::Save(self.history.clone())] } else { Vec::new() };
            }
        };
        let mut effects = Vec::new();
        if self.history != *before {
            effects.push(EarlierEffect::Save(self.history.clone()));
        }
        effects.extend(take_up);
        effects.extend(focus.map(EarlierEffect::Focus));
        effects
    }
}
