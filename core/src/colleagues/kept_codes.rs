//! The colleagues' codes a visitor has added, as kept, so that two tabs' copies merge rather than
//! replace each other: each code is kept with a stamp of the last time it was added or removed
//! (the browser's clock in milliseconds, which the tabs share, and always above every stamp its
//! tab knew), and a removed code is remembered as removed. Of two copies of one code the later
//! stamp wins (a removal, on a tie), so a stale tab can neither drop a code added in another nor
//! bring back one removed there. `first` keeps a colleague's place in the
//! list when their changed code replaces their earlier one.
//!
//! Stored as `{"version":1,"framework":…,"mode":"quick","codes":[{"code":…,"stamp":3,"first":1},
//! {"removed":"<digest>","stamp":4,"first":2}]}`: a removed code is kept as its digest only, so
//! nothing a colleague answered stays on the device. The first release's plain list still reads.

use serde::{Deserialize, Serialize};

use crate::framework::codec::{to_text, Parsed};
use crate::kept::envelope::{self, Expected};
use crate::map::Map;
use crate::self_check::questionnaire::Mode;
use crate::self_check::saved::SetAside;

/// Bumped when this format changes; codes kept in another are then set aside, not misread.
pub const CODES_VERSION: u64 = 1;

/// The most removals remembered (the latest): a bound on what is written, far more than a
/// visitor removes while another tab is left open.
pub const MAX_REMOVED: usize = 200;

/// What is known of one code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Mark {
    stamp: u64,
    /// Ordered after `stamp`: of two marks with one stamp, the removal wins.
    removed: bool,
    first: u64,
    /// The code as written while it is kept; a removed code keeps only its digest (the key), so
    /// that "Remove" leaves nothing on the device a colleague's answers can be read from.
    code: Option<String>,
}

/// A code's digest (FNV-1a, 64 bits), by which it is known once removed.
fn digest(code: &str) -> String {
    let hash = (code.bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// Every code added or removed, by its digest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeptCodes {
    marks: Map<Mark>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u64,
    framework: String,
    mode: String,
    codes: Vec<StoredCode>,
}

#[derive(Serialize, Deserialize)]
struct StoredCode {
    /// The code, while kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    /// The digest of a removed code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    removed: Option<String>,
    stamp: u64,
    #[serde(default)]
    first: u64,
}

impl KeptCodes {
    /// The codes kept, in the order their colleagues were first added.
    pub fn present(&self) -> Vec<&str> {
        // Inserted in order rather than sorted: a sort adds kilobytes to the download for a
        // list of a few dozen (BENCHMARKS.md, "Download size").
        let mut present: Vec<(u64, u64, &str)> = Vec::new();
        for m in self.marks.iter().map(|(_, m)| m).filter(|m| !m.removed) {
            let place = (m.first, m.stamp, m.code.as_deref().unwrap_or_default());
            let i = present.partition_point(|p| *p <= place);
            present.insert(i, place);
        }
        present.into_iter().map(|(_, _, c)| c).collect()
    }

    /// Whether nothing is kept, not even a removal to remember.
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// The stamp of a change at `at`: later than every change known here, whatever the clock did.
    fn next_stamp(&self, at: u64) -> u64 {
        at.max(self.marks.iter().map(|(_, m)| m.stamp).max().unwrap_or(0) + 1)
    }

    /// Adds `code` at `at` (milliseconds), in the place of `replacing` (the same colleague's
    /// earlier code), if any, which is then removed.
    pub fn add(&mut self, code: &str, replacing: Option<&str>, at: u64) {
        let stamp = self.next_stamp(at);
        let first = replacing.and_then(|old| self.marks.get(&digest(old))).map_or(stamp, |m| m.first);
        if let Some(old) = replacing {
            self.mark_removed(old, stamp);
            self.forget_oldest_removals();
        }
        self.marks.insert(digest(code), Mark { stamp, removed: false, first, code: Some(code.to_string()) });
    }

    /// Removes `codes` at `at` (milliseconds), remembering that they were removed. One stamp for
    /// them all: a stamp each would run ahead of the clock and beat another tab's later add.
    pub fn remove<'a>(&mut self, codes: impl IntoIterator<Item = &'a str>, at: u64) {
        let stamp = self.next_stamp(at);
        for code in codes {
            self.mark_removed(code, stamp);
        }
        self.forget_oldest_removals();
    }

    fn mark_removed(&mut self, code: &str, stamp: u64) {
        let first = self.marks.get(&digest(code)).map_or(stamp, |m| m.first);
        self.marks.insert(digest(code), Mark { stamp, removed: true, first, code: None });
    }

    /// This copy and `other` as one: every code with its later mark. Commutative, associative
    /// and idempotent, so tabs may merge in any order and as often as they like.
    pub fn merged(&self, other: &KeptCodes) -> KeptCodes {
        let mut merged = self.clone();
        for (code, mark) in other.marks.iter() {
            if merged.marks.get(code).is_none_or(|m| m < mark) {
                merged.marks.insert(code.clone(), mark.clone());
            }
        }
        merged.forget_oldest_removals();
        merged
    }

    fn forget_oldest_removals(&mut self) {
        let removals = |marks: &Map<Mark>| marks.iter().filter(|(_, m)| m.removed).count();
        while removals(&self.marks) > MAX_REMOVED {
            // The oldest: the lowest stamp, then the first code as written (as every tab does).
            let oldest = (self.marks.iter().filter(|(_, m)| m.removed))
                .min_by_key(|(code, m)| (m.stamp, *code))
                .map(|(code, _)| code.clone());
            if let Some(code) = oldest {
                self.marks.remove(&code);
            }
        }
    }

    pub fn encode(&self, framework_id: &str, mode: Mode) -> String {
        to_text(&Stored {
            version: CODES_VERSION,
            framework: framework_id.to_string(),
            mode: mode.as_str().to_string(),
            codes: self
                .marks
                .iter()
                .map(|(key, m)| StoredCode {
                    code: m.code.clone().filter(|_| !m.removed),
                    removed: m.removed.then(|| key.clone()),
                    stamp: m.stamp,
                    first: m.first,
                })
                .collect(),
        })
    }

    /// The codes kept in `text`, in this format or the first release's list of codes; why not,
    /// when it is neither (damaged, or written by another release), to be set aside.
    pub fn decode(text: &str, framework_id: &str, mode: Mode) -> Result<KeptCodes, SetAside> {
        if let Some(list) = Parsed::parse(text).ok().and_then(|p| p.read::<Vec<String>>()) {
            let mut kept = KeptCodes::default();
            for code in list {
                kept.add(&code, None, 0);
            }
            return Ok(kept);
        }
        let expected = Expected {
            format: None,
            version: CODES_VERSION,
            framework: framework_id,
            mode: Some(mode.as_str()),
        };
        let stored: Stored = envelope::open(text, expected)?.read().ok_or(SetAside::Unreadable)?;
        let mut kept = KeptCodes::default();
        for c in stored.codes {
            let first = if c.first == 0 { c.stamp } else { c.first };
            let (key, code) = match (c.code, c.removed) {
                (Some(code), None) => (digest(&code), Some(code)),
                (None, Some(key)) => (key, None),
                _ => return Err(SetAside::Unreadable),
            };
            let mark = Mark { stamp: c.stamp, removed: code.is_none(), first, code };
            kept = kept.merged(&KeptCodes { marks: [(key, mark)].into_iter().collect() });
        }
        Ok(kept)
    }
}
