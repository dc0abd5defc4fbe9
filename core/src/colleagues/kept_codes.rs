//! The colleagues' codes a visitor has added, as kept, so that two tabs' copies merge rather than
//! replace each other: each code is kept with a stamp of the last time it was added (the
//! browser's clock in milliseconds, which the tabs share, and always above every stamp its tab
//! knew), and each removal with its own stamp. A removal beats every copy of its code stamped no
//! later (a tie goes to the removal), so a stale tab can neither drop a code added in another
//! nor bring back one removed there. `first` keeps a colleague's place in the list when their
//! changed code replaces their earlier one.
//!
//! Stored as `{"version":1,"framework":…,"mode":"quick","codes":[{"code":…,"stamp":3,"first":1},
//! {"removed":"9f3","stamp":4}]}`. A removed code is remembered only by the first 12 bits of its
//! digest (more only where a code still kept shares them): about 4,000 of the quick check's
//! 16.7 million answer sets give the same 12 bits, so what a colleague answered cannot be found
//! from them, even by trying every answer with the invitation's number. The first release's plain
//! list still reads.

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

/// A code kept.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Mark {
    stamp: u64,
    first: u64,
    code: String,
}

/// A code's digest (FNV-1a, 64 bits, as 16 hex digits), by which it is kept. Mixed after as
/// MurmurHash3 finishes, so that every digit depends on every character: FNV-1a's first digits
/// barely change with a code's last characters, and a removal keeps only the first.
fn digest(code: &str) -> String {
    let fnv = (code.bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let mix = |h: u64, k: u64| (h ^ (h >> 33)).wrapping_mul(k);
    let hash = mix(mix(fnv, 0xff51_afd7_ed55_8ccd), 0xc4ce_b9fe_1a85_ec53);
    format!("{:016x}", hash ^ (hash >> 33))
}

/// The fewest hex digits of a digest a removal is remembered by (12 bits).
const SHORTEST: usize = 3;

/// The codes kept, by their digest, and the removals, by the start of the removed code's digest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeptCodes {
    codes: Map<Mark>,
    /// The stamp of each removal.
    removals: Map<u64>,
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
    /// The start of a removed code's digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    removed: Option<String>,
    stamp: u64,
    /// A kept code's place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first: Option<u64>,
}

impl KeptCodes {
    /// The codes kept, in the order their colleagues were first added.
    pub fn present(&self) -> Vec<&str> {
        // Inserted in order rather than sorted: a sort adds kilobytes to the download for a
        // list of a few dozen (BENCHMARKS.md, "Download size").
        let mut present: Vec<(u64, u64, &str)> = Vec::new();
        for (_, m) in self.codes.iter() {
            let place = (m.first, m.stamp, m.code.as_str());
            let i = present.partition_point(|p| *p <= place);
            present.insert(i, place);
        }
        present.into_iter().map(|(_, _, c)| c).collect()
    }

    /// The stamp of a change at `at`: later than every change known here, whatever the clock did.
    fn next_stamp(&self, at: u64) -> u64 {
        let stamps = self.codes.iter().map(|(_, m)| m.stamp).chain(self.removals.iter().map(|(_, s)| *s));
        at.max(stamps.max().unwrap_or(0) + 1)
    }

