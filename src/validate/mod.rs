//! The pre-flight check: arbitrary JSON in, a [`Report`] of every fault out.
//!
//! The `*_str` and `*_bytes` entry points parse with positions, so their diagnostics
//! carry line and column, and they also catch syntax errors and duplicate keys, which a
//! `serde_json::Value` cannot show.

mod identify;
mod index;
mod json;
mod kind;
mod setup;
mod severity;
mod suggest;
mod typed;
mod walk;

use std::borrow::Cow;

use serde_json::Value;

#[doc(hidden)]
pub use identify::is_foreign_json;
pub(crate) use kind::root_declaration;
#[cfg(feature = "render")]
pub(crate) use kind::root_place;
pub use kind::{Detection, ListKind, ObjectKind, detect_value};
pub use setup::{SETUP_FILE_NAME, SetupFile, check_setup};
// The command line's way to the same checks without keeping every store's text.
#[doc(hidden)]
pub use setup::{SetupFacts, SetupInput, check_setup_facts, listed_files};
pub use severity::RuleLevel;
#[doc(hidden)]
pub use severity::{default_severities, default_severity, is_fixed, is_opt_in};

use crate::model::{MetadataRequest, StoreRequest, StoreResponse, StoreType};
use crate::pointer::{JsonPointer, Segment};
use crate::report::{Code, Diagnostic, Report, Severity};
use crate::source::parser::{self, Node, Parsed};
use crate::source::{Location, Span};
use walk::Walker;

/// Which body a payload is: what is sent, or what PingOne returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PayloadKind {
    /// A create or update request body: read-only members are warnings, unknown
    /// members errors.
    #[default]
    Request,
    /// A store as the API returns it: `id`, `environment`, `createdAt` and `updatedAt`
    /// are required, unknown members are warnings.
    Response,
}

/// How to validate: the payload kind (request or response, and which object), and the
/// severity of each rule.
///
/// The severity of a finding is decided here, once: the code's default for the kind
/// ([`default_severity`]), then the level set for the code ([`Options::rule`]), then
/// [`Options::deny_warnings`], then [`Options::only_errors`]. Every entry point, the linter and
/// [`StoreRequest::check`] apply it through [`Options::apply`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Request or response.
    pub kind: PayloadKind,
    /// Which object the payload is: a store unless set ([`Options::object`]); `None`
    /// decides it by the payload's shape.
    pub object: Option<ObjectKind>,
    /// Decide request or response by the payload ([`Options::flavour_by_shape`]).
    detect_flavour: bool,
    /// A request updates an existing object ([`Options::update`]).
    update: bool,
    rules: severity::Overrides,
    deny_warnings: bool,
    only_errors: bool,
    /// Keep at most this many diagnostics (0, the default: every one); the others are
    /// counted, not kept (see [`Report::omitted`]).
    max_findings: usize,
}

impl Default for Options {
    /// Store requests, every rule at its default severity.
    fn default() -> Self {
        Self::new(PayloadKind::Request)
    }
}

impl Options {
    /// The options for store payloads of `kind`, with every rule at its default
    /// severity.
    #[must_use]
    pub const fn new(kind: PayloadKind) -> Self {
        Self {
            kind,
            object: Some(ObjectKind::Store),
            detect_flavour: false,
            update: false,
            rules: [None; Code::ALL.len()],
            deny_warnings: false,
            only_errors: false,
            max_findings: 0,
        }
    }

    /// The options for a request body (create or update), every rule at its default.
    #[must_use]
    pub const fn request() -> Self {
        Self::new(PayloadKind::Request)
    }

    /// The options for a response of the API, every rule at its default.
    #[must_use]
    pub const fn response() -> Self {
        Self::new(PayloadKind::Response)
    }

    /// These options with a request that updates an existing object (`true`: the body
    /// of a `PUT`, such as `PUT /propagation/mappings/{mappingID}`) rather than one that
    /// creates it: a member that only an update needs (a mapping's `rule`) is then a
    /// `required` warning when missing. No effect on a response.
    #[must_use]
    pub const fn update(mut self, update: bool) -> Self {
        self.update = update;
        self
    }

    /// Whether a request updates an existing object ([`Options::update`]).
    #[must_use]
    pub const fn is_update(&self) -> bool {
        self.update
    }

    /// These options keeping at most `max` diagnostics in a report (0: no limit). The
    /// counts of errors and warnings and the validity still cover every finding.
    #[must_use]
    pub const fn max_findings(mut self, max: usize) -> Self {
        self.max_findings = max;
        self
    }

