//! The plain-language reading: strongest theme, theme to focus on, lowest-rated statements.
//!
//! Theme indices: 0 strategic-intent, 1 driving-transformation, 2 facilitative-collaborative,
//! 3 flexibility-openness. Quick behaviour indices within their theme: si-1 0, si-4 3, si-7 6;
//! dt-1 0, dt-2 1, dt-3 2; fc-1 0, fc-5 4, fc-6 5; fo-1 0, fo-5 4, fo-6 5.

mod common;

use lsc_core::map::Map;

use common::{doc, framework};
use lsc_core::framework::load::load_framework;
use lsc_core::framework::model::Framework;
use lsc_core::results::reading::{read, Reading, LOWEST_COUNT};
use lsc_core::results::scoring::theme_scores;
use lsc_core::self_check::questionnaire::{steps, Answer, Mode};
use serde_json::json;

const QUICK: [&str; 12] =
    ["si-1", "si-4", "si-7", "dt-1", "dt-2", "dt-3", "fc-1", "fc-5", "fc-6", "fo-1", "fo-5", "fo-6"];

/// The quick check answered with these values, in the order of `QUICK`.
fn quick(values: [u8; 12]) -> Map<Answer> {
    QUICK.iter().zip(values).map(|(id, v)| (id.to_string(), Answer::Scale(v))).collect()
}

fn reading(fw: &Framework, mode: Mode, answers: &Map<Answer>) -> Reading {
    let st = steps(fw, mode);
    let scores = theme_scores(fw, &st, answers);
    read(fw, &st, answers, &scores)
}

/// Every full-mode statement answered with `value`.
fn full(fw: &Framework, value: u8) -> Map<Answer> {
    fw.behaviours().map(|b| (b.id.clone(), Answer::Scale(value))).collect()
}

#[test]
fn a_known_set_of_answers() {
    let fw = framework();
    // si 3,3,2 = 8/9 -> 89; dt 1,2,1 = 4/9 -> 44; fc 2,2,2 = 6/9 -> 67; fo 0,3,3 = 6/9 -> 67.
    let r = reading(&fw, Mode::Quick, &quick([3, 3, 2, 1, 2, 1, 2, 2, 2, 0, 3, 3]));
    assert_eq!(
        r,
        Reading {
            strongest: vec![0],
            focus: Some(1),
            focus_tied_with: vec![],
            even: false,
            // Below the top: fo-1 0; dt-1 1, dt-3 1; then the 2s. Lowest value first, then
            // framework order.
            lowest: vec![(3, 0), (1, 0), (1, 2)],
        }
    );
}

#[test]
fn of_themes_tied_lowest_the_focus_holds_the_lowest_rated_statement() {
    let fw = framework();
    // si 3,3,3 = 100; dt 0,1,2 = 3/9 -> 33; fc 3,0,0 = 3/9 -> 33; fo 3,3,3 = 100. The lowest
    // statement (dt-1, 0) is in the first of the two; the other holds the highest (fc-1, 3).
    let r = reading(&fw, Mode::Quick, &quick([3, 3, 3, 0, 1, 2, 3, 0, 0, 3, 3, 3]));
    assert_eq!((r.focus, r.focus_tied_with), (Some(1), vec![2]));
}

#[test]
fn two_themes_tied_for_strongest_are_both_listed() {
    let fw = framework();
    // si 3,3,3 = 100; dt 1,1,1 = 33; fc 3,3,3 = 100; fo 2,2,2 = 67.
    let r = reading(&fw, Mode::Quick, &quick([3, 3, 3, 1, 1, 1, 3, 3, 3, 2, 2, 2]));
    assert_eq!(r.strongest, vec![0, 2]);
    assert_eq!(r.focus, Some(1));
    assert!(r.focus_tied_with.is_empty());
    assert!(!r.even);
    // dt-1, dt-2, dt-3 at 1; the fo 2s come after them.
    assert_eq!(r.lowest, vec![(1, 0), (1, 1), (1, 2)]);
}

#[test]
fn all_themes_equal_is_even_and_focus_is_the_theme_with_the_lowest_statement() {
    let fw = framework();
    // Every theme 6/9 -> 67, but fc-6 is the only 1: si 2,2,2; dt 2,2,2; fc 3,2,1; fo 2,2,2.
    let r = reading(&fw, Mode::Quick, &quick([2, 2, 2, 2, 2, 2, 3, 2, 1, 2, 2, 2]));
    assert!(r.even);
    assert!(r.strongest.is_empty());
    assert_eq!(r.focus, Some(2));
    assert_eq!(r.focus_tied_with, vec![0, 1, 3]);
    // fc-6 (1) first, then the first 2s in framework order: si-1, si-4.
    assert_eq!(r.lowest, vec![(2, 5), (0, 0), (0, 3)]);
}

#[test]
fn all_statements_equal_focuses_on_the_first_theme() {
    let fw = framework();
    let r = reading(&fw, Mode::Quick, &quick([1; 12]));
    assert!(r.even);
    assert!(r.strongest.is_empty());
    assert_eq!(r.focus, Some(0));
    assert_eq!(r.focus_tied_with, vec![1, 2, 3]);
    // Framework order among equal ratings: si-1, si-4, si-7.
    assert_eq!(r.lowest, vec![(0, 0), (0, 3), (0, 6)]);
}

