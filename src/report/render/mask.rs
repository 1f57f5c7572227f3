//! Values the declarations do not allow hidden from every output, once per linted file.
//!
//! A [`MaskedFile`] is the only thing the renderers take: its source text has every
//! value that output may not show replaced by [`MASK`], and its diagnostics' spans
//! index that masked text. Messages and pointers need nothing here: the validator
//! builds them safe ([`crate::model::shown::conceal`]).
//!
//! What may be shown is the declarations' call, applied in one place
//! ([`crate::model::shown`]):
//!
//! - **Text that parses** is masked by structure: following the payload down from the
//!   store's declaration ([`Place`]), a value is kept only where its key's declaration
//!   shows it ([`crate::model::decl::KeyDecl::shows_value`]); every other value (free
//!   text, secrets, unknown members, arrays, members of unknown objects, a link whose
//!   name looks like a secret's) is hidden whole, key names inside it included.
//! - **Text that does not parse** shows its structure only, in one pass with no state
//!   carried from one line to the next: white space, JSON punctuation (`{}[]:,`), quotes,
//!   and the words the declarations allow (declared key names, allowed
//!   values, type names, `true`, `false`, `null`: [`crate::model::shown::shown_words`]);
//!   every other run of characters, quoted
//!   or not, numbers and comments included, is hidden.

use std::borrow::Cow;
use std::ops::{Deref, Range};

use super::LintedFile;
use crate::model::shown::{HIDDEN, Place, is_shown_word};
use crate::report::Diagnostic;
use crate::source::parser::{self, Node, Value};
use crate::source::{Location, Span};

/// What a hidden value's content is replaced with.
pub const MASK: &str = HIDDEN;

/// A linted file ready for output: every value of its source text that the
/// declarations do not show replaced by `***` ([`crate::model::shown`] decides; text
/// that parses is masked by its structure, text that does not shows its structure only;
/// docs/cli.md, "Secrets", tells the rules). Its messages and pointers were built safe
/// by the validator.
///
/// It dereferences to the [`LintedFile`] it was made from, with these changes: the
/// `source` is the masked text (empty when the report is), and each diagnostic's `span`
/// indexes the masked text (a span that started or ended inside a hidden value now
/// starts or ends at its `***`). Lines and columns still give the place in the file,
/// and [`MaskedFile::end_of`] where each finding's span ends in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaskedFile {
    file: LintedFile,
    /// Where each diagnostic's span ends in the file (not in the masked text).
    ends: Vec<Option<Location>>,
}

