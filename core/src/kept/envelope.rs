//! The versioned envelope every kept document and file opens with: `{"version":1,
//! "framework":…}` (with `"mode"` for progress, `"format"` for the file). It is read first,
//! whatever the rest holds, so that data from another release or for another check is told
//! apart from damaged data. One reading for the saved progress, the history and the file.

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::framework::codec::Parsed;

/// What a document must say of itself to be read by this release.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The `format` member (the file's), if one is required.
    pub format: Option<&'a str>,
    pub version: u64,
    pub framework: &'a str,
    /// The `mode` member (saved progress), if one is required.
    pub mode: Option<&'a str>,
}

/// Why a document's envelope does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// Not JSON, or not an object.
    Unreadable,
    /// Its `format` is not the one required.
    NotOurs,
    /// A version higher than this release's: written by a newer release.
    Newer,
    /// A version this release does not read (lower, or not a whole number).
    OtherVersion,
    /// Another framework or mode.
    OtherCheck,
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Loose,
    #[serde(default)]
    version: Loose,
    #[serde(default)]
    framework: Loose,
    #[serde(default)]
    mode: Loose,
}

/// The parsed document, if its envelope is what this release reads.
pub fn open(text: &str, expected: Expected) -> Result<Parsed, Mismatch> {
    let parsed = Parsed::parse_only(text).ok_or(Mismatch::Unreadable)?;
    let head: Head = parsed.is_object().then(|| parsed.read()).flatten().ok_or(Mismatch::Unreadable)?;
    let text_is = |loose: &Loose, want: &str| matches!(loose, Loose::Text(t) if t == want);
    if expected.format.is_some_and(|f| !text_is(&head.format, f)) {
        return Err(Mismatch::NotOurs);
    }
    match head.version {
        Loose::Number(v) if v == expected.version => {}
        Loose::Number(v) if v > expected.version => return Err(Mismatch::Newer),
        _ => return Err(Mismatch::OtherVersion),
    }
    if !text_is(&head.framework, expected.framework) || expected.mode.is_some_and(|m| !text_is(&head.mode, m))
    {
        return Err(Mismatch::OtherCheck);
    }
    Ok(parsed)
}

/// Any JSON value, keeping only a whole number or a string.
#[derive(Default, PartialEq)]
pub(crate) enum Loose {
    Number(u64),
    Text(String),
    #[default]
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(u64::try_from(v).map_or(Loose::Other, Loose::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_string()))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
        Ok(Loose::Other)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
        Ok(Loose::Other)
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }
}

#[cfg(test)]
mod tests {
    use serde::de::value::{Error, I64Deserializer};
    use serde::de::IntoDeserializer;

    use super::*;

    // In the browser serde-wasm-bindgen gives every whole number as a signed one, which serde_json
    // (the native tests' reader) never does for one above zero: read here as the browser reads it.
    #[test]
    fn a_whole_number_given_signed_is_a_number_and_a_negative_one_is_not() {
        let read = |v: i64| Loose::deserialize::<I64Deserializer<Error>>(v.into_deserializer());
        assert!(read(1).is_ok_and(|l| l == Loose::Number(1)));
        assert!(read(-1).is_ok_and(|l| l == Loose::Other));
    }
}
