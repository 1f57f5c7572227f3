//! A position-keeping, zero-copy JSON parser (RFC 8259).
//!
//! Unlike `serde_json::Value`, the tree built here records the byte [`Span`] of every
//! value and of every object key, keeps object members in source order with their
//! duplicates noted, and borrows strings from the input whenever they hold no escape.
//!
//! The parser works on bytes, allocates only the vectors of arrays and objects (and the
//! few strings that contain escapes, and the list of duplicate keys when there is one),
//! never recurses deeper than [`MAX_DEPTH`] frames, and reports syntax errors with a
//! byte offset and a message that never quotes the input (which may hold secrets).

use std::borrow::Cow;
use std::collections::HashSet;

use super::Span;

/// The deepest nesting of arrays and objects accepted; the root array or object is
/// depth 1, and opening one deeper than this is a syntax error.
pub(crate) const MAX_DEPTH: usize = 128;

/// The most bytes a block of a common allocator's fast path holds (glibc's per-thread
/// cache stops at 1032): a bigger one takes its central bins, about a thousand
/// instructions more to allocate and free.
pub(crate) const SMALL_BLOCK: usize = 1024;

/// Objects with more members than this switch duplicate detection from a linear scan
/// of the earlier keys to a hash set.
const SCAN_LIMIT: usize = 16;

/// A JSON value with the byte span of its whole text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node<'s> {
    /// The bytes of the value's text, from its first to one past its last byte.
    pub span: Span,
    /// The value itself.
    pub value: Value<'s>,
}

/// A parsed JSON value, borrowing from the source text where it can.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'s> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number: the exact source text, checked against the JSON grammar.
    Number(&'s str),
    /// A string, unescaped; borrowed from the source when it holds no escape.
    String(Cow<'s, str>),
    /// An array.
    Array(Vec<Node<'s>>),
    /// An object: its members in source order, duplicates kept.
    Object(Vec<Member<'s>>),
}

/// One `"key": value` member of an object.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member<'s> {
    /// The key, unescaped; borrowed from the source when it holds no escape.
    pub key: Cow<'s, str>,
    /// The span of the key's text, quotes included.
    pub key_span: Span,
    /// The member's value.
    pub value: Node<'s>,
}

/// The result of a successful parse.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parsed<'s> {
    /// The root value.
    pub root: Node<'s>,
    /// Where the key of every member that repeats an earlier key of its object starts,
    /// in increasing order ([`Parsed::is_duplicate`]). Kept apart from the members,
    /// which a flag would make a word bigger: an object of eleven members then no
    /// longer fits the block an allocator serves fastest.
    pub duplicates: Vec<usize>,
}

impl Parsed<'_> {
    /// Whether an earlier member of the same object has the same (unescaped) key as
    /// `member`.
    pub(crate) fn is_duplicate(&self, member: &Member<'_>) -> bool {
        !self.duplicates.is_empty()
            && self
                .duplicates
                .binary_search(&member.key_span.start)
                .is_ok()
    }
}

/// A JSON syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// The byte offset of the fault; the length of the text for an unexpected end.
    pub offset: usize,
    /// What is wrong, in lower case, without a trailing period and without quoting
    /// the input; a hint for a common mistake may follow after `; `.
    pub message: String,
}

/// Parses `text` as one JSON document.
///
/// A leading byte order mark is an error (the caller strips it), as is anything but
/// whitespace after the root value.
///
/// # Errors
///
/// Returns the first [`SyntaxError`] met.
pub(crate) fn parse(text: &str) -> Result<Parsed<'_>, SyntaxError> {
    if text.starts_with('\u{feff}') {
        return Err(error(0, "unexpected byte order mark"));
    }
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        duplicates: Vec::new(),
    };
    parser.skip_whitespace();
    if parser.pos == text.len() {
        return Err(error(text.len(), "empty document: expected a JSON value"));
    }
    let root = parser.value(0)?;
    parser.skip_whitespace();
    if let Some(&byte) = parser.bytes.get(parser.pos) {
        let hint = if byte == b'/' {
            "comments are not allowed in JSON"
        } else {
            "one file holds one document"
        };
        return Err(error(
            parser.pos,
            format!("unexpected content after the JSON document; {hint}"),
        ));
    }
    // A member is noted once its value is parsed: inner duplicates come first.
    parser.duplicates.sort_unstable();
    Ok(Parsed {
        root,
        duplicates: parser.duplicates,
    })
}

