//! The history of completed checks: each kept with its day, mode, answers and action plan, the
//! most recent `MAX_CHECKS` per framework, stored as one small JSON document under
//! `Kept::History`'s key. Decoded defensively like `saved.rs`: a history that cannot be used is
//! set aside, never half-used. Every write merges with what is stored (`History::merged`):
//! checks by their id, deletions remembered, so no tab's stale copy loses or revives a check.

pub mod changes;
pub mod dates;
pub mod earlier;
pub mod transfer;

use serde::{Deserialize, Serialize};

use crate::framework::codec::to_text;
use crate::framework::model::Framework;
use crate::history::dates::Day;
use crate::kept::envelope::{self, Expected};
use crate::map::Map;
use crate::self_check::questionnaire::{steps, Answer, Mode};
use crate::self_check::saved::{checked, saved_answers, SavedAnswer, SetAside};

/// The most checks kept per framework: enough to see a year of monthly checks, and it bounds
/// what is written to storage. Finishing the 21st drops the oldest (the visitor is told before);
/// a file never drops this device's checks to make room.
pub const MAX_CHECKS: usize = 20;

/// The most deletions remembered (the newest): enough that a tab left open for months cannot
/// bring back a check deleted in another, and a bound on what is written.
pub const MAX_DELETED: usize = 200;

/// Bumped when the history's format changes; older histories are then set aside, not misread.
/// The members added since the first release (`deleted`, a check's `edited` and `after`) are optional, so
/// the format is still version 1: histories written before them read as before.
pub const HISTORY_VERSION: u64 = 1;

/// What the visitor is told when the history kept on this device could not be used.
pub fn set_aside_message(reason: SetAside) -> &'static str {
    match reason {
        SetAside::Unreadable => "Your earlier checks saved on this device could not be read. They have been kept aside, and checks you finish from now on are kept.",
        SetAside::OtherVersion => "Your earlier checks saved on this device are from another version of this self-check. They have been kept aside, and checks you finish from now on are kept.",
        SetAside::OtherCheck | SetAside::Outdated => "Your earlier checks saved on this device refer to statements that have changed since. They have been kept aside, and checks you finish from now on are kept.",
    }
}

/// One completed check. Its identity is `at`: a check keeps it wherever it is copied, and a
/// deletion is remembered by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// When it was finished, in milliseconds since 1970: the check's id.
    pub at: u64,
    /// The visitor's day when it was finished.
    pub day: Day,
    pub mode: Mode,
    pub answers: Map<Answer>,
    /// The action plan, by behaviour id.
    pub actions: Map<String>,
    /// When the plan was last written after finishing (milliseconds), 0 if never: of two copies
    /// of one check, the one edited last is kept.
    pub edited: u64,
    /// The id of the newest check kept when this one was finished, if the clock had gone back
    /// behind it (0 if not): the checks finished before this one are those up to it.
    pub after: u64,
}

impl Completed {
    /// Whether `other` is this check (from another device, or loaded twice); the plan may differ.
    pub fn same_check(&self, other: &Completed) -> bool {
        self.at == other.at && self.mode == other.mode && self.answers == other.answers
    }

    /// Of two copies of one check, which is kept: the one edited last, else (two tabs that wrote
    /// at the same millisecond) the greater as written, so every tab keeps the same one.
    fn newer_than(&self, other: &Completed) -> bool {
        (self.edited, to_text(&saved_check(self))) > (other.edited, to_text(&saved_check(other)))
    }
}

/// What adding a file's checks would do, told before anything changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Import {
    /// How many checks the file holds.
    pub in_file: usize,
    /// Those already kept here.
    pub already: usize,
    /// Those deleted on this device: not brought back.
    pub deleted_here: usize,
    /// Those dated after today: not added (a wrong clock made them, or the file was edited).
    pub future: usize,
    /// Those there is no room for: this device's checks are never dropped to make room.
    pub no_room: usize,
    /// The checks that would be added: the newest that fit.
    pub adding: Vec<Completed>,
}

/// The checks kept, oldest first, and the deletions remembered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    checks: Vec<Completed>,
    /// The ids of deleted checks, ascending, at most `MAX_DELETED`.
    deleted: Vec<u64>,
}

impl History {
    /// A history of these checks (one copy of each, the newer), oldest first.
    pub fn of(checks: Vec<Completed>) -> History {
        let mut history = History::default();
        for check in checks {
            history.put(check);
        }
        history
    }

    /// Oldest first.
    pub fn checks(&self) -> &[Completed] {
        &self.checks
    }

