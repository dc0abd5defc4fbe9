//! The self-check's state machine: steps, answers, the action plan, confirmations and notices.
//! Plain Rust with no DOM: the Yew component holds one `SelfCheck` and sends it `Action`s.
//!
//! Invariants, kept by `apply` whatever the order of actions:
//! - `stage` is `Summary` or `Results` only when every asked statement has an allowed answer;
//! - `Step(i)` always has `i < steps.len()`;
//! - `changing` names a statement of the current step, and only at a step;
//! - answers and actions only name behaviours that are asked in this mode.

use crate::map::Map;
use std::rc::Rc;

use crate::framework::model::Framework;
use crate::self_check::questionnaire::{allowed, find_asked, steps, Answer, Mode, Step};

/// The longest "One thing I will do" kept, in characters: enough for a short plan, and it
/// bounds what is written to storage.
pub const MAX_ACTION_CHARS: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Answers were found on this device: continue, or start again?
    Resume,
    /// The index of the current step.
    Step(usize),
    /// "Check your answers": every answer, theme by theme, before the results.
    Summary,
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
    /// The print dialog did not open (a sandbox without allow-modals, a browser setting).
    PrintFailed,
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
    /// The browser refused to remove the saved answers (Delete or Start again).
    NotDeleted,
    /// Another tab or window saved different answers; they are in `resumable`, to take up.
    Elsewhere,
    /// Another tab or window deleted the saved answers (Start again or Delete there).
    DeletedElsewhere,
}

/// The self-check's state. Its fields are private so that only `apply` changes them, which is
/// what keeps the invariants above.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfCheck {
    framework: Rc<Framework>,
    mode: Mode,
    steps: Vec<Step>,
    stage: Stage,
    answers: Map<Answer>,
    /// "One thing I will do", by behaviour id.
    actions: Map<String>,
    /// Statements of the current step left unanswered when the visitor pressed Next, in order.
    unanswered: Vec<String>,
    confirm: Option<Confirm>,
    notice: Option<Notice>,
    saving: Saving,
    status: Option<Status>,
    /// What was saved on this device, offered at `Stage::Resume`.
    resumable: Option<Progress>,
    /// The statement whose "Change" the visitor chose on the summary: its step returns there.
    changing: Option<String>,
}

/// What the view found on the device when the self-check started (see `SelfCheck::restored`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub saving: Saving,
    /// Progress saved on this device, already checked against the framework by `saved.rs`.
    pub progress: Option<Progress>,
    /// What to tell the visitor at once (saved answers set aside, storage blocked).
    pub notice: Option<Notice>,
}

/// What the views must do after an action, besides showing the new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Move keyboard focus to what changed.
    Focus(Focus),
    /// Keep this progress on the device.
    Save(Progress),
    /// Remove this mode's saved progress: the visitor started again.
    Remove,
    /// Remove everything saved for this framework, in both modes: the visitor deleted it.
    RemoveAll,
    /// The visitor has just finished (not resumed onto their results): tell the host page.
    Completed,
}

/// The part of the state that is kept between visits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub step: usize,
    pub finished: bool,
    /// At "Check your answers" (then `step` is the last step, for releases that do not know it).
    pub summary: bool,
    pub answers: Map<Answer>,
    pub actions: Map<String>,
}

