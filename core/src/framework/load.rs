//! Loading a framework document: its encoding, JSON syntax, `schema_version`, then the shape
//! (serde: each field of the right type, no unknown fields), then the rules a type cannot
//! express ([`validate`]: unique ids, references, visible text). Every error names the field and,
//! where it is inside a theme, the theme, so the author of a document can fix it without guessing.
//!
//! The JSON itself is parsed by `serde_json` natively and by the browser's `JSON.parse` in the
//! Wasm (`codec`); both end in the same [`LoadError`] and the same messages.

use crate::framework::codec::Parsed;
use crate::framework::error::SCHEMA_VERSION;
pub use crate::framework::error::{LoadError, Problem};
use crate::framework::model::{Framework, NAME_PLACEHOLDER};

/// The most answer labels a scale may have: more would not fit a row of radios, and answers are
/// stored as small numbers.
pub const MAX_SCALE: usize = 10;
/// Key behaviours in all themes together: a self-check far longer than anyone would answer, and
/// a bound on the work of checking that their ids are unique.
pub const MAX_BEHAVIOURS: usize = 2_000;

/// The encoding a document's text shows signs of, if not UTF-8: a UTF-16 document read as
/// UTF-8 (as the browser's `Response.text()` does) keeps a NUL beside every ASCII character,
/// and its byte order mark becomes two U+FFFD.
pub fn foreign_encoding(text: &str) -> Option<&'static str> {
    let head: Vec<char> = text.trim_start_matches('\u{FFFD}').chars().take(8).collect();
    let nuls = head.iter().filter(|&&c| c == '\0').count();
    (head.len() >= 2 && nuls * 3 >= head.len()).then_some("UTF-16")
}

/// The same check on the bytes of a file (natively: the validator and build.rs).
pub fn foreign_encoding_of_bytes(bytes: &[u8]) -> Option<&'static str> {
    let bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if bom {
        return Some("UTF-16");
    }
    foreign_encoding(&String::from_utf8_lossy(bytes.get(..16).unwrap_or(bytes)))
}

/// The version check, made before the shape so that a document for another version gets that
/// message rather than a list of field errors. `found` is the member's value as JSON text.
pub fn check_version(found: Option<&str>) -> Result<(), LoadError> {
    match found {
        None => Err(LoadError::Version { found: None }),
        Some(v) if v.parse::<u64>() == Ok(SCHEMA_VERSION) => Ok(()),
        Some(v) => Err(LoadError::Version { found: Some(v.to_string()) }),
    }
}

