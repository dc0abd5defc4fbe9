//! The plain-language reading of a completed self-check: the strongest theme, the theme to
//! focus on, and the statements rated lowest. Ties are broken the same way every time.

use crate::map::Map;

use crate::framework::model::Framework;
use crate::history::changes::Change;
use crate::results::scoring::ThemeScore;
use crate::self_check::questionnaire::{Answer, Step};

/// How many of the lowest-rated statements are offered for the action plan.
pub const LOWEST_COUNT: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Themes with the highest score (more than one when tied); empty when every theme scored
    /// the same, since none then stands out.
    pub strongest: Vec<usize>,
    /// The theme to focus on: of the lowest-scoring themes, the one holding the lowest-rated
    /// statement; if still tied, the first in the framework. None only when nothing is scored.
    pub focus: Option<usize>,
    /// Other themes with the same (lowest) score as `focus`.
    pub focus_tied_with: Vec<usize>,
    /// Every scored theme has the same score.
    pub even: bool,
    /// Up to three statements rated lowest, below the top of the scale: (theme index, behaviour
    /// index within it). Ties keep the framework's order.
    pub lowest: Vec<(usize, usize)>,
}

pub fn read(fw: &Framework, steps: &[Step], answers: &Map<Answer>, scores: &[ThemeScore]) -> Reading {
    // Every scored statement as (value, theme, behaviour), in framework order.
    let mut rated: Vec<(u8, usize, usize)> = Vec::new();
    for step in steps {
        let Some(theme) = fw.themes.get(step.theme) else { continue };
        for &i in &step.items {
            if let Some(Answer::Scale(v)) = theme.behaviours.get(i).and_then(|b| answers.get(&b.id)) {
                rated.push((*v, step.theme, i));
            }
        }
    }
    let top = fw.self_check.top();
    // Lowest values first, framework order within a value (a loop rather than a sort: no sort
    // code in the Wasm for a dozen items).
    let mut lowest: Vec<(usize, usize)> = Vec::new();
    for value in 0..top {
        for &(v, t, b) in &rated {
            if v == value && lowest.len() < LOWEST_COUNT {
                lowest.push((t, b));
            }
        }
    }

    // Plain loops from here on: each iterator chain was compiled into code of its own.
    // The lowest and highest theme scores:
    let mut range: Option<(u8, u8)> = None;
    for score in scores.iter().filter_map(|s| s.score) {
        range = Some(range.map_or((score, score), |(min, max)| (min.min(score), max.max(score))));
    }
    let Some((min, max)) = range else {
        return Reading {
            strongest: Vec::new(),
            focus: None,
            focus_tied_with: Vec::new(),
            even: false,
            lowest: Vec::new(),
        };
    };
    let even = max == min;
    let strongest = if even { Vec::new() } else { themes_scoring(scores, max) };
    let candidates = themes_scoring(scores, min);
    // The lowest-scoring theme that holds the lowest-rated statement (the first such in framework
    // order), else the first of them.
    let mut lowest_rated: Option<(u8, usize)> = None;
    for &(v, t, _) in &rated {
        if candidates.contains(&t) && lowest_rated.is_none_or(|(lv, _)| v < lv) {
            lowest_rated = Some((v, t));
        }
    }
    let focus = lowest_rated.map(|(_, t)| t).or_else(|| candidates.first().copied());
    let mut focus_tied_with = Vec::new();
    for &t in &candidates {
        if Some(t) != focus {
            focus_tied_with.push(t);
        }
    }
    Reading { strongest, focus, focus_tied_with, even, lowest }
}

fn themes_scoring(scores: &[ThemeScore], score: u8) -> Vec<usize> {
    let mut themes = Vec::new();
    for s in scores {
        if s.score == Some(score) {
            themes.push(s.theme);
        }
    }
    themes
}

/// The theme that moved most since the previous check, up or down; the first in the framework when tied. None when
/// nothing moved.
pub fn moved_most(changes: &[Change]) -> Option<Change> {
    let mut most: Option<Change> = None;
    for c in changes {
        if c.delta() != 0 && most.is_none_or(|m| c.delta().abs() > m.delta().abs()) {
            most = Some(*c);
        }
    }
    most
}
