//! Theme scores: 0 to 100, rounded half up, with "does not apply" left out.

mod common;

use lsc_core::map::Map;

use common::{doc, framework};
use lsc_core::framework::load::load_framework;
use lsc_core::results::scoring::{score, theme_scores, ThemeScore};
use lsc_core::self_check::questionnaire::{steps, Answer, Mode};
use serde_json::json;

fn answers(pairs: &[(&str, Answer)]) -> Map<Answer> {
    pairs.iter().map(|(id, a)| (id.to_string(), *a)).collect()
}

/// Every behaviour of the full check answered with `value`.
fn all_full(value: u8) -> Map<Answer> {
    let fw = framework();
    fw.behaviours().map(|b| (b.id.clone(), Answer::Scale(value))).collect()
}

#[test]
fn score_rounds_to_the_nearest_whole_number() {
    // 1 of 6 = 16.67 -> 17
    assert_eq!(score(&[0, 1], 3), Some(17));
    // 3 of 6 = 50 exactly
    assert_eq!(score(&[1, 2], 3), Some(50));
    // 9 of 9 = 100
    assert_eq!(score(&[3, 3, 3], 3), Some(100));
    // 0 of 3 = 0
    assert_eq!(score(&[0], 3), Some(0));
    // 2 of 3 = 66.67 -> 67; 1 of 3 = 33.33 -> 33
    assert_eq!(score(&[2], 3), Some(67));
    assert_eq!(score(&[1], 3), Some(33));
    // 4 of 9 = 44.44 -> 44; 8 of 9 = 88.89 -> 89
    assert_eq!(score(&[1, 2, 1], 3), Some(44));
    assert_eq!(score(&[3, 3, 2], 3), Some(89));
}

#[test]
fn score_rounds_exact_halves_up() {
    // 3 of 24 = 12.5 -> 13 (not 12)
    assert_eq!(score(&[1, 1, 1, 0, 0, 0, 0, 0], 3), Some(13));
    // 9 of 24 = 37.5 -> 38
    assert_eq!(score(&[3, 3, 3, 0, 0, 0, 0, 0], 3), Some(38));
    // top 1: 1 of 8 = 12.5 -> 13; top 1: 7 of 8 = 87.5 -> 88
    assert_eq!(score(&[1, 0, 0, 0, 0, 0, 0, 0], 1), Some(13));
    assert_eq!(score(&[1, 1, 1, 1, 1, 1, 1, 0], 1), Some(88));
    // top 2: 1 of 2 = 50
    assert_eq!(score(&[1], 2), Some(50));
}

#[test]
fn score_of_nothing_is_none() {
    assert_eq!(score(&[], 3), None);
    assert_eq!(score(&[0, 1], 0), None);
}

#[test]
fn score_counts_values_above_the_top_as_the_top() {
    assert_eq!(score(&[9, 3], 3), Some(100));
    // [7 -> 3, 0]: 3 of 6 = 50
    assert_eq!(score(&[7, 0], 3), Some(50));
}

#[test]
fn quick_theme_scores_are_in_step_order_with_counts() {
    let fw = framework();
    let st = steps(&fw, Mode::Quick);
    let a = answers(&[
        ("si-1", Answer::Scale(3)),
        ("si-4", Answer::Scale(3)),
        ("si-7", Answer::Scale(2)), // 8/9 = 88.9 -> 89
        ("dt-1", Answer::Scale(1)),
        ("dt-2", Answer::Scale(2)),
        ("dt-3", Answer::Scale(1)), // 4/9 = 44.4 -> 44
        ("fc-1", Answer::Scale(0)),
        ("fc-5", Answer::Scale(0)),
        ("fc-6", Answer::Scale(1)), // 1/9 = 11.1 -> 11
        ("fo-1", Answer::Scale(0)),
        ("fo-5", Answer::Scale(0)),
        ("fo-6", Answer::Scale(0)), // 0
    ]);
    let expected = vec![
        ThemeScore { theme: 0, score: Some(89), scored: 3, not_applicable: 0 },
        ThemeScore { theme: 1, score: Some(44), scored: 3, not_applicable: 0 },
        ThemeScore { theme: 2, score: Some(11), scored: 3, not_applicable: 0 },
        ThemeScore { theme: 3, score: Some(0), scored: 3, not_applicable: 0 },
    ];
    assert_eq!(theme_scores(&fw, &st, &a), expected);
}