    /// These options with template variables as errors (`true`) or at their default
    /// severity, a warning: the same as [`Options::rule`] with [`Code::Placeholder`].
    #[must_use]
    pub const fn deny_placeholders(mut self, deny: bool) -> Self {
        self.rules[severity::index(Code::Placeholder)] =
            if deny { Some(RuleLevel::Error) } else { None };
        self
    }

    /// These options with every warning an error (`true`), after the levels set by
    /// [`Options::rule`]; a rule set to `off` stays off.
    #[must_use]
    pub const fn deny_warnings(mut self, deny: bool) -> Self {
        self.deny_warnings = deny;
        self
    }

    /// These options keeping only errors (`true`): a finding that would be a warning,
    /// after [`Options::rule`] and [`Options::deny_warnings`], is dropped as if its
    /// rule were off, neither kept nor counted (the linter's `--quiet`).
    #[must_use]
    pub const fn only_errors(mut self, only: bool) -> Self {
        self.only_errors = only;
        self
    }

    /// These options with `code` at `level`.
    ///
    /// # Errors
    /// An [`Error`](crate::Error) of [`Category::Setting`](crate::Category::Setting) when
    /// `code` can only be an error ([`is_fixed`]: `syntax`,
    /// `encoding`, `too-large`) and `level` is not [`RuleLevel::Error`].
    pub fn rule(mut self, code: Code, level: RuleLevel) -> Result<Self, crate::Error> {
        if is_fixed(code) && !matches!(level, RuleLevel::Error) {
            return Err(severity::fixed_rule(code, level));
        }
        self.rules[severity::index(code)] = Some(level);
        Ok(self)
    }

    /// The level set for `code` by [`Options::rule`] or [`Options::deny_placeholders`],
    /// if any.
    #[must_use]
    pub const fn rule_level(&self, code: Code) -> Option<RuleLevel> {
        self.rules[severity::index(code)]
    }

    /// The severity of a finding of `code` under these options, or `None` when the
    /// rule is off: the policy every diagnostic goes through.
    #[must_use]
    pub const fn severity(&self, code: Code) -> Option<Severity> {
        self.severity_for(code, default_severity(code, self.kind))
    }

    /// The severity of a finding of `code` that the validator found at `proposed` (the
    /// code's default, or a warning where the declarations say the sources disagree):
    /// the level set for the code when there is one, else `proposed`; then
    /// [`Options::deny_warnings`]. `None` when the rule is off.
    #[must_use]
    pub const fn severity_for(&self, code: Code, proposed: Severity) -> Option<Severity> {
        let level = match self.rules[severity::index(code)] {
            Some(level) => level,
            None if is_opt_in(code) => RuleLevel::Off,
            None => match proposed {
                Severity::Error => RuleLevel::Error,
                Severity::Warning => RuleLevel::Warning,
            },
        };
        match level {
            RuleLevel::Off => None,
            RuleLevel::Error => Some(Severity::Error),
            RuleLevel::Warning if self.deny_warnings => Some(Severity::Error),
            RuleLevel::Warning if self.only_errors => None,
            RuleLevel::Warning => Some(Severity::Warning),
        }
    }

    /// `report` with the severity of every diagnostic set by [`Options::severity`] and
    /// the diagnostics of rules that are off removed (the findings a limited report
    /// only counted included). The validator's entry points already apply it; a caller
    /// that adds diagnostics of its own applies it to them.
    #[must_use]
    pub fn apply(&self, mut report: Report) -> Report {
        report.reclassify(|code, proposed| self.severity_for(code, proposed));
        report
    }

    /// Whether a finding of `code` goes into `report`, and at which severity: `None`
    /// when its rule is off, or when the report is full (it is then counted as
    /// omitted, so that nothing past the cap is built). Every finding of the validator
    /// goes through here, so the policy and the cap are applied in one place.
    pub(crate) fn admit(
        &self,
        report: &mut Report,
        code: Code,
        proposed: Severity,
    ) -> Option<Severity> {
        let severity = self.severity_for(code, proposed)?;
        if report.is_full() {
            report.count_omitted(code, severity);
            return None;
        }
        Some(severity)
    }

    /// Adds `diagnostic` to `report` as [`Options::admit`] decides.
    fn push(&self, report: &mut Report, diagnostic: Diagnostic) {
        if let Some(severity) = self.admit(report, diagnostic.code, diagnostic.severity) {
            report.push(diagnostic.with_severity(severity));
        }
    }
}

