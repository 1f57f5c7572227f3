//! The pre-flight check: arbitrary JSON in, a [`Report`] of every fault out.
//!
//! The `*_str` and `*_bytes` entry points parse with positions, so their diagnostics
//! carry line and column, and they also catch syntax errors and duplicate keys, which a
//! `serde_json::Value` cannot show.

mod json;
mod suggest;
mod walk;

use std::borrow::Cow;

use serde_json::Value;

pub(crate) use json::as_count;

use crate::model::{StoreRequest, StoreResponse};
use crate::pointer::{JsonPointer, Segment};
use crate::report::{Code, Diagnostic, Report};
use crate::source::parser::{self, Node};
use crate::source::{Location, Span};
use walk::Walker;

/// Which body a payload is: what is sent, or what PingOne returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PayloadKind {
    /// A create or update request body: read-only members are warnings, unknown
    /// members errors.
    #[default]
    Request,
    /// A store as the API returns it: `id`, `environment`, `createdAt` and `updatedAt`
    /// are required, unknown members are warnings.
    Response,
}

/// How to validate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Request or response.
    pub kind: PayloadKind,
    /// Make template variables (`{{name}}`) errors, for payloads that must be final.
    pub deny_placeholders: bool,
    /// Keep at most this many diagnostics (0, the default: every one); the others are
    /// counted, not built (see [`Report::omitted`]).
    pub max_findings: usize,
}

impl Options {
    /// The options for `kind`, with template variables as warnings.
    #[must_use]
    pub const fn new(kind: PayloadKind) -> Self {
        Self {
            kind,
            deny_placeholders: false,
            max_findings: 0,
        }
    }

    /// These options keeping at most `max` diagnostics in the report (0: no limit).
    /// The counts of errors and warnings and the validity still cover every finding.
    #[must_use]
    pub const fn max_findings(mut self, max: usize) -> Self {
        self.max_findings = max;
        self
    }

    /// These options with template variables as errors (`true`) or warnings.
    #[must_use]
    pub const fn deny_placeholders(mut self, deny: bool) -> Self {
        self.deny_placeholders = deny;
        self
    }

    fn finish(self, mut report: Report) -> Report {
        if self.deny_placeholders {
            report.deny(Code::Placeholder);
        }
        report
    }
}

/// Validates a store request body given as a `serde_json::Value`.
///
/// Diagnostics have no line and column (a `Value` has no positions) and come in the
/// order of the walk: members in the map's order, then what is missing.
#[must_use]
pub fn validate_request(value: &Value) -> Report {
    validate_value(value, Options::new(PayloadKind::Request))
}

/// Validates a store response given as a `serde_json::Value`.
#[must_use]
pub fn validate_response(value: &Value) -> Report {
    validate_value(value, Options::new(PayloadKind::Response))
}

/// Validates a store request body given as JSON text: diagnostics carry line and column
/// and come in source order.
#[must_use]
pub fn validate_request_str(text: &str) -> Report {
    validate_str(text, Options::new(PayloadKind::Request))
}

/// Validates a store response given as JSON text.
#[must_use]
pub fn validate_response_str(text: &str) -> Report {
    validate_str(text, Options::new(PayloadKind::Response))
}

/// Validates a `serde_json::Value` with `options`.
#[must_use]
pub fn validate_value(value: &Value, options: Options) -> Report {
    let mut report = Report::with_limit(options.max_findings);
    Walker {
        kind: options.kind,
        diagnostics: &mut report,
    }
    .store(value);
    options.finish(report)
}

/// Validates JSON text with `options`.
#[must_use]
pub fn validate_str(text: &str, options: Options) -> Report {
    let mut report = Report::with_limit(options.max_findings);
    match parser::parse(text) {
        Err(error) => report.push(
            Diagnostic::new(Code::Syntax, JsonPointer::root(), error.message)
                .with_span(Some(Span::at(error.offset))),
        ),
        Ok(parsed) => {
            if parsed.duplicates > 0 {
                duplicates(&parsed.root, &mut Vec::new(), &mut report);
            }
            Walker {
                kind: options.kind,
                diagnostics: &mut report,
            }
            .store(&parsed.root);
        }
    }
    report.locate(text);
    options.finish(report)
}