impl MaskedFile {
    /// Masks what `file`'s source may not show: one parse of it (or one scan, when it is
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
        let ranges = hidden_ranges(&file.source);
        if ranges.is_empty() {
            return Self { file, ends };
        }
        let masked = MaskedText::from_ranges(&file.source, ranges);
        for diagnostic in file.report.diagnostics_mut() {
            if let Some(span) = diagnostic.span {
                diagnostic.span = Some(masked.map_span(span));
            }
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

/// A text with the content of every hidden value replaced by [`MASK`], and the map from
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
    /// Masks the values of `original` that output may not show (see [`MaskedFile`]): by
    /// structure when it parses as JSON, by a scan otherwise.
    #[must_use]
    pub fn new(original: &str) -> Self {
        Self::from_ranges(original, hidden_ranges(original))
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

    /// The last replaced range starting at or before `offset`.
    fn containing(&self, offset: usize) -> Option<&Replaced> {
        let after = self
            .replaced
            .partition_point(|r| r.original.start <= offset);
        after.checked_sub(1).map(|index| &self.replaced[index])
    }
}

/// Masks the values of `text` that output may not show (see [`MaskedText::new`]),
/// borrowing when there are none.
#[must_use]
pub fn mask_secrets(text: &str) -> Cow<'_, str> {
    let masked = MaskedText::new(text);
    if masked.is_masked() {
        Cow::Owned(masked.text)
    } else {
        Cow::Borrowed(text)
    }
}

/// The byte ranges of `text` that output may not show, in order, disjoint and non-empty:
/// by structure when it parses as JSON, by a scan otherwise.
fn hidden_ranges(text: &str) -> Vec<Range<usize>> {
    let by_structure_of = |text: &str| {
        parser::parse(text).ok().map(|parsed| {
            let mut ranges = Vec::new();
            let root = crate::validate::root_place(None, &parsed.root);
            by_structure(&parsed.root, root, &mut ranges);
            ranges
        })
    };
    // A template variable standing unquoted as a whole value (`"active": {{isActive}}`,
    // which Postman fills in before sending) is read as a string of the same length, so
    // that such a body is masked by its structure, as the validator reads it.
    by_structure_of(text)
        .or_else(|| quote_bare_templates(text).and_then(|quoted| by_structure_of(&quoted)))
        .unwrap_or_else(|| scan(text))
}

/// `text` with each template variable that stands outside a string (`{{isActive}}`)
/// written as a string of the same length (`"{isActive}"`), so that every offset stays;
/// `None` when there is none. One pass.
fn quote_bare_templates(text: &str) -> Option<String> {
    let mut quoted: Option<Vec<u8>> = None;
    let bare = crate::model::formats::json_templates(text).filter(|found| !found.in_string);
    for found in bare {
        let out = quoted.get_or_insert_with(|| text.as_bytes().to_vec());
        out[found.range.start] = b'"';
        out[found.range.end - 1] = b'"';
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    quoted.and_then(|bytes| String::from_utf8(bytes).ok())
}

/// Pushes the ranges to hide in `node`, which stands at `place`; as deep as the value,
/// which the parser's depth limit bounds.
fn by_structure(node: &Node<'_>, place: Place, out: &mut Vec<Range<usize>>) {
    match &node.value {
        Value::Object(members) if place.shows_keys() => {
            for member in members {
                by_structure(&member.value, place.member(&member.key), out);
            }
        }
        Value::Array(items) if place.shows_items() => {
            for item in items {
                by_structure(item, place.item(), out);
            }
        }
        Value::Object(_) | Value::Array(_) => hide(node, out),
        _ if place.shows_scalar() => {
            if let Value::String(s) = &node.value {
                let mut secrets = url_secrets(s);
                // Offsets in the text: the value's own when it has no escape (an escape
                // makes the text longer than the value); else the whole value goes.
                if s.len() + 2 == node.span.end - node.span.start {
                    let start = node.span.start + 1;
                    out.extend(secrets.map(|range| start + range.start..start + range.end));
                } else if secrets.next().is_some() {
                    hide(node, out);
                }
            }
        }
        _ => hide(node, out),
    }
}

/// The parts of a URL that can carry a credential even where the declaration shows the
/// URL: the user information (`https://user:password@host`) and the query
/// (`?token=...`). Empty for any other string.
fn url_secrets(s: &str) -> impl Iterator<Item = Range<usize>> {
    let mut found: [Option<Range<usize>>; 2] = [None, None];
    if let Some(scheme_end) = s.find("://") {
        let authority = scheme_end + 3;
        let rest = &s[authority..];
        let authority_end = authority + rest.find(['/', '?', '#']).unwrap_or(rest.len());
        if let Some(at) = s[authority..authority_end].rfind('@') {
            found[0] = Some(authority..authority + at);
        }
        if let Some(query) = s[authority_end..].find('?') {
            let start = authority_end + query + 1;
            let end = s[start..].find('#').map_or(s.len(), |hash| start + hash);
            found[1] = (start < end).then_some(start..end);
        }
    }
    found.into_iter().flatten()
}

/// Hides a value: a string's content (its quotes stay, an empty one shows nothing), any
/// other value whole.
fn hide(node: &Node<'_>, out: &mut Vec<Range<usize>>) {
    match &node.value {
        Value::String(s) if s.is_empty() => {}
        Value::String(_) => out.push(node.span.start + 1..node.span.end - 1),
        _ => out.push(node.span.start..node.span.end),
    }
}

// ------------------------------------------------------------ text that does not parse

/// The ranges to hide in a text that is not JSON, in order: one pass, each byte looked
/// at once. A quoted run (`"` or `'`, a backslash escaping the next byte) ends at its
/// closing quote or at the end of its line; any other run ends at white space, JSON
/// punctuation, a quote or the punctuation of another syntax (`=>`, `=`, `;`, `(`, `)`,
/// `/`, `*`, `#`), which is shown. A run is kept only when it is one of the
/// [`shown_words`](crate::model::shown::shown_words).
fn scan(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut hide = |range: Range<usize>| {
        if !range.is_empty() && !is_shown_word(&text[range.clone()]) {
            ranges.push(range);
        }
    };
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            _ if is_structure(byte) => at += 1,
            b'"' | b'\'' => {
                let (end, closed) = quoted(bytes, at);
                hide(at + 1..if closed { end - 1 } else { end });
                at = end;
            }
            _ if is_syntax(byte) => at += 1,
            _ => {
                let end = bytes[at..]
                    .iter()
                    .position(|&b| is_structure(b) || is_syntax(b) || matches!(b, b'"' | b'\''))
                    .map_or(bytes.len(), |length| at + length);
                hide(at..end);
                at = end;
            }
        }
    }
    ranges
}