/// Validates a payload given as a `serde_json::Value`, as `options` say (request or
/// response, severities, cap).
///
/// Diagnostics have no line and column (a `Value` has no positions) and come in the
/// order of the walk: members in the map's order, then what is missing.
#[must_use]
pub fn validate_value(value: &Value, options: Options) -> Report {
    let mut report = Report::with_limit(options.max_findings);
    Walker::new(options, &mut report).payload(value);
    report
}

/// Validates a payload given as JSON text, as `options` say: diagnostics carry line and
/// column and come in source order; syntax errors and duplicate keys are found too.
#[must_use]
pub fn validate_str(text: &str, options: Options) -> Report {
    validate_text(text, options, |_| ()).0
}

/// Parses `text` once, walks it, and hands the parsed tree (when the text parses) to
/// `then`, which may build something from it while the report is made.
fn validate_text<R>(
    text: &str,
    options: Options,
    then: impl FnOnce(Option<&Node<'_>>) -> R,
) -> (Report, R) {
    let mut report = Report::with_limit(options.max_findings);
    // A revision request is sent with no body at all (`--data ''`).
    if options.object == Some(ObjectKind::Revision) && text.trim().is_empty() {
        return (report, then(None));
    }
    let built = match parser::parse(text) {
        Err(error) => {
            options.push(
                &mut report,
                Diagnostic::new(Code::Syntax, JsonPointer::root(), error.message)
                    .with_span(Some(Span::at(error.offset))),
            );
            then(None)
        }
        Ok(parsed) => {
            if !parsed.duplicates.is_empty() {
                let root = kind::root_place(options.object, &parsed.root);
                duplicates(
                    &parsed,
                    &parsed.root,
                    (&mut Vec::new(), root),
                    options,
                    &mut report,
                );
            }
            Walker::new(options, &mut report).payload(&parsed.root);
            then(Some(&parsed.root))
        }
    };
    report.locate(text);
    (report, built)
}

/// Validates the bytes of a file with `options`: a UTF-8 byte order mark is accepted
/// with a `byte-order-mark` warning, bytes that are not UTF-8 are an `encoding` error.
/// UTF-16 (little- or big-endian, with a byte order mark or told by the NUL bytes of its
/// first characters) is an `encoding` error too, since PingOne reads UTF-8, but it is
/// decoded and linted in full, with lines and columns of the decoded text.
///
/// Spans are offsets into the decoded text after the byte order mark: [`source_text`]
/// gives that text, for showing source lines.
#[must_use]
pub fn validate_bytes(bytes: &[u8], options: Options) -> Report {
    validate_bytes_then(bytes, options, |_| ()).0
}

/// [`validate_bytes`], and what the file brings to a setup, for [`check_setup_facts`],
/// read from the same parse (so no file is parsed twice, and no text need be kept for
/// the setup): `name` is the file's path as the run shows it (its file name may decide
/// its kind). Nothing when the bytes do not parse.
#[must_use]
#[doc(hidden)]
pub fn validate_bytes_in_setup(bytes: &[u8], options: Options, name: &str) -> (Report, SetupFacts) {
    let (report, facts) = validate_bytes_then(bytes, options, |root| {
        root.map(|root| SetupFacts::of(name, options.object, root))
    });
    (report, facts.unwrap_or_default())
}

/// [`validate_bytes`], handing the parsed tree to `then` as [`validate_text`] does
/// (`None` when the bytes are not UTF-8 or do not parse).
fn validate_bytes_then<R: Default>(
    bytes: &[u8],
    options: Options,
    then: impl FnOnce(Option<&Node<'_>>) -> R,
) -> (Report, R) {
    if let Some(utf16) = Utf16::of(bytes) {
        let (mut report, built) = validate_text(&utf16.decode(bytes), options, then);
        let message = format!(
            "the file is UTF-16 ({}-endian, {} byte order mark), but PingOne reads UTF-8: save it as UTF-8 (PowerShell 5's `Out-File` writes UTF-16 unless told `-Encoding utf8`)",
            if utf16.little_endian { "little" } else { "big" },
            if utf16.bom { "with a" } else { "no" },
        );
        let mut encoding = Diagnostic::new(Code::Encoding, JsonPointer::root(), message)
            .with_span(Some(Span::at(0)));
        encoding.location = Some(Location::START);
        if let Some(severity) = options.severity(Code::Encoding) {
            report.push_front(encoding.with_severity(severity));
        }
        return (report, built);
    }
    let (body, had_bom) = strip_bom(bytes);
    let (mut report, built) = match std::str::from_utf8(body) {
        Ok(text) => validate_text(text, options, then),
        Err(error) => {
            let valid = error.valid_up_to();
            let mut report = Report::with_limit(options.max_findings);
            options.push(
                &mut report,
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
            (report, R::default())
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
        if let Some(severity) = options.severity(Code::ByteOrderMark) {
            report.push_front(bom.with_severity(severity));
        }
    }
    (report, built)
}

/// The text that the spans of [`validate_bytes`] index: UTF-16 decoded, the bytes after
/// a UTF-8 byte order mark, with invalid UTF-8 (or unpaired UTF-16 surrogates) replaced
/// by U+FFFD. Decoded before anything else looks at the text, masking included.
#[must_use]
pub fn source_text(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(utf16) = Utf16::of(bytes) {
        return Cow::Owned(utf16.decode(bytes));
    }
    let body = strip_bom(bytes).0;
    // `from_utf8` checks a word at a time; the lossy conversion goes byte by byte, so
    // it is kept for text that needs it.
    match std::str::from_utf8(body) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(body),
    }
}

fn strip_bom(bytes: &[u8]) -> (&[u8], bool) {
    match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    }
}

/// A UTF-16 file: its byte order, and whether it starts with a byte order mark.
#[derive(Clone, Copy)]
struct Utf16 {
    little_endian: bool,
    bom: bool,
}

impl Utf16 {
    /// The UTF-16 encoding of `bytes`, if they are UTF-16: a byte order mark (`FF FE`,
    /// `FE FF`), or a NUL byte in every other place of the first two characters (a
    /// JSON text starts with ASCII, whose UTF-16 has a NUL byte beside each one; UTF-8
    /// JSON has no NUL there). A single ASCII character is told by its one NUL.
    fn of(bytes: &[u8]) -> Option<Self> {
        let (little_endian, bom) = match bytes {
            [0xFF, 0xFE, ..] => (true, true),
            [0xFE, 0xFF, ..] => (false, true),
            [a, 0, b, 0, ..] if *a != 0 && *b != 0 => (true, false),
            [0, a, 0, b, ..] if *a != 0 && *b != 0 => (false, false),
            [a, 0] if *a != 0 => (true, false),
            [0, a] if *a != 0 => (false, false),
            _ => return None,
        };
        Some(Self { little_endian, bom })
    }

    /// The text of `bytes` in this encoding, without its byte order mark; an unpaired
    /// surrogate or a last odd byte is U+FFFD.
    fn decode(self, bytes: &[u8]) -> String {
        let body = if self.bom { &bytes[2..] } else { bytes };
        let units = body.chunks(2).map(|pair| match *pair {
            [a, b] if self.little_endian => u16::from_le_bytes([a, b]),
            [a, b] => u16::from_be_bytes([a, b]),
            _ => 0xFFFD,
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    }
}

/// Reports every member flagged as a duplicate by the parser, at its own pointer.
fn duplicates(
    parsed: &Parsed<'_>,
    node: &Node<'_>,
    (path, root): (&mut Vec<Segment>, crate::model::shown::Place),
    options: Options,
    out: &mut Report,
) {
    match &node.value {
        parser::Value::Object(members) => {
            for member in members {
                path.push(Segment::Key(member.key.to_string().into()));
                let admitted = parsed
                    .is_duplicate(member)
                    .then(|| options.admit(out, Code::DuplicateKey, Severity::Error))
                    .flatten();
                if let Some(severity) = admitted {
                    let message = format!(
                        "duplicate key `{}`: an object must not hold the same key twice",
                        member.key
                    );
                    let mut diagnostic = Diagnostic::new(
                        Code::DuplicateKey,
                        JsonPointer::from_segments(path.clone()),
                        message,
                    )
                    .with_severity(severity)
                    .with_span(Some(member.key_span));
                    crate::model::shown::conceal(&mut diagnostic, 0, root);
                    out.push(diagnostic);
                }
                duplicates(parsed, &member.value, (path, root), options, out);
                path.pop();
            }
        }
        parser::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Segment::Index(index));
                duplicates(parsed, item, (path, root), options, out);
                path.pop();
            }
        }
        _ => {}
    }
}

impl StoreRequest {
    /// The validator's findings about this request as it would be sent: the same
    /// codes, messages and wire pointers (`/name`, `/configuration/SCIM_URL`) as for
    /// a payload read from a file, without line and column.
    ///
    /// A value built in code can break rules its types do not hold (a blank name, a
    /// URL that is not one): this serializes it to a `serde_json::Value` and runs
    /// [`validate_value`] on that, so there is one set of rules, not a second one
    /// over Rust field names.
    #[must_use]
    pub fn check(&self) -> Report {
        check_as(self, Options::new(PayloadKind::Request))
    }
}

impl StoreResponse {
    /// The validator's findings about this store as PingOne would return it (see
    /// [`StoreRequest::check`]): serialized to a `serde_json::Value`, then
    /// [`validate_value`] as a response.
    #[must_use]
    pub fn check(&self) -> Report {
        check_as(self, Options::new(PayloadKind::Response))
    }
}

/// The findings about a typed value: serialized, then validated with `options`.
fn check_as<T: serde::Serialize>(value: &T, options: Options) -> Report {
    match serde_json::to_value(value) {
        Ok(value) => validate_value(&value, options),
        // The model's types serialize to JSON objects with string keys; should one
        // ever fail, that is reported, not unwrapped.
        Err(error) => options.apply(Report::from_diagnostics(vec![Diagnostic::new(
            Code::Type,
            JsonPointer::root(),
            // serde's message may quote a value: only its category is safe to show.
            format!(
                "the value does not serialize to JSON ({:?} error)",
                error.classify()
            ),
        )])),
    }
}

/// A payload that passed the validator, built into its typed model, with the
/// validator's other findings (warnings).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Checked<T> {
    /// The typed value.
    pub value: T,
    /// The findings that did not stop it: warnings only.
    pub warnings: Report,
}

