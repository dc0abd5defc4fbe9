//! Why a framework document was refused, with the path and the messages the widget, the
//! validator and build.rs all give: shared by the loader (`load`) and the JSON reader (`codec`),
//! so that neither needs the other.

use std::fmt;

/// The one schema version this build reads.
pub const SCHEMA_VERSION: u64 = 1;

/// Where the widget's messages send an author for the whole list of problems.
pub const VALIDATOR_HINT: &str =
    "The validator (cargo run --bin validate-framework -- FILE) lists every problem.";

/// Why a framework document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Saved in an encoding other than UTF-8 (named here, e.g. "UTF-16").
    Encoding(&'static str),
    /// Not JSON at all. Line and column are known natively and from most browsers' messages.
    Syntax { line: Option<usize>, column: Option<usize>, detail: String },
    /// `schema_version` is missing or not one this build reads (the value as JSON text).
    Version { found: Option<String> },
    /// A field is missing, unknown or of the wrong type, as serde reports it.
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
            Self::Encoding(name) => write!(
                f,
                "The framework document is saved as {name}; save it as UTF-8 (without a byte order mark)."
            ),
            Self::Syntax { line, column, detail } => {
                write!(f, "The framework document is not valid JSON")?;
                match (line, column) {
                    (Some(line), Some(column)) => write!(f, " (line {line}, column {column})")?,
                    (Some(line), None) => write!(f, " (line {line})")?,
                    _ => {}
                }
                write!(f, ": {detail}.")
            }
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

impl LoadError {
    /// The message the widget shows and sends with `lsc:error`: what is wrong, then where to get
    /// the full report.
    pub fn widget_message(&self) -> String {
        format!("{self} {VALIDATOR_HINT}")
    }
}

/// Where a JSON syntax error is, from the browser's `JSON.parse` message, whose wording differs
/// by engine: Firefox says "at line L column C", Chromium "at position P (line L column C)" or
/// only "at position P" (counted in UTF-16 code units), WebKit often gives no place at all:
/// then the place is found by scanning the text (`json_syntax`).
pub fn syntax_error_from_js(text: &str, message: &str) -> LoadError {
    let number_after = |word: &str| -> Option<usize> {
        let start = message.find(word)? + word.len();
        let digits: String = message
            .get(start..)?
            .chars()
            .skip_while(|c| *c == ' ')
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    let position = || number_after("position").or_else(|| crate::framework::json_syntax::first_error(text));
    let (line, column) = match (number_after("line"), number_after("column")) {
        (Some(line), Some(column)) => (Some(line), Some(column)),
        _ => match position() {
            Some(position) => {
                let (line, column) = line_column(text, position);
                (Some(line), Some(column))
            }
            None => (None, None),
        },
    };
    let detail = message.trim().trim_end_matches('.').to_string();
    LoadError::Syntax { line, column, detail }
}

/// 1-based line and column of the character at `utf16_offset`.
fn line_column(text: &str, utf16_offset: usize) -> (usize, usize) {
    let (mut line, mut column, mut at) = (1, 1, 0);
    for c in text.chars() {
        if at >= utf16_offset {
            break;
        }
        at += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// One step of the path serde reports for a shape error.
pub enum Step<'a> {
    Member(&'a str),
    Index(usize),
}

/// A shape error at `steps` with serde's message. `title_of_theme(i)` names theme `i` in the
/// path, so the author need not count. A missing field is reported at its own path
/// (`themes[2].behaviours[0].text: missing field`).
pub fn shape_error<'a>(
    steps: impl IntoIterator<Item = Step<'a>>,
    detail: &str,
    title_of_theme: impl Fn(usize) -> Option<String>,
) -> LoadError {
    let mut path = String::new();
    let mut in_themes = false;
    for (depth, step) in steps.into_iter().enumerate() {
        match step {
            Step::Member(name) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(name);
                in_themes = depth == 0 && name == "themes";
            }
            Step::Index(i) => {
                path.push_str(&format!("[{i}]"));
                if in_themes {
                    if let Some(title) = title_of_theme(i) {
                        path.push_str(&format!(" (\"{title}\")"));
                    }
                }
                in_themes = false;
            }
        }
    }
    let mut detail = detail.to_string();
    // An unknown member is reported at the object that has it, without serde's list of the
    // expected ones (the Wasm finds unknown members itself and has no such list).
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default().to_string();
        if path == name {
            path.clear();
        } else if let Some(parent) = path.strip_suffix(&name).and_then(|p| p.strip_suffix('.')) {
            path.truncate(parent.len());
        }
        detail = format!("unknown field `{name}`");
    }
    if let Some(name) = detail.strip_prefix("missing field `").and_then(|d| d.strip_suffix('`')) {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
        detail = "missing".to_string();
    }
    if path.is_empty() {
        path.push_str("the top level");
    }
    LoadError::Shape { path, detail }
}
