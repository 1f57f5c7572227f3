//! The `json` format, a contract that other tools build on:
//! `{"files": [{"path", "item"?, "valid", "diagnostics": [{"severity", "code", "item"?,
//! "pointer", "line", "column", "message"}], "omitted"}], "summary": {"files",
//! "invalid", "errors", "warnings", "skipped", "not_linted"}}`. A body of a Postman
//! collection is an entry of its own, with the collection's path and the request's
//! `item` (folder and item names joined with ` / `), also beside each `pointer`.

use serde::Serialize;

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
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|error| {
        // Unreachable with string keys and plain values; say so rather than panic.
        format!("{{\"error\": \"could not serialize the output: {error}\"}}")
    });
    text.push('\n');
    text
}
