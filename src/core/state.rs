//! The self-check's state machine: steps, answers, the action plan, confirmations and notices.
//! Plain Rust with no DOM: the Yew component holds one `SelfCheck` and sends it `Action`s.
//!
//! Invariants, kept by `apply` whatever the order of actions:
//! - `stage` is `Results` only when every asked statement has an allowed answer;
//! - `Step(i)` always has `i < steps.len()`;
//! - answers and actions only name behaviours that are asked in this mode.

use crate::core::map::Map;
use std::rc::Rc;

use super::model::Framework;
use super::questionnaire::{allowed, find_asked, steps, Answer, Mode, Step};

/// The longest "One thing I will do" kept, in characters: enough for a short plan, and it
/// bounds what is written to storage.
pub const MAX_ACTION_CHARS: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Answers were found on this device: continue, or start again?
    Resume,
    /// The index of the current step.
    Step(usize),
    Results,
}

/// A destructive request waiting for the visitor's confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    StartAgain,
    Delete,
}

/// Whether the visitor's answers are being kept on this device. Kept apart from the notices,
/// which the visitor can dismiss: the line under the check must stay true either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    /// Saved in the browser as the visitor goes.
    On,
    /// The partner chose `persist="none"`.
    Off,
    /// The browser refuses storage (private mode, sandboxed frame, blocked by settings).
    Blocked,
    /// The last save failed (e.g. storage full); answers are in the page only.
    Failed,
}

/// What the last copy or download of the results did, for the status line. Cleared whenever
/// the visitor leaves the results, so it never describes an earlier set of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Copied,
    CopyFailed,
    Downloaded,
    DownloadFailed,
}

/// A short message shown above the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Saved answers could not be used; they were kept aside, not deleted.
    SetAside(String),
    /// This browser will not keep answers (storage blocked): they live in this page only.
    NotKept,
    /// Saving failed (e.g. storage full): answers stay in this page.
    SaveFailed,
    Deleted,
    /// Another tab or window saved different answers; they are in `resumable`, to take up.
    Elsewhere,
    /// Another tab or window deleted the saved answers (Start again or Delete there).
    DeletedElsewhere,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SelfCheck {
    pub framework: Rc<Framework>,
    pub mode: Mode,
    pub steps: Vec<Step>,
    pub stage: Stage,
    pub answers: Map<Answer>,
    /// "One thing I will do", by behaviour id.
    pub actions: Map<String>,
    /// Statements of the current step left unanswered when the visitor pressed Next, in order.
    pub unanswered: Vec<String>,
    pub confirm: Option<Confirm>,
    pub notice: Option<Notice>,
    pub saving: Saving,
    pub status: Option<Status>,
    /// Counts arrivals at the results by finishing the last step (not by resuming), so the host
    /// page is told once per completion.
    pub completions: u32,
    /// Counts confirmed clears (start again, delete), so that saved data is removed from the
    /// device only when the visitor asked, never because a fresh page has nothing to save yet.
    pub clears: u32,
    /// What was saved on this device, offered at `Stage::Resume`.
    pub resumable: Option<Progress>,
}

/// The part of the state that is kept between visits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub step: usize,
    pub finished: bool,
    pub answers: Map<Answer>,
    pub actions: Map<String>,
}

/// Where keyboard focus goes after an action, so that keyboard and screen-reader users are taken
/// to what changed (GOV.UK's pattern: the error summary, the new step's heading, the results).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    StepHeading,
    ErrorSummary,
    Results,
    /// The confirmation that a destructive request opened.
    Confirm,
    /// Back to the button that asked, when a confirmation is cancelled.
    Asker(Confirm),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Answer(String, Answer),
    Next,
    Back,
    SetAction(String, String),
    /// Continue from `resumable`.
    Resume,
    /// Ask to confirm a destructive request.
    Ask(Confirm),
    Cancel,
    Confirmed,
    Notice(Notice),
    DismissNotice,
    /// The result of the latest save: false turns saving to `Failed` and tells the visitor;
    /// true after a failure turns it back on.
    Saved(bool),
    Status(Status),
    /// Another tab or window of this browser saved this self-check (the view hears it through
    /// the `storage` event). A visitor mid-question is told and chooses, rather than having
    /// answers change under their hand or their own answers dropped unasked; if they carry on
    /// here, this page's next save wins. At the resume offer the newer answers are simply
    /// offered instead.
    Elsewhere(Progress),
    /// Another tab or window removed the saved answers. What they offered cannot be taken up
    /// any more (that would undo the deletion); a visitor with answers on this page, or at the
    /// resume offer (which goes to the first step), is told that carrying on saves them again.
    DeletedElsewhere,
}

