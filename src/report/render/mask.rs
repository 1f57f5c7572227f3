//! Secrets hidden from every output, once per linted file.
//!
//! A [`MaskedFile`] is the only thing the renderers take: its source text has every
//! secret value replaced by [`MASK`], its diagnostics' spans index that masked text,
//! and no message or pointer holds a piece of a secret. It is built once per file,
//! where the findings leave the library for output.
//!
//! Which values are secrets is the model's call ([`crate::model::hides_value`]): the
//! secret keys of every store type, and keys that look like secrets.
//!
//! - **Text that parses** is masked by structure: the value of every member whose
//!   decoded key hides its value, whatever its JSON type and wherever it stands.
//! - **Text that does not parse** is masked by a scan that errs on the side of hiding:
//!   after any word that looks like a secret key's name (quoted or not, escaped or not,
//!   a Ruby symbol, a bare JavaScript or YAML key), whatever the separator (`:`, `=>`,
//!   `=`, `,` or none) and comments in between, the value that follows is hidden; where
//!   its end cannot be found, up to the end of the line (the end of the text for an
//!   unclosed array or object). The scan keeps no quote state from one name to the
//!   next, so no earlier quote (an unclosed string, a value ending in `\"`, a quote in a
//!   comment) can make it miss a secret.

use std::borrow::Cow;
use std::ops::{Deref, Range};

use aho_corasick::AhoCorasick;

use super::LintedFile;
use crate::model::{folded_hides_value, hides_value};
use crate::pointer::{JsonPointer, Segment};
use crate::report::Diagnostic;
use crate::source::parser::{self, Node, Value};
use crate::source::{Location, Span};

/// What a masked secret's content is replaced with.
pub const MASK: &str = "***";

/// A linted file ready for output: its secrets masked in the source text, the
/// messages and the pointers. Which values are secrets is
/// [`crate::model::hides_value`]'s call; text that parses is masked by its structure,
/// text that does not by a scan that errs on the side of hiding (docs/cli.md,
/// "Secrets", tells the rules).
///
/// It dereferences to the [`LintedFile`] it was made from, with these changes: the
/// `source` is the masked text (empty when the report is), each diagnostic's `span`
/// indexes the masked text (a span that started or ended inside a secret now starts or
/// ends at its `***`), and messages and pointers of findings about a secret value
/// show `***` for its content. Lines and columns still give the place in the file,
/// and [`MaskedFile::end_of`] where each finding's span ends in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaskedFile {
    file: LintedFile,
    /// Where each diagnostic's span ends in the file (not in the masked text).
    ends: Vec<Option<Location>>,
}

impl MaskedFile {
    /// Masks `file`'s secrets: one parse of its source (or one scan, when the source is
    /// not JSON), one binary search per diagnostic.
    #[must_use]
    pub fn new(mut file: LintedFile) -> Self {
        if file.report.is_empty() {
            // No renderer shows the source of a file without findings.
            file.source = String::new();
            return Self {
                file,
                ends: Vec::new(),
            };
        }
        let ends = file
            .report
            .iter()
            .map(|diagnostic| end_location(&file.source, diagnostic))
            .collect();
        let found = Found::in_text(&file.source);
        if found.ranges.is_empty() {
            return Self { file, ends };
        }
        let masked = MaskedText::from_ranges(&file.source, found.ranges);
        // The pieces of each secret, searched for only in the findings about it.
        let mut pieces: Vec<Option<Pieces>> = found.fragments.iter().map(|_| None).collect();
        for diagnostic in file.report.diagnostics_mut() {
            let Some(span) = diagnostic.span else {
                continue;
            };
            for index in masked.overlapping(span) {
                let Some(fragments) = found.fragments.get(index) else {
                    continue;
                };
                let pieces = pieces[index].get_or_insert_with(|| Pieces::new(fragments));
                diagnostic.message = pieces.mask(&diagnostic.message);
                diagnostic.pointer = pieces.mask_pointer(&diagnostic.pointer);
            }
            diagnostic.span = Some(masked.map_span(span));
        }
        file.source = masked.text;
        Self { file, ends }
    }

    /// Where the span of the diagnostic at `index` ends in the file: the line and column
    /// of the character after its last one (the start for an empty span). `None` for a
    /// diagnostic without a place, or past the last diagnostic.
    #[must_use]
    pub fn end_of(&self, index: usize) -> Option<Location> {
        self.ends.get(index).copied().flatten()
    }