    /// Adds `code` at `at` (milliseconds), in the place of `replacing` (the same colleague's
    /// earlier code), if any, which is then removed.
    pub fn add(&mut self, code: &str, replacing: Option<&str>, at: u64) {
        let stamp = self.next_stamp(at);
        let first = replacing.and_then(|old| self.codes.get(&digest(old))).map_or(stamp, |m| m.first);
        // Kept before the earlier code's removal is remembered, so that the removal cannot match it.
        self.codes.insert(digest(code), Mark { stamp, first, code: code.to_string() });
        if let Some(old) = replacing {
            self.mark_removed(old, stamp);
            self.forget_oldest_removals();
        }
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

    /// Forgets `code`, and remembers its removal by the fewest digits of its digest that no other
    /// code kept here starts with, so that the removal beats no other colleague's code.
    fn mark_removed(&mut self, code: &str, stamp: u64) {
        let key = digest(code);
        self.codes.remove(&key);
        let len = (SHORTEST..key.len())
            .find(|&n| !self.codes.iter().any(|(other, _)| other.starts_with(&key[..n])))
            .unwrap_or(key.len());
        let start = key[..len].to_string();
        let latest = self.removals.get(&start).map_or(stamp, |s| stamp.max(*s));
        self.removals.insert(start, latest);
    }

    /// This copy and `other` as one: every code with its later mark, every removal with its
    /// later stamp, and no code a removal beats. Commutative, associative and idempotent, so tabs
    /// may merge in any order and as often as they like.
    pub fn merged(&self, other: &KeptCodes) -> KeptCodes {
        let mut merged = self.clone();
        for (key, mark) in other.codes.iter() {
            merged.keep_later_code(key, mark.clone());
        }
        for (start, stamp) in other.removals.iter() {
            merged.keep_later_removal(start, *stamp);
        }
        merged.forget_oldest_removals();
        let removals = &merged.removals;
        let beaten = |key: &str, m: &Mark| {
            removals.iter().any(|(start, s)| key.starts_with(start.as_str()) && m.stamp <= *s)
        };
        merged.codes = (merged.codes.iter())
            .filter(|(key, m)| !beaten(key, m))
            .map(|(key, m)| (key.clone(), m.clone()))
            .collect();
        merged
    }

    fn keep_later_code(&mut self, key: &str, mark: Mark) {
        if self.codes.get(key).is_none_or(|m| *m < mark) {
            self.codes.insert(key.to_string(), mark);
        }
    }

    fn keep_later_removal(&mut self, start: &str, stamp: u64) {
        if self.removals.get(start).is_none_or(|s| *s < stamp) {
            self.removals.insert(start.to_string(), stamp);
        }
    }

    fn forget_oldest_removals(&mut self) {
        while self.removals.len() > MAX_REMOVED {
            // The oldest: the lowest stamp, then the first digest in order (as every tab does).
            let oldest =
                (self.removals.iter()).min_by_key(|(start, s)| (**s, *start)).map(|(start, _)| start.clone());
            if let Some(start) = oldest {
                self.removals.remove(&start);
            }
        }
    }

    pub fn encode(&self, framework_id: &str, mode: Mode) -> String {
        let codes = self.codes.iter().map(|(_, m)| StoredCode {
            code: Some(m.code.clone()),
            removed: None,
            stamp: m.stamp,
            first: Some(m.first),
        });
        let removals = (self.removals.iter()).map(|(start, s)| StoredCode {
            code: None,
            removed: Some(start.clone()),
            stamp: *s,
            first: None,
        });
        to_text(&Stored {
            version: CODES_VERSION,
            framework: framework_id.to_string(),
            mode: mode.as_str().to_string(),
            codes: codes.chain(removals).collect(),
        })
    }

    /// The codes kept in `text`, in this format or the first release's list of codes; why not,
    /// when it is neither (damaged, or written by another release), to be set aside.
    pub fn decode(text: &str, framework_id: &str, mode: Mode) -> Result<KeptCodes, SetAside> {
        if let Some(list) = Parsed::parse_only(text).and_then(|p| p.read::<Vec<String>>()) {
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
        // Read whole, then settled once (as a merge does), not merged entry by entry.
        let mut read = KeptCodes::default();
        for c in stored.codes {
            match (c.code, c.removed) {
                (Some(code), None) => {
                    let first = c.first.filter(|f| *f != 0).unwrap_or(c.stamp);
                    read.keep_later_code(&digest(&code), Mark { stamp: c.stamp, first, code });
                }
                // Never fewer digits than written: a shorter start would beat other colleagues' codes.
                (None, Some(start))
                    if start.len() >= SHORTEST
                        && start.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
                {
                    read.keep_later_removal(&start, c.stamp)
                }
                _ => return Err(SetAside::Unreadable),
            }
        }
        Ok(KeptCodes::default().merged(&read))
    }
}
