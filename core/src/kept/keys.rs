//! The one registry of storage keys: every key this widget writes for a framework, built here and
//! nowhere else. Every key starts with the framework's `prefix`, so "Delete my answers" finds
//! them all; the formats are those of the first release, so data kept by it stays found.

use crate::self_check::questionnaire::Mode;

/// The version in every key: bumped only if keys ever change, never for a document's format
/// (documents carry their own version in their `envelope`).
pub const KEYS_VERSION: u64 = 1;

/// One kind of kept data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// The visitor's answers and plan in progress in one mode (localStorage).
    Progress(Mode),
    /// The finished checks, both modes (localStorage).
    History,
    /// The colleagues' response codes the visitor added in one mode (localStorage).
    Codes(Mode),
    /// A colleague's response being given in this tab (sessionStorage).
    Colleague(Mode),
}

impl Kept {
    /// Every kind, each mode's.
    pub const ALL: [Kept; 7] = [
        Kept::Progress(Mode::Quick),
        Kept::Progress(Mode::Full),
        Kept::History,
        Kept::Codes(Mode::Quick),
        Kept::Codes(Mode::Full),
        Kept::Colleague(Mode::Quick),
        Kept::Colleague(Mode::Full),
    ];

    /// Where this kind is kept for a framework.
    pub fn key(self, framework_id: &str) -> String {
        let prefix = prefix(framework_id);
        match self {
            Kept::Progress(mode) => format!("{prefix}{}", mode.as_str()),
            Kept::History => format!("{prefix}history"),
            Kept::Codes(mode) => format!("{prefix}{}:views", mode.as_str()),
            Kept::Colleague(mode) => format!("{prefix}colleague:{}", mode.as_str()),
        }
    }

    /// Where a copy this release could not read is set aside: one key per occasion (`stamp`, the
    /// time in milliseconds), so a second set-aside never overwrites the first. Under the prefix,
    /// so "Delete my answers" removes set-aside copies too.
    pub fn set_aside_key(self, framework_id: &str, stamp: u64) -> String {
        format!("{}:set-aside:{stamp}", self.key(framework_id))
    }
}

/// The start of every key this widget writes, whatever the framework.
pub const ALL_PREFIX: &str = "leadership-self-check:";

/// The start of every key this widget writes for a framework.
pub fn prefix(framework_id: &str) -> String {
    format!("{ALL_PREFIX}v{KEYS_VERSION}:{framework_id}:")
}
