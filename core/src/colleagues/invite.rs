//! The invitation a visitor sends colleagues: `#lsc-invite=1.<framework id>.<mode>[.<name>]` in
//! the partner page's own address. Fragments are not sent to servers; it carries no answer. The
//! name is percent-encoded UTF-8, bounded and free of control and bidirectional characters.
//!
//! A colleague's progress is kept with the invitation as a `Session`, so that a reload after the
//! invitation has left the address bar loses nothing.

use serde::{Deserialize, Serialize};

use crate::framework::codec::{to_text, Parsed};
use crate::framework::load::{is_bidi_control, is_invisible};
use crate::framework::model::{Framework, NAME_PLACEHOLDER};
use crate::self_check::questionnaire::Mode;
use crate::self_check::saved;
use crate::self_check::state::Progress;

/// The fragment's name, before `=`.
pub const FRAGMENT_KEY: &str = "lsc-invite";
/// This build writes and reads version 1.
pub const INVITE_VERSION: &str = "1";
/// The longest first name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub framework: String,
    pub mode: Mode,
    pub name: Option<String>,
}

/// Why an invitation in the address cannot be used; the message is shown to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteError {
    Damaged,
    Newer,
    OtherFramework,
    OtherMode,
}

impl InviteError {
    pub fn message(self) -> &'static str {
        match self {
            InviteError::Damaged => "The invitation in this page's address is damaged, so it cannot be used. Ask the person who sent it for the link again. You can still use the self-check yourself.",
            InviteError::Newer => "The invitation in this page's address was made by a newer version of this self-check. Ask the person who sent it to check the link. You can still use the self-check yourself.",
            InviteError::OtherFramework => "The invitation in this page's address is for a different self-check, not this one. You can still use this self-check yourself.",
            InviteError::OtherMode => "The invitation in this page's address is for the other version of this self-check (quick or full), not this one. You can still use this self-check yourself.",
        }
    }
}

/// A first name as kept: trimmed, at most `MAX_NAME_CHARS`, nothing that is control, bidi or
/// invisible (which could disguise the name). None when nothing is left or something was refused.
pub fn clean_name(name: &str) -> Option<String> {
    let name = name.trim();
    let refused = |c: char| c.is_control() || is_invisible(c) || is_bidi_control(c);
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(refused) {
        return None;
    }
    Some(name.to_string())
}

/// The fragment's value, without `#lsc-invite=`.
pub fn encode(invite: &Invite) -> String {
    let mut out = format!("{INVITE_VERSION}.{}.{}", invite.framework, invite.mode.as_str());
    if let Some(name) = &invite.name {
        out.push('.');
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The whole fragment, `#lsc-invite=…`.
pub fn fragment(invite: &Invite) -> String {
    format!("#{FRAGMENT_KEY}={}", encode(invite))
}

/// The invitation's value in a page's fragment (with or without `#`), if it has one: the
/// fragment may hold other `&`-separated parts of the partner's own.
pub fn find_in_fragment(hash: &str) -> Option<&str> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)?.strip_prefix('='))
}

/// The fragment with the invitation taken out, keeping the partner's own parts ("" when none).
pub fn without_invite(hash: &str) -> String {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let rest: Vec<&str> =
        hash.split('&').filter(|p| !p.starts_with(&format!("{FRAGMENT_KEY}=")) && !p.is_empty()).collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("#{}", rest.join("&"))
    }
}

/// Reads an invitation's value, whatever framework it names.
pub fn decode(value: &str) -> Result<Invite, InviteError> {
    if value.len() > 400 {
        return Err(InviteError::Damaged);
    }
    let mut parts = value.split('.');
    let version = parts.next().unwrap_or_default();
    if version != INVITE_VERSION {
        let newer = version.parse::<u32>().is_ok_and(|v| v > 1);
        return Err(if newer { InviteError::Newer } else { InviteError::Damaged });
    }
    let framework = parts.next().filter(|id| {
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    let mode = match parts.next() {
        Some("quick") => Some(Mode::Quick),
        Some("full") => Some(Mode::Full),
        _ => None,
    };
    let name = match parts.next() {
        None => None,
        Some(encoded) => {
            Some(percent_decode(encoded).as_deref().and_then(clean_name).ok_or(InviteError::Damaged)?)
        }
    };
    match (framework, mode, parts.next()) {
        (Some(framework), Some(mode), None) => Ok(Invite { framework: framework.to_string(), mode, name }),
        _ => Err(InviteError::Damaged),
    }
}

/// An invitation's value checked against the widget's own framework and mode.
pub fn read_for(value: &str, fw: &Framework, mode: Mode) -> Result<Invite, InviteError> {
    let invite = decode(value)?;
    if invite.framework != fw.id {
        Err(InviteError::OtherFramework)
    } else if invite.mode != mode {
        Err(InviteError::OtherMode)
    } else {
        Ok(invite)
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next()?, it.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

/// The question, "not applicable" label and the name as the colleague's flow puts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColleagueWords {
    pub question: String,
    pub not_applicable: String,
}

/// The document's wording for colleagues, with the name put in; None if it has none.
pub fn colleague_words(fw: &Framework, name: Option<&str>) -> Option<ColleagueWords> {
    let w = fw.self_check.colleagues.as_ref()?;
    let question = match name {
        Some(name) => w.question.replacen(NAME_PLACEHOLDER, name, 1),
        None => w.question_unnamed.clone(),
    };
    Some(ColleagueWords { question, not_applicable: w.not_applicable.clone() })
}

/// A colleague's response in progress, kept in this tab: the invitation, the nonce of the code
/// to come, and the answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub invite: Invite,
    pub nonce: u32,
    pub progress: Option<Progress>,
}

#[derive(Serialize, Deserialize)]
struct SavedSession {
    invite: String,
    nonce: u32,
    progress: Option<String>,
}

pub fn encode_session(fw: &Framework, s: &Session) -> String {
    to_text(&SavedSession {
        invite: encode(&s.invite),
        nonce: s.nonce,
        progress: s.progress.as_ref().map(|p| saved::encode(fw, s.invite.mode, p)),
    })
}

/// A kept session, if it still fits this framework and mode (a damaged one is dropped: it holds
/// a colleague's answers about someone else, which the invitation's link can give again).
pub fn decode_session(text: &str, fw: &Framework, mode: Mode) -> Option<Session> {
    let saved: SavedSession = Parsed::parse(text).ok()?.read()?;
    let invite = read_for(&saved.invite, fw, mode).ok()?;
    let progress = match saved.progress {
        Some(p) => Some(saved::decode(&p, fw, mode).ok()?),
        None => None,
    };
    Some(Session { invite, nonce: saved.nonce, progress })
}
