//! The "Move to another device" file: one JSON document with every kept check and the answers
//! in progress in both modes. Read like any outside input: a file that is not ours, from a
//! newer version, for another self-check, or damaged changes nothing and says why.

use serde::{Deserialize, Serialize};

use crate::framework::codec::to_text;
use crate::framework::model::Framework;
use crate::history::dates::Day;
use crate::history::{read_check, saved_check, History, Import, SavedCheck, MAX_CHECKS};
use crate::kept::envelope::{self, Expected, Mismatch};
use crate::self_check::questionnaire::Mode;
use crate::self_check::saved::{self, Saved};
use crate::self_check::state::Progress;

/// What marks the file as ours, whatever its version.
pub const FORMAT: &str = "leadership-self-check";
/// The file format this build writes and reads; a file with a higher one is from a newer release.
pub const FILE_VERSION: u64 = 1;
/// The largest file read: twice any this widget writes (20 checks of 39 answers and plans of
/// 1,000 characters are under 1 MB). A larger one is refused as too large, whatever it holds.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Why a file was not loaded; the message is shown to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    NotOurs,
    Newer,
    OtherCheck,
    Damaged,
    /// Not the file's fault: the part of the widget that reads files could not be downloaded.
    NotDownloaded,
}

impl FileProblem {
    pub fn message(self) -> &'static str {
        match self {
            FileProblem::TooLarge => "The file is larger than 2 MB, the most this self-check loads, so nothing was loaded from it. Choose the file this self-check downloaded with “Download everything as a file”.",
            FileProblem::NotOurs => "The file is not a self-check file. Choose the file this self-check downloaded with “Download everything as a file”.",
            FileProblem::Newer => "The file is from a newer version of this self-check, so it cannot be loaded here. Nothing has changed.",
            FileProblem::OtherCheck => "The file is from a different self-check, so it cannot be loaded here. Nothing has changed.",
            FileProblem::Damaged => "The file is damaged, so nothing was loaded from it. Download it again on the other device.",
            FileProblem::NotDownloaded => "The file could not be read, because part of this self-check could not be downloaded. Check your internet connection, then choose the file again. Nothing has changed.",
        }
    }
}

/// What "Download everything as a file" came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    /// The file was made and given to the browser.
    Done,
    /// Made and given to the browser with this page's answers in progress, while this device
    /// keeps different answers to that check (saved from another tab, or before saving failed).
    PageAnswers,
    /// The page or browser allows no downloads.
    Refused,
    /// Not made: the part of the widget that makes it could not be downloaded.
    NotMade,
}

impl Download {
    /// A file the browser took, made with this page's answers in progress (`page`): it says so
    /// when this device keeps other answers or plans to the same check (`kept`), which it lacks.
    // Across the crate boundary only when marked: 215 B brotli less in the first download (measured).
    #[inline]
    pub fn taken(page: Option<&Progress>, kept: Option<&Progress>) -> Self {
        let differs =
            kept.is_some_and(|k| page.is_none_or(|p| (&p.answers, &p.actions) != (&k.answers, &k.actions)));
        if differs {
            Self::PageAnswers
        } else {
            Self::Done
        }
    }
}

/// What a valid file holds, checked against this framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub exported: Day,
    pub checks: History,
    pub quick: Option<Progress>,
    pub full: Option<Progress>,
}

/// The file as written.
#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u64,
    framework: String,
    exported: String,
    checks: Vec<SavedCheck>,
    quick: Option<Saved>,
    full: Option<Saved>,
}

/// The file's text: every kept check, and the answers in progress in each mode.
pub fn export(
    fw: &Framework,
    today: Day,
    history: &History,
    quick: Option<&Progress>,
    full: Option<&Progress>,
) -> String {
    let progress = |mode, p: Option<&Progress>| p.map(|p| saved::saved(fw, mode, p));
    to_text(&File {
        format: FORMAT.to_string(),
        version: FILE_VERSION,
        framework: fw.id.clone(),
        exported: today.iso(),
        checks: history.checks().iter().map(saved_check).collect(),
        quick: progress(Mode::Quick, quick),
        full: progress(Mode::Full, full),
    })
}