/// Parses a request body into the typed model, with the validator's warnings, or
/// returns the report of its errors. The text is parsed once and checked once.
///
/// # Errors
/// The report, when it holds an error.
pub fn parse_request(text: &str) -> Result<Checked<StoreRequest>, Report> {
    parse_typed(text)
}

/// Parses a store response into the typed model, with the validator's warnings, or
/// returns the report of its errors. The text is parsed once and checked once.
///
/// # Errors
/// The report, when it holds an error.
pub fn parse_response(text: &str) -> Result<Checked<StoreResponse>, Report> {
    parse_typed(text)
}

/// A typed model of a payload that [`parse`] reads: [`StoreRequest`], [`StoreResponse`],
/// and the generated models of the other kinds (`PlanRequest`, `RuleResponse`,
/// `MappingRequest`, `LdapGatewayMetadataRequest`, `RuleList`, `SetupDocument`, ...).
/// Each knows its payload kind, so the validator checks the text as that kind. Only this
/// crate's types implement it.
pub trait Payload: typed::Sealed {}

/// Parses `text` into the typed model `T`, with the validator's warnings, or returns the
/// report of its errors: `parse::<RuleRequest>(text)`. The text is parsed once and
/// checked once, as `T`'s payload kind (a rule request, a mapping response, ...).
///
/// # Errors
/// The report, when it holds an error.
pub fn parse<T: Payload>(text: &str) -> Result<Checked<T>, Report> {
    T::parse_text(text)
}

