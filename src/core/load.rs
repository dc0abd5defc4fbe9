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
    let framework = read_framework(&doc)?;
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

/// An object being read, with its path for error messages. Every member must be read by name
/// (`fields` lists them): an unknown member is refused, so a typo is reported, not ignored.
struct Obj<'a> {
    at: String,
    members: &'a [(String, Json)],
}

impl<'a> Obj<'a> {
    fn new(value: &'a Json, at: String, fields: &[&str]) -> Result<Self, LoadError> {
        let obj = Self { at, members: &[] };
        let Json::Object(members) = value else {
            return Err(shape(&obj.at_or_root(), format!("expected an object, found {}", value.kind())));
        };
        if let Some((k, _)) = members.iter().find(|(k, _)| !fields.contains(&k.as_str())) {
            return Err(shape(
                &obj.at_or_root(),
                format!("unknown field `{k}`, expected one of {}", fields.join(", ")),
            ));
        }
        Ok(Self { members, ..obj })
    }

    fn path(&self, name: &str) -> String {
        if self.at.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.at)
        }
    }

    fn opt(&self, name: &str) -> Option<&'a Json> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v).filter(|v| **v != Json::Null)
    }

    fn req(&self, name: &str) -> Result<&'a Json, LoadError> {
        self.opt(name).ok_or_else(|| shape(&self.at_or_root(), format!("missing field `{name}`")))
    }

    fn at_or_root(&self) -> String {
        if self.at.is_empty() {
            "the top level".to_string()
        } else {
            self.at.clone()
        }
    }

    fn string(&self, name: &str) -> Result<String, LoadError> {
        let v = self.req(name)?;
        v.as_str().map(str::to_string).ok_or_else(|| expected_string(v, &self.path(name)))
    }

    fn opt_string(&self, name: &str) -> Result<Option<String>, LoadError> {
        match self.opt(name) {
            None => Ok(None),
            Some(v) => {
                v.as_str().map(|s| Some(s.to_string())).ok_or_else(|| expected_string(v, &self.path(name)))
            }
        }
    }

    fn list(&self, name: &str) -> Result<&'a [Json], LoadError> {
        match self.req(name)? {
            Json::Array(items) => Ok(items),
            other => Err(shape(&self.path(name), format!("expected a list, found {}", other.kind()))),
        }
    }

    fn strings(&self, name: &str) -> Result<Vec<String>, LoadError> {
        let items = self.list(name)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            match v.as_str() {
                Some(s) => out.push(s.to_string()),
                None => return Err(expected_string(v, &format!("{}[{i}]", self.path(name)))),
            }
        }
        Ok(out)
    }

    /// Reads each item of a list with `read`, which gets the item's path. (A loop, not
    /// `collect::<Result<…>>`, which measured larger in the Wasm.)
    fn each<T>(
        &self,
        name: &str,
        read: impl Fn(&'a Json, String) -> Result<T, LoadError>,
    ) -> Result<Vec<T>, LoadError> {
        let at = self.path(name);
        let items = self.list(name)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            out.push(read(v, format!("{at}[{i}]"))?);
        }
        Ok(out)
    }
}

fn shape(path: &str, detail: String) -> LoadError {
    LoadError::Shape { path: path.to_string(), detail }
}

fn expected_string(v: &Json, at: &str) -> LoadError {
    shape(at, format!("expected a string, found {}", v.kind()))
}