#[test]
fn focus_tie_is_broken_by_the_lowest_rated_statement() {
    let fw = framework();
    // si 3,3,3 = 100; dt 1,1,1 = 3/9 -> 33; fc 3,3,3 = 100; fo 0,1,2 = 3/9 -> 33.
    // dt and fo tie lowest; fo holds the only 0.
    let r = reading(&fw, Mode::Quick, &quick([3, 3, 3, 1, 1, 1, 3, 3, 3, 0, 1, 2]));
    assert_eq!(r.strongest, vec![0, 2]);
    assert_eq!(r.focus, Some(3));
    assert_eq!(r.focus_tied_with, vec![1]);
    assert!(!r.even);
    // fo-1 0, then dt-1, dt-2 at 1 (before fo-5 at 1, which comes later in the framework).
    assert_eq!(r.lowest, vec![(3, 0), (1, 0), (1, 1)]);
}

#[test]
fn focus_tie_with_equal_lowest_statements_goes_to_the_first_theme() {
    let fw = framework();
    // si 3,3,3 = 100; dt 0,1,2 = 33; fc 3,3,3 = 100; fo 2,1,0 = 33. Both hold a 0.
    let r = reading(&fw, Mode::Quick, &quick([3, 3, 3, 0, 1, 2, 3, 3, 3, 2, 1, 0]));
    assert_eq!(r.focus, Some(1));
    assert_eq!(r.focus_tied_with, vec![3]);
    // dt-1 0, fo-6 0, then dt-2 1 (before fo-5 1).
    assert_eq!(r.lowest, vec![(1, 0), (3, 5), (1, 1)]);
}

#[test]
fn the_focus_is_always_a_lowest_scoring_theme() {
    let fw = framework();
    // si 0,3,3 = 67 holds the lowest statement (0) but dt 1,1,1 = 33 scores lower.
    // fc 3,3,3 = 100; fo 3,3,3 = 100.
    let r = reading(&fw, Mode::Quick, &quick([0, 3, 3, 1, 1, 1, 3, 3, 3, 3, 3, 3]));
    assert_eq!(r.focus, Some(1));
    assert!(r.focus_tied_with.is_empty());
    assert_eq!(r.strongest, vec![2, 3]);
    assert_eq!(r.lowest, vec![(0, 0), (1, 0), (1, 1)]);
}

#[test]
fn lowest_is_at_most_three_excludes_the_top_and_not_applicable_and_keeps_framework_order() {
    let fw = framework();
    let mut a = full(&fw, 3);
    // dt-9 "does not apply" (not a low rating); four 2s and one 1 across the framework.
    a.insert("dt-9".into(), Answer::NotApplicable);
    for id in ["si-6", "dt-10", "fc-3", "fo-8"] {
        a.insert(id.into(), Answer::Scale(2));
    }
    let r = reading(&fw, Mode::Full, &a);
    // All 2s in framework order, first three only: si-6 (0,5), dt-10 (1,9), fc-3 (2,2).
    assert_eq!(LOWEST_COUNT, 3);
    assert_eq!(r.lowest, vec![(0, 5), (1, 9), (2, 2)]);

    // A single 1 at the end of the framework comes first.
    a.insert("fo-7".into(), Answer::Scale(1));
    let r = reading(&fw, Mode::Full, &a);
    assert_eq!(r.lowest, vec![(3, 6), (0, 5), (1, 9)]);
}

#[test]
fn fewer_than_three_below_the_top_lists_only_those() {
    let fw = framework();
    let mut a = quick([3; 12]);
    a.insert("fc-5".into(), Answer::Scale(0));
    let r = reading(&fw, Mode::Quick, &a);
    assert_eq!(r.lowest, vec![(2, 4)]);
    // fc 0,3,3 = 67, others 100.
    assert_eq!(r.focus, Some(2));
    assert_eq!(r.strongest, vec![0, 1, 3]);
}

#[test]
fn all_consistently_leaves_nothing_lowest() {
    let fw = framework();
    let r = reading(&fw, Mode::Quick, &quick([3; 12]));
    assert!(r.lowest.is_empty());
    assert!(r.even);
    assert!(r.strongest.is_empty());
    assert_eq!(r.focus, Some(0));

    let r = reading(&fw, Mode::Full, &full(&fw, 3));
    assert!(r.lowest.is_empty());
}

#[test]
fn a_theme_with_no_score_takes_no_part_in_strongest_or_focus() {
    // A quick check whose driving-transformation step asks only dt-9 and dt-10.
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-1", "dt-9", "dt-10", "fc-1", "fo-1"]);
    let fw = load_framework(&d.to_string()).unwrap();
    let mut a: Map<Answer> = [
        ("si-1", Answer::Scale(1)),
        ("dt-9", Answer::NotApplicable),
        ("dt-10", Answer::NotApplicable),
        ("fc-1", Answer::Scale(3)),
        ("fo-1", Answer::Scale(3)),
    ]
    .into_iter()
    .map(|(id, v)| (id.to_string(), v))
    .collect();
    // si 33, dt no score, fc 100, fo 100.
    let r = reading(&fw, Mode::Quick, &a);
    assert_eq!(r.strongest, vec![2, 3]);
    assert_eq!(r.focus, Some(0));
    assert!(r.focus_tied_with.is_empty());
    assert!(!r.even);
    assert_eq!(r.lowest, vec![(0, 0)]);

    // si 100 too: every scored theme is equal, so the reading is even although dt has no score.
    a.insert("si-1".into(), Answer::Scale(3));
    let r = reading(&fw, Mode::Quick, &a);
    assert!(r.even);
    assert!(r.strongest.is_empty());
    assert_eq!(r.focus, Some(0));
    assert_eq!(r.focus_tied_with, vec![2, 3]);
    assert!(r.lowest.is_empty());
}

#[test]
fn nothing_answered_gives_an_empty_reading() {
    let fw = framework();
    let r = reading(&fw, Mode::Quick, &Map::new());
    assert_eq!(
        r,
        Reading { strongest: vec![], focus: None, focus_tied_with: vec![], even: false, lowest: vec![] }
    );
}
