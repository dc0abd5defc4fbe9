//! Scores: each theme's answers as a number from 0 to 100, where 0 is every statement at the
//! scale's first label and 100 every statement at its last. "Does not apply" is left out.

use crate::map::Map;

use crate::framework::model::Framework;
use crate::self_check::questionnaire::{Answer, Step};

/// One theme's score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeScore {
    /// Index into `Framework::themes`.
    pub theme: usize,
    /// None when every answer in the theme was "does not apply" (or nothing is answered yet).
    pub score: Option<u8>,
    /// Answers that count towards the score.
    pub scored: usize,
    pub not_applicable: usize,
}

/// The score of some answers on a scale whose top value is `top`, rounded half up.
pub fn score(values: &[u8], top: u8) -> Option<u8> {
    if values.is_empty() || top == 0 {
        return None;
    }
    let sum: u64 = values.iter().map(|&v| u64::from(v.min(top))).sum();
    let most = u64::from(top) * values.len() as u64;
    // round(100 * sum / most) in integers: (200 * sum + most) / (2 * most).
    u8::try_from((200 * sum + most) / (2 * most)).ok()
}

/// Every step's theme score, in step order.
pub fn theme_scores(fw: &Framework, steps: &[Step], answers: &Map<Answer>) -> Vec<ThemeScore> {
    let top = fw.self_check.top();
    // A loop that pushes, rather than filter_map and collect: less code in the Wasm.
    let mut scores = Vec::with_capacity(steps.len());
    for step in steps {
        let Some((_, behaviours)) = step.resolve(fw) else { continue };
        let mut values = Vec::new();
        let mut not_applicable = 0;
        for &b in &behaviours {
            match answers.get(&b.id) {
                Some(Answer::Scale(v)) => values.push(*v),
                Some(Answer::NotApplicable) => not_applicable += 1,
                None => {}
            }
        }
        scores.push(ThemeScore {
            theme: step.theme,
            score: score(&values, top),
            scored: values.len(),
            not_applicable,
        });
    }
    scores
}
