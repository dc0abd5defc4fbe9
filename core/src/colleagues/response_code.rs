//! A colleague's response code: their answers about the visitor, short enough to paste into an
//! email. Bytes, then Crockford base32 in groups of four (`0A1B-…`), read back whatever the case,
//! spaces or dashes, with O read as 0 and I or L as 1.
//!
//! The bytes: a marker and the version (1), answer count (1), framework id hash (2), mode (1), fingerprint of the
//! asked statements' ids (2), nonce (4), the answers at four bits each (15 is "does not apply"),
//! then a CRC-32 of all that (4). The CRC detects any one changed character (five bits); the
//! count detects a truncated code; the fingerprint refuses a code made for a changed document.
//! The mode byte's 0x10 bit marks a code meant for a collector (the anonymous path), which the
//! visitor's entry refuses. A collector's combined code (`combined.rs`) shares this frame with
//! another marker and its own body; `pieces` finds the codes of either kind in pasted text.

use crate::framework::load::is_invisible;
use crate::framework::model::Framework;
use crate::map::Map;
use crate::self_check::questionnaire::{allowed, steps, Answer, Mode, Step};

pub const CODE_VERSION: u8 = 1;
/// The first byte's high half, so that other text is told from a code of another version.
const MAGIC: u8 = 0xA0;
/// A combined code's first byte's high half (its codes begin with R).
const COMBINED_MAGIC: u8 = 0xC0;
/// Set in the mode byte of a response meant for a collector.
const FOR_COLLECTOR: u8 = 0x10;
/// The header's bytes before what each kind of code carries.
pub(crate) const COMMON_HEADER: usize = 7;
/// Longer input than this is refused before it is read: a bound on the work and on storage.
pub const MAX_INPUT_CHARS: usize = 400;
/// Longer pasted text than this (room for `MAX_CODES` full codes and what email wraps them in)
/// is refused as a whole before it is split into codes.
pub const MAX_PASTE_CHARS: usize = 20_000;
const HEADER: usize = 11;
const CHECK: usize = 4;
const NOT_APPLICABLE: u8 = 15;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A response read from a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub nonce: u32,
    pub answers: Map<Answer>,
}

/// Why a code was refused; each message says what to do, and nothing is changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    Garbage,
    Truncated,
    Altered,
    Newer,
    OtherFramework,
    OtherMode,
    ChangedStatements,
    Duplicate,
    /// The visitor already has `MAX_CODES` codes.
    TooMany,
    /// One colleague's code meant for the collector the invitation named, given to the visitor.
    ForCollector,
    /// A combined code where colleagues' own codes are wanted (the collector's view).
    Combined,
    /// Fewer than three codes to combine.
    TooFewToCombine,
}

impl CodeError {
    pub fn message(self) -> &'static str {
        match self {
            CodeError::Empty => "Enter a response code",
            CodeError::Garbage => {
                "This is not a response code. Paste the code your colleague sent you, for example 0A1B-2C3D-…"
            }
            CodeError::Truncated => "This response code is incomplete. Check that you copied all of it",
            CodeError::Altered => {
                "This response code has a character wrong. Check it against the one your colleague sent you"
            }
            CodeError::Newer => {
                "This response code was made by a newer version of this self-check, so it cannot be read here"
            }
            CodeError::OtherFramework => "This response code is for a different self-check, not this one",
            CodeError::OtherMode => {
                "This response code is for the other version of this self-check (quick or full), not this one"
            }
            CodeError::ChangedStatements => {
                "This response code was made for statements that have changed since, so it cannot be compared"
            }
            CodeError::Duplicate => "You have already added this response code",
            CodeError::ForCollector => {
                "This response code is meant for the person you asked to collect your colleagues' codes, not for you: it holds one colleague's answers. Send it to them to combine with at least 2 others, and add the combined code they send you"
            }
            CodeError::Combined => {
                "This is a combined code, which only the person who asked for the views can add. Paste the codes colleagues sent you"
            }
            CodeError::TooFewToCombine => {
                "Add at least 3 colleagues' codes before combining them, so that the combined code holds only averages of 3 or more"
            }
            CodeError::TooMany => {
                "You have added 50 codes, the most this self-check keeps. Remove one before adding another"
            }
        }
    }
}