    /// The ids of the checks deleted, as remembered.
    pub fn deleted(&self) -> &[u64] {
        &self.deleted
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

    /// Keeps a check the visitor has just finished, and returns the ids of those it deleted:
    /// finishing again on the same day in the same mode (after changing an answer) replaces that
    /// day's check rather than adding a twin, and the oldest beyond `MAX_CHECKS` goes. Both are
    /// remembered as deletions, so another tab's copy does not bring them back.
    pub fn record(&mut self, mut check: Completed) -> Vec<u64> {
        // Finished while the clock was behind the newest check's: remembered, so that the checks
        // before this one are those finished before it (`Earlier::before`).
        if let Some(newest) = self.checks.last().filter(|n| n.at > check.at) {
            check.after = newest.at;
        }
        let mut gone = Vec::new();
        if let Some(last) = self.checks.last() {
            if last.day == check.day && last.mode == check.mode && last.at < check.at {
                gone.push(last.at);
            }
        }
        let id = check.at;
        self.put(check);
        let over = self.checks.len().saturating_sub(gone.len()).saturating_sub(MAX_CHECKS);
        let oldest: Vec<u64> = self
            .checks
            .iter()
            .filter(|c| c.at != id && !gone.contains(&c.at))
            .take(over)
            .map(|c| c.at)
            .collect();
        gone.extend(oldest);
        for at in &gone {
            self.remove(*at);
        }
        gone
    }

    /// Writes the plan of the check whose results these are, edited at `stamp`; false if there
    /// is none or the plan is unchanged.
    pub fn update_plan(
        &mut self,
        mode: Mode,
        answers: &Map<Answer>,
        actions: &Map<String>,
        stamp: u64,
    ) -> bool {
        match self.checks.iter_mut().rev().find(|c| c.mode == mode && c.answers == *answers) {
            Some(c) if c.actions != *actions => {
                c.actions = actions.clone();
                c.edited = stamp.max(c.edited.saturating_add(1));
                true
            }
            _ => false,
        }
    }

    /// Deletes a check, remembering that it was deleted.
    pub fn remove(&mut self, at: u64) {
        self.checks.retain(|c| c.at != at);
        self.forget(at);
    }

    /// Deletes every check, remembering each.
    pub fn remove_all(&mut self) {
        for at in self.checks.iter().map(|c| c.at).collect::<Vec<_>>() {
            self.remove(at);
        }
    }

    /// This history and `other` (another tab's, or what is stored now) as one: every check
    /// either holds that neither deleted, the newer copy of each, and every deletion of both.
    /// Commutative, associative and idempotent, so writes in any order by any tab lose nothing.
    pub fn merged(&self, other: &History) -> History {
        let mut merged = History::of(self.checks.iter().chain(&other.checks).cloned().collect());
        for at in self.deleted.iter().chain(&other.deleted) {
            merged.remove(*at);
        }
        merged
    }

    /// What adding `file`'s checks would do, `today` being the visitor's day.
    pub fn plan_import(&self, file: &History, today: Day) -> Import {
        let mut import = Import { in_file: file.checks.len(), ..Import::default() };
        let mut new = Vec::new();
        for check in &file.checks {
            if self.checks.iter().any(|c| c.same_check(check)) {
                import.already += 1;
            } else if self.deleted.binary_search(&check.at).is_ok() {
                import.deleted_here += 1;
            } else if check.day > today {
                import.future += 1;
            } else {
                new.push(check.clone());
            }
        }
        let room = MAX_CHECKS.saturating_sub(self.checks.len());
        import.no_room = new.len().saturating_sub(room);
        import.adding = new.split_off(import.no_room);
        import
    }

    /// Adds what `plan_import` said it would.
    pub fn import(&mut self, import: &Import) {
        for check in &import.adding {
            self.put(check.clone());
        }
    }

    /// Keeps `check`, in order of completion, unless it was deleted or a newer copy of it is
    /// kept.
    fn put(&mut self, check: Completed) {
        if self.deleted.binary_search(&check.at).is_ok() {
            return;
        }
        let i = self.checks.partition_point(|c| c.at < check.at);
        match self.checks.get_mut(i) {
            Some(kept) if kept.at == check.at => {
                if check.newer_than(kept) {
                    *kept = check;
                }
            }
            _ => self.checks.insert(i, check),
        }
    }

    /// Remembers a deletion; the oldest beyond `MAX_DELETED` are forgotten.
    fn forget(&mut self, at: u64) {
        if let Err(i) = self.deleted.binary_search(&at) {
            self.deleted.insert(i, at);
        }
        let over = self.deleted.len().saturating_sub(MAX_DELETED);
        self.deleted.drain(..over);
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
    #[serde(default, skip_serializing_if = "is_zero")]
    edited: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    after: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

pub(crate) fn saved_check(c: &Completed) -> SavedCheck {
    SavedCheck {
        at: c.at,
        day: c.day.iso(),
        mode: c.mode.as_str().to_string(),
        answers: saved_answers(&c.answers),
        actions: c.actions.clone(),
        edited: c.edited,
        after: c.after,
    }
}

/// The check, if it fits this framework: a real day, a known mode, answers to statements asked
/// in that mode.
pub(crate) fn read_check(fw: &Framework, c: &SavedCheck) -> Option<Completed> {
    let mode = [Mode::Quick, Mode::Full].into_iter().find(|m| m.as_str() == c.mode)?;
    let day = Day::parse(&c.day)?;
    let (answers, actions) = checked(fw, &steps(fw, mode), &c.answers, &c.actions)?;
    let (at, edited, after) = (c.at, c.edited, c.after);
    (!answers.is_empty()).then_some(Completed { at, day, mode, answers, actions, edited, after })
}

/// The history as stored: `{"version":1,"framework":…,"checks":[…],"deleted":[…]}`.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u64,
    framework: String,
    checks: Vec<SavedCheck>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<u64>,
}

pub fn encode(fw: &Framework, history: &History) -> String {
    to_text(&Stored {
        version: HISTORY_VERSION,
        framework: fw.id.clone(),
        checks: history.checks.iter().map(saved_check).collect(),
        deleted: history.deleted.clone(),
    })
}

pub fn decode(text: &str, fw: &Framework) -> Result<History, SetAside> {
    let expected = Expected { format: None, version: HISTORY_VERSION, framework: &fw.id, mode: None };
    let parsed = envelope::open(text, expected).map_err(SetAside::from)?;
    let stored: Stored = parsed.read().ok_or(SetAside::Unreadable)?;
    let mut checks = Vec::new();
    for c in &stored.checks {
        checks.push(read_check(fw, c).ok_or(SetAside::Outdated)?);
    }
    let mut history = History::default();
    for at in stored.deleted {
        history.forget(at);
    }
    for check in checks {
        history.put(check);
    }
    Ok(history)
}
