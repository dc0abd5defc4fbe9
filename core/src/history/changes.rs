//! How each theme has changed since the previous check: for each theme scored now, the newest
//! earlier check that scored that theme (in either mode, since both score the same 0 to 100
//! scale of the same theme), and the difference. "Earlier" is the order the checks were finished
//! in (`History::record`), whatever the clock said; a previous check dated after these results,
//! which only a wrong clock makes, is said to be so.

use crate::framework::model::Framework;
use crate::history::dates::Day;
use crate::history::Completed;
use crate::results::scoring::{theme_scores, ThemeScore};
use crate::self_check::questionnaire::steps;

/// One theme's change since the previous check that scored it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Index into `Framework::themes`.
    pub theme: usize,
    pub before: u8,
    pub now: u8,
    /// The day of the check it is compared with.
    pub since: Day,
    /// That day is after the day of these results: the clock was wrong for one of them.
    pub later: bool,
}

impl Change {
    /// Points up (positive) or down (negative).
    pub fn delta(&self) -> i16 {
        i16::from(self.now) - i16::from(self.before)
    }

    /// "up 11 since 3 March 2026", "down 5 since …", "no change since …"; with the warning
    /// when that check is dated after these results.
    pub fn text(&self, language: &str) -> String {
        let since = self.since.long(language);
        let since = if self.later { format!("{since}, a later date: a clock was wrong") } else { since };
        match self.delta() {
            0 => format!("no change since {since}"),
            d if d > 0 => format!("up {d} since {since}"),
            d => format!("down {} since {since}", d.unsigned_abs()),
        }
    }
}

/// The change of each theme scored in `now` (results of `day`) since the newest of `earlier`
/// that scored it. `earlier` holds only checks finished before these results, in the order they
/// were finished (as the history keeps them).
pub fn changes(fw: &Framework, earlier: &[&Completed], now: &[ThemeScore], day: Day) -> Vec<Change> {
    let past: Vec<(Day, Vec<ThemeScore>)> =
        earlier.iter().rev().map(|c| (c.day, theme_scores(fw, &steps(fw, c.mode), &c.answers))).collect();
    let mut changes = Vec::new();
    for s in now {
        let Some(score) = s.score else { continue };
        let previous = past.iter().find_map(|(day, scores)| {
            scores.iter().find(|p| p.theme == s.theme).and_then(|p| p.score).map(|before| (*day, before))
        });
        if let Some((since, before)) = previous {
            changes.push(Change { theme: s.theme, before, now: score, since, later: since > day });
        }
    }
    changes
}
