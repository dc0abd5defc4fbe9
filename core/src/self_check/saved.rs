//! Saved state: the visitor's progress as a small JSON document, kept in the browser's storage
//! under `Kept::Progress`'s key. Decoding checks everything against the current framework,
//! so saved data that is corrupt, from another version, or about statements that no longer exist
//! is set aside (the view moves it to a `set_aside_key`, or leaves it where it is if it cannot)
//! rather than half-used.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::framework::codec::to_text;
use crate::framework::model::Framework;
use crate::kept::envelope::{self, Expected, Loose, Mismatch};
use crate::map::Map;
use crate::self_check::questionnaire::{allowed, find_asked, steps, Answer, Mode, Step, NOT_APPLICABLE};
use crate::self_check::state::{Progress, MAX_ACTION_CHARS};

/// Bumped when the saved format changes; older saves are then set aside, not misread.
pub const FORMAT_VERSION: u64 = 1;

/// Why saved data was set aside; the message is shown to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAside {
    Unreadable,
    OtherVersion,
    OtherCheck,
    Outdated,
}

impl From<Mismatch> for SetAside {
    fn from(m: Mismatch) -> Self {
        match m {
            Mismatch::Unreadable | Mismatch::NotOurs => SetAside::Unreadable,
            Mismatch::Newer | Mismatch::OtherVersion => SetAside::OtherVersion,
            Mismatch::OtherCheck => SetAside::OtherCheck,
        }
    }
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

/// The saved progress as written: `{"version":1,"framework":…,"mode":"quick","step":1,
/// "finished":false,"answers":{"si-1":3,"dt-9":"n/a"},"actions":{"si-1":"…"}}`, with
/// `"summary":true` at "Check your answers". That member is optional so that the format stays
/// version 1: saves from before it read as before, and a release from before it, which ignores
/// the member, resumes such a save at the last step with every answer.
#[derive(Serialize, Deserialize)]
pub(crate) struct Saved {
    version: u64,
    framework: String,
    mode: String,
    step: u64,
    finished: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    summary: bool,
    answers: Map<SavedAnswer>,
    actions: Map<String>,
}

/// An answer as saved: the scale position, or `"n/a"`.
pub(crate) struct SavedAnswer(pub(crate) Answer);

impl Serialize for SavedAnswer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Answer::Scale(v) => s.serialize_u8(v),
            Answer::NotApplicable => s.serialize_str(NOT_APPLICABLE),
        }
    }
}

impl<'de> Deserialize<'de> for SavedAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Loose::deserialize(d)? {
            Loose::Number(v) => u8::try_from(v).map(|v| SavedAnswer(Answer::Scale(v))).ok(),
            Loose::Text(s) if s == NOT_APPLICABLE => Some(SavedAnswer(Answer::NotApplicable)),
            _ => None,
        }
        .ok_or_else(|| D::Error::custom("expected a scale position or \"n/a\""))
    }
}

fn is_false(b: &bool) -> bool {
    !b
}

/// Answers as written, each a scale position or `"n/a"`.
pub(crate) fn saved_answers(answers: &Map<Answer>) -> Map<SavedAnswer> {
    let mut saved = Map::new();
    for (id, answer) in answers.iter() {
        saved.insert(id.clone(), SavedAnswer(*answer));
    }
    saved
}

pub fn encode(fw: &Framework, mode: Mode, p: &Progress) -> String {
    to_text(&saved(fw, mode, p))
}

/// The progress as written, for `encode` and for the file that moves everything to another device.
pub(crate) fn saved(fw: &Framework, mode: Mode, p: &Progress) -> Saved {
    Saved {
        version: FORMAT_VERSION,
        framework: fw.id.clone(),
        mode: mode.as_str().to_string(),
        step: u64::try_from(p.step).unwrap_or_default(),
        finished: p.finished,
        summary: p.summary,
        answers: saved_answers(&p.answers),
        actions: p.actions.clone(),
    }
}

pub fn decode(text: &str, fw: &Framework, mode: Mode) -> Result<Progress, SetAside> {
    let expected =
        Expected { format: None, version: FORMAT_VERSION, framework: &fw.id, mode: Some(mode.as_str()) };
    let parsed = envelope::open(text, expected).map_err(SetAside::from)?;
    let saved: Saved = parsed.read().ok_or(SetAside::Unreadable)?;
    let steps = steps(fw, mode);
    let step = usize::try_from(saved.step).ok().filter(|s| *s < steps.len()).ok_or(SetAside::Outdated)?;

    let (answers, actions) = checked(fw, &steps, &saved.answers, &saved.actions).ok_or(SetAside::Outdated)?;
    Ok(Progress { step, finished: saved.finished, summary: saved.summary, answers, actions })
}

/// Answers and plans as read, if every one names a statement asked in these steps with an
/// allowed answer; plans are cut to `MAX_ACTION_CHARS` and blank ones left out.
pub(crate) fn checked(
    fw: &Framework,
    steps: &[Step],
    answers: &Map<SavedAnswer>,
    actions: &Map<String>,
) -> Option<(Map<Answer>, Map<String>)> {
    let mut checked = (Map::new(), Map::new());
    for (id, SavedAnswer(answer)) in answers.iter() {
        if !find_asked(fw, steps, id).is_some_and(|b| allowed(fw, b, *answer)) {
            return None;
        }
        checked.0.insert(id.clone(), *answer);
    }
    for (id, text) in actions.iter() {
        find_asked(fw, steps, id)?;
        let text: String = text.chars().take(MAX_ACTION_CHARS).collect();
        // A blank plan is no plan, as when the visitor clears one (state.rs): the report then
        // says "not written yet" rather than showing an empty line.
        if !text.trim().is_empty() {
            checked.1.insert(id.clone(), text);
        }
    }
    Some(checked)
}
