//! The results as words: the text a visitor copies or downloads, and the sentences shared with
//! the results screen.

mod common;

use std::rc::Rc;

use common::{doc, framework, After};
use lsc_core::framework::load::load_framework;
use lsc_core::framework::model::Framework;
use lsc_core::history::changes::Change;
use lsc_core::history::dates::Day;
use lsc_core::results::reading::{read, Reading};
use lsc_core::results::report::{
    focus_sentence, mode_label, moved_sentence, no_lowest_sentence, strongest_sentence, text_report,
};
use lsc_core::results::scoring::{theme_scores, ThemeScore};
use lsc_core::self_check::questionnaire::{Answer, Mode};
use lsc_core::self_check::state::{Action, SelfCheck, Stage};
use serde_json::json;

const QUICK: [&str; 12] =
    ["si-1", "si-4", "si-7", "dt-1", "dt-2", "dt-3", "fc-1", "fc-5", "fc-6", "fo-1", "fo-5", "fo-6"];
const DATE: &str = "3 May 2025";

/// A quick check taken to the results with these values, in the order of `QUICK`.
fn quick_results(values: [u8; 12]) -> SelfCheck {
    let mut c = SelfCheck::new(Rc::new(framework()), Mode::Quick);
    for (i, (id, v)) in QUICK.iter().zip(values).enumerate() {
        c = c.after(Action::Answer(id.to_string(), Answer::Scale(v)));
        if i % 3 == 2 {
            c = c.after(Action::Next);
        }
    }
    // Confirmed on the summary.
    c.after(Action::Next)
}

fn results(c: &SelfCheck) -> (Vec<ThemeScore>, Reading) {
    let scores = theme_scores(c.framework(), c.steps(), c.answers());
    let reading = read(c.framework(), c.steps(), c.answers(), &scores);
    (scores, reading)
}

fn report(c: &SelfCheck) -> String {
    let (scores, reading) = results(c);
    text_report(c, &scores, &reading, DATE)
}

fn text_of<'a>(fw: &'a Framework, id: &str) -> &'a str {
    fw.behaviours().find(|b| b.id == id).map_or("", |b| b.text.as_str())
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

#[test]
fn a_known_quick_check_reads_as_expected() {
    // si 3,3,2 = 8/9 -> 89; dt 1,2,1 = 4/9 -> 44; fc 2,2,2 = 6/9 -> 67; fo 0,3,3 = 6/9 -> 67.
    let c = quick_results([3, 3, 2, 1, 2, 1, 2, 2, 2, 0, 3, 3]).after(Action::SetAction(
        "dt-1".into(),
        "Ask people \"what would make a good life for you?\"".into(),
    ));
    assert_eq!(c.stage(), Stage::Results);
    let fw = framework();
    let text = report(&c);
    let l = lines(&text);

    assert_eq!(l[0], "My leadership self-check results, 3 May 2025");
    assert_eq!(l[1], "Leadership for empowered and healthy communities: A framework");
    assert_eq!(l[2], "Quick check, 12 statements");
    for score_line in [
        "- Strategic intent: 89 out of 100",
        "- Driving transformation: 44 out of 100",
        "- Facilitative and collaborative style: 67 out of 100",
        "- Flexibility and openness: 67 out of 100",
    ] {
        assert!(l.contains(&score_line), "missing {score_line:?} in\n{text}");
    }
    assert!(l.contains(&"Your strongest theme is Strategic intent (89 out of 100)."), "{text}");
    assert!(l.contains(&"The theme to focus on is Driving transformation (44 out of 100)."), "{text}");

    // Lowest: fo-1 (0, Rarely), then dt-1 and dt-3 (1, Sometimes), in that order.
    let expected_lowest = [
        format!("1. {} (Rarely)", text_of(&fw, "fo-1")),
        "   One thing I will do: (not written yet)".to_string(),
        format!("2. {} (Sometimes)", text_of(&fw, "dt-1")),
        "   One thing I will do: Ask people \"what would make a good life for you?\"".to_string(),
        format!("3. {} (Sometimes)", text_of(&fw, "dt-3")),
        "   One thing I will do: (not written yet)".to_string(),
    ];
    let start =
        l.iter().position(|s| *s == "The statements I rated lowest, and one thing I will do").unwrap();
    assert_eq!(l[start + 1..start + 7], expected_lowest, "{text}");
    assert_eq!(l[start + 7], "");

    // Every statement under "All my answers", grouped by theme, with its label.
    let all = l.iter().position(|s| *s == "All my answers").unwrap();
    let labels = [
        "Consistently",
        "Consistently",
        "Often",
        "Sometimes",
        "Often",
        "Sometimes",
        "Often",
        "Often",
        "Often",
        "Rarely",
        "Consistently",
        "Consistently",
    ];
    let titles = [
        "Strategic intent",
        "Driving transformation",
        "Facilitative and collaborative style",
        "Flexibility and openness",
    ];
    let mut expected_all = Vec::new();
    for (t, title) in titles.iter().enumerate() {
        expected_all.push(title.to_string());
        for i in 0..3 {
            let n = t * 3 + i;
            expected_all.push(format!("- {}: {}", text_of(&fw, QUICK[n]), labels[n]));
        }
    }
    assert_eq!(l[all + 1..all + 17], expected_all, "{text}");

    // The source credit.
    assert!(
        text.contains(&format!(
            "Source: Leadership for empowered and healthy communities: A framework (April 2013). {}",
            fw.attribution
        )),
        "{text}"
    );
    assert!(fw.attribution.starts_with("Developed by Catherine Wilton"));
    assert!(text.ends_with("Made in my browser; nothing was sent anywhere.\n"), "{text}");
}

