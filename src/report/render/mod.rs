//! Output formats of a lint run: the same findings as text for people (`human`,
//! `short`), for tools (`json`, `sarif`, `pingone`) and for CI (`github`).
//!
//! The renderers take [`MaskedFile`]s only: what a file's source text may not show is
//! masked once, before any format sees it (its messages and pointers are built safe by
//! the validator). Every string from the user (a path, a key, a message quoting one)
//! is escaped for its output: [`escape_controls`] for terminal text, `github`'s own
//! function for workflow commands; `json`, `sarif` and `pingone` are serialized by
//! serde.

mod github;
mod human;
mod json;
mod mask;
mod pingone;
mod sarif;

pub use mask::MaskedFile;
#[doc(hidden)]
pub use mask::{MASK, MaskedText, mask_secrets};

use std::borrow::Cow;

use crate::report::{Diagnostic, Report};
use crate::source::Location;

/// The findings of one linted file, with the text their spans index.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LintedFile {
    /// The path as shown in output: relative as given, `/`-separated, `<stdin>` for
    /// standard input.
    pub path: String,
    /// The source text ([`crate::source_text`] of the file's bytes); empty when the
    /// file was not read (over the size limit).
    pub source: String,
    /// The findings, in source order.
    pub report: Report,
    /// For a body of a Postman collection, the request it belongs to. The `path` is
    /// then the collection's, the `source` the body as written (its escapes decoded),
    /// and each finding's line and column the place in the collection file.
    pub item: Option<CollectionItem>,
}

/// The request of a Postman collection that a [`LintedFile`] is a body of.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CollectionItem {
    /// The folder and item names joined with ` / ` (`Stores / Create Zoom store`).
    pub path: String,
    /// For each finding, where its span ends in the collection file (the body's text,
    /// which the spans index, is not the file's); `None` where unknown.
    pub ends: Vec<Option<Location>>,
}

impl CollectionItem {
    /// The request at `path`, with the end of each finding in the collection file.
    #[must_use]
    pub const fn new(path: String, ends: Vec<Option<Location>>) -> Self {
        Self { path, ends }
    }
}

/// What a run did not check, said in the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Skipped {
    /// JSON files that a directory walk found and left out: they are not PingOne
    /// payloads (nor collections).
    pub files: usize,
    /// Requests of Postman collections to a propagation path, or with a method, the
    /// linter does not know (a `PATCH`).
    pub requests: usize,
}

impl Skipped {
    /// `files` skipped files and `requests` requests not checked.
    #[must_use]
    pub const fn new(files: usize, requests: usize) -> Self {
        Self { files, requests }
    }

    /// The summary's lines about what was left out, one per kind, none when nothing was.
    #[must_use]
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.files > 0 {
            let what = if self.files == 1 {
                "1 JSON file that is not a PingOne payload".to_owned()
            } else {
                format!("{} JSON files that are not PingOne payloads", self.files)
            };
            lines.push(format!("skipped {what}; name a file to lint it anyway"));
        }
        if self.requests > 0 {
            lines.push(format!(
                "not linted: {} to a propagation path or with a method this linter does not know (`-v` lists them)",
                count(self.requests, "collection request"),
            ));
        }
        lines
    }
}

impl LintedFile {
    /// The findings `report` of the file shown as `path`, whose text is `source`.
    #[must_use]
    pub const fn new(path: String, source: String, report: Report) -> Self {
        Self {
            path,
            source,
            report,
            item: None,
        }
    }

    /// These findings as those of a body of a Postman collection's request.
    #[must_use]
    pub fn with_item(mut self, item: CollectionItem) -> Self {
        self.item = Some(item);
        self
    }
}

/// The counts over a run, as the `json` format's `summary` and the `human` last line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Files linted (a collection counts once, however many bodies it holds).
    pub files: usize,
    /// Files with at least one error.
    pub invalid: usize,
    /// Errors over all files.
    pub errors: usize,
    /// Warnings over all files.
    pub warnings: usize,
    /// JSON files a directory walk skipped ([`Skipped::files`]).
    pub skipped: usize,
    /// Collection requests not checked ([`Skipped::requests`]).
    pub not_linted: usize,
}