/// CRC-32 (IEEE), bit by bit: a few dozen bytes need no table.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// FNV-1a, folded to 16 bits: tells documents apart, not a secret.
fn hash16(parts: &[&str]) -> [u8; 2] {
    let mut h = 0x811c_9dc5u32;
    for part in parts {
        for b in part.bytes().chain([0]) {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    let folded = u16::try_from((h >> 16) ^ (h & 0xffff)).unwrap_or_default();
    folded.to_be_bytes()
}

/// The ids asked in this mode, in order.
pub(crate) fn asked_ids<'a>(fw: &'a Framework, steps: &'a [Step]) -> Vec<&'a str> {
    let mut ids = Vec::new();
    for (_, behaviours) in steps.iter().filter_map(|s| s.resolve(fw)) {
        ids.extend(behaviours.iter().map(|b| b.id.as_str()));
    }
    ids
}

fn mode_byte(mode: Mode) -> u8 {
    match mode {
        Mode::Quick => 1,
        Mode::Full => 2,
    }
}

/// The code for these answers, for the visitor; unanswered statements cannot be in a code (the
/// flow asks all).
pub fn encode(fw: &Framework, mode: Mode, nonce: u32, answers: &Map<Answer>) -> String {
    encode_for(fw, mode, nonce, answers, false)
}

/// The code for these answers, marked for a collector when the invitation named one: the
/// visitor's widget then refuses it, and only a collector's view reads it.
pub fn encode_for(
    fw: &Framework,
    mode: Mode,
    nonce: u32,
    answers: &Map<Answer>,
    for_collector: bool,
) -> String {
    let steps = steps(fw, mode);
    let ids = asked_ids(fw, &steps);
    let mut bytes = header(fw, mode, &ids, Kind::Response, ids.len(), for_collector);
    bytes.extend(nonce.to_be_bytes());
    let nibbles: Vec<u8> = ids
        .iter()
        .map(|id| match answers.get(id) {
            Some(Answer::Scale(v)) => (*v).min(14),
            Some(Answer::NotApplicable) | None => NOT_APPLICABLE,
        })
        .collect();
    for pair in nibbles.chunks(2) {
        let low = pair.get(1).copied().unwrap_or(0);
        bytes.push((pair.first().copied().unwrap_or(0) << 4) | low);
    }
    seal(bytes)
}

/// The kinds of code, told apart by the first byte's high half.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One colleague's answers.
    Response,
    /// A collector's combination of three or more responses: per theme, an average and a count.
    Combined,
}

impl Kind {
    fn marker(self) -> u8 {
        match self {
            Kind::Response => MAGIC,
            Kind::Combined => COMBINED_MAGIC,
        }
    }

    fn of(first: u8) -> Option<Kind> {
        [Kind::Response, Kind::Combined].into_iter().find(|k| first & 0xf0 == k.marker())
    }

    /// The whole code's bytes, given its second byte (answers, or themes).
    fn length(self, count: usize) -> usize {
        match self {
            Kind::Response => HEADER + count.div_ceil(2) + CHECK,
            // The number of codes combined, then an average and a count per theme.
            Kind::Combined => COMMON_HEADER + 1 + 2 * count + CHECK,
        }
    }
}

/// The header both kinds of code begin with: marker and version, count, framework, mode (with
/// the collector's flag), and the asked statements' fingerprint.
pub(crate) fn header(
    fw: &Framework,
    mode: Mode,
    ids: &[&str],
    kind: Kind,
    count: usize,
    for_collector: bool,
) -> Vec<u8> {
    let mut bytes = vec![kind.marker() | CODE_VERSION, u8::try_from(count).unwrap_or(u8::MAX)];
    bytes.extend(hash16(&[&fw.id]));
    bytes.push(mode_byte(mode) | if for_collector { FOR_COLLECTOR } else { 0 });
    bytes.extend(hash16(ids));
    bytes
}

/// The bytes with their CRC, written in groups of four.
pub(crate) fn seal(mut bytes: Vec<u8>) -> String {
    let crc = crc32(&bytes);
    bytes.extend(crc.to_be_bytes());
    group(&to_base32(&bytes))
}

fn to_base32(bytes: &[u8]) -> String {
    let (mut out, mut buffer, mut bits) = (String::new(), 0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(symbol((buffer >> bits) & 31));
        }
    }
    if bits > 0 {
        out.push(symbol((buffer << (5 - bits)) & 31));
    }
    out
}