/// Builds a [`SyntaxError`].
#[cold]
fn error(offset: usize, message: impl Into<String>) -> SyntaxError {
    SyntaxError {
        offset,
        message: message.into(),
    }
}

/// Bytes that end the fast scan of a string: `"`, `\` and the control characters.
static STRING_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// The parser's state: the text and the current byte offset.
struct Parser<'s> {
    /// The whole source text.
    text: &'s str,
    /// The source text as bytes.
    bytes: &'s [u8],
    /// The offset of the next byte to read.
    pos: usize,
    /// The key offsets of the duplicate members met so far.
    duplicates: Vec<usize>,
}

impl<'s> Parser<'s> {
    /// The byte at the current offset, if any.
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skips JSON whitespace: space, tab, line feed, carriage return.
    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// The error for an unexpected byte (or end) where `expected` was wanted, with a
    /// hint when the byte starts a common mistake.
    #[cold]
    fn unexpected(&self, expected: &str) -> SyntaxError {
        match self.peek() {
            None => error(self.pos, "unexpected end of input"),
            Some(b'\'') => error(
                self.pos,
                format!("{expected}; single quotes are not JSON: use double quotes"),
            ),
            Some(b'/') => error(
                self.pos,
                format!("{expected}; comments are not allowed in JSON"),
            ),
            Some(_) => error(self.pos, expected),
        }
    }

