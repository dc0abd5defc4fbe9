//! The wording of the results, shared by the results screen and the text a visitor copies or
//! downloads, so the two always say the same thing.

use crate::framework::model::Framework;
use crate::history::changes::Change;
use crate::results::reading::Reading;
use crate::results::scoring::ThemeScore;
use crate::self_check::questionnaire::{Answer, Mode};
use crate::self_check::state::SelfCheck;

fn title(fw: &Framework, theme: usize) -> &str {
    fw.themes.get(theme).map_or("", |t| t.title.as_str())
}

/// The titles of these themes. (A loop: a map and collect here was compiled once per caller.)
fn titles<'a>(fw: &'a Framework, themes: &[usize]) -> Vec<&'a str> {
    let mut titles = Vec::new();
    for &t in themes {
        titles.push(title(fw, t));
    }
    titles
}

fn score_of(scores: &[ThemeScore], theme: usize) -> Option<u8> {
    scores.iter().find(|s| s.theme == theme).and_then(|s| s.score)
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[&str]) -> String {
    let mut list = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == items.len() { " and " } else { ", " });
        }
        list.push_str(item);
    }
    list
}

/// "Quick check, 12 statements".
pub fn mode_label(mode: Mode, statements: usize) -> String {
    let name = match mode {
        Mode::Quick => "Quick check",
        Mode::Full => "Full check",
    };
    format!("{name}, {statements} statements")
}

/// "Strategic intent: 67 out of 100", or a note when nothing in the theme was scored.
pub fn score_line(fw: &Framework, s: &ThemeScore) -> String {
    match s.score {
        Some(score) => format!("{}: {score} out of 100", title(fw, s.theme)),
        None => format!("{}: no score (every statement does not apply to your role)", title(fw, s.theme)),
    }
}

pub fn strongest_sentence(fw: &Framework, reading: &Reading, scores: &[ThemeScore]) -> String {
    if reading.even {
        return "Your scores are the same for every theme.".to_string();
    }
    let names = titles(fw, &reading.strongest);
    let score = reading.strongest.first().and_then(|&t| score_of(scores, t)).unwrap_or(0);
    match names.len() {
        0 => String::new(),
        1 => format!("Your strongest theme is {} ({score} out of 100).", and_list(&names)),
        _ => format!("Your strongest themes are {} ({score} out of 100 each).", and_list(&names)),
    }
}

pub fn focus_sentence(fw: &Framework, reading: &Reading, scores: &[ThemeScore]) -> String {
    let Some(focus) = reading.focus else { return String::new() };
    let name = title(fw, focus);
    let score = score_of(scores, focus).unwrap_or(0);
    if reading.even {
        // Nothing stands out, so claim nothing about it: just suggest where to begin.
        format!("As your scores are even, a good place to start is {name}.")
    } else if reading.focus_tied_with.is_empty() {
        format!("The theme to focus on is {name} ({score} out of 100).")
    } else {
        let others = titles(fw, &reading.focus_tied_with);
        format!(
            "The theme to focus on is {name} ({score} out of 100). It has the same score as {}.",
            and_list(&others)
        )
    }
}

/// "Since your previous check, Strategic intent has moved most: up 11 since 3 March 2026."
/// Empty when nothing moved.
pub fn moved_sentence(fw: &Framework, moved: Option<Change>) -> String {
    moved.map_or(String::new(), |c| {
        format!("Since your previous check, {} has moved most: {}.", title(fw, c.theme), c.text(&fw.language))
    })
}

/// The label of an answer on the document's scale.
pub fn answer_label(fw: &Framework, answer: Answer) -> &str {
    match answer {
        Answer::Scale(v) => fw.self_check.scale.get(usize::from(v)).map_or("", String::as_str),
        Answer::NotApplicable => &fw.self_check.not_applicable,
    }
}

/// When nothing is below the top of the scale, there are no "lowest" statements to list.
pub fn no_lowest_sentence(fw: &Framework) -> String {
    let top = fw.self_check.scale.last().map_or("", String::as_str);
    format!("You answered “{top}” to every statement, so none stands out as lowest.")
}

/// The whole result as plain text, for "Copy my results" and "Download my results".
pub fn text_report(check: &SelfCheck, scores: &[ThemeScore], reading: &Reading, date: &str) -> String {
    let fw = check.framework();
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&format!("My leadership self-check results, {date}"));
    line(&fw.title);
    line(&mode_label(check.mode(), check.total()));
    line("");
    line("Scores (0 to 100)");
    for s in scores {
        line(&format!("- {}", score_line(fw, s)));
    }
    line("");
    for sentence in [strongest_sentence(fw, reading, scores), focus_sentence(fw, reading, scores)] {
        if !sentence.is_empty() {
            line(&sentence);
        }
    }
    line("");
    line("The statements I rated lowest, and one thing I will do");
    if reading.lowest.is_empty() {
        line(&no_lowest_sentence(fw));
    }
    for (n, &(t, b)) in reading.lowest.iter().enumerate() {
        let Some(behaviour) = fw.themes.get(t).and_then(|th| th.behaviours.get(b)) else { continue };
        let answer = check.answers().get(&behaviour.id).map_or("", |a| answer_label(fw, *a));
        line(&format!("{}. {} ({answer})", n + 1, behaviour.text));
        let action = check.actions().get(&behaviour.id).map_or("(not written yet)", String::as_str);
        line(&format!("   One thing I will do: {action}"));
    }
    line("");
    line("All my answers");
    for step in check.steps() {
        let Some((theme, behaviours)) = step.resolve(fw) else { continue };
        line(&theme.title);
        for &b in &behaviours {
            let answer = check.answers().get(&b.id).map_or("(no answer)", |a| answer_label(fw, *a));
            line(&format!("- {}: {answer}", b.text));
        }
    }
    line("");
    line(&format!("Source: {} ({}). {}", fw.title, fw.date, fw.attribution));
    line("Made in my browser; nothing was sent anywhere.");
    out
}