fn symbol(v: u32) -> char {
    ALPHABET.get(usize::try_from(v).unwrap_or(0)).map_or('0', |&b| char::from(b))
}

/// Groups of four, joined by dashes, so the code can be read out and compared.
fn group(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Dashes of any kind, as word processors and chat apps turn a hyphen into: hyphen-minus,
/// the Unicode hyphens and dashes, the minus sign and their small and full-width forms.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2043}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// What email and chat put into a code without meaning to, and what a code never holds:
/// dashes of any kind, spaces (no-break ones too), line breaks and zero-width characters.
fn is_ignored(c: char) -> bool {
    c.is_whitespace() || is_dash(c) || is_invisible(c)
}

/// The symbols' values, reading lookalikes as Crockford says; None for any other character.
fn values(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in input.chars().filter(|&c| !is_ignored(c)) {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let v = ALPHABET.iter().position(|&a| char::from(a) == c)?;
        out.push(u8::try_from(v).ok()?);
    }
    Some(out)
}

/// The bytes that `values` spell, five bits a symbol, and whether the leftover bits are zero.
fn to_bytes(values: &[u8]) -> (Vec<u8>, bool) {
    let (mut bytes, mut buffer, mut bits) = (Vec::new(), 0u32, 0u32);
    for &v in values {
        buffer = ((buffer << 5) | u32::from(v)) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push(u8::try_from((buffer >> bits) & 0xff).unwrap_or(0));
        }
    }
    (bytes, buffer & ((1 << bits) - 1) == 0)
}

/// How many symbols the code that these values begin should have: Some when they begin a
/// version-1 code (whose answer count says its length); None when they begin no code, or one of
/// a newer version (whose length this build cannot know).
fn code_length(values: &[u8]) -> Option<usize> {
    let (bytes, _) = to_bytes(values.get(..4)?);
    let (first, count) = (*bytes.first()?, usize::from(*bytes.get(1)?));
    let kind = Kind::of(first).filter(|_| first & 0x0f == CODE_VERSION)?;
    Some((kind.length(count) * 8).div_ceil(5))
}

/// Whether the first `need` symbols of `next` end the code `symbols` begins, its check sum
/// holding: a code's last group run into the next code (by a zero-width space) is not a code of its own.
fn completes(symbols: &[u8], next: &[u8], need: usize) -> bool {
    let Some(tail) = next.get(..need) else { return false };
    let (bytes, _) = to_bytes(&[symbols, tail].concat());
    let Some((body, check)) = bytes.split_last_chunk::<CHECK>() else { return false };
    crc32(body) == u32::from_be_bytes(*check)
}

/// Whether a word begins a code: a group (four symbols) or more beginning a version-1 code, or a
/// code-like word beginning one of a newer version (the marker, then a version above 1). Shorter
/// words ("my", "Mum") are words.
fn begins_code(values: &[u8]) -> bool {
    let (bytes, _) = to_bytes(values.get(..2).unwrap_or_default());
    let newer = bytes.first().is_some_and(|&b| Kind::of(b).is_some() && b & 0x0f > CODE_VERSION);
    code_length(values).is_some() || (newer && values.len() >= CODE_LIKE)
}

