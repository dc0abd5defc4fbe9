//! Which statements the self-check asks, in which steps, and which answers it accepts.

mod common;

use common::{asked, doc, framework};
use lsc_core::framework::load::load_framework;
use lsc_core::framework::model::Framework;
use lsc_core::self_check::questionnaire::{allowed, steps, Answer, Mode, Step};
use serde_json::json;

/// Each step as (theme id, behaviour ids asked), resolved by hand from the indices.
#[allow(clippy::indexing_slicing)] // test helper: a bad index is a failing test
fn step_ids(fw: &Framework, steps: &[Step]) -> Vec<(String, Vec<String>)> {
    steps
        .iter()
        .map(|s| {
            let theme = &fw.themes[s.theme];
            (theme.id.clone(), s.items.iter().map(|&i| theme.behaviours[i].id.clone()).collect())
        })
        .collect()
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn numbered(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}-{i}")).collect()
}

#[test]
fn quick_mode_asks_three_statements_per_theme_in_theme_order() {
    let fw = framework();
    let steps = steps(&fw, Mode::Quick);
    assert_eq!(steps.len(), 4);
    assert_eq!(
        step_ids(&fw, &steps),
        vec![
            ("strategic-intent".to_string(), strings(&["si-1", "si-4", "si-7"])),
            ("driving-transformation".to_string(), strings(&["dt-1", "dt-2", "dt-3"])),
            ("facilitative-collaborative".to_string(), strings(&["fc-1", "fc-5", "fc-6"])),
            ("flexibility-openness".to_string(), strings(&["fo-1", "fo-5", "fo-6"])),
        ]
    );
    // Theme indices are the framework's: 0, 1, 2, 3.
    assert_eq!(steps.iter().map(|s| s.theme).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
    // Behaviour indices: si-1 is 0, si-4 is 3, si-7 is 6; fc-5 is 4, fc-6 is 5.
    assert_eq!(steps[0].items, vec![0, 3, 6]);
    assert_eq!(steps[2].items, vec![0, 4, 5]);
}

#[test]
fn quick_mode_asked_lists_the_twelve_quick_ids_in_order() {
    let fw = framework();
    let steps = steps(&fw, Mode::Quick);
    let ids: Vec<&str> = asked(&fw, &steps).map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids,
        ["si-1", "si-4", "si-7", "dt-1", "dt-2", "dt-3", "fc-1", "fc-5", "fc-6", "fo-1", "fo-5", "fo-6"]
    );
}

#[test]
fn full_mode_asks_every_one_of_the_39_statements() {
    let fw = framework();
    let steps = steps(&fw, Mode::Full);
    assert_eq!(steps.len(), 4);
    assert_eq!(
        step_ids(&fw, &steps),
        vec![
            ("strategic-intent".to_string(), numbered("si", 7)),
            ("driving-transformation".to_string(), numbered("dt", 12)),
            ("facilitative-collaborative".to_string(), numbered("fc", 12)),
            ("flexibility-openness".to_string(), numbered("fo", 8)),
        ]
    );
    // 7 + 12 + 12 + 8 = 39
    assert_eq!(asked(&fw, &steps).count(), 39);
}

#[test]
fn quick_mode_follows_the_quick_lists_order_within_a_theme() {
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-7", "si-1", "dt-2", "fc-1", "fo-6", "fo-1"]);
    let fw = load_framework(&d.to_string()).unwrap();
    let steps = steps(&fw, Mode::Quick);
    assert_eq!(
        step_ids(&fw, &steps),
        vec![
            ("strategic-intent".to_string(), strings(&["si-7", "si-1"])),
            ("driving-transformation".to_string(), strings(&["dt-2"])),
            ("facilitative-collaborative".to_string(), strings(&["fc-1"])),
            ("flexibility-openness".to_string(), strings(&["fo-6", "fo-1"])),
        ]
    );
}

#[test]
fn a_theme_with_no_quick_behaviours_is_left_out_of_the_quick_steps() {
    // The loader refuses such a document (every theme needs a quick behaviour)...
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-1", "dt-1", "fo-1"]);
    assert!(load_framework(&d.to_string()).is_err());
    // ...so the Framework value is edited after loading, which `steps` must still handle.
    let mut fw = framework();
    fw.self_check.quick = strings(&["si-1", "dt-1", "fo-1"]);
    let quick = steps(&fw, Mode::Quick);
    assert_eq!(
        step_ids(&fw, &quick),
        vec![
            ("strategic-intent".to_string(), strings(&["si-1"])),
            ("driving-transformation".to_string(), strings(&["dt-1"])),
            ("flexibility-openness".to_string(), strings(&["fo-1"])),
        ]
    );
    // The theme index still points at the framework's theme 3, not at position 2.
    assert_eq!(quick.iter().map(|s| s.theme).collect::<Vec<_>>(), vec![0, 1, 3]);
    // Full mode is not affected.
    assert_eq!(steps(&fw, Mode::Full).len(), 4);
}

#[test]
fn allowed_accepts_every_scale_value_and_rejects_values_beyond_it() {
    let fw = framework();
    let si1 = &fw.themes[0].behaviours[0];
    // Scale: Rarely, Sometimes, Often, Consistently = 0..=3.
    for v in 0..=3 {
        assert!(allowed(&fw, si1, Answer::Scale(v)), "value {v}");
    }
    for v in [4, 5, 200, u8::MAX] {
        assert!(!allowed(&fw, si1, Answer::Scale(v)), "value {v}");
    }
}

#[test]
fn not_applicable_is_only_allowed_where_the_behaviour_has_applies_to() {
    let fw = framework();
    let dt = &fw.themes[1];
    for b in fw.behaviours() {
        let expected = b.id == "dt-9" || b.id == "dt-10";
        assert_eq!(allowed(&fw, b, Answer::NotApplicable), expected, "{}", b.id);
    }
    assert_eq!(dt.behaviours[8].id, "dt-9");
    assert!(allowed(&fw, &dt.behaviours[8], Answer::NotApplicable));
    assert!(allowed(&fw, &dt.behaviours[9], Answer::Scale(0)));
}

#[test]
fn a_mode_is_named_as_in_the_mode_attribute() {
    for mode in [Mode::Quick, Mode::Full] {
        let read: Mode = serde_json::from_value(json!(mode.as_str())).expect("a mode");
        assert_eq!(read, mode);
    }
}
