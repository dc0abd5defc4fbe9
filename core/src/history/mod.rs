//! The history of completed checks: each kept with its day, mode, answers and action plan, the
//! most recent `MAX_CHECKS` per framework, stored as one small JSON document under the
//! framework's prefix (so "Delete my answers" removes it too). Decoded defensively like
//! `saved.rs`: a history that cannot be used is set aside by the view, never half-used.

pub mod changes;
pub mod dates;
pub mod earlier;
pub mod transfer;

use serde::{Deserialize, Serialize};

use crate::framework::codec::{to_text, Parsed};
use crate::framework::model::Framework;
use crate::history::dates::Day;
use crate::map::Map;
use crate::self_check::questionnaire::{steps, Answer, Mode};
use crate::self_check::saved::{checked, framework_prefix, saved_answers, Loose, SavedAnswer, SetAside};

/// The most checks kept per framework: enough to see a year of monthly checks, and it bounds
/// what is written to storage.
pub const MAX_CHECKS: usize = 20;

/// Bumped when the history's format changes; older histories are then set aside, not misread.
pub const HISTORY_VERSION: u64 = 1;

/// Where a framework's history is kept: under its prefix, so that "Delete my answers" removes it.
pub fn history_key(framework_id: &str) -> String {
    format!("{}history", framework_prefix(framework_id))
}

/// Where a history that could not be used is moved, one key per occasion, so nothing is lost.
pub fn history_set_aside_key(framework_id: &str, stamp: u64) -> String {
    format!("{}:set-aside:{stamp}", history_key(framework_id))
}

/// What the visitor is told when the history kept on this device could not be used.
pub fn set_aside_message(reason: SetAside) -> &'static str {
    match reason {
        SetAside::Unreadable => "Your earlier checks saved on this device could not be read. They have been kept aside, and checks you finish from now on are kept.",
        SetAside::OtherVersion => "Your earlier checks saved on this device are from another version of this self-check. They have been kept aside, and checks you finish from now on are kept.",
        SetAside::OtherCheck | SetAside::Outdated => "Your earlier checks saved on this device refer to statements that have changed since. They have been kept aside, and checks you finish from now on are kept.",
    }
}

/// One completed check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// When it was finished, in milliseconds since 1970: with the mode and answers, what makes
    /// a check the same check on another device.
    pub at: u64,
    /// The visitor's day when it was finished.
    pub day: Day,
    pub mode: Mode,
    pub answers: Map<Answer>,
    /// The action plan, by behaviour id.
    pub actions: Map<String>,
}

impl Completed {
    /// Whether `other` is this check (from another device, or loaded twice); the plan may differ.
    pub fn same_check(&self, other: &Completed) -> bool {
        self.at == other.at && self.mode == other.mode && self.answers == other.answers
    }
}

/// What merging checks from a file did, for the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    pub added: usize,
    pub already: usize,
    /// The oldest checks dropped to keep `MAX_CHECKS`.
    pub not_kept: usize,
}

/// The checks kept, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    checks: Vec<Completed>,
}

impl History {
    /// Oldest first.
    pub fn checks(&self) -> &[Completed] {
        &self.checks
    }

    pub fn find(&self, at: u64) -> Option<&Completed> {
        self.checks.iter().find(|c| c.at == at)
    }

    /// The check that finishing another would drop: the oldest, once `MAX_CHECKS` are kept.
    pub fn dropped_next(&self) -> Option<&Completed> {
        self.checks.first().filter(|_| self.checks.len() >= MAX_CHECKS)
    }

    /// The kept check whose results these are: the newest in this mode with these answers.
    pub fn current(&self, mode: Mode, answers: &Map<Answer>) -> Option<&Completed> {
        self.checks.iter().rev().find(|c| c.mode == mode && c.answers == *answers)
    }

    /// Keeps a check the visitor has just finished. Finishing again on the same day in the same
    /// mode (after changing an answer) replaces that day's check rather than adding a twin.
    pub fn record(&mut self, check: Completed) {
        if let Some(last) = self.checks.last() {
            if last.day == check.day && last.mode == check.mode && last.at <= check.at {
                self.checks.pop();
            }
        }
        self.insert(check);
        self.trim();
    }

