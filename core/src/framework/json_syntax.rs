//! Where a JSON text first breaks JSON's grammar (RFC 8259), for browsers whose `JSON.parse`
//! error names no place (WebKit): the widget then still tells the author the line and column.
//! A scan only: nothing is built, and nesting is kept on a list, not the call stack, so no
//! document can exhaust the stack.

/// The UTF-16 offset (as JavaScript counts) of the first character that breaks the grammar, or
/// of the end of a text that stops too soon; `None` when the text is valid JSON.
pub fn first_error(text: &str) -> Option<usize> {
    let at = Scan { bytes: text.as_bytes(), at: 0 }.run()?;
    Some(text.get(..at).map_or(0, |before| before.encode_utf16().count()))
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    /// The byte offset of the first error.
    fn run(mut self) -> Option<usize> {
        let mut open: Vec<u8> = Vec::new();
        'value: loop {
            self.space();
            let error = match self.peek() {
                Some(bracket @ (b'{' | b'[')) => {
                    self.at += 1;
                    self.space();
                    if !self.eat(if bracket == b'{' { b'}' } else { b']' }) {
                        open.push(bracket);
                        if bracket == b'{' && !self.key() {
                            return Some(self.at);
                        }
                        continue 'value;
                    }
                    None
                }
                Some(b'"') => (!self.string()).then_some(self.at),
                Some(b't') => self.word(b"true"),
                Some(b'f') => self.word(b"false"),
                Some(b'n') => self.word(b"null"),
                Some(b'-' | b'0'..=b'9') => self.number(),
                _ => Some(self.at),
            };
            if error.is_some() {
                return error;
            }
            // After a value: a comma (and, in an object, the next key), or the containers' ends.
            loop {
                self.space();
                let Some(&bracket) = open.last() else {
                    return (self.at < self.bytes.len()).then_some(self.at);
                };
                if self.eat(b',') {
                    if bracket == b'{' && !self.key() {
                        return Some(self.at);
                    }
                    continue 'value;
                }
                if !self.eat(if bracket == b'{' { b'}' } else { b']' }) {
                    return Some(self.at);
                }
                open.pop();
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// A member's name and its colon.
    fn key(&mut self) -> bool {
        self.space();
        if self.peek() != Some(b'"') || !self.string() {
            return false;
        }
        self.space();
        self.eat(b':')
    }

    /// A string, from its opening quote; stops at the first byte it cannot take.
    fn string(&mut self) -> bool {
        self.at += 1;
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return true;
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.at += 1,
                        Some(b'u') => {
                            self.at += 1;
                            for _ in 0..4 {
                                if !self.peek().is_some_and(|b| b.is_ascii_hexdigit()) {
                                    return false;
                                }
                                self.at += 1;
                            }
                        }
                        _ => return false,
                    }
                }
                Some(0x20..) => self.at += 1,
                _ => return false,
            }
        }
    }

    /// `true`, `false` or `null`: `None` when it is there.
    fn word(&mut self, word: &[u8]) -> Option<usize> {
        for &b in word {
            if !self.eat(b) {
                return Some(self.at);
            }
        }
        None
    }

    /// A number: `None` when it is well formed.
    fn number(&mut self) -> Option<usize> {
        self.eat(b'-');
        if !self.eat(b'0') && self.digits() == 0 {
            return Some(self.at);
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Some(self.at);
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _sign = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return Some(self.at);
            }
        }
        None
    }
}