/// Where keyboard focus goes after an action, so that keyboard and screen-reader users are taken
/// to what changed (GOV.UK's pattern: the error summary, the new step's heading, the results).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    StepHeading,
    ErrorSummary,
    /// The summary's heading.
    Summary,
    /// The statement's chosen radio, when the visitor chose to change it.
    Statement(String),
    /// The statement's "Change" button on the summary, back from changing it.
    ChangeLink(String),
    Results,
    /// The confirmation that a destructive request opened.
    Confirm,
    /// Back to the button that asked, when a confirmation is cancelled.
    Asker(Confirm),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Answer(String, Answer),
    /// Move on: from a step to the next one, from the last step to the summary, from the summary
    /// (the visitor confirming their answers) to the results.
    Next,
    Back,
    /// "Change" on the summary: go to this statement's step, which then returns to the summary.
    Change(String),
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
    /// A fresh self-check at its first step, saving as the visitor goes.
    pub fn new(framework: Rc<Framework>, mode: Mode) -> Self {
        let steps = steps(&framework, mode);
        SelfCheck {
            framework,
            mode,
            steps,
            stage: Stage::Step(0),
            answers: Map::new(),
            actions: Map::new(),
            unanswered: Vec::new(),
            confirm: None,
            notice: None,
            saving: Saving::On,
            status: None,
            resumable: None,
            changing: None,
        }
    }

    /// A self-check as the view finds it on the device: offering to resume saved progress if
    /// there is any, with the notice and the saving state that go with what was found.
    pub fn restored(framework: Rc<Framework>, mode: Mode, found: Restored) -> Self {
        let stage = if found.progress.is_some() { Stage::Resume } else { Stage::Step(0) };
        SelfCheck {
            stage,
            saving: found.saving,
            notice: found.notice,
            resumable: found.progress,
            ..SelfCheck::new(framework, mode)
        }
    }

    /// A self-check mounted again in this page (another view, mode or persistence, or another
    /// widget of the same check): the answers the page holds, `in_page`, are taken up at the
    /// same place without asking, ahead of the device's copy, which is never newer. Without
    /// them, as `restored`.
    pub fn handed_over(
        framework: Rc<Framework>,
        mode: Mode,
        found: Restored,
        in_page: Option<Progress>,
    ) -> Self {
        let Some(progress) = in_page else { return SelfCheck::restored(framework, mode, found) };
        SelfCheck::restored(framework, mode, Restored { progress: Some(progress), ..found })
            .changed(Action::Resume)
    }

    pub fn framework(&self) -> &Rc<Framework> {
        &self.framework
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    pub fn answers(&self) -> &Map<Answer> {
        &self.answers
    }

    /// "One thing I will do", by behaviour id.
    pub fn actions(&self) -> &Map<String> {
        &self.actions
    }

    /// Statements of the current step left unanswered when the visitor pressed Next, in order.
    pub fn unanswered(&self) -> &[String] {
        &self.unanswered
    }

    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn saving(&self) -> Saving {
        self.saving
    }

    pub fn status(&self) -> Option<Status> {
        self.status
    }

    /// The statement being changed from the summary, whose step returns there.
    pub fn changing(&self) -> Option<&str> {
        self.changing.as_deref()
    }

    /// What was saved on this device, offered at `Stage::Resume` or by a notice.
    pub fn resumable(&self) -> Option<&Progress> {
        self.resumable.as_ref()
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
        behaviours.iter().filter(|b| !self.answers.contains_key(&b.id)).map(|b| b.id.clone()).collect()
    }

    /// What would be saved now. Nothing worth keeping (no answers, no plan) gives None.
    pub fn progress(&self) -> Option<Progress> {
        let last = self.steps.len().saturating_sub(1);
        let (step, finished, summary) = match self.stage {
            Stage::Step(i) => (i, false, false),
            Stage::Summary => (last, false, true),
            Stage::Results => (last, true, false),
            // Not yet taken up: what was saved is still what would be kept.
            Stage::Resume => return self.resumable.clone(),
        };
        if self.answers.is_empty() && self.actions.is_empty() {
            return None;
        }
        Some(Progress {
            step,
            finished,
            summary,
            answers: self.answers.clone(),
            actions: self.actions.clone(),
        })
    }

    /// What the page keeps for a remount (see `handed_over`): `Some(None)` once nothing is in
    /// play (started again, deleted), and None at the resume offer, where nothing of this
    /// widget's is in play yet and what the page holds is left alone.
    pub fn in_page(&self) -> Option<Option<Progress>> {
        (self.stage != Stage::Resume).then(|| self.progress())
    }

    /// Where focus should move now that `action` has turned `self` into `next`.
    fn focus_after(&self, action: &Action, next: &SelfCheck) -> Option<Focus> {
        let moved = |next: &SelfCheck| match next.stage {
            Stage::Results => Some(Focus::Results),
            Stage::Summary => Some(Focus::Summary),
            Stage::Step(_) => Some(Focus::StepHeading),
            Stage::Resume => None,
        };
        match action {
            Action::Next if !next.unanswered.is_empty() => Some(Focus::ErrorSummary),
            Action::Change(id) if next.changing.is_some() => Some(Focus::Statement(id.clone())),
            // Back where the visitor chose "Change", rather than at the top of a long summary.
            Action::Next | Action::Back if next.stage == Stage::Summary && self.changing.is_some() => {
                self.changing.clone().map(Focus::ChangeLink)
            }
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

    /// Applies `action` and returns what the views must do about it: move focus, save or
    /// remove progress, tell the host page. Actions that make no sense in the current state
    /// change nothing.
    #[must_use = "the views must carry out the effects"]
    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        let before = std::mem::replace(self, self.changed(action.clone()));
        let mut effects = Vec::new();
        if let Some(focus) = before.focus_after(&action, self) {
            effects.push(Effect::Focus(focus));
        }
        if matches!(self.saving, Saving::On | Saving::Failed) {
            match (&action, before.confirm) {
                (Action::Confirmed, Some(Confirm::Delete)) => effects.push(Effect::RemoveAll),
                (Action::Confirmed, Some(Confirm::StartAgain)) => effects.push(Effect::Remove),
                // While the resume question is open, what was saved is left alone.
                _ if self.stage != Stage::Resume
                    && (before.stage == Stage::Resume || before.progress() != self.progress()) =>
                {
                    effects.extend(self.progress().map(Effect::Save));
                }
                _ => {}
            }
        }
        if before.stage != Stage::Results && self.stage == Stage::Results && action == Action::Next {
            effects.push(Effect::Completed);
        }
        effects
    }

    /// The state after `action`.
    fn changed(&self, action: Action) -> SelfCheck {
        let mut next = self.clone();
        let changes = matches!(action, Action::Change(_));
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
                    } else if i + 1 < self.steps.len() && self.changing.is_none() {
                        next.unanswered.clear();
                        next.stage = Stage::Step(i + 1);
                    } else {
                        next.go_to_summary();
                    }
                } else if self.stage == Stage::Summary {
                    next.stage = Stage::Results;
                }
            }
            // A step reached by "Change" has no way back but to the summary.
            Action::Back if self.changing.is_some() => next.go_to_summary(),
            Action::Back => {
                next.unanswered.clear();
                next.stage = match self.stage {
                    Stage::Step(i) => Stage::Step(i.saturating_sub(1)),
                    Stage::Summary => Stage::Step(self.steps.len().saturating_sub(1)),
                    Stage::Results => Stage::Summary,
                    Stage::Resume => Stage::Resume,
                };
            }
            Action::Change(id) => {
                let step = self.steps.iter().position(|s| {
                    s.resolve(&self.framework).is_some_and(|(_, bs)| bs.iter().any(|b| b.id == id))
                });
                if let (Stage::Summary, Some(i)) = (self.stage, step) {
                    next.stage = Stage::Step(i);
                    next.changing = Some(id);
                }
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
                    next.notice = self.notice.clone().filter(|n| *n != Notice::Elsewhere);
                    next.unanswered.clear();
                    next.changing = None;
                    next.answers = p.answers.clone();
                    next.actions = p.actions.clone();
                    next.resumable = None;
                    next.stage = Stage::Step(p.step.min(self.steps.len().saturating_sub(1)));
                    // Only go straight to the summary or the results if every answer is there.
                    if next.steps.iter().enumerate().all(|(i, _)| next.missing_in(i).is_empty()) {
                        if p.finished {
                            next.stage = Stage::Results;
                        } else if p.summary {
                            next.stage = Stage::Summary;
                        }
                    }
                }
            }
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::Cancel => next.confirm = None,
            Action::Confirmed => {
                if let Some(confirm) = self.confirm {
                    next = SelfCheck {
                        saving: self.saving,
                        notice: match confirm {
                            Confirm::Delete => Some(Notice::Deleted),
                            // Keep telling the visitor if this browser cannot keep answers.
                            Confirm::StartAgain => self.notice.clone().filter(|n| *n == Notice::NotKept),
                        },
                        ..SelfCheck::new(self.framework.clone(), self.mode)
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
            if !changes {
                next.changing = None;
            }
        }
        next
    }

    /// Goes to the summary, which needs every step complete. A gap (from answers saved before
    /// the questions changed, or taken from another tab) is shown where it is instead.
    fn go_to_summary(&mut self) {
        match (0..self.steps.len()).find(|&s| !self.missing_in(s).is_empty()) {
            Some(gap) => {
                self.unanswered = self.missing_in(gap);
                self.stage = Stage::Step(gap);
            }
            None => {
                self.unanswered.clear();
                self.stage = Stage::Summary;
            }
        }
    }
}