    /// Writes the plan of the check whose results these are; false if there is none.
    pub fn update_plan(&mut self, mode: Mode, answers: &Map<Answer>, actions: &Map<String>) -> bool {
        match self.checks.iter_mut().rev().find(|c| c.mode == mode && c.answers == *answers) {
            Some(c) if c.actions != *actions => {
                c.actions = actions.clone();
                true
            }
            _ => false,
        }
    }

    pub fn remove(&mut self, at: u64) {
        self.checks.retain(|c| c.at != at);
    }

    /// Adds the checks not already kept (the same check is never kept twice; the one here
    /// stays as it is), then keeps the `MAX_CHECKS` newest.
    pub fn merge(&mut self, checks: Vec<Completed>) -> Merged {
        let mut merged = Merged::default();
        let mut added = Vec::new();
        for check in checks {
            if self.checks.iter().any(|c| c.same_check(&check)) {
                merged.already += 1;
            } else {
                added.push(check.at);
                self.insert(check);
            }
        }
        merged.not_kept = self.trim();
        // Only those still kept count as added: one older than the 20 kept is "not kept".
        merged.added = added.iter().filter(|at| self.find(**at).is_some()).count();
        merged
    }

    /// In order of completion; a check finished at the same moment goes after those kept.
    fn insert(&mut self, check: Completed) {
        let at = self.checks.partition_point(|c| c.at <= check.at);
        self.checks.insert(at, check);
    }

    /// Drops the oldest beyond `MAX_CHECKS`; returns how many.
    fn trim(&mut self) -> usize {
        let over = self.checks.len().saturating_sub(MAX_CHECKS);
        self.checks.drain(..over);
        over
    }
}

/// A check as written: `{"at":1772500000000,"day":"2026-03-03","mode":"quick",
/// "answers":{"si-1":3},"actions":{"si-1":"…"}}`.
#[derive(Serialize, Deserialize)]
pub(crate) struct SavedCheck {
    at: u64,
    day: String,
    mode: String,
    answers: Map<SavedAnswer>,
    actions: Map<String>,
}

pub(crate) fn saved_check(c: &Completed) -> SavedCheck {
    SavedCheck {
        at: c.at,
        day: c.day.iso(),
        mode: c.mode.as_str().to_string(),
        answers: saved_answers(&c.answers),
        actions: c.actions.clone(),
    }
}

/// The check, if it fits this framework: a real day, a known mode, answers to statements asked
/// in that mode.
pub(crate) fn read_check(fw: &Framework, c: &SavedCheck) -> Option<Completed> {
    let mode = [Mode::Quick, Mode::Full].into_iter().find(|m| m.as_str() == c.mode)?;
    let day = Day::parse(&c.day)?;
    let (answers, actions) = checked(fw, &steps(fw, mode), &c.answers, &c.actions)?;
    (!answers.is_empty()).then_some(Completed { at: c.at, day, mode, answers, actions })
}

/// The history as stored: `{"version":1,"framework":…,"checks":[…]}`.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u64,
    framework: String,
    checks: Vec<SavedCheck>,
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    version: Loose,
    #[serde(default)]
    framework: Loose,
}

pub fn encode(fw: &Framework, history: &History) -> String {
    to_text(&Stored {
        version: HISTORY_VERSION,
        framework: fw.id.clone(),
        checks: history.checks.iter().map(saved_check).collect(),
    })
}

pub fn decode(text: &str, fw: &Framework) -> Result<History, SetAside> {
    let parsed = Parsed::parse(text).map_err(|_| SetAside::Unreadable)?;
    let head: Head = parsed.is_object().then(|| parsed.read()).flatten().ok_or(SetAside::Unreadable)?;
    if head.version != Loose::Number(HISTORY_VERSION) {
        return Err(SetAside::OtherVersion);
    }
    if head.framework != Loose::Text(fw.id.clone()) {
        return Err(SetAside::OtherCheck);
    }
    let stored: Stored = parsed.read().ok_or(SetAside::Unreadable)?;
    let mut history = History::default();
    let mut checks = Vec::new();
    for c in &stored.checks {
        checks.push(read_check(fw, c).ok_or(SetAside::Outdated)?);
    }
    history.merge(checks);
    Ok(history)
}