/// The rules of a document that its types cannot express. The problems are listed in document
/// order; an empty list means the document can be used.
pub fn validate(fw: &Framework) -> Vec<Problem> {
    let mut c = Checker::default();
    c.id("id", &fw.id);
    c.language("language", &fw.language);
    c.text("title", &fw.title);
    c.text("date", &fw.date);
    c.texts("publishers", &fw.publishers, "at least one publisher");
    c.text("summary", &fw.summary);
    for (i, a) in fw.about.iter().enumerate() {
        c.text(&format!("about[{i}].heading"), &a.heading);
        c.texts(&format!("about[{i}].paragraphs"), &a.paragraphs, "at least one paragraph");
    }
    c.text("attribution", &fw.attribution);
    c.opt_text("source_note", fw.source_note.as_deref());

    let mut linked = Vec::new();
    for (i, l) in fw.linked_frameworks.iter().enumerate() {
        let at = format!("linked_frameworks[{i}]");
        c.id(&format!("{at}.id"), &l.id);
        c.unique(&format!("{at}.id"), &mut linked, &l.id);
        c.text(&format!("{at}.name"), &l.name);
        c.text(&format!("{at}.heading"), &l.heading);
        c.opt_text(&format!("{at}.note"), l.note.as_deref());
    }

    if fw.themes.is_empty() {
        c.problem("themes", "expected at least one theme, found none".to_string());
    }
    let total = fw.themes.iter().map(|t| t.behaviours.len()).sum::<usize>();
    if total > MAX_BEHAVIOURS {
        c.problem(
            "themes",
            format!("expected at most {MAX_BEHAVIOURS} key behaviours in all, found {total}"),
        );
    }
    let (mut themes, mut behaviours) = (Vec::new(), Vec::new());
    for (i, t) in fw.themes.iter().enumerate() {
        let at = theme_path(i, &t.title);
        c.id(&format!("{at}.id"), &t.id);
        c.unique(&format!("{at}.id"), &mut themes, &t.id);
        c.text(&format!("{at}.title"), &t.title);
        c.text(&format!("{at}.tagline"), &t.tagline);
        c.text(&format!("{at}.description"), &t.description);
        if t.behaviours.is_empty() {
            c.problem(&format!("{at}.behaviours"), "expected at least one key behaviour, found none".into());
        }
        for (j, b) in t.behaviours.iter().enumerate() {
            let at = format!("{at}.behaviours[{j}]");
            c.id(&format!("{at}.id"), &b.id);
            // Beyond the limit the ids are not compared: a bound on the work.
            if total <= MAX_BEHAVIOURS {
                c.unique(&format!("{at}.id"), &mut behaviours, &b.id);
            }
            c.text(&format!("{at}.text"), &b.text);
            c.opt_text(&format!("{at}.applies_to"), b.applies_to.as_deref());
        }
        for (j, l) in t.links.iter().enumerate() {
            let at = format!("{at}.links[{j}]");
            if !linked.contains(&l.framework.as_str()) {
                c.problem(
                    &format!("{at}.framework"),
                    quoted(&l.framework, " is not the id of any of linked_frameworks"),
                );
            }
            c.text(&format!("{at}.heading"), &l.heading);
            c.texts(&format!("{at}.quotes"), &l.quotes, "");
        }
    }

    let sc = &fw.self_check;
    c.text("self_check.question", &sc.question);
    if !(2..=MAX_SCALE).contains(&sc.scale.len()) {
        c.problem(
            "self_check.scale",
            format!("expected 2 to {MAX_SCALE} answer labels, found {}", sc.scale.len()),
        );
    }
    let mut labels = Vec::new();
    for (i, label) in sc.scale.iter().enumerate() {
        let at = format!("self_check.scale[{i}]");
        c.text(&at, label);
        c.unique(&at, &mut labels, label);
    }
    c.text("self_check.not_applicable", &sc.not_applicable);
    if let Some(w) = &sc.colleagues {
        c.text("self_check.colleagues.question", &w.question);
        if w.question.matches(NAME_PLACEHOLDER).count() != 1 {
            c.problem(
                "self_check.colleagues.question",
                format!("expected {NAME_PLACEHOLDER} exactly once, where the name goes"),
            );
        }
        c.text("self_check.colleagues.question_unnamed", &w.question_unnamed);
        if w.question_unnamed.contains(NAME_PLACEHOLDER) {
            c.problem(
                "self_check.colleagues.question_unnamed",
                format!("contains {NAME_PLACEHOLDER}; this question is for when there is no name"),
            );
        }
        c.text("self_check.colleagues.not_applicable", &w.not_applicable);
    }
    let mut quick = Vec::new();
    for (i, id) in sc.quick.iter().enumerate() {
        let at = format!("self_check.quick[{i}]");
        if total <= MAX_BEHAVIOURS && !behaviours.contains(&id.as_str()) {
            c.problem(&at, quoted(id, " is not the id of any key behaviour"));
        }
        c.unique(&at, &mut quick, id);
    }
    for (i, t) in fw.themes.iter().enumerate() {
        if !t.behaviours.iter().any(|b| sc.quick.contains(&b.id)) {
            c.problem(
                "self_check.quick",
                format!(
                    "names no behaviour of {}; the quick check needs at least one per theme",
                    theme_path(i, &t.title)
                ),
            );
        }
    }
    c.problems
}

