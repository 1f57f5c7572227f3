//! The `json` format, a contract that other tools build on:
//! `{"files": [{"path", "item"?, "valid", "diagnostics": [{"severity", "code", "item"?,
//! "pointer", "line", "column", "message"}], "omitted"}], "summary": {"files",
//! "invalid", "errors", "warnings", "skipped", "not_linted"}}`. A body of a Postman
//! collection is an entry of its own, with the collection's path and the request's
//! `item` (folder and item names joined with ` / `), also beside each `pointer`.

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::{MaskedFile, Skipped, Summary, location};

#[derive(Serialize)]
struct Output<'a> {
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    valid: bool,
    diagnostics: Vec<Diagnostic>,
    /// Findings over `--max-findings`, counted in the summary but not listed.
    omitted: usize,
}

#[derive(Serialize)]
struct Diagnostic {
    severity: &'static str,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<String>,
    pointer: String,
    line: usize,
    column: usize,
    message: String,
}

pub(super) fn render(files: &[MaskedFile], skipped: Skipped) -> String {
    let output = Output {
        files: files
            .iter()
            .map(|file| File {
                path: &file.path,
                item: file.item.as_ref().map(|item| item.path.as_str()),
                valid: file.report.is_valid(),
                diagnostics: file
                    .report
                    .iter()
                    .map(|diagnostic| {
                        let at = location(diagnostic);
                        Diagnostic {
                            severity: diagnostic.severity.as_str(),
                            code: diagnostic.code.as_str(),
                            item: file.item.as_ref().map(|item| item.path.clone()),
                            pointer: diagnostic.pointer.to_string(),
                            line: at.line,
                            column: at.column,
                            message: diagnostic.message.clone(),
                        }
                    })
                    .collect(),
                omitted: file.report.omitted(),
            })
            .collect(),
        summary: Summary::of(files).with_skipped(skipped),
    };
    to_pretty(&output)
}

/// Pretty JSON with a trailing newline; these plain structs always serialize.
pub(super) fn to_pretty(value: &impl Serialize) -> String {
    let mut bytes = Vec::new();
    if let Err(error) = write_pretty(value, &mut bytes) {
        // Unreachable with string keys and plain values; say so rather than panic.
        return format!("{{\"error\": \"could not serialize the output: {error}\"}}\n");
    }
    let mut text = String::from_utf8(bytes).unwrap_or_else(|error| {
        // serde_json writes UTF-8 and the formatter only adds ASCII escapes.
        String::from_utf8_lossy(error.as_bytes()).into_owned()
    });
    text.push('\n');
    text
}

/// Writes `value` as pretty JSON in which every character [`super::escape_controls`]
/// escapes in the text formats (C1 controls, DEL, the line and paragraph separators, the
/// bidirectional controls) is a `\uXXXX` escape too: serde_json escapes only C0 controls,
/// and a SARIF viewer or a log shown in a browser would otherwise render a bidirectional
/// override that a hostile payload planted. The parsed value is the same.
pub(super) fn write_pretty(
    value: &impl Serialize,
    out: &mut impl std::io::Write,
) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// serde_json's pretty formatter, with [`write_pretty`]'s escapes in strings.
#[derive(Default)]
struct SafeFormatter(PrettyFormatter<'static>);

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if super::needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::to_pretty;

    /// A bidi override, a C1 control, a line separator and DEL are written as escapes, a
    /// plain non-ASCII letter as itself, and a JSON reader gets the same string back.
    #[test]
    fn controls_are_escaped_and_decode_to_the_same_string() {
        let hostile = "a\u{202e}b\u{85}c\u{2028}d\u{7f}é\u{1b}";
        let text = to_pretty(&hostile);
        assert_eq!(text, "\"a\\u202eb\\u0085c\\u2028d\\u007fé\\u001b\"\n");
        let back: String = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, hostile);
    }
}