/// Words of this length or more that begin no code are a code with its beginning changed, and
/// are refused as not a code; shorter ones are greetings, labels or sign-offs, and are passed
/// over when there are codes around them.
const CODE_LIKE: usize = 8;

/// Symbols' values in the code's written form.
fn written(values: &[u8]) -> String {
    group(&values.iter().map(|&v| symbol(u32::from(v))).collect::<String>())
}

/// The codes in text as email and chat leave it, each in its written form, in order: one code
/// or several, separated by spaces, commas or line breaks, or broken across lines; a label
/// before a colon on a line ("Code: ") and any dash, space, no-break or zero-width character
/// are passed over. Text that holds no code at all, or a long word that is not one, is kept as
/// written, for `decode` to refuse. Empty when there is nothing but blanks.
pub fn pieces(input: &str) -> Vec<String> {
    if input.chars().count() > MAX_PASTE_CHARS {
        return vec![input.chars().take(MAX_INPUT_CHARS + 1).collect()];
    }
    // Words: what a line holds after its last colon, split at blanks and punctuation a code never has.
    let words: Vec<(&str, Option<Vec<u8>>)> = input
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .flat_map(|line| {
            line.rsplit(':').next().unwrap_or_default().split(|c: char| {
                (c.is_whitespace() || ",;.!?\"'()[]<>«»“”‘’".contains(c)) && !is_invisible(c)
            })
        })
        .map(|w| (w, values(w)))
        .filter(|(_, v)| v.as_ref().is_none_or(|v| !v.is_empty()))
        .collect();
    let (mut out, mut others, mut found, mut i) = (Vec::new(), Vec::new(), false, 0);
    while let Some((word, v)) = words.get(i) {
        i += 1;
        let Some(mut symbols) = v.clone().filter(|v| begins_code(v)) else {
            others.push(*word);
            continue;
        };
        found = true;
        loop {
            // Codes run together (joined by a zero-width space, or nothing): each at its length.
            while let Some(rest) =
                code_length(&symbols).and_then(|n| symbols.get(n..)).filter(|r| begins_code(r))
            {
                let rest = rest.to_vec();
                symbols.truncate(symbols.len() - rest.len());
                out.push(written(&symbols));
                symbols = rest;
            }
            // A code typed in groups with spaces, or broken across lines: the words that follow,
            // up to its length, unless one of them is a whole code of its own.
            let Some(length) = code_length(&symbols) else { break };
            let before = symbols.len();
            while let Some((_, Some(next))) = words.get(i) {
                let need = length.saturating_sub(symbols.len());
                if need == 0
                    || (code_length(next).is_some() && next.len() > 4 && !completes(&symbols, next, need))
                {
                    break;
                }
                symbols.extend(next);
                i += 1;
            }
            if symbols.len() == before {
                break;
            }
        }
        out.push(written(&symbols));
        if others.iter().any(|w: &&str| w.chars().count() >= CODE_LIKE) {
            out.insert(out.len() - 1, others.join(" "));
        }
        others.clear();
    }
    if !others.is_empty() && (!found || others.iter().any(|w| w.chars().count() >= CODE_LIKE)) {
        out.push(others.join(" "));
    }
    out
}

