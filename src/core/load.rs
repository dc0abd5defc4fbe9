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
    let problems = check(&doc)?;
    if problems.is_empty() {
        Ok(read_framework(&doc))
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

/// What a member of an object must be, and the rules its value must keep.
#[derive(Clone, Copy)]
enum Kind {
    /// Checked before the shape (`schema_version`): allowed, not read here.
    Any,
    /// Text, not blank.
    Text,
    /// Text, not blank if given.
    OptText,
    /// A valid id, unique within group `.0` (unless `NONE`).
    Id(usize),
    /// The id of a linked framework.
    Framework,
    /// A list of texts, none blank; at least one if `.0` names what is expected.
    Texts(&'static str),
    /// The answer scale: 2 to `MAX_SCALE` texts, none blank, all different.
    Scale,
    /// The quick check: ids of key behaviours, all different.
    Quick,
    Object(&'static [Field]),
    /// A list of objects; at least one if `.1` names what is expected.
    Objects(&'static [Field], &'static str),
    /// The list of themes: each theme's path also names it by its title.
    Themes,
}

/// A member's name and kind. Members are checked in this order, and an object's list of fields
/// is the "expected one of" of its unknown-field message.
type Field = (&'static str, Kind);

// Groups of values that must be unique within the document, or that others refer to.
const NONE: usize = 5;
const LINKED: usize = 0;
const THEMES: usize = 1;
const BEHAVIOURS: usize = 2;
const LABELS: usize = 3;
const QUICK: usize = 4;

const FRAMEWORK: &[Field] = &[
    ("schema_version", Kind::Any),
    ("id", Kind::Id(NONE)),
    ("title", Kind::Text),
    ("date", Kind::Text),
    ("publishers", Kind::Texts("at least one publisher")),
    ("summary", Kind::Text),
    (
        "about",
        Kind::Objects(&[("heading", Kind::Text), ("paragraphs", Kind::Texts("at least one paragraph"))], ""),
    ),
    ("attribution", Kind::Text),
    ("source_note", Kind::OptText),
    (
        "linked_frameworks",
        Kind::Objects(
            &[
                ("id", Kind::Id(LINKED)),
                ("name", Kind::Text),
                ("heading", Kind::Text),
                ("note", Kind::OptText),
            ],
            "",
        ),
    ),
    ("themes", Kind::Themes),
    (
        "self_check",
        Kind::Object(&[
            ("question", Kind::Text),
            ("scale", Kind::Scale),
            ("not_applicable", Kind::Text),
            ("quick", Kind::Quick),
        ]),
    ),
];

const THEME: &[Field] = &[
    ("id", Kind::Id(THEMES)),
    ("title", Kind::Text),
    ("tagline", Kind::Text),
    ("description", Kind::Text),
    (
        "behaviours",
        Kind::Objects(
            &[("id", Kind::Id(BEHAVIOURS)), ("text", Kind::Text), ("applies_to", Kind::OptText)],
            "at least one key behaviour",
        ),
    ),
    (
        "links",
        Kind::Objects(
            &[("framework", Kind::Framework), ("heading", Kind::Text), ("quotes", Kind::Texts(""))],
            "",
        ),
    ),
];

/// The rank of the problems of each member of the top level and of `self_check`: members are
/// checked in the order above (the first wrong shape found is the one reported), but problems
/// are listed id, title, date, summary, attribution, source_note, publishers, about,
/// linked_frameworks, themes, then question, not_applicable, scale, quick.
const TOP_RANKS: &[u8] = &[0, 0, 1, 2, 6, 3, 7, 4, 5, 8, 9, 10];
const SELF_CHECK_RANKS: &[u8] = &[10, 12, 11, 13];

/// Checks a document's shape and the rules a shape cannot express in one pass, with one table
/// (measured smaller in the Wasm than a validator of the read model). The first wrong shape is
/// the error; if the shape is right, the rules it breaks are its problems.
fn check(doc: &Json) -> Result<Vec<Problem>, LoadError> {
    let mut c = Checker::default();
    c.object(doc, FRAMEWORK, TOP_RANKS)?;
    // The quick check needs a behaviour of every theme.
    c.at.clear();
    c.at.push_str("self_check.quick");
    for (i, theme) in items(doc, "themes").iter().enumerate() {
        if !items(theme, "behaviours").iter().any(|b| c.seen(QUICK).contains(&str_of(b, "id"))) {
            c.problem(format!(
                "names no behaviour of themes[{i}] (\"{}\"); the quick check needs at least one per theme",
                str_of(theme, "title")
            ));
        }
    }
    Ok(c.problems)
}

#[derive(Default)]
struct Checker<'a> {
    /// The path of the value being checked, empty for the top level.
    at: String,
    /// Problems so far, in the order they are listed; `ranks` holds each one's rank.
    problems: Vec<Problem>,
    ranks: Vec<u8>,
    /// The rank of the problems of the current member of the top level or of `self_check`.
    rank: u8,
    /// The values seen so far in each group (`LINKED` ...). A list, not a hash set: documents
    /// are small, and hashing code measured larger in the Wasm.
    seen: [Vec<&'a str>; 5],
    /// More behaviours than allowed: their ids are not compared (a bound on the work).
    too_many: bool,
}

impl<'a> Checker<'a> {
    /// Checks that `v` is an object of `fields` (recursively), at the current path. Every
    /// member must be listed: an unknown member is refused, so a typo is reported, not ignored.
    /// `ranks` gives the rank of each member's problems, if not the rank of the whole object's.
    fn object(&mut self, v: &'a Json, fields: &[Field], ranks: &[u8]) -> Result<(), LoadError> {
        let Json::Object(members) = v else {
            return Err(shape(at_or_root(&self.at), found("an object", v)));
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
            return Err(shape(at_or_root(&self.at), detail));
        }
        for (i, &(name, kind)) in fields.iter().enumerate() {
            if let Some(&rank) = ranks.get(i) {
                self.rank = rank;
            }
            // A null member counts as missing.
            let Some(value) = v.get(name).filter(|v| !matches!(v, Json::Null)) else {
                if matches!(kind, Kind::Any | Kind::OptText) {
                    continue;
                }
                let mut detail = String::from("missing field `");
                detail.push_str(name);
                detail.push('`');
                return Err(shape(at_or_root(&self.at), detail));
            };
            let len = self.at.len();
            if len > 0 {
                self.at.push('.');
            }
            self.at.push_str(name);
            self.member(value, kind)?;
            self.at.truncate(len);
        }
        Ok(())
    }

    /// Checks a member's value against its kind, at the current path.
    fn member(&mut self, value: &'a Json, kind: Kind) -> Result<(), LoadError> {
        match kind {
            Kind::Any => {}
            Kind::Text | Kind::OptText => {
                let s = self.string(value)?;
                self.text(s);
            }
            Kind::Id(group) => {
                let id = self.string(value)?;
                let ok = !id.is_empty()
                    && id.len() <= 64
                    && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !ok {
                    self.problem(quoted(
                        id,
                        " is not a valid id; expected 1 to 64 characters of a-z, 0-9 and -",
                    ));
                }
                if !(group == BEHAVIOURS && self.too_many) {
                    self.unique(group, id);
                }
            }
            Kind::Framework => {
                let id = self.string(value)?;
                self.reference(LINKED, id, " is not the id of any of linked_frameworks");
            }
            // The one object member is `self_check`.
            Kind::Object(fields) => self.object(value, fields, SELF_CHECK_RANKS)?,
            Kind::Texts(expected) | Kind::Objects(_, expected) => {
                let items = self.list(value)?;
                if items.is_empty() && !expected.is_empty() {
                    self.none(expected);
                }
                for (i, item) in items.iter().enumerate() {
                    let len = self.enter(i);
                    match kind {
                        Kind::Objects(fields, _) => self.object(item, fields, &[])?,
                        _ => {
                            let s = self.string(item)?;
                            self.text(s);
                        }
                    }
                    self.at.truncate(len);
                }
            }
            Kind::Themes => {
                let themes = self.list(value)?;
                if themes.is_empty() {
                    self.none("at least one theme");
                }
                let total: usize = themes.iter().map(|t| items(t, "behaviours").len()).sum();
                if total > MAX_BEHAVIOURS {
                    self.too_many = true;
                    self.problem(format!(
                        "expected at most {MAX_BEHAVIOURS} key behaviours in all, found {total}"
                    ));
                }
                for (i, theme) in themes.iter().enumerate() {
                    let len = self.enter(i);
                    // Name the theme in every message about it, so the author need not count.
                    if let Some(title) = theme.get("title").and_then(Json::as_str) {
                        self.at.push_str(" (\"");
                        self.at.push_str(title);
                        self.at.push_str("\")");
                    }
                    self.object(theme, THEME, &[])?;
                    self.at.truncate(len);
                }
            }
            Kind::Scale | Kind::Quick => {
                let items = self.list(value)?;
                let scale = matches!(kind, Kind::Scale);
                if scale && !(2..=MAX_SCALE).contains(&items.len()) {
                    self.problem(format!("expected 2 to {MAX_SCALE} answer labels, found {}", items.len()));
                }
                for (i, item) in items.iter().enumerate() {
                    let len = self.enter(i);
                    let s = self.string(item)?;
                    if scale {
                        self.text(s);
                    } else {
                        self.reference(BEHAVIOURS, s, " is not the id of any key behaviour");
                        self.unique(QUICK, s);
                    }
                    self.at.truncate(len);
                }
                // Labels are compared after the blank ones are listed (all are texts by now).
                if scale {
                    for (i, item) in items.iter().enumerate() {
                        let len = self.enter(i);
                        self.unique(LABELS, item.as_str().unwrap_or_default());
                        self.at.truncate(len);
                    }
                }
            }
        }
        Ok(())
    }

    fn string(&self, v: &'a Json) -> Result<&'a str, LoadError> {
        v.as_str().ok_or_else(|| shape(self.at.clone(), found("a string", v)))
    }

    fn list(&self, v: &'a Json) -> Result<&'a [Json], LoadError> {
        match v {
            Json::Array(items) => Ok(items),
            _ => Err(shape(self.at.clone(), found("a list", v))),
        }
    }

    /// Moves to item `i` of the list at the current path; returns the length to truncate to.
    fn enter(&mut self, i: usize) -> usize {
        let len = self.at.len();
        push_index(&mut self.at, i);
        len
    }

    /// A broken rule at the current path, listed in the order of its rank.
    fn problem(&mut self, message: String) {
        let at = self.ranks.iter().rposition(|&r| r <= self.rank).map_or(0, |i| i + 1);
        self.ranks.insert(at, self.rank);
        self.problems.insert(at, Problem { path: self.at.clone(), message });
    }

    fn text(&mut self, s: &str) {
        if s.trim().is_empty() {
            self.problem("expected text, found an empty string".to_string());
        }
    }

    fn none(&mut self, expected: &str) {
        let mut message = String::from("expected ");
        message.push_str(expected);
        message.push_str(", found none");
        self.problem(message);
    }

    fn seen(&self, group: usize) -> &[&'a str] {
        self.seen.get(group).map_or(&[], Vec::as_slice)
    }

    fn unique(&mut self, group: usize, id: &'a str) {
        if self.seen(group).contains(&id) {
            self.problem(quoted(id, " is used more than once; expected a unique value"));
        } else if let Some(seen) = self.seen.get_mut(group) {
            seen.push(id);
        }
    }

    fn reference(&mut self, group: usize, id: &str, message: &str) {
        if !self.seen(group).contains(&id) {
            self.problem(quoted(id, message));
        }
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

fn str_of<'a>(o: &'a Json, name: &str) -> &'a str {
    o.get(name).and_then(Json::as_str).unwrap_or_default()
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