#[test]
fn the_full_check_is_labelled_with_its_39_statements() {
    assert_eq!(mode_label(Mode::Full, 39), "Full check, 39 statements");
    assert_eq!(mode_label(Mode::Quick, 12), "Quick check, 12 statements");
    let c = SelfCheck::new(Rc::new(framework()), Mode::Full);
    assert!(report(&c).lines().any(|l| l == "Full check, 39 statements"));
}

#[test]
fn two_tied_strongest_themes_are_joined_with_and() {
    // si 100, dt 1,1,1 = 33, fc 100, fo 2,2,2 = 67.
    let c = quick_results([3, 3, 3, 1, 1, 1, 3, 3, 3, 2, 2, 2]);
    let (scores, reading) = results(&c);
    assert_eq!(
        strongest_sentence(c.framework(), &reading, &scores),
        "Your strongest themes are Strategic intent and Facilitative and collaborative style (100 out of 100 each)."
    );
    assert!(report(&c).contains("Your strongest themes are Strategic intent and Facilitative and collaborative style (100 out of 100 each)."));
}

#[test]
fn three_tied_strongest_themes_are_listed_with_commas_and_and() {
    // si, dt, fc 100; fo 0,0,0 = 0.
    let c = quick_results([3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0]);
    let (scores, reading) = results(&c);
    assert_eq!(
        strongest_sentence(c.framework(), &reading, &scores),
        "Your strongest themes are Strategic intent, Driving transformation and Facilitative and collaborative style (100 out of 100 each)."
    );
    assert_eq!(
        focus_sentence(c.framework(), &reading, &scores),
        "The theme to focus on is Flexibility and openness (0 out of 100)."
    );
}

#[test]
fn a_tied_focus_names_the_other_theme() {
    // dt 1,1,1 = 33 and fo 0,1,2 = 33 tie lowest; fo holds the 0.
    let c = quick_results([3, 3, 3, 1, 1, 1, 3, 3, 3, 0, 1, 2]);
    let (scores, reading) = results(&c);
    assert_eq!(
        focus_sentence(c.framework(), &reading, &scores),
        "The theme to focus on is Flexibility and openness (33 out of 100). It has the same score as Driving transformation."
    );
}

#[test]
fn even_scores_say_so_and_suggest_the_theme_holding_the_lowest_statement() {
    // Every theme 6/9 -> 67; fc-6 is the only 1.
    let c = quick_results([2, 2, 2, 2, 2, 2, 3, 2, 1, 2, 2, 2]);
    let text = report(&c);
    assert!(text.contains("Your scores are the same for every theme.\n"), "{text}");
    assert!(
        text.contains(
            "As your scores are even, a good place to start is Facilitative and collaborative style.\n"
        ),
        "{text}"
    );
    assert!(!text.contains("strongest"), "{text}");
}

#[test]
fn no_lowest_statements_names_the_top_label() {
    let fw = framework();
    assert_eq!(
        no_lowest_sentence(&fw),
        "You answered “Consistently” to every statement, so none stands out as lowest."
    );
    let c = quick_results([3; 12]);
    let text = report(&c);
    let l = lines(&text);
    let start =
        l.iter().position(|s| *s == "The statements I rated lowest, and one thing I will do").unwrap();
    assert_eq!(l[start + 1], "You answered “Consistently” to every statement, so none stands out as lowest.");
    assert_eq!(l[start + 2], "");
    assert!(!text.contains("One thing I will do:"), "{text}");
    for line in ["- Strategic intent: 100 out of 100", "- Flexibility and openness: 100 out of 100"] {
        assert!(l.contains(&line), "{text}");
    }
}