/// Reads a file, whatever it holds.
pub fn read(text: &str, fw: &Framework) -> Result<Moved, FileProblem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let expected = Expected { format: Some(FORMAT), version: FILE_VERSION, framework: &fw.id, mode: None };
    let parsed = envelope::open(text, expected).map_err(|m| match m {
        Mismatch::Unreadable | Mismatch::NotOurs => FileProblem::NotOurs,
        Mismatch::Newer => FileProblem::Newer,
        Mismatch::OtherVersion => FileProblem::Damaged,
        Mismatch::OtherCheck => FileProblem::OtherCheck,
    })?;
    let file: File = parsed.read().ok_or(FileProblem::Damaged)?;
    let exported = Day::parse(&file.exported).ok_or(FileProblem::Damaged)?;
    let mut checks = Vec::new();
    for c in &file.checks {
        checks.push(read_check(fw, c).ok_or(FileProblem::Damaged)?);
    }
    let history = History::of(checks);
    let progress = |mode: Mode| match parsed.member_text(mode.as_str()).as_deref() {
        None | Some("null") => Ok(None),
        Some(text) => saved::decode(text, fw, mode).map(Some).map_err(|_| FileProblem::Damaged),
    };
    Ok(Moved { exported, checks: history, quick: progress(Mode::Quick)?, full: progress(Mode::Full)? })
}

/// What a file holds and what adding it would do, asked before anything changes when it would
/// not be added whole: "The file holds 26 checks. Adding it would add 19 and keep all 1 on this
/// device; 6 would not be added: …".
pub fn import_question(m: &Import) -> String {
    let checks = |n: usize| format!("{n} check{}", if n == 1 { "" } else { "s" });
    let mut reasons = Vec::new();
    if m.already > 0 {
        reasons.push(format!("{} already here", m.already));
    }
    if m.deleted_here > 0 {
        reasons.push(format!("{} deleted on this device", m.deleted_here));
    }
    if m.future > 0 {
        reasons.push(format!("{} dated after today", m.future));
    }
    if m.no_room > 0 {
        reasons.push(format!(
            "{} for which there is no room: up to {MAX_CHECKS} checks are kept, and the checks on this device are never removed to make room",
            m.no_room
        ));
    }
    let holds = format!("The file holds {}.", checks(m.in_file));
    let not_added = m.in_file.saturating_sub(m.adding.len());
    if reasons.is_empty() {
        // Asked before a deletion here made room for the whole file.
        return format!(
            "{holds} Loading it would add all of them, and no check on this device would be removed."
        );
    }
    format!(
        "{holds} Loading it would add {} (the newest that fit), and no check on this device would be removed. {not_added} would not be added: {}.",
        checks(m.adding.len()),
        reasons.join("; "),
    )
}

/// What loading did, for the visitor: "Added 3 checks; 2 were already here.", what was not
/// added and why, and whether answers in progress were taken up (only for a mode with none on
/// this device). This device's checks are never dropped by a file.
pub fn import_message(m: &Import, progress_taken: bool) -> String {
    let checks = |n: usize| format!("{n} check{}", if n == 1 { "" } else { "s" });
    let was = |n: usize| if n == 1 { "was" } else { "were" };
    let added = m.adding.len();
    let mut message = match (added, m.already) {
        (0, 0) if m.in_file == 0 => "The file holds no finished checks.".to_string(),
        (0, 0) => "No checks added.".to_string(),
        (0, a) if a == m.in_file => format!(
            "No checks added: {} already here.",
            if a == 1 { "the one in the file was".to_string() } else { format!("all {a} in the file were") }
        ),
        (0, a) => format!("No checks added; {a} {} already here.", was(a)),
        (n, 0) => format!("Added {}.", checks(n)),
        (n, a) => format!("Added {}; {a} {} already here.", checks(n), was(a)),
    };
    if m.deleted_here > 0 {
        let n = m.deleted_here;
        message.push_str(&format!(" {} {} deleted on this device, so not added again.", checks(n), was(n)));
    }
    if m.future > 0 {
        let n = m.future;
        message.push_str(&format!(" {} {} dated after today, so not added.", checks(n), was(n)));
    }
    if m.no_room > 0 {
        message.push_str(&format!(
            " {} from the file {} not added: up to {MAX_CHECKS} checks are kept, and the checks on this device are never removed to make room. Delete earlier checks to make room, then load the file again.",
            checks(m.no_room),
            was(m.no_room),
        ));
    }
    if progress_taken {
        message.push_str(" Your answers in progress from the file were loaded too.");
    }
    message
}
