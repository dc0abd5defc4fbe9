//! A small JSON reader and string writer.
//!
//! Measured: serde_json with serde_path_to_error cost about 47 KB gzip of Wasm here, half the
//! widget's whole budget. Framework documents and saved state need only this much: a strict
//! RFC 8259 parser into a tree, with line and column on every syntax error. Numbers are kept as
//! their text (the schema only has small whole numbers), which keeps float code out of the Wasm.

/// A parsed JSON value. Objects keep their members in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number's text, already checked against JSON's number grammar.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The name of this kind of value, for messages such as "expected a string, found a number".
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    /// A member of an object, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number that fits in u64 (so not "1.0" or "-1").
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }
}

/// Where and why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

/// Nesting deeper than this is refused rather than risking the stack on hostile input.
const MAX_DEPTH: usize = 64;
/// Items in one list or members in one object. Far above any framework's needs; it keeps the
/// checks for repeated names (and the validator's for repeated ids) from growing without bound
/// on a hostile document.
const MAX_ITEMS: usize = 10_000;

/// Parses a whole text as one JSON value.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser { text, pos: 0, message: "" };
    p.document().map_err(|Failed| p.syntax_error())
}

/// Appends `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(hex_digit((c as u32) >> 4));
                out.push(hex_digit((c as u32) & 0xf));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex_digit(n: u32) -> char {
    char::from_digit(n, 16).unwrap_or('0')
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    /// Why reading stopped, at `pos`: set by `fail`.
    message: &'static str,
}

/// Reading stopped; the parser holds where and why. (A unit error keeps every `Result` the
/// parser passes around small: measured smaller in the Wasm than carrying a `SyntaxError`.)
struct Failed;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn document(&mut self) -> Result<Json, Failed> {
        self.skip_ws();
        let value = self.value(0)?;
        self.skip_ws();
        if self.pos < self.text.len() {
            return self.fail("unexpected text after the end of the document");
        }
        Ok(value)
    }

    fn fail<T>(&mut self, message: &'static str) -> Result<T, Failed> {
        self.message = message;
        Err(Failed)
    }

    fn syntax_error(&self) -> SyntaxError {
        let message = self.message;
        // One pass over the bytes: a column counts characters, so UTF-8 continuation bytes
        // (0b10xx_xxxx) are skipped.
        let (mut line, mut column) = (1, 1);
        for b in self.text.bytes().take(self.pos) {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                column += 1;
            }
        }
        SyntaxError { line, column, message }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, Failed> {
        if self.text.get(self.pos..).is_some_and(|rest| rest.starts_with(word)) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.fail("expected a value")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, Failed> {
        if depth > MAX_DEPTH {
            return self.fail("the document is nested too deeply");
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.fail("expected a value"),
            None => self.fail("the document ends where a value was expected"),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, Failed> {
        self.pos += 1; // {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return self.fail("expected a member name in double quotes");
            }
            let at_key = self.pos;
            if members.len() == MAX_ITEMS {
                return self.fail("an object has more than 10000 members");
            }
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                self.pos = at_key;
                return self.fail("a member name is repeated in the same object");
            }
            self.skip_ws();
            if self.peek() != Some(b':') {
                return self.fail("expected ':' after a member name");
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return self.fail("expected ',' or '}' in an object"),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, Failed> {
        self.pos += 1; // [
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            if items.len() == MAX_ITEMS {
                return self.fail("a list has more than 10000 items");
            }
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return self.fail("expected ',' or ']' in a list"),
            }
        }
    }

    fn string(&mut self) -> Result<String, Failed> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote, backslash or control.
            let rest = self.text.get(self.pos..).unwrap_or_default();
            // Bytes, not chars: the three stops are ASCII, so a run ends on a character boundary.
            let run = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < b' ').unwrap_or(rest.len());
            out.push_str(rest.get(..run).unwrap_or_default());
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return self.fail("control characters must be escaped in strings"),
                None => return self.fail("a string is not closed"),
            }
        }
    }

    fn escape(&mut self) -> Result<char, Failed> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let first = self.hex4()?;
                return match first {
                    0xD800..=0xDBFF => {
                        if !self.text.get(self.pos..).is_some_and(|r| r.starts_with("\\u")) {
                            return self.fail("a \\u surrogate is not followed by its pair");
                        }
                        self.pos += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return self.fail("a \\u surrogate is not followed by its pair");
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        match char::from_u32(code) {
                            Some(c) => Ok(c),
                            None => self.fail("invalid \\u escape"),
                        }
                    }
                    _ => match char::from_u32(first) {
                        Some(c) => Ok(c),
                        None => self.fail("invalid \\u escape"),
                    },
                };
            }
            _ => return self.fail("invalid escape in a string"),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Failed> {
        let mut n = 0;
        for i in 0..4 {
            match self.text.as_bytes().get(self.pos + i).and_then(|&b| char::from(b).to_digit(16)) {
                Some(d) => n = n * 16 + d,
                None => return self.fail("invalid \\u escape"),
            }
        }
        self.pos += 4;
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, Failed> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let int = self.digits();
        if int == 0 || (leading_zero && int > 1) {
            return self.fail("invalid number");
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        Ok(Json::Number(self.text.get(start..self.pos).unwrap_or_default().to_string()))
    }
}
