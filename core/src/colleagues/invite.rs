//! The invitation a visitor sends colleagues: `#lsc-invite=1.<framework id>.<mode>[.<name>]` in
//! the partner page's own address. Fragments are not sent to servers; it carries no answer. The
//! name is percent-encoded UTF-8, and must be a name (`clean_name`): a link that would show
//! colleagues an address or an instruction as someone's name is refused.
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
/// The collector's link's fragment name: the same value, opening the view that combines codes.
pub const COLLECT_KEY: &str = "lsc-collect";
/// This build writes and reads version 1.
pub const INVITE_VERSION: &str = "1";
/// The longest first name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub framework: String,
    pub mode: Mode,
    pub name: Option<String>,
    /// Who collects the colleagues' codes and combines them (the anonymous path), if anyone:
    /// colleagues then send their codes to them, not to the visitor.
    pub collector: Option<String>,
}

/// Why an invitation in the address cannot be used; the message is shown to the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteError {
    Damaged,
    Newer,
    OtherFramework,
    OtherMode,
    /// The name it gives is not a name: an address, a link, digits or an instruction.
    NotAName,
}

impl InviteError {
    pub fn message(self) -> &'static str {
        match self {
            InviteError::Damaged => "The invitation in this page's address is damaged, so it cannot be used. Ask the person who sent it for the link again. You can still use the self-check yourself.",
            InviteError::Newer => "The invitation in this page's address was made by a newer version of this self-check. Ask the person who sent it to check the link. You can still use the self-check yourself.",
            InviteError::OtherFramework => "The invitation in this page's address is for a different self-check, not this one. You can still use this self-check yourself.",
            InviteError::NotAName => "The invitation in this page's address gives a name that is not a name (it may be an address, a link or an instruction), so it cannot be used. Ask the person who sent it for the link again, and do not follow anything it says. You can still use the self-check yourself.",
            InviteError::OtherMode => "The invitation in this page's address is for the other version of this self-check (quick or full), not this one. You can still use this self-check yourself.",
        }
    }
}

/// The most words a name may have: a full name in any tradition, not a sentence.
pub const MAX_NAME_WORDS: usize = 5;

/// The punctuation a name may hold besides letters.
fn name_mark(c: char) -> bool {
    matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.')
}

/// Letters of any script (with the marks some scripts write them with), told without Unicode's
/// tables (which would add to every visitor's download): in ASCII, the letters; beyond it,
/// everything but control and invisible characters, the blocks of punctuation, symbols, digits,
/// full-width forms, private use and emoji that an address or an instruction would need.
fn letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let refused = matches!(
        c,
        '\u{0080}'..='\u{00BF}'
            | '\u{00D7}'
            | '\u{00F7}'
            | '\u{0660}'..='\u{066D}'
            | '\u{06F0}'..='\u{06F9}'
            | '\u{060C}'
            | '\u{061B}'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{0964}'..='\u{096F}'
            | '\u{09E6}'..='\u{09EF}'
            | '\u{0A66}'..='\u{0A6F}'
            | '\u{0AE6}'..='\u{0AEF}'
            | '\u{0B66}'..='\u{0B6F}'
            | '\u{0BE6}'..='\u{0BEF}'
            | '\u{0C66}'..='\u{0C6F}'
            | '\u{0CE6}'..='\u{0CEF}'
            | '\u{0D66}'..='\u{0D6F}'
            | '\u{0E50}'..='\u{0E59}'
            | '\u{0ED0}'..='\u{0ED9}'
            | '\u{1040}'..='\u{1049}'
            | '\u{17E0}'..='\u{17E9}'
            | '\u{1810}'..='\u{1819}'
            | '\u{2000}'..='\u{2BFF}'
            | '\u{2E00}'..='\u{2E7F}'
            | '\u{3000}'..='\u{303F}'
            | '\u{E000}'..='\u{F8FF}'
            | '\u{FE10}'..='\u{FE6F}'
            | '\u{FF00}'..='\u{FFEF}'
            | '\u{FFF0}'..='\u{FFFF}'
            | '\u{1D7CE}'..='\u{1D7FF}'
            | '\u{1F000}'..
    );
    !refused && !disguising(c)
}