/// Validates the bytes of a file with `options`: a UTF-8 byte order mark is accepted
/// with a `byte-order-mark` warning, bytes that are not UTF-8 are an `encoding` error.
///
/// Spans are offsets into the text after the byte order mark: [`source_text`] gives
/// that text, for showing source lines.
#[must_use]
pub fn validate_bytes(bytes: &[u8], options: Options) -> Report {
    let (body, had_bom) = strip_bom(bytes);
    let mut report = match std::str::from_utf8(body) {
        Ok(text) => validate_str(text, options),
        Err(error) => {
            let valid = error.valid_up_to();
            let mut report = Report::with_limit(options.max_findings);
            report.push(
                Diagnostic::new(
                    Code::Encoding,
                    JsonPointer::root(),
                    format!(
                        "the file is not valid UTF-8: invalid byte at offset {}",
                        valid + if had_bom { 3 } else { 0 }
                    ),
                )
                .with_span(Some(Span::at(valid))),
            );
            report.locate(&String::from_utf8_lossy(&body[..valid]));
            report
        }
    };
    if had_bom {
        let mut bom = Diagnostic::new(
            Code::ByteOrderMark,
            JsonPointer::root(),
            "the file starts with a UTF-8 byte order mark, which JSON does not allow (RFC 8259 section 8.1): some tools will reject it",
        )
        .with_span(Some(Span::at(0)));
        bom.location = Some(Location::START);
        report.push_front(bom);
    }
    report
}

/// The text that the spans of [`validate_bytes`] index: the bytes after a UTF-8 byte
/// order mark, with invalid UTF-8 replaced by U+FFFD.
#[must_use]
pub fn source_text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(strip_bom(bytes).0)
}

fn strip_bom(bytes: &[u8]) -> (&[u8], bool) {
    match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    }
}

/// Reports every member flagged as a duplicate by the parser, at its own pointer.
fn duplicates(node: &Node<'_>, path: &mut Vec<Segment>, out: &mut Report) {
    match &node.value {
        parser::Value::Object(members) => {
            for member in members {
                path.push(Segment::Key(member.key.to_string()));
                if member.duplicate && out.is_full() {
                    out.count_omitted(Code::DuplicateKey, Code::DuplicateKey.default_severity());
                } else if member.duplicate {
                    let message = format!(
                        "duplicate key `{}`: an object must not hold the same key twice",
                        member.key
                    );
                    out.push(
                        Diagnostic::new(
                            Code::DuplicateKey,
                            JsonPointer::from_segments(path.clone()),
                            message,
                        )
                        .with_span(Some(member.key_span)),
                    );
                }
                duplicates(&member.value, path, out);
                path.pop();
            }
        }
        parser::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Segment::Index(index));
                duplicates(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Parses a request body into the typed model, or returns the report of its errors.
///
/// # Errors
/// The report, when it holds an error.
pub fn parse_request(text: &str) -> Result<StoreRequest, Report> {
    parse_typed(text, PayloadKind::Request)
}

/// Parses a store response into the typed model, or returns the report of its errors.
///
/// # Errors
/// The report, when it holds an error.
pub fn parse_response(text: &str) -> Result<StoreResponse, Report> {
    parse_typed(text, PayloadKind::Response)
}

fn parse_typed<T: serde::de::DeserializeOwned>(text: &str, kind: PayloadKind) -> Result<T, Report> {
    let report = validate_str(text, Options::new(kind));
    if !report.is_valid() {
        return Err(report);
    }
    // The walker and the types agree (a property test holds them to it); should they
    // ever differ, the typed path's refusal is still reported, not unwrapped.
    serde_json::from_str(text).map_err(|error| {
        Report::from_diagnostics(vec![Diagnostic::new(
            Code::Type,
            JsonPointer::root(),
            format!("the payload does not fit the typed model: {error}"),
        )])
    })
}