impl Summary {
    /// The counts over `files`; the entries of one collection's bodies, which follow
    /// each other with the same path, are one file.
    #[must_use]
    pub fn of(files: &[MaskedFile]) -> Self {
        let mut summary = Self::default();
        // The collection whose bodies are being counted, and whether one was invalid.
        let mut collection: Option<(&str, bool)> = None;
        for file in files {
            let invalid = !file.report.is_valid();
            match (&mut collection, &file.item) {
                (Some((path, counted)), Some(_)) if *path == file.path => {
                    if invalid && !*counted {
                        summary.invalid += 1;
                        *counted = true;
                    }
                }
                _ => {
                    summary.files += 1;
                    summary.invalid += usize::from(invalid);
                    collection = file.item.as_ref().map(|_| (file.path.as_str(), invalid));
                }
            }
            summary.errors += file.report.error_count();
            summary.warnings += file.report.warning_count();
        }
        summary
    }

    /// These counts with what the run left out.
    #[must_use]
    pub const fn with_skipped(mut self, skipped: Skipped) -> Self {
        self.skipped = skipped.files;
        self.not_linted = skipped.requests;
        self
    }
}

/// An output format.
///
/// The command line's `--format` takes the same names ([`Format::as_str`]); it maps
/// its own argument type onto this one, so the library does not depend on clap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Cargo style: header, source line with a label, pointer note, summary line.
    #[default]
    Human,
    /// One line per diagnostic: `path:line:col: severity[code]: message`.
    Short,
    /// One JSON document: `{"files": [...], "summary": {...}}` (a stable contract).
    Json,
    /// SARIF 2.1.0, one run, every code a rule.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`).
    Github,
    /// For each file, the `400` body PingOne would send, or `null` for a valid file.
    Pingone,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: &'static [Format] = &[
        Self::Human,
        Self::Short,
        Self::Json,
        Self::Sarif,
        Self::Github,
        Self::Pingone,
    ];

    /// The format's name, as `--format` takes it: `human`, `short`, `json`, ...
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Human => "human",
            Self::Short => "short",
            Self::Json => "json",
            Self::Sarif => "sarif",
            Self::Github => "github",
            Self::Pingone => "pingone",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Format {
    type Err = crate::Error;

    /// The format named `name` (as [`Format::as_str`] spells it).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|format| format.as_str() == name)
            .ok_or_else(|| {
                crate::Error::unknown_name("format", name, Self::ALL.iter().map(|f| f.as_str()))
            })
    }
}

/// How to render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Whether `human` output uses ANSI colours.
    pub colour: bool,
    /// What the run left out, for the summary.
    pub skipped: Skipped,
}

impl RenderOptions {
    /// Options with colour on (`true`) or off.
    #[must_use]
    pub const fn colour(colour: bool) -> Self {
        Self {
            colour,
            skipped: Skipped {
                files: 0,
                requests: 0,
            },
        }
    }

    /// These options with what the run left out.
    #[must_use]
    pub const fn skipped(mut self, skipped: Skipped) -> Self {
        self.skipped = skipped;
        self
    }
}

/// Renders `files` (in the order given) in `format`; the text ends with a newline
/// unless it is empty. The files are masked ([`MaskedFile::new`]): no value the
/// declarations do not show reaches the output.
#[must_use]
pub fn render(format: Format, files: &[MaskedFile], options: RenderOptions) -> String {
    match format {
        Format::Human => human::render(files, options),
        Format::Short => short(files, options.skipped),
        Format::Json => json::render(files, options.skipped),
        Format::Sarif => sarif::render(files, options.skipped),
        Format::Github => github::render(files, options.skipped),
        Format::Pingone => pingone::render(files),
    }
}

/// Writes `files` in `format` to `out`, as [`render`] renders them. `sarif` is
/// serialized straight into `out`, so that the log, which can be many times the size
/// of its files, is never held in memory whole.
///
/// # Errors
///
/// The first error writing to `out`.
pub fn render_to(
    format: Format,
    files: &[MaskedFile],
    options: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Sarif => sarif::write(files, options.skipped, out),
        _ => out.write_all(render(format, files, options).as_bytes()),
    }
}