/// A name as kept: trimmed; letters of any script, spaces, hyphens, apostrophes and full stops;
/// at most `MAX_NAME_CHARS` characters and `MAX_NAME_WORDS` words; a full stop only after a
/// letter and before a space or the end ("J. Smith", not "evil.example"). None when nothing is
/// left or anything else is there: an address, a web link, digits, a colon or an instruction is
/// not shown to colleagues as someone's name, nor are control, bidi or invisible characters.
pub fn clean_name(name: &str) -> Option<String> {
    let name = name.trim();
    let chars: Vec<char> = name.chars().collect();
    let full_stops_end_words = chars.iter().enumerate().filter(|(_, &c)| c == '.').all(|(i, _)| {
        i.checked_sub(1).and_then(|p| chars.get(p)).is_some_and(|&c| letter(c))
            && chars.get(i + 1).is_none_or(|&c| c == ' ')
    });
    let fits = !chars.is_empty()
        && chars.len() <= MAX_NAME_CHARS
        && name.split_whitespace().count() <= MAX_NAME_WORDS
        && chars.iter().any(|&c| letter(c))
        && chars.iter().all(|&c| letter(c) || name_mark(c))
        && full_stops_end_words;
    fits.then(|| name.to_string())
}

/// Characters that could disguise text, which make an invitation damaged rather than misnamed.
fn disguising(c: char) -> bool {
    c.is_control() || is_invisible(c) || is_bidi_control(c)
}

/// The fragment's value, without `#lsc-invite=`: `1.<framework>.<mode>[.<name>[.<collector>]]`,
/// the name empty when only a collector is named.
pub fn encode(invite: &Invite) -> String {
    let mut out = format!("{INVITE_VERSION}.{}.{}", invite.framework, invite.mode.as_str());
    let push = |out: &mut String, name: Option<&String>| {
        out.push('.');
        for b in name.map(String::as_bytes).unwrap_or_default() {
            if b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_' {
                out.push(char::from(*b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    };
    if invite.name.is_some() || invite.collector.is_some() {
        push(&mut out, invite.name.as_ref());
    }
    if invite.collector.is_some() {
        push(&mut out, invite.collector.as_ref());
    }
    out
}

/// The whole fragment, `#lsc-invite=…`.
pub fn fragment(invite: &Invite) -> String {
    format!("#{FRAGMENT_KEY}={}", encode(invite))
}

/// The collector's link's fragment, `#lsc-collect=…`.
pub fn collect_fragment(invite: &Invite) -> String {
    format!("#{COLLECT_KEY}={}", encode(invite))
}

/// The invitation's value in a page's fragment (with or without `#`), if it has one: the
/// fragment may hold other `&`-separated parts of the partner's own.
pub fn find_in_fragment(hash: &str) -> Option<&str> {
    find_key(hash, FRAGMENT_KEY)
}

/// The collector's link's value in a page's fragment, if it has one.
pub fn find_collect(hash: &str) -> Option<&str> {
    find_key(hash, COLLECT_KEY)
}

fn find_key<'a>(hash: &'a str, key: &str) -> Option<&'a str> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').find_map(|part| part.strip_prefix(key)?.strip_prefix('='))
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
    let mut name = || -> Result<Option<String>, InviteError> {
        match parts.next() {
            None | Some("") => Ok(None),
            Some(encoded) => {
                let decoded = percent_decode(encoded)
                    .filter(|n| !n.chars().any(disguising))
                    .ok_or(InviteError::Damaged)?;
                Ok(Some(clean_name(&decoded).ok_or(InviteError::NotAName)?))
            }
        }
    };
    let (name, collector) = (name()?, name()?);
    match (framework, mode, parts.next()) {
        (Some(framework), Some(mode), None) => {
            Ok(Invite { framework: framework.to_string(), mode, name, collector })
        }
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
    let saved: SavedSession = Parsed::parse_only(text)?.read()?;
    let invite = read_for(&saved.invite, fw, mode).ok()?;
    let progress = match saved.progress {
        Some(p) => Some(saved::decode(&p, fw, mode).ok()?),
        None => None,
    };
    Some(Session { invite, nonce: saved.nonce, progress })
}