fn read_framework(doc: &Json) -> Result<Framework, LoadError> {
    let o = Obj::new(
        doc,
        String::new(),
        &[
            "schema_version",
            "id",
            "title",
            "date",
            "publishers",
            "summary",
            "about",
            "attribution",
            "source_note",
            "linked_frameworks",
            "themes",
            "self_check",
        ],
    )?;
    Ok(Framework {
        id: o.string("id")?,
        title: o.string("title")?,
        date: o.string("date")?,
        publishers: o.strings("publishers")?,
        summary: o.string("summary")?,
        about: o.each("about", |v, at| {
            let o = Obj::new(v, at, &["heading", "paragraphs"])?;
            Ok(AboutSection { heading: o.string("heading")?, paragraphs: o.strings("paragraphs")? })
        })?,
        attribution: o.string("attribution")?,
        source_note: o.opt_string("source_note")?,
        linked_frameworks: o.each("linked_frameworks", |v, at| {
            let o = Obj::new(v, at, &["id", "name", "heading", "note"])?;
            Ok(LinkedFramework {
                id: o.string("id")?,
                name: o.string("name")?,
                heading: o.string("heading")?,
                note: o.opt_string("note")?,
            })
        })?,
        themes: o.each("themes", read_theme)?,
        self_check: {
            let o = Obj::new(
                o.req("self_check")?,
                "self_check".into(),
                &["question", "scale", "not_applicable", "quick"],
            )?;
            SelfCheckSpec {
                question: o.string("question")?,
                scale: o.strings("scale")?,
                not_applicable: o.string("not_applicable")?,
                quick: o.strings("quick")?,
            }
        },
    })
}

fn read_theme(v: &Json, at: String) -> Result<Theme, LoadError> {
    // Name the theme in every message about it, so the author need not count.
    let at = match v.get("title").and_then(Json::as_str) {
        Some(title) => format!("{at} (\"{title}\")"),
        None => at,
    };
    let o = Obj::new(v, at, &["id", "title", "tagline", "description", "behaviours", "links"])?;
    Ok(Theme {
        id: o.string("id")?,
        title: o.string("title")?,
        tagline: o.string("tagline")?,
        description: o.string("description")?,
        behaviours: o.each("behaviours", |v, at| {
            let o = Obj::new(v, at, &["id", "text", "applies_to"])?;
            Ok(Behaviour {
                id: o.string("id")?,
                text: o.string("text")?,
                applies_to: o.opt_string("applies_to")?,
            })
        })?,
        links: o.each("links", |v, at| {
            let o = Obj::new(v, at, &["framework", "heading", "quotes"])?;
            Ok(Link {
                framework: o.string("framework")?,
                heading: o.string("heading")?,
                quotes: o.strings("quotes")?,
            })
        })?,
    })
}