    /// Parses the value starting at the current offset (whitespace already skipped);
    /// `depth` is the number of arrays and objects enclosing it.
    fn value(&mut self, depth: usize) -> Result<Node<'s>, SyntaxError> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b'"') => Value::String(self.string()?),
            Some(b'{') => {
                if depth >= MAX_DEPTH {
                    return Err(error(start, "nesting deeper than 128 levels"));
                }
                self.pos += 1;
                self.object(depth + 1)?
            }
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(error(start, "nesting deeper than 128 levels"));
                }
                self.pos += 1;
                self.array(depth + 1)?
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b't') if self.bytes[start..].starts_with(b"true") => {
                self.pos += 4;
                Value::Bool(true)
            }
            Some(b'f') if self.bytes[start..].starts_with(b"false") => {
                self.pos += 5;
                Value::Bool(false)
            }
            Some(b'n') if self.bytes[start..].starts_with(b"null") => {
                self.pos += 4;
                Value::Null
            }
            Some(b'+') => return Err(error(start, "invalid number; a leading `+` is not allowed")),
            Some(b'.') => {
                return Err(error(
                    start,
                    "invalid number; a digit is required before `.`",
                ));
            }
            Some(byte) if byte.is_ascii_alphabetic() => return Err(self.bad_word()),
            _ => return Err(self.unexpected("expected value")),
        };
        Ok(Node {
            span: Span::new(start, self.pos),
            value,
        })
    }

    /// The error for a word that is not a JSON literal, at the current offset.
    #[cold]
    fn bad_word(&self) -> SyntaxError {
        let rest = &self.bytes[self.pos..];
        let len = rest
            .iter()
            .position(|byte| !byte.is_ascii_alphanumeric() && *byte != b'_')
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if len == rest.len()
            && [&b"true"[..], b"false", b"null"]
                .iter()
                .any(|literal| literal.starts_with(word))
        {
            return error(self.bytes.len(), "unexpected end of input");
        }
        let is = |candidate: &str| word.eq_ignore_ascii_case(candidate.as_bytes());
        let message = if is("true") || is("false") || is("null") {
            "expected value; JSON literals are lower case: `true`, `false`, `null`"
        } else if is("none") || is("nil") || is("undefined") {
            "expected value; the JSON literal for no value is `null`"
        } else if is("nan") || is("infinity") || is("inf") {
            "expected value; `NaN` and `Infinity` are not JSON numbers"
        } else {
            "expected value"
        };
        error(self.pos, message)
    }

    /// Parses an array whose `[` has been consumed; `depth` is its own depth.
    fn array(&mut self, depth: usize) -> Result<Value<'s>, SyntaxError> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    let comma = self.pos;
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        return Err(error(comma, "trailing comma: remove the `,` before `]`"));
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected("expected `,` or `]`")),
            }
        }
    }

    /// Parses an object whose `{` has been consumed; `depth` is its own depth.
    fn object(&mut self, depth: usize) -> Result<Value<'s>, SyntaxError> {
        let mut seen: Option<HashSet<Cow<'s, str>>> = None;
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(Vec::new()));
        }
        // Room at once for the members of most objects of a store payload, not a
        // regrowth at the fifth, in a block an allocator serves from its fast path.
        let mut members: Vec<Member<'s>> =
            Vec::with_capacity(SMALL_BLOCK / std::mem::size_of::<Member<'_>>());
        loop {
            let key_start = self.pos;
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                Some(byte) if byte.is_ascii_alphabetic() || byte == b'_' || byte == b'$' => {
                    return Err(error(
                        key_start,
                        "expected string key; object keys must be strings in double quotes",
                    ));
                }
                _ => return Err(self.unexpected("expected string key")),
            };
            let key_span = Span::new(key_start, self.pos);
            self.skip_whitespace();
            if self.peek() == Some(b':') {
                self.pos += 1;
            } else {
                return Err(self.expected_colon());
            }
            self.skip_whitespace();
            let value = self.value(depth)?;

            // Small objects scan their earlier keys; big ones keep a set of them.
            let duplicate = if let Some(set) = &mut seen {
                !set.insert(key.clone())
            } else {
                let duplicate = members.iter().any(|member| member.key == key);
                if members.len() >= SCAN_LIMIT {
                    let mut set = HashSet::with_capacity(members.len() * 2);
                    set.extend(members.iter().map(|member| member.key.clone()));
                    set.insert(key.clone());
                    seen = Some(set);
                }
                duplicate
            };
            if duplicate {
                self.duplicates.push(key_start);
            }
            members.push(Member {
                key,
                key_span,
                value,
            });

            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    let comma = self.pos;
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b'}') {
                        return Err(error(comma, "trailing comma: remove the `,` before `}`"));
                    }
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                Some(b'"') => {
                    return Err(error(
                        self.pos,
                        "expected `,` or `}`; members must be separated by `,`",
                    ));
                }
                _ => return Err(self.unexpected("expected `,` or `}`")),
            }
        }
    }

    /// The error for a missing `:` after an object key, at the current offset.
    #[cold]
    fn expected_colon(&self) -> SyntaxError {
        if self.bytes[self.pos..].starts_with(b"=>") {
            error(
                self.pos,
                "expected `:`, found `=>`; this is Ruby hash notation, as PingOne's docs print \
                 their examples: use `:`",
            )
        } else {
            self.unexpected("expected `:`")
        }
    }

    /// Parses a number at the current offset, checking it against the JSON grammar.
    fn number(&mut self) -> Result<Value<'s>, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(error(
                        self.pos,
                        "invalid number; leading zeros are not allowed",
                    ));
                }
            }
            Some(b'1'..=b'9') => {
                self.pos += 1;
                self.digits();
            }
            _ => {
                return Err(error(
                    self.pos,
                    "invalid number; a digit is required after `-`",
                ));
            }
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(error(
                    self.pos,
                    "invalid number; a digit is required after `.`",
                ));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(error(
                    self.pos,
                    "invalid number; a digit is required in the exponent",
                ));
            }
            self.digits();
        }
        Ok(Value::Number(&self.text[start..self.pos]))
    }

    /// Skips ASCII digits.
    #[inline]
    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// Parses a string whose opening `"` is at the current offset and returns its
    /// content, borrowed when it holds no escape.
    #[inline(always)]
    fn string(&mut self) -> Result<Cow<'s, str>, SyntaxError> {
        self.pos += 1;
        let start = self.pos;
        let mut owned = match self.scan()? {
            b'"' => {
                let content = &self.text[start..self.pos];
                self.pos += 1;
                return Ok(Cow::Borrowed(content));
            }
            _ => String::with_capacity(self.pos - start + 16),
        };
        owned.push_str(&self.text[start..self.pos]);
        loop {
            self.escape(&mut owned)?;
            let chunk = self.pos;
            let stop = self.scan()?;
            owned.push_str(&self.text[chunk..self.pos]);
            if stop == b'"' {
                self.pos += 1;
                return Ok(Cow::Owned(owned));
            }
        }
    }

    /// Advances to the next `"` or `\` of a string and returns it; errors on a control
    /// character or the end of the text.
    #[inline(always)]
    fn scan(&mut self) -> Result<u8, SyntaxError> {
        // Eight bytes at a time, landing on the first stop byte directly: long
        // descriptions and URLs are most of a payload's bytes, and a byte loop after
        // each hit mispredicts once per string.
        while let Some(chunk) = self.bytes.get(self.pos..self.pos + 8) {
            let stops = string_stops(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
            if stops != 0 {
                self.pos += (stops.trailing_zeros() / 8) as usize;
                return self.stop();
            }
            self.pos += 8;
        }
        while let Some(&byte) = self.bytes.get(self.pos) {
            if STRING_STOP[usize::from(byte)] {
                return self.stop();
            }
            self.pos += 1;
        }
        Err(unclosed_string(self.bytes.len()))
    }

    /// The stop byte at the current offset: `"` or `\`, else (a control character)
    /// the error.
    #[inline]
    fn stop(&self) -> Result<u8, SyntaxError> {
        match self.bytes[self.pos] {
            byte @ (b'"' | b'\\') => Ok(byte),
            _ => Err(error(
                self.pos,
                "control character in string; write it as an escape such as `\\n` or `\\t`",
            )),
        }
    }

    /// Decodes the escape whose `\` is at the current offset into `out`.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let backslash = self.pos;
        let Some(&kind) = self.bytes.get(backslash + 1) else {
            return Err(unclosed_string(self.bytes.len()));
        };
        self.pos += 2;
        let decoded = match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape(backslash)?,
            _ => {
                return Err(error(
                    backslash,
                    "invalid escape; the escapes are `\\\"` `\\\\` `\\/` `\\b` `\\f` `\\n` `\\r` \
                     `\\t` `\\uXXXX`, so write a backslash as `\\\\`",
                ));
            }
        };
        out.push(decoded);
        Ok(())
    }

    /// Decodes a `\uXXXX` escape (and its low surrogate partner, if it is a high
    /// surrogate) whose hex digits start at the current offset.
    fn unicode_escape(&mut self, backslash: usize) -> Result<char, SyntaxError> {
        let high = self.hex4(backslash)?;
        let code = match high {
            0xD800..=0xDBFF => {
                match (self.bytes.get(self.pos), self.bytes.get(self.pos + 1)) {
                    (Some(b'\\'), Some(b'u')) => {}
                    (None, _) | (Some(b'\\'), None) => {
                        return Err(unclosed_string(self.bytes.len()));
                    }
                    _ => return Err(unpaired_surrogate(backslash)),
                }
                self.pos += 2;
                let low = self.hex4(self.pos - 2)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(unpaired_surrogate(backslash));
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(unpaired_surrogate(backslash)),
            _ => high,
        };
        char::from_u32(code).ok_or_else(|| unpaired_surrogate(backslash))
    }

    /// Reads four hex digits at the current offset; `backslash` is where the escape
    /// began, for the error.
    fn hex4(&mut self, backslash: usize) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(&byte) = self.bytes.get(self.pos) else {
                return Err(unclosed_string(self.bytes.len()));
            };
            let digit = match byte {
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' => byte - b'a' + 10,
                b'A'..=b'F' => byte - b'A' + 10,
                _ => {
                    return Err(error(
                        backslash,
                        "invalid escape; `\\u` must be followed by four hex digits",
                    ));
                }
            };
            code = code * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(code)
    }
}

