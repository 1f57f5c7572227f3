//! The `json` format, a contract that other tools build on:
//! `{"files": [{"path", "valid", "diagnostics": [{"severity", "code", "pointer",
//! "line", "column", "message"}], "omitted"}], "summary": {"files", "invalid", "errors",
//! "warnings"}}`.

use serde::Serialize;

use super::{MaskedFile, Summary, location};

#[derive(Serialize)]
struct Output<'a> {
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    valid: bool,
    diagnostics: Vec<Diagnostic>,
    /// Findings over `--max-findings`, counted in the summary but not listed.
    omitted: usize,
}

#[derive(Serialize)]
struct Diagnostic {
    severity: &'static str,
    code: &'static str,
    pointer: String,
    line: usize,
    column: usize,
    message: String,
}

pub(super) fn render(files: &[MaskedFile]) -> String {
    let output = Output {
        files: files
            .iter()
            .map(|file| File {
                path: &file.path,
                valid: file.report.is_valid(),
                diagnostics: file
                    .report
                    .iter()
                    .map(|diagnostic| {
                        let at = location(diagnostic);
                        Diagnostic {
                            severity: diagnostic.severity.as_str(),
                            code: diagnostic.code.as_str(),
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
        summary: Summary::of(files),
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