fn short(files: &[MaskedFile], skipped: Skipped) -> String {
    let mut out = String::new();
    for file in files {
        let path = escape_controls(&file.path);
        let item = item_prefix(file);
        for diagnostic in &file.report {
            let Location { line, column } = location(diagnostic);
            out.push_str(&format!(
                "{path}:{line}:{column}: {}[{}]: {item}{}{}\n",
                diagnostic.severity,
                diagnostic.code,
                escape_controls(&diagnostic.message),
                escape_controls(&pointer_suffix(diagnostic)),
            ));
        }
        if let Some(note) = omitted_note(file) {
            out.push_str(&format!("{path}: note: {item}{note}\n"));
        }
    }
    for line in skipped.lines() {
        out.push_str(&format!("note: {line}\n"));
    }
    out
}

/// `[Stores / Create Zoom store] ` for a body of a collection, escaped for a terminal
/// or a CI log (item names are user text); nothing for a file.
fn item_prefix(file: &LintedFile) -> String {
    file.item
        .as_ref()
        .map_or_else(String::new, |item| format!("[{}] ", shown_item(&item.path)))
}

/// A collection item's path as text output shows it: the one place where item names,
/// user text, are escaped.
fn shown_item(item: &str) -> Cow<'_, str> {
    escape_controls(item)
}

/// What the last line about a file says when the finding limit hid some of its
/// findings: `1234 more findings not shown (`--max-findings` 0 shows every one)`.
fn omitted_note(file: &LintedFile) -> Option<String> {
    let omitted = file.report.omitted();
    (omitted > 0).then(|| {
        format!(
            "{} not shown, over the limit of {} per file (`--max-findings 0` shows every one)",
            count(omitted, "more finding"),
            file.report.len(),
        )
    })
}

/// ` (at `/configuration/SCIM_URL`)`, or nothing for the whole document.
fn pointer_suffix(diagnostic: &Diagnostic) -> String {
    if diagnostic.pointer.is_root() {
        String::new()
    } else {
        format!(" (at `{}`)", diagnostic.pointer)
    }
}

/// `text` with every character that could break a line or drive a terminal written as
/// an escape: `\n`, `\r`, `\t`, and `\u{1b}` for the other C0 controls, DEL, the C1
/// controls, the Unicode line and paragraph separators and the bidirectional controls
/// (U+202A to U+202E, U+2066 to U+2069). A backslash is kept as it is. Borrows when
/// there is nothing to escape.
#[must_use]
#[doc(hidden)]
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_control(c, &mut escaped);
    }
    Cow::Owned(escaped)
}

/// Pushes `c`, as [`escape_controls`] writes it: itself, or its escape.
fn push_control(c: char, out: &mut String) {
    use std::fmt::Write;
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if needs_escape(c) => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
        c => out.push(c),
    }
}

/// Whether [`escape_controls`] escapes `c` (the JSON formats escape the same set).
const fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// The diagnostic's location; one without (none of the file paths make such) is put
/// at the start of the file rather than dropped.
fn location(diagnostic: &Diagnostic) -> Location {
    diagnostic
        .location
        .unwrap_or(Location { line: 1, column: 1 })
}

/// `n thing` or `n things`.
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_line_breaks_and_bidi_are_escaped() {
        assert_eq!(escape_controls("a.json"), "a.json");
        assert!(matches!(escape_controls("a\\n.json"), Cow::Borrowed(_)));
        assert_eq!(
            escape_controls("a\n::error file=x\r\t\u{1b}]0;t\u{7}\u{7f}\u{9b}"),
            "a\\n::error file=x\\r\\t\\u{1b}]0;t\\u{7}\\u{7f}\\u{9b}"
        );
        assert_eq!(
            escape_controls("\u{202e}\u{2066}\u{2028}é"),
            "\\u{202e}\\u{2066}\\u{2028}é"
        );
    }
}
