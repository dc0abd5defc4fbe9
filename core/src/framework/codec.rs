//! JSON text to and from the core's serde types. Natively (tests, tools, build.rs) with
//! `serde_json`; in the Wasm with the browser's own `JSON.parse`/`JSON.stringify` and
//! `serde-wasm-bindgen`, so that no JSON parser or printer is compiled into the download.

use serde::de::DeserializeOwned;
use serde::Serialize;

#[cfg(target_arch = "wasm32")]
use crate::framework::error::syntax_error_from_js;
use crate::framework::error::{shape_error, LoadError, Step};

#[cfg(not(target_arch = "wasm32"))]
type Value = serde_json::Value;
#[cfg(target_arch = "wasm32")]
type Value = wasm_bindgen::JsValue;

/// A parsed JSON text, ready to be read as one or more types.
pub struct Parsed(Value);

impl Parsed {
    /// Parses `text`; a syntax error says where, as far as the parser tells.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Result<Self, LoadError> {
        serde_json::from_str(text).map(Self).map_err(|e| {
            // serde_json ends its message with " at line L column C": given once, by the error.
            let message = e.to_string();
            let detail = message.split(" at line ").next().unwrap_or_default().to_string();
            LoadError::Syntax { line: Some(e.line()), column: Some(e.column()), detail }
        })
    }

    #[cfg(target_arch = "wasm32")]
    pub fn parse(text: &str) -> Result<Self, LoadError> {
        let value = js_sys::JSON::parse(text).map_err(|e| {
            let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            syntax_error_from_js(text, &message)
        })?;
        if let Some(detail) = refused_natively(&value) {
            return Err(LoadError::Syntax { line: None, column: None, detail: detail.into() });
        }
        Ok(Self(value))
    }

    /// Parses `text` without finding where a syntax error is: for kept data and the bundled
    /// document, whose errors no author reads. In the Wasm, the code that finds the place is then
    /// only in the later module that reads partners' documents.
    pub fn parse_only(text: &str) -> Option<Self> {
        #[cfg(not(target_arch = "wasm32"))]
        return serde_json::from_str(text).ok().map(Self);
        #[cfg(target_arch = "wasm32")]
        return js_sys::JSON::parse(text).ok().filter(|value| refused_natively(value).is_none()).map(Self);
    }

    /// Whether the text was a JSON object (not a list, string, number...).
    pub fn is_object(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.is_object();
        #[cfg(target_arch = "wasm32")]
        return self.0.is_object() && !js_sys::Array::is_array(&self.0);
    }

    /// A member of the top-level object as JSON text, if there is one.
    pub fn member_text(&self, name: &str) -> Option<String> {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.get(name).map(Value::to_string);
        #[cfg(target_arch = "wasm32")]
        return js_sys::Reflect::get(&self.0, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
            .and_then(|v| js_sys::JSON::stringify(&v).ok())
            .map(String::from);
    }

    /// The value read as `T`, or nothing if it does not fit.
    pub fn read<T: DeserializeOwned>(&self) -> Option<T> {
        #[cfg(not(target_arch = "wasm32"))]
        return T::deserialize(&self.0).ok();
        #[cfg(target_arch = "wasm32")]
        return serde_wasm_bindgen::from_value(self.0.clone()).ok();
    }

    /// The value read as `T`; if it does not fit, the error names the path and serde's reason.
    pub fn read_framework<T: DeserializeOwned>(&self) -> Result<T, LoadError> {
        #[cfg(not(target_arch = "wasm32"))]
        let read = serde_path_to_error::deserialize(&self.0);
        #[cfg(target_arch = "wasm32")]
        let read = serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(self.0.clone()));
        read.map_err(|e| {
            let steps = e.path().iter().map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => Step::Index(*index),
                serde_path_to_error::Segment::Map { key } => Step::Member(key),
                serde_path_to_error::Segment::Enum { variant } => Step::Member(variant),
                serde_path_to_error::Segment::Unknown => Step::Member("?"),
            });
            // serde-wasm-bindgen's errors are JavaScript Errors, shown as "Error: …".
            let detail = e.inner().to_string();
            let detail = detail.strip_prefix("Error: ").unwrap_or(&detail);
            shape_error(steps, detail, |i| self.theme_title(i))
        })
    }

    /// The title of theme `i`, to name it in messages.
    fn theme_title(&self, i: usize) -> Option<String> {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.get("themes")?.get(i)?.get("title")?.as_str().map(str::to_string);
        #[cfg(target_arch = "wasm32")]
        {
            let get = |v: &Value, key: &Value| js_sys::Reflect::get(v, key).ok();
            let themes = get(&self.0, &"themes".into())?;
            let theme = get(&themes, &Value::from(u32::try_from(i).ok()?))?;
            get(&theme, &"title".into())?.as_string()
        }
    }

    /// The first member of an object that `known` (the same document as read and written back
    /// by serde) does not have: serde-wasm-bindgen reads only the fields it knows, so unknown
    /// ones are found here, not by `deny_unknown_fields`. Natively serde refuses them itself.
    #[cfg(target_arch = "wasm32")]
    pub fn unknown_member<T: Serialize>(&self, known: &T) -> Result<(), LoadError> {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let Ok(known) = known.serialize(&serializer) else { return Ok(()) };
        let mut path = Vec::new();
        match first_unknown(&self.0, &known, &mut path) {
            None => Ok(()),
            Some(name) => {
                let steps = path.iter().map(|s: &PathStep| match s {
                    PathStep::Member(m) => Step::Member(m),
                    PathStep::Index(i) => Step::Index(*i),
                });
                Err(shape_error(steps, &format!("unknown field `{name}`"), |i| self.theme_title(i)))
            }
        }
    }
}