impl SelfCheck {
    /// A fresh self-check, or one that offers to resume `saved` (already checked by `saved.rs`).
    pub fn new(framework: Rc<Framework>, mode: Mode, saved: Option<Progress>) -> Self {
        let steps = steps(&framework, mode);
        let stage = if saved.is_some() { Stage::Resume } else { Stage::Step(0) };
        SelfCheck {
            framework,
            mode,
            steps,
            stage,
            answers: Map::new(),
            actions: Map::new(),
            unanswered: Vec::new(),
            confirm: None,
            notice: None,
            saving: Saving::On,
            status: None,
            completions: 0,
            clears: 0,
            resumable: saved,
        }
    }

    /// Statements asked in this mode.
    pub fn total(&self) -> usize {
        self.steps.iter().map(|s| s.items.len()).sum()
    }

    /// The ids of the step's statements that have no answer yet, in order.
    pub fn missing_in(&self, step: usize) -> Vec<String> {
        let Some((_, behaviours)) = self.steps.get(step).and_then(|s| s.resolve(&self.framework)) else {
            return Vec::new();
        };
        // A loop rather than filter, map and collect: less code in the Wasm.
        let mut missing = Vec::new();
        for &b in &behaviours {
            if !self.answers.contains_key(&b.id) {
                missing.push(b.id.clone());
            }
        }
        missing
    }

    /// What would be saved now. Nothing worth keeping (no answers, no plan) gives None.
    pub fn progress(&self) -> Option<Progress> {
        let (step, finished) = match self.stage {
            Stage::Step(i) => (i, false),
            Stage::Results => (self.steps.len().saturating_sub(1), true),
            // Not yet taken up: what was saved is still what would be kept.
            Stage::Resume => return self.resumable.clone(),
        };
        if self.answers.is_empty() && self.actions.is_empty() {
            return None;
        }
        Some(Progress { step, finished, answers: self.answers.clone(), actions: self.actions.clone() })
    }

    /// Where focus should move now that `action` has turned `self` into `next`.
    pub fn focus_after(&self, action: &Action, next: &SelfCheck) -> Option<Focus> {
        let moved = |next: &SelfCheck| match next.stage {
            Stage::Results => Some(Focus::Results),
            Stage::Step(_) => Some(Focus::StepHeading),
            Stage::Resume => None,
        };
        match action {
            Action::Next if !next.unanswered.is_empty() => Some(Focus::ErrorSummary),
            // The dismissed notice's button is gone (or "Use those answers"): keep focus in the check.
            Action::DismissNotice | Action::Resume if self.notice.is_some() && next.notice.is_none() => {
                moved(next)
            }
            Action::Next | Action::Back | Action::Resume | Action::DeletedElsewhere
                if next.stage != self.stage =>
            {
                moved(next)
            }
            Action::Ask(_) if next.confirm.is_some() => Some(Focus::Confirm),
            Action::Cancel => self.confirm.map(Focus::Asker),
            Action::Confirmed if self.confirm.is_some() => moved(next),
            _ => None,
        }
    }

