//! The visitor's own scores beside their colleagues' views, theme by theme. The comparison starts
//! at `MIN_VIEWS` codes, and a theme shows no colleague figure unless at least `MIN_VIEWS`
//! colleagues gave it a score ("does not apply" gives none), so that an average is an average.
//! This hides nothing: in the direct path each code shows the visitor that colleague's answers.

use crate::colleagues::response_code::Response;
use crate::framework::model::Framework;
use crate::map::Map;
use crate::results::scoring::theme_scores;
use crate::self_check::questionnaire::{Answer, Step};

/// The fewest colleagues whose views are shown, in all and per theme.
pub const MIN_VIEWS: usize = 3;
/// Points between the visitor's score and the colleagues' average that are worth pointing out.
pub const GAP: u8 = 20;

/// The colleagues' scores of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Others {
    pub average: u8,
    /// The lowest and highest score: in the direct path only, where the visitor sees each
    /// colleague's answers anyway; None in the anonymous path (a combined code), where a range
    /// with the average would give away colleagues' scores.
    pub range: Option<(u8, u8)>,
    /// How many colleagues gave the theme a score.
    pub count: usize,
}

/// Where the visitor and their colleagues differ by at least `GAP`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The visitor rates themselves higher than colleagues do: a possible blind spot.
    BlindSpot,
    /// Colleagues rate the visitor higher than they do themselves: a strength others see.
    Strength,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeComparison {
    /// Index into `Framework::themes`.
    pub theme: usize,
    pub own: Option<u8>,
    /// None when fewer than `MIN_VIEWS` colleagues gave this theme a score.
    pub others: Option<Others>,
}

impl ThemeComparison {
    pub fn gap(&self) -> Option<Gap> {
        let (own, others) = (self.own?, self.others?);
        if own >= others.average.saturating_add(GAP) {
            Some(Gap::BlindSpot)
        } else if u16::from(own) + u16::from(GAP) <= u16::from(others.average) {
            Some(Gap::Strength)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    /// How many more codes are needed before anything of the colleagues' is shown.
    NeedMore(usize),
    /// From colleagues' own codes (the direct path): averages and ranges.
    Ready(Vec<ThemeComparison>),
    /// From a combined code (the anonymous path): averages only, and how many it combines.
    Combined { colleagues: u8, rows: Vec<ThemeComparison> },
}

/// The colleagues' figures per step, in step order: None for a theme fewer than `MIN_VIEWS`
/// scored ("does not apply" gives no score).
pub(crate) fn per_theme(fw: &Framework, steps: &[Step], responses: &[Response]) -> Vec<Option<Others>> {
    let theirs: Vec<_> = responses.iter().map(|r| theme_scores(fw, steps, &r.answers)).collect();
    (0..steps.len())
        .map(|i| {
            let scores: Vec<u8> = theirs.iter().filter_map(|t| t.get(i)?.score).collect();
            (scores.len() >= MIN_VIEWS).then(|| {
                let sum: usize = scores.iter().map(|&s| usize::from(s)).sum();
                Others {
                    // Rounded half up, as scores are.
                    average: u8::try_from((2 * sum + scores.len()) / (2 * scores.len())).unwrap_or(u8::MAX),
                    range: Some((
                        scores.iter().copied().min().unwrap_or_default(),
                        scores.iter().copied().max().unwrap_or_default(),
                    )),
                    count: scores.len(),
                }
            })
        })
        .collect()
}

/// The visitor's own scores beside these figures, step by step.
pub(crate) fn rows(
    fw: &Framework,
    steps: &[Step],
    own: &Map<Answer>,
    others: Vec<Option<Others>>,
) -> Vec<ThemeComparison> {
    theme_scores(fw, steps, own)
        .into_iter()
        .zip(others)
        .map(|(mine, others)| ThemeComparison { theme: mine.theme, own: mine.score, others })
        .collect()
}

/// Compares the visitor's answers with the colleagues' responses, in step order.
pub fn compare(fw: &Framework, steps: &[Step], own: &Map<Answer>, responses: &[Response]) -> Comparison {
    if responses.len() < MIN_VIEWS {
        return Comparison::NeedMore(MIN_VIEWS - responses.len());
    }
    Comparison::Ready(rows(fw, steps, own, per_theme(fw, steps, responses)))
}