/// Parses the body of a store metadata request of `store_type` (the type its path names,
/// `POST .../propagation/storeMetadata/{Type}`) into its typed model, with the
/// validator's warnings, or returns the report of its errors.
///
/// # Errors
/// The report, when it holds an error.
pub fn parse_metadata(
    store_type: StoreType,
    text: &str,
) -> Result<Checked<MetadataRequest>, Report> {
    let options =
        Options::new(PayloadKind::Request).object(Some(ObjectKind::Metadata(store_type.as_str())));
    parse_with(text, options, |value| match value {
        Value::Object(body) => MetadataRequest::from_checked(store_type, body),
        _ => Err("expected an object".to_owned()),
    })
}

fn parse_typed<T: typed::Typed>(text: &str) -> Result<Checked<T>, Report> {
    parse_with(text, T::options(), typed::from_checked::<T>)
}

/// Parses `text` once, checks it once with `options`, and builds the typed value of a
/// payload with no error.
fn parse_with<T>(
    text: &str,
    options: Options,
    build: impl FnOnce(Value) -> Result<T, String>,
) -> Result<Checked<T>, Report> {
    let (mut report, tree) = validate_text(text, options, |root| root.map(json::to_value));
    if !report.is_valid() {
        return Err(report);
    }
    let Some(value) = tree else {
        return Err(report);
    };
    // The walker and the types agree (a property test holds them to it); should they
    // ever differ, the typed path's refusal is still reported, not unwrapped.
    match build(value) {
        Ok(value) => Ok(Checked {
            value,
            warnings: report,
        }),
        // serde's reason may quote a value, so it is not shown.
        Err(_) => {
            report.push(Diagnostic::new(
                Code::Type,
                JsonPointer::root(),
                "the payload does not fit the typed model",
            ));
            Err(report)
        }
    }
}