    /// The next state. Actions that make no sense in the current state change nothing.
    pub fn apply(&self, action: Action) -> SelfCheck {
        let mut next = self.clone();
        match action {
            Action::Answer(id, answer) => {
                let ok = find_asked(&self.framework, &self.steps, &id)
                    .is_some_and(|b| allowed(&self.framework, b, answer));
                // Error messages stay until the next Next, as in GOV.UK's pattern: nothing moves
                // under the visitor's hand while they answer.
                if ok && matches!(self.stage, Stage::Step(_)) {
                    next.answers.insert(id, answer);
                }
            }
            Action::Next => {
                if let Stage::Step(i) = self.stage {
                    let missing = self.missing_in(i);
                    if !missing.is_empty() {
                        next.unanswered = missing;
                    } else if i + 1 < self.steps.len() {
                        next.unanswered.clear();
                        next.stage = Stage::Step(i + 1);
                    } else {
                        // The last step: the results need every step complete. An earlier gap
                        // (from answers saved before the questions changed) is shown where it is.
                        match (0..self.steps.len()).find(|&s| !self.missing_in(s).is_empty()) {
                            Some(gap) => {
                                next.stage = Stage::Step(gap);
                                next.unanswered = self.missing_in(gap);
                            }
                            None => {
                                next.unanswered.clear();
                                next.stage = Stage::Results;
                                next.completions = self.completions + 1;
                            }
                        }
                    }
                }
            }
            Action::Back => {
                next.unanswered.clear();
                next.stage = match self.stage {
                    Stage::Step(i) => Stage::Step(i.saturating_sub(1)),
                    Stage::Results => Stage::Step(self.steps.len().saturating_sub(1)),
                    Stage::Resume => Stage::Resume,
                };
            }
            Action::SetAction(id, text) => {
                let asked_here = find_asked(&self.framework, &self.steps, &id).is_some();
                if asked_here {
                    let text: String = text.chars().take(MAX_ACTION_CHARS).collect();
                    if text.trim().is_empty() {
                        next.actions.remove(&id);
                    } else {
                        next.actions.insert(id, text);
                    }
                }
            }
            Action::Resume => {
                let offered = self.stage == Stage::Resume || self.notice == Some(Notice::Elsewhere);
                if let (true, Some(p)) = (offered, &self.resumable) {
                    next.notice = next.notice.filter(|n| *n != Notice::Elsewhere);
                    next.unanswered.clear();
                    next.answers = p.answers.clone();
                    next.actions = p.actions.clone();
                    next.resumable = None;
                    next.stage = Stage::Step(p.step.min(self.steps.len().saturating_sub(1)));
                    // Only go straight to the results if they are still complete.
                    if p.finished && next.steps.iter().enumerate().all(|(i, _)| next.missing_in(i).is_empty())
                    {
                        next.stage = Stage::Results;
                    }
                }
            }
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::Cancel => next.confirm = None,
            Action::Confirmed => {
                if let Some(confirm) = self.confirm {
                    next = SelfCheck::new(self.framework.clone(), self.mode, None);
                    next.saving = self.saving;
                    next.completions = self.completions;
                    next.clears = self.clears + 1;
                    next.notice = match confirm {
                        Confirm::Delete => Some(Notice::Deleted),
                        // Keep telling the visitor if this browser cannot keep answers.
                        Confirm::StartAgain => self.notice.clone().filter(|n| *n == Notice::NotKept),
                    };
                }
            }
            Action::Notice(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::Saved(false) if self.saving == Saving::On => {
                next.saving = Saving::Failed;
                next.notice = Some(Notice::SaveFailed);
            }
            Action::Saved(true) if self.saving == Saving::Failed => {
                next.saving = Saving::On;
                if self.notice == Some(Notice::SaveFailed) {
                    next.notice = None;
                }
            }
            Action::Saved(_) => {}
            Action::Elsewhere(p) => {
                if self.stage != Stage::Resume && (p.answers != self.answers || p.actions != self.actions) {
                    next.notice = Some(Notice::Elsewhere);
                }
                next.resumable = Some(p);
            }
            Action::DeletedElsewhere => {
                next.resumable = None;
                let resuming = self.stage == Stage::Resume;
                if resuming {
                    next.stage = Stage::Step(0);
                }
                if resuming || !self.answers.is_empty() || !self.actions.is_empty() {
                    next.notice = Some(Notice::DeletedElsewhere);
                } else if self.notice == Some(Notice::Elsewhere) {
                    next.notice = None;
                }
            }
            Action::Status(status) => {
                if self.stage == Stage::Results {
                    next.status = Some(status);
                }
            }
        }
        if next.stage != self.stage {
            next.status = None;
        }
        next
    }
}