/// With every answer at the top of the scale the report says none stands out as lowest, so the
/// focus sentence must not claim that a theme "holds the statement you rated lowest".
#[test]
fn all_consistently_does_not_contradict_itself() {
    let text = report(&quick_results([3; 12]));
    assert!(text.contains("none stands out as lowest"), "{text}");
    assert!(!text.contains("holds the statement you rated lowest"), "{text}");
}

#[test]
fn a_theme_with_only_not_applicable_answers_has_no_score_line() {
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-1", "dt-9", "dt-10", "fc-1", "fo-1"]);
    let fw = Rc::new(load_framework(&d.to_string()).unwrap());
    let mut c = SelfCheck::new(fw.clone(), Mode::Quick);
    for (id, a) in [
        ("si-1", Answer::Scale(2)),
        ("dt-9", Answer::NotApplicable),
        ("dt-10", Answer::NotApplicable),
        ("fc-1", Answer::Scale(1)),
        ("fo-1", Answer::Scale(3)),
    ] {
        c = c.after(Action::Answer(id.into(), a));
    }
    // Four steps, then the summary.
    for _ in 0..5 {
        c = c.after(Action::Next);
    }
    assert_eq!(c.stage(), Stage::Results);
    let text = report(&c);
    let l = lines(&text);
    assert_eq!(l[2], "Quick check, 5 statements");
    for line in [
        "- Strategic intent: 67 out of 100",
        "- Driving transformation: no score (every statement does not apply to your role)",
        "- Facilitative and collaborative style: 33 out of 100",
        "- Flexibility and openness: 100 out of 100",
    ] {
        assert!(l.contains(&line), "missing {line:?} in\n{text}");
    }
    let dt9 = format!("- {}: Does not apply to my role", text_of(&fw, "dt-9"));
    let dt10 = format!("- {}: Does not apply to my role", text_of(&fw, "dt-10"));
    assert!(l.contains(&dt9.as_str()) && l.contains(&dt10.as_str()), "{text}");
    // N/A statements are never offered as "lowest": fc-1 (Sometimes), si-1 (Often).
    assert!(text.contains(&format!("1. {} (Sometimes)", text_of(&fw, "fc-1"))), "{text}");
    assert!(text.contains(&format!("2. {} (Often)", text_of(&fw, "si-1"))), "{text}");
    assert!(!text.contains("3. "), "{text}");
}

#[test]
fn statement_text_and_actions_are_copied_verbatim() {
    let mut d = doc();
    let hostile = "Uses <b>bold</b> & \"quotes\" – and 🌱";
    d["themes"][3]["behaviours"][0]["text"] = json!(hostile); // fo-1
    let fw = Rc::new(load_framework(&d.to_string()).unwrap());
    let mut c = SelfCheck::new(fw, Mode::Quick);
    for (i, id) in QUICK.iter().enumerate() {
        let v = if *id == "fo-1" { 0 } else { 3 };
        c = c.after(Action::Answer(id.to_string(), Answer::Scale(v)));
        if i % 3 == 2 {
            c = c.after(Action::Next);
        }
    }
    let c = c.after(Action::SetAction("fo-1".into(), "Line one\nLine <two> & 'three'".into()));
    let text = report(&c);
    assert!(text.contains(&format!("1. {hostile} (Rarely)\n")), "{text}");
    assert!(text.contains("   One thing I will do: Line one\nLine <two> & 'three'\n"), "{text}");
    assert!(text.contains(&format!("- {hostile}: Rarely\n")), "{text}");
}

#[test]
fn statements_not_yet_answered_say_so() {
    let c = SelfCheck::new(Rc::new(framework()), Mode::Quick)
        .after(Action::Answer("si-1".into(), Answer::Scale(1)));
    let fw = framework();
    let text = report(&c);
    assert!(text.contains(&format!("- {}: Sometimes\n", text_of(&fw, "si-1"))), "{text}");
    assert!(text.contains(&format!("- {}: (no answer)\n", text_of(&fw, "si-4"))), "{text}");
}

#[test]
fn with_no_theme_scored_no_theme_is_called_strongest() {
    let fw = framework();
    let none =
        Reading { strongest: vec![], focus: None, focus_tied_with: vec![], even: false, lowest: vec![] };
    assert_eq!(strongest_sentence(&fw, &none, &[]), "");
    assert_eq!(focus_sentence(&fw, &none, &[]), "");
}

#[test]
fn the_theme_that_moved_most_is_said_with_its_change_and_nothing_when_none_moved() {
    let fw = framework();
    let since = Day::new(2026, 3, 3).expect("a day");
    let moved = Change { theme: 0, before: 33, now: 100, since, later: false };
    assert_eq!(
        moved_sentence(&fw, Some(moved)),
        "Since your previous check, Strategic intent has moved most: up 67 since 3 March 2026."
    );
    assert_eq!(moved_sentence(&fw, None), "");
}