/// The punctuation of the syntaxes payloads are mistaken for (`=>`, `=`, `;`, comments,
/// calls): shown, so that the syntax error it causes can be seen.
const fn is_syntax(byte: u8) -> bool {
    matches!(byte, b'=' | b'>' | b';' | b'(' | b')' | b'/' | b'*' | b'#')
}

/// White space and JSON punctuation: always shown.
const fn is_structure(byte: u8) -> bool {
    matches!(
        byte,
        b' ' | b'\t' | b'\r' | b'\n' | b'{' | b'}' | b'[' | b']' | b':' | b','
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pointer::JsonPointer;
    use crate::report::{Code, Report};

    #[test]
    fn json_shows_only_what_the_declarations_allow() {
        let text = r#"{"name": "n", "type": "Zoom", "description": "d", "configuration": {"API_KEY": "abc", "SCIM_URL": "https://x", "apiKey": {"k": ["v"]}, "extra": 12}}"#;
        assert_eq!(
            mask_secrets(text),
            r#"{"name": "n", "type": "Zoom", "description": "***", "configuration": {"API_KEY": "***", "SCIM_URL": "https://x", "apiKey": ***, "extra": ***}}"#
        );
    }

    #[test]
    fn values_of_the_wrong_shape_and_members_of_unknown_objects_are_hidden() {
        let text = r#"{"name": {"x": "s"}, "status": [1], "unknown": {"type": "Zoom"}, "managed": true, "_links": {"self": {"href": "https://h", "x": 1}}}"#;
        assert_eq!(
            mask_secrets(text),
            r#"{"name": ***, "status": ***, "unknown": ***, "managed": true, "_links": {"self": {"href": "https://h", "x": ***}}}"#
        );
    }

    #[test]
    fn a_payload_with_nothing_to_hide_is_borrowed() {
        let text = r#"{"name": "API_KEY", "configuration": {"OAUTH_TOKEN_URL": "https://x", "API_KEY": ""}}"#;
        assert_eq!(mask_secrets(text), text);
        assert!(matches!(mask_secrets(text), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_text_shows_structure_only() {
        for (text, masked) in [
            (r#"{"API_SECRET"=>"abc"}"#, r#"{"API_SECRET"=>"***"}"#),
            ("{'api_key' : 'abc'}", "{'***' : '***'}"),
            ("API_KEY: abc def\nx: 1", "API_KEY: *** ***\n***: ***"),
            (r#"{"API_KEY": ""hunter2"}"#, r#"{"API_KEY": ""***"***"#),
            (
                r#"{"OAUTH_CLIENT_SECRET":"abc"REST", "type": "Zoom"}"#,
                r#"{"OAUTH_CLIENT_SECRET":"***"***"***"type"***"Zoom"***"#,
            ),
            (
                r#"{"type": "Zoom", "name": x"#,
                r#"{"type": "Zoom", "name": ***"#,
            ),
            (
                "{\"API_KEY\" /* c */ : null",
                "{\"API_KEY\" /* *** */ : null",
            ),
            ("{API_KEY=abc+d;", "{API_KEY=***;"),
            ("{\"paßword\": 'abc\n}", "{\"***\": '***\n}"),
        ] {
            assert_eq!(mask_secrets(text), masked, "{text:?}");
        }
    }

    #[test]
    fn maps_offsets_around_and_inside_masks() {
        let original = r#"{"description": "abcdef", "name": "x", "extra": [1]}"#;
        let masked = MaskedText::new(original);
        let secret = original.find("abcdef").unwrap();
        let after = original.find("\"name\"").unwrap();
        assert_eq!(masked.map_offset(0), 0);
        assert_eq!(masked.map_offset(secret), secret);
        assert_eq!(masked.map_offset(secret + 3), secret);
        assert_eq!(
            &masked.as_str()[masked.map_offset(after)..][..6],
            "\"name\""
        );
        let array = original.find('[').unwrap();
        let span = masked.map_span(Span::new(array + 1, array + 2));
        assert_eq!(&masked.as_str()[span.start..span.end], MASK);
        assert_eq!(
            &masked.as_str()[masked.map_offset(original.len() - 1)..],
            "}"
        );
    }

    #[test]
    fn a_masked_file_maps_spans_into_the_masked_text() {
        let source = r#"{"description": {"hunter2": 1}, "n": 1}"#.to_owned();
        let key = source.find("\"hunter2\"").unwrap();
        let inside = Diagnostic::new(Code::DuplicateKey, JsonPointer::root(), "duplicate")
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
        assert_eq!(file.source, r#"{"description": ***, "n": ***}"#);
        let [inside, outside] = file.report.diagnostics() else {
            panic!("two diagnostics")
        };
        let span = inside.span.unwrap();
        assert_eq!(&file.source[span.start..span.end], MASK);
        let span = outside.span.unwrap();
        assert_eq!(&file.source[span.start..span.end], "\"n\"");
    }

    #[test]
    fn a_bare_template_variable_is_masked_by_structure_as_the_validator_reads_it() {
        let text = r#"{"managed": {{storeManaged}}, "configuration": {"SCIM_URLL": "https://x", "OAUTH_CLIENT_SECRET": {{secret}}}}"#;
        let quoted = quote_bare_templates(text).expect("two bare variables");
        assert_eq!(quoted.len(), text.len(), "every offset stays");
        assert!(
            quoted.contains(r#""managed": "{storeManaged}""#),
            "{quoted}"
        );
        let masked = MaskedText::from_ranges(text, hidden_ranges(text));
        assert_eq!(
            masked.as_str(),
            r#"{"managed": {{storeManaged}}, "configuration": {"SCIM_URLL": "***", "OAUTH_CLIENT_SECRET": {***}}}"#,
            "a misspelled key stays readable; a value under an unknown or secret key does not"
        );
        assert_eq!(quote_bare_templates(r#"{"a": "{{in a string}}"}"#), None);
    }

    #[test]
    fn a_shown_url_keeps_no_credential() {
        let text = r#"{"name": "s", "type": "scim", "configuration": {"SCIM_URL": "https://admin:hunter2@scim.example.com/v2?token=abc#top"}}"#;
        let masked = MaskedText::from_ranges(text, hidden_ranges(text));
        assert!(
            masked
                .as_str()
                .contains(r#""https://***@scim.example.com/v2?***#top""#),
            "{}",
            masked.as_str()
        );
        let plain = r#"{"name": "s", "type": "scim", "configuration": {"SCIM_URL": "https://scim.example.com/v2"}}"#;
        assert!(
            hidden_ranges(plain).is_empty(),
            "a URL without credentials is shown whole"
        );
    }
}