#[test]
fn answers_not_asked_in_this_mode_do_not_count() {
    let fw = framework();
    let st = steps(&fw, Mode::Quick);
    // si-2 is only asked in full mode: a stray 0 for it must not pull strategic intent down.
    let a = answers(&[
        ("si-1", Answer::Scale(3)),
        ("si-4", Answer::Scale(3)),
        ("si-7", Answer::Scale(3)),
        ("si-2", Answer::Scale(0)),
    ]);
    let scores = theme_scores(&fw, &st, &a);
    assert_eq!(scores[0], ThemeScore { theme: 0, score: Some(100), scored: 3, not_applicable: 0 });
    // Nothing answered in the other themes: no score yet.
    for s in &scores[1..] {
        assert_eq!(s.score, None);
        assert_eq!(s.scored, 0);
    }
}

#[test]
fn not_applicable_is_left_out_of_the_score() {
    let fw = framework();
    let st = steps(&fw, Mode::Full);
    // Every statement "Consistently", except dt-9 "does not apply".
    let mut a = all_full(3);
    a.insert("dt-9".into(), Answer::NotApplicable);
    let dt = &theme_scores(&fw, &st, &a)[1];
    // 11 scored at 3 of 3 = 100. Counting N/A as 0 would give 33/36 = 91.7 -> 92.
    assert_eq!(*dt, ThemeScore { theme: 1, score: Some(100), scored: 11, not_applicable: 1 });

    // Every dt statement "Often" (2): 67 with or without dt-9 answered.
    let mut a = all_full(2);
    let with = theme_scores(&fw, &st, &a)[1].clone();
    a.insert("dt-9".into(), Answer::NotApplicable);
    a.insert("dt-10".into(), Answer::NotApplicable);
    let without = theme_scores(&fw, &st, &a)[1].clone();
    assert_eq!(with.score, Some(67)); // 24/36 = 66.7
    assert_eq!(without.score, Some(67)); // 20/30 = 66.7
    assert_eq!((without.scored, without.not_applicable), (10, 2));
}

#[test]
fn a_theme_answered_only_with_not_applicable_has_no_score() {
    // A quick check whose driving-transformation step asks only dt-9 and dt-10.
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-1", "dt-9", "dt-10", "fc-1", "fo-1"]);
    let fw = load_framework(&d.to_string()).unwrap();
    let st = steps(&fw, Mode::Quick);
    let a = answers(&[
        ("si-1", Answer::Scale(2)),
        ("dt-9", Answer::NotApplicable),
        ("dt-10", Answer::NotApplicable),
        ("fc-1", Answer::Scale(1)),
        ("fo-1", Answer::Scale(0)),
    ]);
    let scores = theme_scores(&fw, &st, &a);
    assert_eq!(scores.len(), 4);
    assert_eq!(scores[1], ThemeScore { theme: 1, score: None, scored: 0, not_applicable: 2 });
    // The others are unaffected: 2/3 = 67, 1/3 = 33, 0.
    assert_eq!(scores.iter().map(|s| s.score).collect::<Vec<_>>(), vec![Some(67), None, Some(33), Some(0)]);
}

#[test]
fn full_mode_with_only_the_not_applicable_answers_in_a_theme() {
    let fw = framework();
    let st = steps(&fw, Mode::Full);
    let a = answers(&[("dt-9", Answer::NotApplicable), ("dt-10", Answer::NotApplicable)]);
    let dt = &theme_scores(&fw, &st, &a)[1];
    assert_eq!(*dt, ThemeScore { theme: 1, score: None, scored: 0, not_applicable: 2 });
}

#[test]
fn equal_answers_everywhere_give_equal_scores() {
    let fw = framework();
    let st = steps(&fw, Mode::Full);
    // value -> score: 0 -> 0, 1 -> 33, 2 -> 67, 3 -> 100, whatever the theme's size (7, 12, 12, 8).
    for (value, expected) in [(0, 0), (1, 33), (2, 67), (3, 100)] {
        let scores = theme_scores(&fw, &st, &all_full(value));
        assert_eq!(scores.len(), 4);
        for s in &scores {
            assert_eq!(s.score, Some(expected), "value {value}, theme {}", s.theme);
        }
    }
}