/// What serde_json would refuse natively in text that browsers' JSON.parse takes: lists and
/// objects nested deeper than its limit (128), and strings or names with a lone surrogate
/// (which would otherwise reach Rust as U+FFFD), so that no text is read differently here.
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
fn refused_natively(root: &Value) -> Option<&'static str> {
    use js_sys::{Array, JsString, Object};
    let lone_surrogate = |v: &Value| v.dyn_ref::<JsString>().is_some_and(|s| !s.is_valid_utf16());
    let mut stack = vec![(root.clone(), 0)];
    while let Some((value, depth)) = stack.pop() {
        if lone_surrogate(&value) {
            return Some("lone surrogate in a string");
        }
        if !value.is_object() {
            continue;
        }
        if depth >= 128 {
            return Some("recursion limit exceeded");
        }
        let children = if Array::is_array(&value) {
            Array::from(&value)
        } else {
            let object = Object::from(value);
            if Object::keys(&object).iter().any(|k| lone_surrogate(&k)) {
                return Some("lone surrogate in a member name");
            }
            Object::values(&object)
        };
        for child in children.iter() {
            stack.push((child, depth + 1));
        }
    }
    None
}

#[cfg(target_arch = "wasm32")]
enum PathStep {
    Member(String),
    Index(usize),
}

/// Depth-first, in document order: the first member of `value` that `known` lacks (a `null` one
/// counts as absent, as serde reads it), leaving its parent's path in `path`.
#[cfg(target_arch = "wasm32")]
fn first_unknown(value: &Value, known: &Value, path: &mut Vec<PathStep>) -> Option<String> {
    use js_sys::{Array, Object, Reflect};
    if Array::is_array(value) {
        let (items, known) = (Array::from(value), Array::from(known));
        for i in 0..items.length() {
            path.push(PathStep::Index(usize::try_from(i).ok()?));
            let found = first_unknown(&items.get(i), &known.get(i), path);
            if found.is_some() {
                return found;
            }
            path.pop();
        }
    } else if value.is_object() {
        let object = Object::from(value.clone());
        for key in Object::keys(&object) {
            let child = Reflect::get(value, &key).ok()?;
            let name = key.as_string()?;
            if !Reflect::has(known, &key).unwrap_or(false) {
                if child.is_null() {
                    continue;
                }
                return Some(name);
            }
            path.push(PathStep::Member(name));
            let found = first_unknown(&child, &Reflect::get(known, &key).ok()?, path);
            if found.is_some() {
                return found;
            }
            path.pop();
        }
    }
    None
}

/// `value` as JSON text.
pub fn to_text<T: Serialize>(value: &T) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return serde_json::to_string(value).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    return value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .map(String::from)
        .unwrap_or_default();
}