/// Collects every rule the document breaks, in document order. Paths are only formatted when a
/// rule is broken: a valid document allocates nothing here, and the Wasm has fewer format calls.
fn validate(fw: &Framework) -> Vec<Problem> {
    let mut v = Validator::default();
    v.id("", "id", &fw.id);
    v.text("", "title", &fw.title);
    v.text("", "date", &fw.date);
    v.text("", "summary", &fw.summary);
    v.text("", "attribution", &fw.attribution);
    v.opt_text("", "source_note", fw.source_note.as_deref());
    v.non_empty("", "publishers", fw.publishers.len(), "at least one publisher");
    v.texts("", "publishers", &fw.publishers);
    for (i, section) in fw.about.iter().enumerate() {
        let at = format!("about[{i}]");
        v.text(&at, "heading", &section.heading);
        v.non_empty(&at, "paragraphs", section.paragraphs.len(), "at least one paragraph");
        v.texts(&at, "paragraphs", &section.paragraphs);
    }

    let mut framework_ids = Vec::new();
    for (i, lf) in fw.linked_frameworks.iter().enumerate() {
        let at = format!("linked_frameworks[{i}]");
        v.id(&at, "id", &lf.id);
        v.unique(&at, "id", &mut framework_ids, &lf.id);
        v.text(&at, "name", &lf.name);
        v.text(&at, "heading", &lf.heading);
        v.opt_text(&at, "note", lf.note.as_deref());
    }

    v.non_empty("", "themes", fw.themes.len(), "at least one theme");
    let total: usize = fw.themes.iter().map(|t| t.behaviours.len()).sum();
    if total > MAX_BEHAVIOURS {
        v.problem(
            "",
            "themes",
            format!("expected at most {MAX_BEHAVIOURS} key behaviours in all, found {total}"),
        );
    }
    let mut theme_ids = Vec::new();
    let mut behaviour_ids = Vec::new();
    for (i, theme) in fw.themes.iter().enumerate() {
        let at = format!("themes[{i}] (\"{}\")", theme.title);
        v.id(&at, "id", &theme.id);
        v.unique(&at, "id", &mut theme_ids, &theme.id);
        v.text(&at, "title", &theme.title);
        v.text(&at, "tagline", &theme.tagline);
        v.text(&at, "description", &theme.description);
        v.non_empty(&at, "behaviours", theme.behaviours.len(), "at least one key behaviour");
        for (j, b) in theme.behaviours.iter().enumerate() {
            let at = format!("{at}.behaviours[{j}]");
            v.id(&at, "id", &b.id);
            if total <= MAX_BEHAVIOURS {
                v.unique(&at, "id", &mut behaviour_ids, &b.id);
            }
            v.text(&at, "text", &b.text);
            v.opt_text(&at, "applies_to", b.applies_to.as_deref());
        }
        for (j, link) in theme.links.iter().enumerate() {
            let at = format!("{at}.links[{j}]");
            if !framework_ids.contains(&link.framework.as_str()) {
                v.problem(
                    &at,
                    "framework",
                    format!("\"{}\" is not the id of any of linked_frameworks", link.framework),
                );
            }
            v.text(&at, "heading", &link.heading);
            v.texts(&at, "quotes", &link.quotes);
        }
    }

    let sc = &fw.self_check;
    let at = "self_check";
    v.text(at, "question", &sc.question);
    v.text(at, "not_applicable", &sc.not_applicable);
    if !(2..=MAX_SCALE).contains(&sc.scale.len()) {
        v.problem(at, "scale", format!("expected 2 to {MAX_SCALE} answer labels, found {}", sc.scale.len()));
    }
    v.texts(at, "scale", &sc.scale);
    let mut labels = Vec::new();
    for (i, label) in sc.scale.iter().enumerate() {
        v.unique(at, &format!("scale[{i}]"), &mut labels, label);
    }
    let mut quick = Vec::new();
    for (i, id) in sc.quick.iter().enumerate() {
        let field = format!("quick[{i}]");
        if !behaviour_ids.contains(&id.as_str()) {
            v.problem(at, &field, format!("\"{id}\" is not the id of any key behaviour"));
        }
        v.unique(at, &field, &mut quick, id);
    }
    for (i, theme) in fw.themes.iter().enumerate() {
        if !theme.behaviours.iter().any(|b| quick.contains(&b.id.as_str())) {
            v.problem(
                at,
                "quick",
                format!("names no behaviour of themes[{i}] (\"{}\"); the quick check needs at least one per theme", theme.title),
            );
        }
    }
    v.problems
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    /// A broken rule at `at` (a path, empty for the top level) `.field`.
    fn problem(&mut self, at: &str, field: &str, message: String) {
        let path = if at.is_empty() { field.to_string() } else { format!("{at}.{field}") };
        self.problems.push(Problem { path, message });
    }

    fn text(&mut self, at: &str, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.problem(at, field, "expected text, found an empty string".to_string());
        }
    }

    /// Optional text may be left out, but not given blank (it would show as an empty line).
    fn opt_text(&mut self, at: &str, field: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.text(at, field, s);
        }
    }

    fn texts(&mut self, at: &str, field: &str, items: &[String]) {
        for (i, s) in items.iter().enumerate() {
            if s.trim().is_empty() {
                self.problem(
                    at,
                    &format!("{field}[{i}]"),
                    "expected text, found an empty string".to_string(),
                );
            }
        }
    }

    fn non_empty(&mut self, at: &str, field: &str, len: usize, expected: &str) {
        if len == 0 {
            self.problem(at, field, format!("expected {expected}, found none"));
        }
    }

    /// Ids end up in saved-state keys and element ids, so they are kept to a safe alphabet.
    fn id(&mut self, at: &str, field: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.problem(
                at,
                field,
                format!("\"{id}\" is not a valid id; expected 1 to 64 characters of a-z, 0-9 and -"),
            );
        }
    }

    /// A list, not a hash set: documents are small, and hashing code measured larger in the Wasm.
    fn unique<'a>(&mut self, at: &str, field: &str, seen: &mut Vec<&'a str>, id: &'a str) {
        if seen.contains(&id) {
            self.problem(at, field, format!("\"{id}\" is used more than once; expected a unique value"));
        } else {
            seen.push(id);
        }
    }
}