/// `themes[i] ("Title")`: every message about a theme names it.
fn theme_path(i: usize, title: &str) -> String {
    format!("themes[{i}] (\"{title}\")")
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: &str, message: String) {
        self.problems.push(Problem { path: path.to_string(), message });
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.problem(
                path,
                quoted(id, " is not a valid id; expected 1 to 64 characters of a-z, 0-9 and -"),
            );
        }
    }

    /// A BCP 47 tag's shape (`en`, `en-GB`, `cy-GB`), as the schema's pattern says.
    fn language(&mut self, path: &str, tag: &str) {
        let mut subtags = tag.split('-');
        let first = subtags.next().unwrap_or_default();
        let ok = (2..=8).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_alphabetic())
            && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !ok {
            self.problem(path, quoted(tag, " is not a language tag; expected one such as en-GB"));
        }
    }

    fn unique<'a>(&mut self, path: &str, seen: &mut Vec<&'a str>, value: &'a str) {
        if seen.contains(&value) {
            self.problem(path, quoted(value, " is used more than once; expected a unique value"));
        } else {
            seen.push(value);
        }
    }

    /// Text shown to visitors: something visible, and no control characters that reorder it.
    fn text(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.problem(path, "expected text, found an empty string".to_string());
        } else if s.chars().all(|c| c.is_whitespace() || is_invisible(c)) {
            self.problem(path, "expected visible text, found only invisible characters".to_string());
        }
        if let Some(c) = s.chars().find(|&c| is_bidi_control(c)) {
            self.problem(
                path,
                format!(
                    "contains the bidirectional control character U+{:04X}, which can make text read differently from how it is stored; remove it",
                    u32::from(c)
                ),
            );
        }
    }

    fn opt_text(&mut self, path: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.text(path, s);
        }
    }

    /// A list of texts; at least one if `expected` names what is expected.
    fn texts(&mut self, path: &str, items: &[String], expected: &str) {
        if items.is_empty() && !expected.is_empty() {
            self.problem(path, format!("expected {expected}, found none"));
        }
        for (i, s) in items.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), s);
        }
    }
}

/// The embedding and isolate controls that reverse or reorder text (Trojan Source).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no visible space of their own: format characters (zero-width spaces and
/// joiners, marks, the byte order mark, soft hyphens) and the fillers that render as blanks.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// `"s"` followed by `rest`.
fn quoted(s: &str, rest: &str) -> String {
    format!("\"{s}\"{rest}")
}

/// The bundled document, which `build.rs` has already loaded with [`load_framework`] (the build
/// fails if it would refuse it): read once, with none of the checks a partner's document gets,
/// nor the code that finds where a syntax error is or names the path of a shape error (in the
/// Wasm, both are in the later module for partners' documents). Its only possible error is a
/// build that did not run `build.rs` (the loader that carries the text is paired with its Wasm by
/// the Wasm's hash), so it gives no reason.
pub fn load_bundled(text: &str) -> Option<Framework> {
    Parsed::parse_only(text).and_then(|parsed| parsed.read())
}

/// Parses and validates a framework document's text: the same steps and messages natively and
/// in the Wasm (see `codec`).
pub fn load_framework(text: &str) -> Result<Framework, LoadError> {
    if let Some(name) = foreign_encoding(text) {
        return Err(LoadError::Encoding(name));
    }
    let parsed = Parsed::parse(text)?;
    check_version(parsed.member_text("schema_version").as_deref())?;
    let fw: Framework = parsed.read_framework()?;
    #[cfg(target_arch = "wasm32")]
    parsed.unknown_member(&fw)?;
    match validate(&fw) {
        problems if problems.is_empty() => Ok(fw),
        problems => Err(LoadError::Invalid(problems)),
    }
}