/// A code's frame, checked: its kind, its count, whether it is meant for a collector, and the
/// bytes after the common header (before the CRC).
pub(crate) struct Frame {
    pub kind: Kind,
    pub count: usize,
    pub for_collector: bool,
    pub rest: Vec<u8>,
}
/// Reads a code's frame for this framework and mode: everything but what its kind carries. Any
/// input gives a result, never a panic.
pub(crate) fn unframe(input: &str, fw: &Framework, mode: Mode) -> Result<Frame, CodeError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(CodeError::Garbage);
    }
    let values = values(input).ok_or(CodeError::Garbage)?;
    if values.is_empty() {
        return Err(CodeError::Empty);
    }
    // Five bits a symbol: the whole bytes, and the leftover bits, which must be zero.
    let (bytes, leftover_clean) = to_bytes(&values);
    let first = *bytes.first().ok_or(CodeError::Truncated)?;
    let version = first & 0x0f;
    let kind = Kind::of(first).filter(|_| version != 0).ok_or(CodeError::Garbage)?;
    if version > CODE_VERSION {
        return Err(CodeError::Newer);
    }
    let count = usize::from(*bytes.get(1).ok_or(CodeError::Truncated)?);
    let expected = kind.length(count);
    if bytes.len() < expected {
        return Err(CodeError::Truncated);
    }
    let (body, check) = bytes.split_at(expected - CHECK);
    let check = check.get(..CHECK).and_then(|c| <[u8; 4]>::try_from(c).ok()).ok_or(CodeError::Truncated)?;
    if bytes.len() > expected || !leftover_clean || crc32(body) != u32::from_be_bytes(check) {
        return Err(CodeError::Altered);
    }
    let field = |range: std::ops::Range<usize>| body.get(range).unwrap_or_default();
    if field(2..4) != hash16(&[&fw.id]) {
        return Err(CodeError::OtherFramework);
    }
    let mode_field = field(4..5).first().copied().unwrap_or_default();
    if mode_field & !FOR_COLLECTOR != mode_byte(mode) {
        return Err(CodeError::OtherMode);
    }
    let steps = steps(fw, mode);
    let ids = asked_ids(fw, &steps);
    let asked = if kind == Kind::Response { ids.len() } else { steps.len() };
    if field(5..7) != hash16(&ids) || asked != count {
        return Err(CodeError::ChangedStatements);
    }
    let rest = field(COMMON_HEADER..body.len()).to_vec();
    Ok(Frame { kind, count, for_collector: mode_field & FOR_COLLECTOR != 0, rest })
}

/// Reads one colleague's answers from a checked frame.
pub(crate) fn response(frame: &Frame, fw: &Framework, mode: Mode) -> Result<Response, CodeError> {
    let steps = steps(fw, mode);
    let ids = asked_ids(fw, &steps);
    let field = |range: std::ops::Range<usize>| {
        frame.rest.get(range.start - COMMON_HEADER..range.end - COMMON_HEADER).unwrap_or_default()
    };
    let nonce = u32::from_be_bytes(<[u8; 4]>::try_from(field(7..11)).map_err(|_| CodeError::Truncated)?);
    let mut answers = Map::new();
    for (i, id) in ids.iter().enumerate() {
        let byte = field(HEADER + i / 2..HEADER + i / 2 + 1).first().copied().unwrap_or(0);
        let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 15 };
        let answer = if nibble == NOT_APPLICABLE { Answer::NotApplicable } else { Answer::Scale(nibble) };
        let behaviour = fw.behaviours().find(|b| b.id == *id).ok_or(CodeError::ChangedStatements)?;
        if !allowed(fw, behaviour, answer) {
            return Err(CodeError::Altered);
        }
        answers.insert((*id).to_string(), answer);
    }
    Ok(Response { nonce, answers })
}

/// Reads one colleague's response code meant for the visitor; one meant for a collector, or a
/// combined code, is refused as such.
pub fn decode(input: &str, fw: &Framework, mode: Mode) -> Result<Response, CodeError> {
    let frame = unframe(input, fw, mode)?;
    match (frame.kind, frame.for_collector) {
        (Kind::Combined, _) => Err(CodeError::Combined),
        (Kind::Response, true) => Err(CodeError::ForCollector),
        (Kind::Response, false) => response(&frame, fw, mode),
    }
}
