//! Loading a framework document: JSON syntax, then shape (each field of the right type, no
//! unknown fields), then the rules a shape cannot express (unique ids, references, non-empty text). Every error names the field and, where it
//! is inside a theme, the theme, so the author of a document can fix it without guessing.

use std::fmt;

use super::json::{self, Json};

use super::model::{AboutSection, Behaviour, Framework, Link, LinkedFramework, SelfCheckSpec, Theme};

/// The one schema version this build reads.
pub const SCHEMA_VERSION: u64 = 1;

/// The most answer labels a scale may have: more would not fit a row of radios, and answers are
/// stored as small numbers.
pub const MAX_SCALE: usize = 10;
/// Key behaviours in all themes together: a self-check far longer than anyone would answer, and
/// a bound on the check that their ids are unique (which compares each with those before it).
pub const MAX_BEHAVIOURS: usize = 2_000;

/// Why a framework document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all.
    Syntax { line: usize, column: usize, detail: String },
    /// `schema_version` is missing or not one this build reads.
    Version { found: Option<String> },
    /// A field is missing, unknown or of the wrong type.
    Shape { path: String, detail: String },
    /// Well-formed, but breaks a rule of the schema. Never empty.
    Invalid(Vec<Problem>),
}

/// One broken rule, at one place in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { line, column, detail } => write!(
                f,
                "The framework document is not valid JSON (line {line}, column {column}): {detail}."
            ),
            Self::Version { found: None } => write!(
                f,
                "The framework document has no schema_version; expected {SCHEMA_VERSION}."
            ),
            Self::Version { found: Some(v) } => write!(
                f,
                "The framework document has schema_version {v}, but this widget reads version {SCHEMA_VERSION}."
            ),
            Self::Shape { path, detail } => write!(f, "In the framework document at {path}: {detail}."),
            Self::Invalid(problems) => {
                write!(f, "The framework document has {} problem(s):", problems.len())?;
                for p in problems {
                    write!(f, " {}: {}.", p.path, p.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses and validates a framework document.
pub fn load_framework(text: &str) -> Result<Framework, LoadError> {
    let doc = json::parse(text).map_err(|e| LoadError::Syntax {
        line: e.line,
        column: e.column,
        detail: e.message.to_string(),
    })?;
    check_version(&doc)?;
    check_object(&doc, &mut String::new(), FRAMEWORK)?;
    let framework = read_framework(&doc);
    let problems = validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Checked first, so that a document for another version gets that message rather than a list
/// of field errors.
fn check_version(doc: &Json) -> Result<(), LoadError> {
    match doc.get("schema_version") {
        None => Err(LoadError::Version { found: None }),
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => Ok(()),
        Some(Json::Number(n)) => Err(LoadError::Version { found: Some(n.clone()) }),
        Some(other) => Err(LoadError::Version { found: Some(other.kind().to_string()) }),
    }
}

/// What a member of an object must be.
#[derive(Clone, Copy)]
enum Kind {
    /// Checked before the shape (`schema_version`): allowed, not read here.
    Any,
    Text,
    OptText,
    Texts,
    Object(&'static [Field]),
    Objects(&'static [Field]),
    /// A list of themes: each theme's path also names it by its title.
    Themes,
}

/// A member's name and kind. Members are checked in this order, and an object's list of fields
/// is the "expected one of" of its unknown-field message.
type Field = (&'static str, Kind);

const FRAMEWORK: &[Field] = &[
    ("schema_version", Kind::Any),
    ("id", Kind::Text),
    ("title", Kind::Text),
    ("date", Kind::Text),
    ("publishers", Kind::Texts),
    ("summary", Kind::Text),
    ("about", Kind::Objects(&[("heading", Kind::Text), ("paragraphs", Kind::Texts)])),
    ("attribution", Kind::Text),
    ("source_note", Kind::OptText),
    (
        "linked_frameworks",
        Kind::Objects(&[
            ("id", Kind::Text),
            ("name", Kind::Text),
            ("heading", Kind::Text),
            ("note", Kind::OptText),
        ]),
    ),
    ("themes", Kind::Themes),
    (
        "self_check",
        Kind::Object(&[
            ("question", Kind::Text),
            ("scale", Kind::Texts),
            ("not_applicable", Kind::Text),
            ("quick", Kind::Texts),
        ]),
    ),
];

const THEME: &[Field] = &[
    ("id", Kind::Text),
    ("title", Kind::Text),
    ("tagline", Kind::Text),
    ("description", Kind::Text),
    ("behaviours", Kind::Objects(&[("id", Kind::Text), ("text", Kind::Text), ("applies_to", Kind::OptText)])),
    ("links", Kind::Objects(&[("framework", Kind::Text), ("heading", Kind::Text), ("quotes", Kind::Texts)])),
];

/// Checks that `v` is an object of `fields` (recursively), with `at` its path ("" for the top
/// level). Every member must be listed: an unknown member is refused, so a typo is reported,
/// not ignored. One table and one path buffer instead of a reader per type: measured smaller.
fn check_object(v: &Json, at: &mut String, fields: &[Field]) -> Result<(), LoadError> {
    let Json::Object(members) = v else {
        return Err(shape(at_or_root(at), found("an object", v)));
    };
    if let Some((k, _)) = members.iter().find(|(k, _)| !fields.iter().any(|(name, _)| name == k)) {
        let mut detail = String::from("unknown field `");
        detail.push_str(k);
        detail.push_str("`, expected one of ");
        for (i, (name, _)) in fields.iter().enumerate() {
            if i > 0 {
                detail.push_str(", ");
            }
            detail.push_str(name);
        }
        return Err(shape(at_or_root(at), detail));
    }
    for &(name, kind) in fields {
        // A null member counts as missing.
        let Some(value) = v.get(name).filter(|v| !matches!(v, Json::Null)) else {
            if matches!(kind, Kind::Any | Kind::OptText) {
                continue;
            }
            let mut detail = String::from("missing field `");
            detail.push_str(name);
            detail.push('`');
            return Err(shape(at_or_root(at), detail));
        };
        let len = at.len();
        if len > 0 {
            at.push('.');
        }
        at.push_str(name);
        match kind {
            Kind::Any => {}
            Kind::Text | Kind::OptText => check_string(value, at)?,
            Kind::Object(fields) => check_object(value, at, fields)?,
            Kind::Texts | Kind::Objects(_) | Kind::Themes => {
                let Json::Array(items) = value else {
                    return Err(shape(at.clone(), found("a list", value)));
                };
                for (i, item) in items.iter().enumerate() {
                    let len = at.len();
                    push_index(at, i);
                    match kind {
                        Kind::Objects(fields) => check_object(item, at, fields)?,
                        Kind::Themes => {
                            // Name the theme in every message about it, so the author need not count.
                            if let Some(title) = item.get("title").and_then(Json::as_str) {
                                at.push_str(" (\"");
                                at.push_str(title);
                                at.push_str("\")");
                            }
                            check_object(item, at, THEME)?;
                        }
                        _ => check_string(item, at)?,
                    }
                    at.truncate(len);
                }
            }
        }
        at.truncate(len);
    }
    Ok(())
}

fn check_string(v: &Json, at: &str) -> Result<(), LoadError> {
    match v {
        Json::String(_) => Ok(()),
        _ => Err(shape(at.to_string(), found("a string", v))),
    }
}

fn at_or_root(at: &str) -> String {
    if at.is_empty() {
        "the top level".to_string()
    } else {
        at.to_string()
    }
}

/// Messages of strings only are pushed piece by piece: measured smaller in the Wasm than
/// `format!`, whose every use is code of its own.
fn found(expected: &str, v: &Json) -> String {
    let mut detail = String::from("expected ");
    detail.push_str(expected);
    detail.push_str(", found ");
    detail.push_str(v.kind());
    detail
}

fn shape(path: String, detail: String) -> LoadError {
    LoadError::Shape { path, detail }
}

// Reading a document whose shape has been checked: every member is there, of its kind.

fn text(o: &Json, name: &str) -> String {
    opt_text(o, name).unwrap_or_default()
}

fn opt_text(o: &Json, name: &str) -> Option<String> {
    o.get(name).and_then(Json::as_str).map(str::to_string)
}

fn items<'a>(o: &'a Json, name: &str) -> &'a [Json] {
    match o.get(name) {
        Some(Json::Array(items)) => items,
        _ => &[],
    }
}

fn texts(o: &Json, name: &str) -> Vec<String> {
    list(o, name, |v| v.as_str().unwrap_or_default().to_string())
}

/// Reads each item of list `name` with `read`. (A loop into a growing `Vec`: measured smaller
/// in the Wasm than `collect` or reserving the length first.)
fn list<T>(o: &Json, name: &str, read: impl Fn(&Json) -> T) -> Vec<T> {
    let mut out = Vec::new();
    for v in items(o, name) {
        out.push(read(v));
    }
    out
}

fn read_framework(d: &Json) -> Framework {
    let sc = d.get("self_check").unwrap_or(&Json::Null);
    Framework {
        id: text(d, "id"),
        title: text(d, "title"),
        date: text(d, "date"),
        publishers: texts(d, "publishers"),
        summary: text(d, "summary"),
        about: list(d, "about", |a| AboutSection {
            heading: text(a, "heading"),
            paragraphs: texts(a, "paragraphs"),
        }),
        attribution: text(d, "attribution"),
        source_note: opt_text(d, "source_note"),
        linked_frameworks: list(d, "linked_frameworks", |l| LinkedFramework {
            id: text(l, "id"),
            name: text(l, "name"),
            heading: text(l, "heading"),
            note: opt_text(l, "note"),
        }),
        themes: list(d, "themes", |t| Theme {
            id: text(t, "id"),
            title: text(t, "title"),
            tagline: text(t, "tagline"),
            description: text(t, "description"),
            behaviours: list(t, "behaviours", |b| Behaviour {
                id: text(b, "id"),
                text: text(b, "text"),
                applies_to: opt_text(b, "applies_to"),
            }),
            links: list(t, "links", |l| Link {
                framework: text(l, "framework"),
                heading: text(l, "heading"),
                quotes: texts(l, "quotes"),
            }),
        }),
        self_check: SelfCheckSpec {
            question: text(sc, "question"),
            scale: texts(sc, "scale"),
            not_applicable: text(sc, "not_applicable"),
            quick: texts(sc, "quick"),
        },
    }
}

/// Collects every rule the document breaks, in document order. The path of each place is kept
/// in one buffer and copied only when a rule is broken.
fn validate(fw: &Framework) -> Vec<Problem> {
    let mut v = Validator::default();
    v.id("id", &fw.id);
    v.text("title", &fw.title);
    v.text("date", &fw.date);
    v.text("summary", &fw.summary);
    v.text("attribution", &fw.attribution);
    v.opt_text("source_note", fw.source_note.as_deref());
    v.non_empty("publishers", fw.publishers.len(), "at least one publisher");
    v.texts("publishers", &fw.publishers);
    for (i, section) in fw.about.iter().enumerate() {
        v.enter(0, "about", i);
        v.text("heading", &section.heading);
        v.non_empty("paragraphs", section.paragraphs.len(), "at least one paragraph");
        v.texts("paragraphs", &section.paragraphs);
    }

    let mut framework_ids = Vec::new();
    for (i, lf) in fw.linked_frameworks.iter().enumerate() {
        v.enter(0, "linked_frameworks", i);
        v.id("id", &lf.id);
        v.unique("id", None, &mut framework_ids, &lf.id);
        v.text("name", &lf.name);
        v.text("heading", &lf.heading);
        v.opt_text("note", lf.note.as_deref());
    }

    v.at.clear();
    v.non_empty("themes", fw.themes.len(), "at least one theme");
    let total: usize = fw.themes.iter().map(|t| t.behaviours.len()).sum();
    if total > MAX_BEHAVIOURS {
        v.problem(
            "themes",
            None,
            format!("expected at most {MAX_BEHAVIOURS} key behaviours in all, found {total}"),
        );
    }
    let mut theme_ids = Vec::new();
    let mut behaviour_ids = Vec::new();
    for (i, theme) in fw.themes.iter().enumerate() {
        v.enter(0, "themes", i);
        v.at.push_str(" (\"");
        v.at.push_str(&theme.title);
        v.at.push_str("\")");
        let theme_at = v.at.len();
        v.id("id", &theme.id);
        v.unique("id", None, &mut theme_ids, &theme.id);
        v.text("title", &theme.title);
        v.text("tagline", &theme.tagline);
        v.text("description", &theme.description);
        v.non_empty("behaviours", theme.behaviours.len(), "at least one key behaviour");
        for (j, b) in theme.behaviours.iter().enumerate() {
            v.enter(theme_at, "behaviours", j);
            v.id("id", &b.id);
            if total <= MAX_BEHAVIOURS {
                v.unique("id", None, &mut behaviour_ids, &b.id);
            }
            v.text("text", &b.text);
            v.opt_text("applies_to", b.applies_to.as_deref());
        }
        for (j, link) in theme.links.iter().enumerate() {
            v.enter(theme_at, "links", j);
            if !framework_ids.contains(&link.framework.as_str()) {
                v.problem(
                    "framework",
                    None,
                    quoted(&link.framework, " is not the id of any of linked_frameworks"),
                );
            }
            v.text("heading", &link.heading);
            v.texts("quotes", &link.quotes);
        }
    }

    let sc = &fw.self_check;
    v.at.clear();
    v.at.push_str("self_check");
    v.text("question", &sc.question);
    v.text("not_applicable", &sc.not_applicable);
    if !(2..=MAX_SCALE).contains(&sc.scale.len()) {
        v.problem(
            "scale",
            None,
            format!("expected 2 to {MAX_SCALE} answer labels, found {}", sc.scale.len()),
        );
    }
    v.texts("scale", &sc.scale);
    let mut labels = Vec::new();
    for (i, label) in sc.scale.iter().enumerate() {
        v.unique("scale", Some(i), &mut labels, label);
    }
    let mut quick = Vec::new();
    for (i, id) in sc.quick.iter().enumerate() {
        if !behaviour_ids.contains(&id.as_str()) {
            v.problem("quick", Some(i), quoted(id, " is not the id of any key behaviour"));
        }
        v.unique("quick", Some(i), &mut quick, id);
    }
    for (i, theme) in fw.themes.iter().enumerate() {
        if !theme.behaviours.iter().any(|b| quick.contains(&b.id.as_str())) {
            v.problem(
                "quick",
                None,
                format!("names no behaviour of themes[{i}] (\"{}\"); the quick check needs at least one per theme", theme.title),
            );
        }
    }
    v.problems
}

/// `"s"` followed by `rest`.
fn quoted(s: &str, rest: &str) -> String {
    let mut out = String::from("\"");
    out.push_str(s);
    out.push('"');
    out.push_str(rest);
    out
}

/// Appends `[i]`.
fn push_index(out: &mut String, i: usize) {
    out.push('[');
    out.push_str(&i.to_string());
    out.push(']');
}

#[derive(Default)]
struct Validator {
    /// The path of the object being checked, empty for the top level.
    at: String,
    problems: Vec<Problem>,
}

impl Validator {
    /// Moves to item `i` of the list `name` of the object whose path is the first `len` bytes of
    /// the current one.
    fn enter(&mut self, len: usize, name: &str, i: usize) {
        self.at.truncate(len);
        if len > 0 {
            self.at.push('.');
        }
        self.at.push_str(name);
        push_index(&mut self.at, i);
    }

    /// A broken rule at `.field` (or `.field[index]`) of the current path.
    fn problem(&mut self, field: &str, index: Option<usize>, message: String) {
        let mut path = self.at.clone();
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
        if let Some(i) = index {
            push_index(&mut path, i);
        }
        self.problems.push(Problem { path, message });
    }

    fn text_at(&mut self, field: &str, index: Option<usize>, s: &str) {
        if s.trim().is_empty() {
            self.problem(field, index, "expected text, found an empty string".to_string());
        }
    }

    fn text(&mut self, field: &str, s: &str) {
        self.text_at(field, None, s);
    }

    /// Optional text may be left out, but not given blank (it would show as an empty line).
    fn opt_text(&mut self, field: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.text(field, s);
        }
    }

    fn texts(&mut self, field: &str, items: &[String]) {
        for (i, s) in items.iter().enumerate() {
            self.text_at(field, Some(i), s);
        }
    }

    fn non_empty(&mut self, field: &str, len: usize, expected: &str) {
        if len == 0 {
            let mut message = String::from("expected ");
            message.push_str(expected);
            message.push_str(", found none");
            self.problem(field, None, message);
        }
    }

    /// Ids end up in saved-state keys and element ids, so they are kept to a safe alphabet.
    fn id(&mut self, field: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.problem(
                field,
                None,
                quoted(id, " is not a valid id; expected 1 to 64 characters of a-z, 0-9 and -"),
            );
        }
    }

    /// A list, not a hash set: documents are small, and hashing code measured larger in the Wasm.
    fn unique<'a>(&mut self, field: &str, index: Option<usize>, seen: &mut Vec<&'a str>, id: &'a str) {
        if seen.contains(&id) {
            self.problem(field, index, quoted(id, " is used more than once; expected a unique value"));
        } else {
            seen.push(id);
        }
    }
}
