//! Saved state: the visitor's progress as a small JSON document, kept in the browser's storage
//! under a key per framework and mode. Decoding checks everything against the current framework,
//! so saved data that is corrupt, from another version, or about statements that no longer exist
//! is set aside (the view moves it to a `set_aside_key`, or leaves it where it is if it cannot)
//! rather than half-used.

use crate::core::map::Map;

use super::json::{self, Json};
use super::model::Framework;
use super::questionnaire::{allowed, find_asked, steps, Answer, Mode, NOT_APPLICABLE};
use super::state::{Progress, MAX_ACTION_CHARS};

/// Bumped when the saved format changes; older saves are then set aside, not misread.
pub const FORMAT_VERSION: u64 = 1;

/// Where a framework's progress in one mode is kept.
pub fn storage_key(framework_id: &str, mode: Mode) -> String {
    format!("leadership-self-check:v{FORMAT_VERSION}:{framework_id}:{}", mode.as_str())
}

/// Where saved data that could not be used is moved, so that nothing is lost: one key per
/// occasion (`stamp`, e.g. the time in milliseconds), so a second set-aside never overwrites
/// the first.
pub fn set_aside_key(framework_id: &str, mode: Mode, stamp: u64) -> String {
    format!("{}:set-aside:{stamp}", storage_key(framework_id, mode))
}

/// The start of every key this widget writes for a framework, in either mode: "Delete my
/// answers" removes them all.
pub fn framework_prefix(framework_id: &str) -> String {
    format!("leadership-self-check:v{FORMAT_VERSION}:{framework_id}:")
}

/// Why saved data was set aside; the message is shown to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAside {
    Unreadable,
    OtherVersion,
    OtherCheck,
    Outdated,
}

impl SetAside {
    pub fn message(self) -> &'static str {
        match self {
            SetAside::Unreadable => "Answers saved on this device could not be read, so this self-check starts afresh.",
            SetAside::OtherVersion => "Answers saved on this device are from another version of this self-check, so it starts afresh.",
            SetAside::OtherCheck => "Answers saved on this device belong to a different self-check, so this one starts afresh.",
            SetAside::Outdated => "Answers saved on this device refer to statements that have changed since, so this self-check starts afresh.",
        }
    }
}

pub fn encode(fw: &Framework, mode: Mode, p: &Progress) -> String {
    let mut out = String::with_capacity(256);
    out.push_str(&format!("{{\"version\":{FORMAT_VERSION},\"framework\":"));
    json::write_string(&mut out, &fw.id);
    out.push_str(&format!(
        ",\"mode\":\"{}\",\"step\":{},\"finished\":{},\"answers\":{{",
        mode.as_str(),
        p.step,
        p.finished
    ));
    for (i, (id, answer)) in p.answers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_string(&mut out, id);
        match answer {
            Answer::Scale(v) => out.push_str(&format!(":{v}")),
            Answer::NotApplicable => out.push_str(&format!(":\"{NOT_APPLICABLE}\"")),
        }
    }
    out.push_str("},\"actions\":{");
    for (i, (id, text)) in p.actions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_string(&mut out, id);
        out.push(':');
        json::write_string(&mut out, text);
    }
    out.push_str("}}");
    out
}

pub fn decode(text: &str, fw: &Framework, mode: Mode) -> Result<Progress, SetAside> {
    let doc = json::parse(text).map_err(|_| SetAside::Unreadable)?;
    let Json::Object(_) = doc else { return Err(SetAside::Unreadable) };
    if doc.get("version").and_then(Json::as_u64) != Some(FORMAT_VERSION) {
        return Err(SetAside::OtherVersion);
    }
    if doc.get("framework").and_then(Json::as_str) != Some(fw.id.as_str())
        || doc.get("mode").and_then(Json::as_str) != Some(mode.as_str())
    {
        return Err(SetAside::OtherCheck);
    }
    let steps = steps(fw, mode);
    let step = doc.get("step").and_then(Json::as_u64).ok_or(SetAside::Unreadable)?;
    let step = usize::try_from(step).ok().filter(|s| *s < steps.len()).ok_or(SetAside::Outdated)?;
    let finished = match doc.get("finished") {
        Some(Json::Bool(b)) => *b,
        _ => return Err(SetAside::Unreadable),
    };
    let (Some(Json::Object(answers)), Some(Json::Object(actions))) = (doc.get("answers"), doc.get("actions"))
    else {
        return Err(SetAside::Unreadable);
    };

    let mut progress = Progress { step, finished, answers: Map::new(), actions: Map::new() };
    for (id, value) in answers {
        let answer = match value {
            Json::String(s) if s == NOT_APPLICABLE => Answer::NotApplicable,
            v => Answer::Scale(v.as_u64().and_then(|n| u8::try_from(n).ok()).ok_or(SetAside::Unreadable)?),
        };
        let ok = find_asked(fw, &steps, id).is_some_and(|b| allowed(fw, b, answer));
        if !ok {
            return Err(SetAside::Outdated);
        }
        progress.answers.insert(id.clone(), answer);
    }
    for (id, value) in actions {
        let text = value.as_str().ok_or(SetAside::Unreadable)?;
        if find_asked(fw, &steps, id).is_none() {
            return Err(SetAside::Outdated);
        }
        let text: String = text.chars().take(MAX_ACTION_CHARS).collect();
        // A blank plan is no plan, as when the visitor clears one (state.rs): the report then
        // says "not written yet" rather than showing an empty line.
        if !text.trim().is_empty() {
            progress.actions.insert(id.clone(), text);
        }
    }
    Ok(progress)
}