    /// The masked file.
    #[must_use]
    pub fn file(&self) -> &LintedFile {
        &self.file
    }
}

/// Where `diagnostic`'s span ends in `text`, counted from its start location over the
/// span's own text (a span is a value, a key or a point: short, but for a wrong type
/// of a whole object).
fn end_location(text: &str, diagnostic: &Diagnostic) -> Option<Location> {
    let (span, start) = (diagnostic.span?, diagnostic.location?);
    let floor = |offset: usize| {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let (from, to) = (floor(span.start), floor(span.end));
    let covered = text.get(from..to.max(from))?;
    Some(match covered.rfind('\n') {
        None => Location {
            line: start.line,
            column: start.column + covered.chars().count(),
        },
        Some(newline) => Location {
            line: start.line + memchr::memchr_iter(b'\n', covered.as_bytes()).count(),
            column: covered[newline + 1..].chars().count() + 1,
        },
    })
}

impl From<LintedFile> for MaskedFile {
    fn from(file: LintedFile) -> Self {
        Self::new(file)
    }
}

impl Deref for MaskedFile {
    type Target = LintedFile;

    fn deref(&self) -> &LintedFile {
        &self.file
    }
}

/// A text with the content of every secret replaced by [`MASK`], and the map from
/// offsets in the original text to offsets in the masked one (a binary search).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaskedText {
    text: String,
    /// The replaced ranges of the original text, in order, disjoint and non-empty,
    /// with where each `***` starts in the masked text.
    replaced: Vec<Replaced>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Replaced {
    original: Range<usize>,
    masked_start: usize,
}

impl MaskedText {
    /// Masks the secret values in `original` (see [`MaskedFile`]): by structure when it
    /// parses as JSON, by a scan otherwise.
    #[must_use]
    pub fn new(original: &str) -> Self {
        Self::from_ranges(original, Found::in_text(original).ranges)
    }

    fn from_ranges(original: &str, ranges: Vec<Range<usize>>) -> Self {
        if ranges.is_empty() {
            return Self {
                text: original.to_owned(),
                replaced: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut replaced = Vec::with_capacity(ranges.len());
        let mut copied = 0;
        for range in ranges {
            text.push_str(&original[copied..range.start]);
            replaced.push(Replaced {
                masked_start: text.len(),
                original: range.clone(),
            });
            text.push_str(MASK);
            copied = range.end;
        }
        text.push_str(&original[copied..]);
        Self { text, replaced }
    }

    /// The masked text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether anything was masked.
    #[must_use]
    pub fn is_masked(&self) -> bool {
        !self.replaced.is_empty()
    }

    /// The offset in the masked text of byte `offset` of the original text: an offset
    /// inside a masked secret maps to the start of its `***`. Logarithmic in the
    /// number of secrets.
    #[must_use]
    pub fn map_offset(&self, offset: usize) -> usize {
        match self.containing(offset) {
            None => offset,
            Some(r) if offset < r.original.end => r.masked_start,
            Some(r) => r.masked_start + MASK.len() + (offset - r.original.end),
        }
    }

    /// `span` in the masked text: a start inside a secret moves to the start of its
    /// `***`, an end inside one to its end.
    #[must_use]
    pub fn map_span(&self, span: Span) -> Span {
        let start = self.map_offset(span.start);
        let end = match self.containing(span.end) {
            Some(r) if r.original.start < span.end && span.end < r.original.end => {
                r.masked_start + MASK.len()
            }
            _ => self.map_offset(span.end),
        };
        Span::new(start, end.max(start))
    }

    /// The indexes of the secrets that `span` touches: shares a byte with, or is an
    /// empty span inside.
    fn overlapping(&self, span: Span) -> Range<usize> {
        let end = span.end.max(span.start + 1);
        // The ranges are disjoint and in order, so their ends are in order too.
        let first = self
            .replaced
            .partition_point(|r| r.original.end <= span.start);
        let last = self.replaced.partition_point(|r| r.original.start < end);
        first..last.max(first)
    }

    /// The last replaced range starting at or before `offset`.
    fn containing(&self, offset: usize) -> Option<&Replaced> {
        let after = self
            .replaced
            .partition_point(|r| r.original.start <= offset);
        after.checked_sub(1).map(|index| &self.replaced[index])
    }
}

/// Masks the secrets in `text` (see [`MaskedText::new`]), borrowing when there are none.
#[must_use]
pub fn mask_secrets(text: &str) -> Cow<'_, str> {
    let masked = MaskedText::new(text);
    if masked.is_masked() {
        Cow::Owned(masked.text)
    } else {
        Cow::Borrowed(text)
    }
}

/// The secrets found in a text.
#[derive(Default)]
struct Found {
    /// The byte ranges to hide, in order, disjoint and non-empty.
    ranges: Vec<Range<usize>>,
    /// For each range of text that parses, the decoded pieces of its value (strings,
    /// keys, numbers), for the messages and pointers of findings about it.
    fragments: Vec<Vec<String>>,
}

impl Found {
    fn in_text(text: &str) -> Self {
        let mut found = Self::default();
        match parser::parse(text) {
            Ok(parsed) => found.structure(&parsed.root),
            Err(_) => found.ranges = scan(text),
        }
        found
    }

    /// Every member whose key hides its value, at any depth.
    fn structure(&mut self, node: &Node<'_>) {
        match &node.value {
            Value::Object(members) => {
                for member in members {
                    if hides_value(&member.key) {
                        self.hide(&member.value);
                    } else {
                        self.structure(&member.value);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| self.structure(item)),
            _ => {}
        }
    }

    /// Hides a secret value: a string's content (its quotes stay), any other value
    /// whole.
    fn hide(&mut self, node: &Node<'_>) {
        let range = match &node.value {
            Value::String(s) if s.is_empty() => return,
            Value::String(_) => node.span.start + 1..node.span.end - 1,
            _ => node.span.start..node.span.end,
        };
        self.ranges.push(range);
        let mut fragments = Vec::new();
        fragments_of(node, &mut fragments);
        self.fragments.push(fragments);
    }
}

/// Pushes the decoded pieces of a secret value: its strings, keys and numbers.
fn fragments_of(node: &Node<'_>, out: &mut Vec<String>) {
    match &node.value {
        Value::Null | Value::Bool(_) => {}
        Value::Number(n) => out.push((*n).to_owned()),
        Value::String(s) => {
            if !s.is_empty() {
                out.push(s.to_string());
            }
        }
        Value::Array(items) => items.iter().for_each(|item| fragments_of(item, out)),
        Value::Object(members) => {
            for member in members {
                if !member.key.is_empty() {
                    out.push(member.key.to_string());
                }
                fragments_of(&member.value, out);
            }
        }
    }
}

/// Pieces of one secret shorter than this are masked only where a message quotes one
/// whole (`` `ab` ``) or a pointer has one as a key, so that a one-letter secret does
/// not mangle every message about it.
const SHORT: usize = 4;

/// The pieces of one secret value, ready to be masked in a message or pointer.
struct Pieces {
    /// Every long piece, searched for anywhere.
    long: Option<AhoCorasick>,
    /// The short pieces.
    short: Vec<String>,
}

impl Pieces {
    fn new(fragments: &[String]) -> Self {
        let (long, short): (Vec<&String>, Vec<&String>) = fragments
            .iter()
            .partition(|piece| piece.chars().count() >= SHORT);
        Self {
            long: (!long.is_empty())
                .then(|| AhoCorasick::new(long).ok())
                .flatten(),
            short: short.into_iter().cloned().collect(),
        }
    }

    fn mask(&self, text: &str) -> String {
        let mut text = match &self.long {
            Some(long) if long.find(text).is_some() => {
                long.replace_all(text, &vec![MASK; long.patterns_len()])
            }
            _ => text.to_owned(),
        };
        for piece in &self.short {
            let quoted = format!("`{piece}`");
            if text.contains(&quoted) {
                text = text.replace(&quoted, "`***`");
            }
        }
        text
    }

    fn mask_pointer(&self, pointer: &JsonPointer) -> JsonPointer {
        JsonPointer::from_segments(
            pointer
                .segments()
                .iter()
                .map(|segment| match segment {
                    Segment::Key(key) if self.short.iter().any(|piece| piece == key) => {
                        Segment::Key(MASK.into())
                    }
                    Segment::Key(key) => Segment::Key(self.mask(key).into()),
                    Segment::Index(index) => Segment::Index(*index),
                })
                .collect(),
        )
    }
}

// ------------------------------------------------------------ text that does not parse

/// The ranges to hide in a text that is not JSON, in order.
fn scan(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // The ranges, each with whether it holds an array or object.
    let mut ranges: Vec<(Range<usize>, bool)> = Vec::new();
    let mut at = 0;
    // The previous word, when only spaces separate it from the current one, so that
    // `API KEY` is read as one name.
    let mut previous: Option<(Vec<char>, usize)> = None;
    while at < bytes.len() {
        let Some(word) = word(bytes, at) else {
            if bytes[at] != b' ' {
                previous = None;
            }
            at += 1;
            continue;
        };
        let joined = previous
            .as_ref()
            .filter(|(_, end)| bytes[*end..at].iter().all(|&b| b == b' '))
            .map(|(before, _)| [before.as_slice(), word.folded.as_slice()].concat());
        let secret = looks_secret(&word.folded) || joined.is_some_and(|name| looks_secret(&name));
        if secret && let Some(start) = value_start(bytes, word.end) {
            // Every word is read, those inside a hidden value too (a name taken for a
            // value may be followed by a secret), but a value is looked for only past
            // what is already hidden, so each byte is scanned for a value's end once;
            // an array or object starting inside a hidden line is followed through.
            let (hidden_until, hidden_bracket) = ranges
                .last()
                .map_or((0, false), |(last, bracket): &(Range<usize>, bool)| {
                    (last.end, *bracket)
                });
            let opens_bracket = matches!(bytes.get(start), Some(b'{' | b'['));
            if (start >= hidden_until || (!hidden_bracket && opens_bracket))
                && let Some(value) = value_from(bytes, start)
            {
                match ranges.last_mut() {
                    Some((last, bracket)) if value.start <= last.end => {
                        last.end = last.end.max(value.end);
                        *bracket |= opens_bracket;
                    }
                    _ => ranges.push((value, opens_bracket)),
                }
            }
        }
        at = word.end;
        previous = Some((word.folded, word.end));
    }
    ranges.into_iter().map(|(range, _)| range).collect()
}

fn looks_secret(folded: &[char]) -> bool {
    !folded.is_empty() && folded_hides_value(folded)
}

/// A run of name characters: ASCII letters, digits, `_` and `-`, and `\uXXXX` escapes of
/// them (a key written with JSON escapes).
struct Word {
    /// The name upper-cased, without `_` and `-`.
    folded: Vec<char>,
    end: usize,
}

fn word(bytes: &[u8], start: usize) -> Option<Word> {
    let mut folded = Vec::new();
    let mut at = start;
    loop {
        match bytes.get(at) {
            Some(&b) if b.is_ascii_alphanumeric() => {
                folded.push(char::from(b.to_ascii_uppercase()));
                at += 1;
            }
            Some(b'_' | b'-') => at += 1,
            Some(b'\\') => match escaped_name_char(bytes, at) {
                Some(c) => {
                    if c.is_ascii_alphanumeric() {
                        folded.push(c.to_ascii_uppercase());
                    }
                    at += 6;
                }
                None => break,
            },
            _ => break,
        }
    }
    (at > start).then_some(Word { folded, end: at })
}

/// The character of a `\uXXXX` escape at `at` when it is a name character.
fn escaped_name_char(bytes: &[u8], at: usize) -> Option<char> {
    let digits = bytes.get(at + 2..at + 6)?;
    if bytes.get(at + 1) != Some(&b'u') {
        return None;
    }
    let code = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
    char::from_u32(code).filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
}

/// Where the value after a secret's name ending at `at` starts: past the name's
/// closing quote, whitespace and separators. `None` at the end of the text.
fn value_start(bytes: &[u8], mut at: usize) -> Option<usize> {
    // The name's closing quote, plain or escaped (`\"` in JSON held in a string).
    match bytes.get(at..) {
        Some([b'\\', b'"' | b'\'', ..]) => at += 2,
        Some([b'"' | b'\'' | b'`', ..]) => at += 1,
        _ => {}
    }
    // Whitespace and separators; a comment starts the hidden range (the value may
    // follow it on the next line).
    loop {
        match bytes.get(at..)? {
            [b'=', b'>', ..] => at += 2,
            [b' ' | b'\t' | b'\r' | b'\n' | b':' | b'=' | b',', ..] => at += 1,
            _ => return Some(at),
        }
    }
}

/// The range to hide from `start` (see [`value_start`]) to the end of the value,
/// comments before it included; `None` when no value follows.
fn value_from(bytes: &[u8], start: usize) -> Option<Range<usize>> {
    let mut at = start;
    loop {
        match bytes.get(at..) {
            None | Some([]) => return (at > start).then_some(start..at),
            Some([b'/', b'/', ..] | [b'#', ..]) => at = line_end(bytes, at),
            Some([b'/', b'*', ..]) => {
                at = memchr::memmem::find(&bytes[at + 2..], b"*/")
                    .map_or_else(|| line_end(bytes, at), |close| at + 2 + close + 2);
            }
            Some([b' ' | b'\t' | b'\r' | b'\n' | b':' | b'=' | b'>' | b',', ..]) => at += 1,
            Some([b'}' | b']' | b';', ..]) => return (at > start).then_some(start..at),
            Some([b'"' | b'\'', ..]) => {
                let (end, closed) = quoted(bytes, at);
                // A string closed on its line, with nothing before it, keeps its
                // quotes (as in text that parses); an empty one shows nothing.
                if at == start && closed {
                    return (end - at > 2).then_some(at + 1..end - 1);
                }
                return Some(start..end);
            }
            Some([b'{' | b'[', ..]) => return Some(start..bracketed_end(bytes, at)),
            Some(_) => return Some(start..line_end(bytes, at)),
        }
    }
}

/// The offset of the `\n` ending the line of `at`, or the end of the text.
fn line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |newline| at + newline)
}

/// One past the quote closing the string opened at `open` (a backslash escapes the
/// next byte), and `true`; the end of the line when the string is not closed on it,
/// and `false`.
fn quoted(bytes: &[u8], open: usize) -> (usize, bool) {
    let quote = bytes[open];
    let mut at = open + 1;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'\n' => return (at, false),
            b'\\' if bytes.get(at + 1).is_some_and(|&next| next != b'\n') => at += 2,
            _ if byte == quote => return (at + 1, true),
            _ => at += 1,
        }
    }
    (bytes.len(), false)
}