/// The bytes of `word` (little-endian) that [`Parser::scan`] stops at, `"`, `\\` or a
/// control character (below 0x20), as the high bit of each such byte; exact for the
/// lowest one, which is all the scan reads (SWAR: a byte-wise subtraction borrows into
/// the high bit where a byte is below the operand, and a borrow can only mark bytes
/// above a true hit).
const fn string_stops(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const fn zeros(v: u64) -> u64 {
        v.wrapping_sub(ONES) & !v & HIGHS
    }
    let below_space = word.wrapping_sub(0x20 * ONES) & !word & HIGHS;
    below_space | zeros(word ^ (b'"' as u64 * ONES)) | zeros(word ^ (b'\\' as u64 * ONES))
}

/// The error for a string still open at the end of the text.
#[cold]
fn unclosed_string(len: usize) -> SyntaxError {
    error(
        len,
        "unexpected end of input; a string is not closed with `\"`",
    )
}

/// The error for a `\u` escape of a surrogate without its partner.
#[cold]
fn unpaired_surrogate(backslash: usize) -> SyntaxError {
    error(
        backslash,
        "invalid escape; a `\\u` surrogate escape must come in a high and low pair",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eight_byte_stop_test_finds_the_first_stop_the_table_finds() {
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let interesting = [
            0x00, 0x1F, 0x20, b'"', b'\\', b'!', b'#', b'[', b']', 0x7F, 0x80, 0xC3, 0xFF, b'a',
        ];
        for round in 0..200_000u32 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bytes = state.to_le_bytes();
            if round % 2 == 0 {
                for (i, byte) in bytes.iter_mut().enumerate() {
                    *byte = interesting[((state >> (i * 4)) & 0xF) as usize % interesting.len()];
                }
            }
            let first = bytes.iter().position(|&b| STRING_STOP[usize::from(b)]);
            let stops = string_stops(u64::from_le_bytes(bytes));
            let found = (stops != 0).then(|| (stops.trailing_zeros() / 8) as usize);
            assert_eq!(found, first, "{bytes:?}");
        }
    }

    /// Parses `text`, panicking on an error.
    fn ok(text: &str) -> Parsed<'_> {
        parse(text).unwrap_or_else(|e| panic!("{text:?} failed: {e:?}"))
    }

    /// Parses `text`, panicking on success, and returns the error.
    fn err(text: &str) -> SyntaxError {
        match parse(text) {
            Ok(parsed) => panic!("{text:?} parsed: {parsed:?}"),
            Err(e) => e,
        }
    }

    /// The source slice of a span.
    fn slice(text: &str, span: Span) -> &str {
        &text[span.start..span.end]
    }

    /// The members of an object value.
    fn members<'a, 's>(node: &'a Node<'s>) -> &'a [Member<'s>] {
        match &node.value {
            Value::Object(members) => members,
            other => panic!("not an object: {other:?}"),
        }
    }

    /// The items of an array value.
    fn items<'a, 's>(node: &'a Node<'s>) -> &'a [Node<'s>] {
        match &node.value {
            Value::Array(items) => items,
            other => panic!("not an array: {other:?}"),
        }
    }

    #[test]
    fn spans_of_keys_and_values() {
        let text = concat!(
            " {\"a\" : [1, -2.5e3 ,true],\n",
            "\"b\\n\":{\"c\":null}, \"d\":\"x\\u00e9y\", \"e\": false } ",
        );
        let parsed = ok(text);
        assert!(parsed.duplicates.is_empty());
        assert_eq!(slice(text, parsed.root.span), text.trim());
        let m = members(&parsed.root);
        assert_eq!(m.len(), 4);
        assert_eq!(slice(text, m[0].key_span), "\"a\"");
        assert_eq!(m[0].key, "a");
        assert_eq!(slice(text, m[0].value.span), "[1, -2.5e3 ,true]");
        let a = items(&m[0].value);
        assert_eq!(slice(text, a[0].span), "1");
        assert_eq!(a[0].value, Value::Number("1"));
        assert_eq!(slice(text, a[1].span), "-2.5e3");
        assert_eq!(a[1].value, Value::Number("-2.5e3"));
        assert_eq!(slice(text, a[2].span), "true");
        assert_eq!(a[2].value, Value::Bool(true));
        assert_eq!(slice(text, m[1].key_span), "\"b\\n\"");
        assert_eq!(m[1].key, "b\n");
        assert_eq!(slice(text, m[1].value.span), "{\"c\":null}");
        let c = &members(&m[1].value)[0];
        assert_eq!(slice(text, c.key_span), "\"c\"");
        assert_eq!(slice(text, c.value.span), "null");
        assert_eq!(c.value.value, Value::Null);
        assert_eq!(slice(text, m[2].value.span), "\"x\\u00e9y\"");
        assert_eq!(m[2].value.value, Value::String(Cow::Borrowed("xéy")));
        assert_eq!(slice(text, m[3].value.span), "false");
        assert_eq!(m[3].value.value, Value::Bool(false));
    }

    #[test]
    fn scalar_roots_and_empty_containers() {
        assert_eq!(
            ok("0").root,
            Node {
                span: Span::new(0, 1),
                value: Value::Number("0")
            }
        );
        assert_eq!(ok("\t\"\"\n").root.span, Span::new(1, 3));
        assert_eq!(ok("[]").root.value, Value::Array(Vec::new()));
        assert_eq!(ok("{ }").root.value, Value::Object(Vec::new()));
        assert_eq!(ok("[ [ ] , { } ]").root.span, Span::new(0, 13));
    }

    #[test]
    fn multibyte_text_keeps_byte_spans() {
        let text = "{\"clé\":\"värde ✓\",\"😀\":[\"ü\"]}";
        let parsed = ok(text);
        let m = members(&parsed.root);
        assert_eq!(slice(text, m[0].key_span), "\"clé\"");
        assert_eq!(slice(text, m[0].value.span), "\"värde ✓\"");
        assert_eq!(m[1].key, "😀");
        assert_eq!(slice(text, items(&m[1].value)[0].span), "\"ü\"");
    }

    #[test]
    fn escapes_and_surrogates() {
        let text = r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\u0000""#;
        match ok(text).root.value {
            Value::String(s) => assert_eq!(s, "\"\\/\u{8}\u{c}\n\r\tAé€😀\0"),
            other => panic!("{other:?}"),
        }
        let lone = [
            r#""\ud83d""#,
            r#""\ud83dx""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            r#""\ud83d\n""#,
        ];
        for text in lone {
            let e = err(text);
            assert_eq!(e.offset, 1, "{text}");
            assert!(e.message.starts_with("invalid escape"), "{text}: {e:?}");
        }
        let e = err(r#"["ok", "C:\Users"]"#);
        assert_eq!(e.offset, 10);
        assert!(e.message.starts_with("invalid escape;"), "{e:?}");
        let e = err(r#""\u12G4""#);
        assert_eq!(e.offset, 1);
        assert!(e.message.starts_with("invalid escape;"), "{e:?}");
    }

    #[test]
    fn borrowed_and_owned_strings() {
        let parsed = ok(r#"{"plain":"text","esc\"aped":"a\tb"}"#);
        let m = members(&parsed.root);
        assert!(matches!(m[0].key, Cow::Borrowed("plain")));
        assert!(matches!(
            &m[0].value.value,
            Value::String(Cow::Borrowed("text"))
        ));
        assert!(matches!(&m[1].key, Cow::Owned(k) if k == "esc\"aped"));
        assert!(matches!(&m[1].value.value, Value::String(Cow::Owned(s)) if s == "a\tb"));
    }

    #[test]
    fn control_characters_in_strings() {
        for (text, offset) in [
            ("\"a\nb\"", 2),
            ("[\"\t\"]", 2),
            ("\"\u{1f}\"", 1),
            ("\"\\n\u{0}\"", 3),
        ] {
            let e = err(text);
            assert_eq!(e.offset, offset, "{text:?}");
            assert!(
                e.message.starts_with("control character in string"),
                "{e:?}"
            );
        }
        ok("\"\u{7f}\"");
    }

    #[test]
    fn duplicates_are_flagged_and_counted() {
        let parsed = ok(r#"{"a":1,"b":{"x":1,"x":2,"x":3},"a":2,"\u0061":3,"c":[{"y":0,"y":0}]}"#);
        assert_eq!(parsed.duplicates.len(), 5);
        let m = members(&parsed.root);
        let flags: Vec<bool> = m.iter().map(|m| parsed.is_duplicate(m)).collect();
        assert_eq!(flags, [false, false, true, true, false]);
        let inner: Vec<bool> = members(&m[1].value)
            .iter()
            .map(|m| parsed.is_duplicate(m))
            .collect();
        assert_eq!(inner, [false, true, true]);
        let deep = &members(&items(&m[4].value)[0]);
        assert!(!parsed.is_duplicate(&deep[0]) && parsed.is_duplicate(&deep[1]));
        // The same key in sibling objects is not a duplicate.
        assert!(ok(r#"[{"a":1},{"a":1}]"#).duplicates.is_empty());
    }

    #[test]
    fn duplicates_in_big_objects() {
        for size in [15, 16, 17, 40, 100_000] {
            let mut text = String::from("{");
            for i in 0..size {
                text.push_str(&format!("\"k{i}\":{i},"));
            }
            // Re-add an early, a middle and the last key, then a fresh one.
            text.push_str(&format!(
                "\"k0\":0,\"k{}\":0,\"k{}\":0,\"fresh\":0}}",
                size / 2,
                size - 1
            ));
            let parsed = ok(&text);
            assert_eq!(parsed.duplicates.len(), 3, "size {size}");
            let m = members(&parsed.root);
            assert_eq!(m.len(), size + 4);
            assert!(m[..size].iter().all(|m| !parsed.is_duplicate(m)));
            assert!(m[size..size + 3].iter().all(|m| parsed.is_duplicate(m)));
            assert!(!parsed.is_duplicate(&m[size + 3]));
        }
    }

    #[test]
    fn depth_limit() {
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        ok(&nested(MAX_DEPTH));
        let e = err(&nested(MAX_DEPTH + 1));
        assert_eq!(e, error(MAX_DEPTH, "nesting deeper than 128 levels"));
        let objects = "{\"a\":".repeat(MAX_DEPTH) + "1" + &"}".repeat(MAX_DEPTH);
        ok(&objects);
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
        assert_eq!(err(&objects).offset, MAX_DEPTH * 5);
        let e = err(&"[".repeat(1 << 20));
        assert_eq!(e.message, "nesting deeper than 128 levels");
        let e = err(&"{\"\":".repeat(1 << 18));
        assert_eq!(e.message, "nesting deeper than 128 levels");
    }

    #[test]
    fn numbers() {
        for text in [
            "0",
            "-0",
            "1.5e-3",
            "1E+2",
            "12",
            "-10.01",
            "0e0",
            "0.0E-00",
            "123456789012345678901234567890",
        ] {
            assert_eq!(ok(text).root.value, Value::Number(text));
            let array = format!("[{text}]");
            assert_eq!(items(&ok(&array).root)[0].value, Value::Number(text));
        }
        let invalid = [
            ("01", 1),
            ("-01", 2),
            ("1.", 2),
            (".5", 0),
            ("-", 1),
            ("1e", 2),
            ("1e+", 3),
            ("+1", 0),
            ("-a", 1),
            ("1.e3", 2),
            ("[1.]", 3),
        ];
        for (text, offset) in invalid {
            let e = err(text);
            assert_eq!(e.offset, offset, "{text}: {e:?}");
            assert!(e.message.starts_with("invalid number"), "{text}: {e:?}");
        }
        // A number followed by garbage at the root is trailing content.
        assert_eq!(err("1x").offset, 1);
    }

    #[test]
    fn hints() {
        let cases: &[(&str, usize, &str)] = &[
            (
                "{\"a\" => 1}",
                5,
                concat!(
                    "expected `:`, found `=>`; this is Ruby hash notation, ",
                    "as PingOne's docs print their examples: use `:`",
                ),
            ),
            (
                "{'a': 1}",
                1,
                "expected string key; single quotes are not JSON: use double quotes",
            ),
            (
                "[1, 'a']",
                4,
                "expected value; single quotes are not JSON: use double quotes",
            ),
            (
                "{\"a\": 'x'}",
                6,
                "expected value; single quotes are not JSON: use double quotes",
            ),
            (
                "{\n  // note\n  \"a\": 1}",
                4,
                "expected string key; comments are not allowed in JSON",
            ),
            (
                "[1 /* x */]",
                3,
                "expected `,` or `]`; comments are not allowed in JSON",
            ),
            ("{\"a\":1 # x\n}", 7, "expected `,` or `}`"),
            ("[/]", 1, "expected value; comments are not allowed in JSON"),
            ("[1, 2, ]", 5, "trailing comma: remove the `,` before `]`"),
            (
                "{\"a\": 1,\n}",
                7,
                "trailing comma: remove the `,` before `}`",
            ),
            (
                "{a: 1}",
                1,
                "expected string key; object keys must be strings in double quotes",
            ),
            (
                "{\"a\":1, b: 2}",
                8,
                "expected string key; object keys must be strings in double quotes",
            ),
            (
                "{} {}",
                3,
                "unexpected content after the JSON document; one file holds one document",
            ),
            (
                "[1]\n]",
                4,
                "unexpected content after the JSON document; one file holds one document",
            ),
            (
                "{}\n// end",
                3,
                "unexpected content after the JSON document; comments are not allowed in JSON",
            ),
            ("", 0, "empty document: expected a JSON value"),
            (" \n\t\r ", 5, "empty document: expected a JSON value"),
            ("\u{feff}{}", 0, "unexpected byte order mark"),
            (
                "[True]",
                1,
                "expected value; JSON literals are lower case: `true`, `false`, `null`",
            ),
            (
                "{\"a\": NULL}",
                6,
                "expected value; JSON literals are lower case: `true`, `false`, `null`",
            ),
            (
                "False",
                0,
                "expected value; JSON literals are lower case: `true`, `false`, `null`",
            ),
            (
                "[None]",
                1,
                "expected value; the JSON literal for no value is `null`",
            ),
            (
                "[nil]",
                1,
                "expected value; the JSON literal for no value is `null`",
            ),
            (
                "[undefined]",
                1,
                "expected value; the JSON literal for no value is `null`",
            ),
            (
                "[NaN]",
                1,
                "expected value; `NaN` and `Infinity` are not JSON numbers",
            ),
            ("[yes]", 1, "expected value"),
            ("[trueish]", 5, "expected `,` or `]`"),
            ("[tru]", 1, "expected value"),
            ("{\"a\" 1}", 5, "expected `:`"),
            (
                "{\"a\":1 \"b\":2}",
                7,
                "expected `,` or `}`; members must be separated by `,`",
            ),
            ("[1 2]", 3, "expected `,` or `]`"),
            ("[,1]", 1, "expected value"),
            ("{,}", 1, "expected string key"),
            ("[1,,2]", 3, "expected value"),
            ("{\"a\":}", 5, "expected value"),
        ];
        for &(text, offset, message) in cases {
            assert_eq!(err(text), error(offset, message), "{text:?}");
        }
    }

    #[test]
    fn messages_never_quote_the_input() {
        for text in [
            "{\"secret\" = \"hunter2\"}",
            "[hunter2]",
            "{hunter2: 1}",
            "\"hunter2\\q\"",
            "{\"a\":1} hunter2",
        ] {
            let e = err(text);
            assert!(
                !e.message.contains("hunter2") && !e.message.contains("secret"),
                "{e:?}"
            );
        }
    }

    #[test]
    fn unexpected_end_at_every_cut_point() {
        let text = concat!(
            r#"{"a": [1, -2.5e+3, true, false, null, "x\u00e9\ud83d\ude00\n"], "#,
            r#""b": {"c": {}}, "d": []}"#,
        );
        ok(text);
        for cut in 0..text.len() {
            let part = &text[..cut];
            let e = err(part);
            assert!(e.offset <= part.len(), "{part:?}: {e:?}");
            if cut > 0 && !part.ends_with(['-', '.', 'e', '+']) {
                assert_eq!(e.offset, part.len(), "{part:?}: {e:?}");
                assert!(
                    e.message.starts_with("unexpected end of input"),
                    "{part:?}: {e:?}"
                );
            }
        }
    }

    /// A tiny deterministic pseudo-random generator (xorshift).
    struct Rng(u64);

    impl Rng {
        /// The next number below `bound`.
        fn below(&mut self, bound: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            usize::try_from(self.0 % bound as u64).unwrap_or(0)
        }
    }

    /// Fragments the generator glues together: valid tokens, near-misses and junk.
    const FRAGMENTS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"a\"",
        "\"b\"",
        "\"\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83d\"",
        "\"\\x\"",
        "\"\t\"",
        "\"é✓\"",
        "0",
        "1",
        "-",
        "-0",
        "12",
        "1.5",
        "1e5",
        "2E-3",
        ".",
        "e",
        "+",
        "01",
        "true",
        "false",
        "null",
        "tru",
        "True",
        "'",
        "/",
        "=>",
        "\"",
        "\\",
        "\u{feff}",
        "x",
        "\r",
    ];

    /// Depth of nesting in `text`, counting brackets outside strings only roughly
    /// (good enough to keep generated documents far from the limit).
    fn rough_depth(text: &str) -> usize {
        let (mut depth, mut max) = (0usize, 0usize);
        for byte in text.bytes() {
            match byte {
                b'[' | b'{' => {
                    depth += 1;
                    max = max.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        max
    }

    /// Compares with serde_json on one text, skipping what serde_json rejects for
    /// reasons outside JSON syntax.
    fn agree(text: &str) -> bool {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        if rough_depth(text) >= MAX_DEPTH - 1 {
            return true;
        }
        if let Err(e) = &theirs
            && e.to_string().starts_with("number out of range")
        {
            return true;
        }
        ours.is_ok() == theirs.is_ok()
    }

    #[test]
    fn agrees_with_serde_json() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut accepted = 0;
        let mut compared = 0;
        for round in 0..3000 {
            let text = if round % 3 == 0 {
                // Mutate a valid document: delete, duplicate or insert one fragment.
                let base =
                    r#"{"a": [1, -0.5e2, true, null, "s\n\u00e9"], "b": {"c": false}, "d": "x"}"#;
                let mut text = base.to_owned();
                let at = rng.below(text.len());
                let at = (0..=at)
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                match rng.below(3) {
                    0 => {
                        let end = (at + 1..=text.len())
                            .find(|&i| text.is_char_boundary(i))
                            .unwrap_or(at);
                        text.replace_range(at..end, "");
                    }
                    1 => {
                        let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                        text.insert_str(at, fragment);
                    }
                    _ => {}
                }
                text
            } else {
                let len = 1 + rng.below(12);
                (0..len)
                    .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
                    .collect::<String>()
            };
            assert!(
                agree(&text),
                "disagreement on {text:?}: ours {:?}",
                parse(&text).err()
            );
            compared += 1;
            accepted += usize::from(parse(&text).is_ok());
        }
        assert!(
            compared == 3000 && accepted > 300,
            "only {accepted} accepted"
        );
    }
}