/// One past the bracket closing the array or object opened at `open`, strings
/// skipped; the end of the text when it is never closed.
fn bracketed_end(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut at = open;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return at + 1;
                }
            }
            b'"' | b'\'' => {
                at = quoted(bytes, at).0;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Code, Report};

    #[test]
    fn masks_json_secrets_by_structure() {
        let text = r#"{"API_KEY": "abc", "name": "x", "OAUTH_CLIENT_SECRET":"s3"}"#;
        assert_eq!(
            mask_secrets(text),
            r#"{"API_KEY": "***", "name": "x", "OAUTH_CLIENT_SECRET":"***"}"#
        );
    }

    #[test]
    fn masks_values_of_any_type_at_any_depth_and_escaped_keys() {
        let text = r#"{"a": [{"OAUTH_CLIENT_\u0053ECRET": 12}], "API\u005fKEY": {"k": ["v"]}, "apiKey": null, "x": "API_KEY"}"#;
        assert_eq!(
            mask_secrets(text),
            r#"{"a": [{"OAUTH_CLIENT_\u0053ECRET": ***}], "API\u005fKEY": ***, "apiKey": ***, "x": "API_KEY"}"#
        );
    }

    #[test]
    fn leaves_other_values_and_empty_secrets() {
        let text = r#"{"name": "API_KEY", "OAUTH_TOKEN_URL": "https://x", "API_KEY": ""}"#;
        assert_eq!(mask_secrets(text), text);
        assert!(matches!(mask_secrets(text), Cow::Borrowed(_)));
    }

    #[test]
    fn masks_broken_text_whatever_the_syntax() {
        for (text, masked) in [
            (r#"{"API_SECRET"=>"abc"}"#, r#"{"API_SECRET"=>"***"}"#),
            ("{'api_key' : 'abc'}", "{'api_key' : '***'}"),
            ("{:API_KEY=>\"abc\", x", "{:API_KEY=>\"***\", x"),
            ("API_KEY: abc def\nx: 1", "API_KEY: ***\nx: 1"),
            ("{API_KEY = 'abc',", "{API_KEY = '***',"),
            ("{\"API_KEY\" \"abc\" }", "{\"API_KEY\" \"***\" }"),
            ("{\"API_KEY\", \"abc\" }", "{\"API_KEY\", \"***\" }"),
            ("{\"API_KEY\" /* c */ : \"abc\" }", "{\"API_KEY\" *** }"),
            ("{\"API_KEY\": // c\n \"abc\" }", "{\"API_KEY\": *** }"),
            (
                "{\"OAUTH_CLIENT_\\u0053ECRET\": 'abc'",
                "{\"OAUTH_CLIENT_\\u0053ECRET\": '***'",
            ),
            ("{\"API KEY\": 'abc'", "{\"API KEY\": '***'"),
            (
                "{\"OAUTH_CLIENT_SECERT\": 'abc'",
                "{\"OAUTH_CLIENT_SECERT\": '***'",
            ),
            ("{\"API_KEY\": [1, \"]\",\n 2], x", "{\"API_KEY\": ***, x"),
            ("{\"API_KEY\": {\"a\": 1", "{\"API_KEY\": ***"),
            ("{\"API_KEY\": \"ab\rc\" x", "{\"API_KEY\": \"***\" x"),
        ] {
            assert_eq!(mask_secrets(text), masked, "{text:?}");
        }
    }

    #[test]
    fn no_earlier_quote_throws_the_scan_off() {
        for text in [
            "{\"a\": \"open, \"API_KEY\": \"abc\", }",
            "{\"p\": \"C:\\dir\\\", \"API_KEY\": \"abc\" ,,}",
            "{/* it's */ \"API_KEY\": \"abc\" ,,}",
            "{\"a\": \"x\ry\", \"API_KEY\": \"abc\" ,,}",
            // A name taken for a value (after `Token`) is still read as a name.
            "{\"m\": \"JWT Bearer Token\", \"API_SECRET\": \"abc\",}",
            "{\"m\": \"Token\", \"API_SECRET\": [\n\"abc\"],}",
            "token: x API_KEY: [\n\"abc\"\n]",
        ] {
            let masked = mask_secrets(text);
            assert!(!masked.contains("abc"), "{text:?} -> {masked:?}");
        }
    }

    #[test]
    fn an_unterminated_secret_is_masked_to_the_end_of_its_line() {
        assert_eq!(
            mask_secrets("{\"API_KEY\": \"abc\n}"),
            "{\"API_KEY\": ***\n}"
        );
        assert_eq!(
            mask_secrets("{\"API_KEY\": \"abc\\\"\n}"),
            "{\"API_KEY\": ***\n}"
        );
        assert_eq!(mask_secrets("{\"API_KEY\": \"abc"), "{\"API_KEY\": ***");
    }

    #[test]
    fn maps_offsets_around_and_inside_masks() {
        let original = r#"{"API_KEY": "abcdef", "x": 1, "API_SECRET": [1]}"#;
        let masked = MaskedText::new(original);
        let secret = original.find("abcdef").unwrap();
        let after = original.find("\"x\"").unwrap();
        assert_eq!(masked.map_offset(0), 0);
        assert_eq!(masked.map_offset(secret), secret);
        assert_eq!(masked.map_offset(secret + 3), secret);
        assert_eq!(&masked.as_str()[masked.map_offset(after)..][..3], "\"x\"");
        let array = original.find('[').unwrap();
        let span = masked.map_span(Span::new(array + 1, array + 2));
        assert_eq!(&masked.as_str()[span.start..span.end], MASK);
        assert_eq!(
            &masked.as_str()[masked.map_offset(original.len() - 1)..],
            "}"
        );
    }

    #[test]
    fn a_masked_file_hides_secrets_in_messages_pointers_and_spans() {
        let source = r#"{"API_KEY": {"hunter2": 1, "hunter2": 2}, "n": 1}"#.to_owned();
        let key = source.rfind("\"hunter2\"").unwrap();
        let pointer = JsonPointer::root().key("API_KEY").key("hunter2");
        let inside = Diagnostic::new(Code::DuplicateKey, pointer, "duplicate key `hunter2`")
            .with_span(Some(Span::new(key, key + 9)));
        let n = source.find("\"n\"").unwrap();
        let outside = Diagnostic::new(Code::UnknownProperty, JsonPointer::root().key("n"), "`n`")
            .with_span(Some(Span::new(n, n + 3)));
        let file = MaskedFile::new(LintedFile {
            path: "a.json".to_owned(),
            source,
            report: Report::from_diagnostics(vec![inside, outside]),
            item: None,
        });
        assert_eq!(file.source, r#"{"API_KEY": ***, "n": 1}"#);
        let [inside, outside] = file.report.diagnostics() else {
            panic!("two diagnostics")
        };
        assert_eq!(inside.message, "duplicate key `***`");
        assert_eq!(inside.pointer.to_string(), "/API_KEY/***");
        let span = inside.span.unwrap();
        assert_eq!(&file.source[span.start..span.end], MASK);
        let span = outside.span.unwrap();
        assert_eq!(&file.source[span.start..span.end], "\"n\"");
        assert_eq!(outside.message, "`n`");
    }
}
