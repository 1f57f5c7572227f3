//! The `human` format: cargo-style diagnostics with the (masked) source line.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{MaskedFile, Summary, count, location};
use crate::report::{Code, Diagnostic, Severity};

pub(super) fn render(files: &[MaskedFile], colour: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for file in files {
        if file.report.is_empty() {
            continue;
        }
        for diagnostic in &file.report {
            let pointer_note = pointer_note(diagnostic);
            let group = group(file, diagnostic, &diagnostic.message, &pointer_note);
            push_without_origin_filler(&mut out, &renderer.render(&[group]));
            out.push_str("\n\n");
        }
    }
    out.push_str(&summary_line(Summary::of(files)));
    out.push('\n');
    out
}

fn group<'a>(
    file: &'a MaskedFile,
    diagnostic: &'a Diagnostic,
    message: &'a str,
    pointer_note: &'a str,
) -> Group<'a> {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let at = location(diagnostic);
    // The header keeps the true source column even where a mask shortened the line.
    let mut group = level
        .primary_title(message)
        .id(diagnostic.code.as_str())
        .element(
            Origin::path(file.path.as_str())
                .line(at.line)
                .char_column(at.column),
        );
    if let Some(snippet) = source_snippet(&file.source, diagnostic, at.line) {
        group = group.element(snippet);
    }
    group.element(Level::NOTE.message(pointer_note))
}

/// Appends `rendered` without the empty ` ::: ` line that annotate-snippets draws
/// before a snippet that has no path of its own. The snippet has none because the
/// header comes from an `Origin`, which keeps the true source column where a mask
/// has made the shown line shorter than the source.
fn push_without_origin_filler(out: &mut String, rendered: &str) {
    let mut first = true;
    for line in rendered.lines() {
        if without_ansi(line).trim() == ":::" {
            continue;
        }
        if !first {
            out.push('\n');
        }
        out.push_str(line);
        first = false;
    }
}

/// `line` without ANSI escape sequences (`ESC [ ... letter`).
fn without_ansi(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// The masked source line of the diagnostic, with a label under its place; `None`
/// when the file has no text (not read).
fn source_snippet<'a>(
    text: &'a str,
    diagnostic: &Diagnostic,
    line: usize,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let span = diagnostic.span?;
    if text.is_empty() {
        return None;
    }
    // The spans of a masked file index its masked text.
    let start = char_floor(text, span.start);
    let end = char_floor(text, span.end).max(start);
    let line_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = text[start..]
        .find('\n')
        .map_or(text.len(), |newline| start + newline);
    let source_line = text[line_start..line_end].trim_end_matches('\r');
    let label_start = (start - line_start).min(source_line.len());
    let label_end = (end.min(line_end) - line_start).clamp(label_start, source_line.len());
    Some(
        Snippet::source(source_line).line_start(line).annotation(
            AnnotationKind::Primary
                .span(label_start..label_end)
                .label(label(diagnostic)),
        ),
    )
}

/// The short text under the offending place.
fn label(diagnostic: &Diagnostic) -> String {
    match diagnostic.code {
        Code::Required => match diagnostic.pointer.segments().last() {
            Some(crate::pointer::Segment::Key(key)) => {
                format!("`{key}` is missing from this object")
            }
            _ => "a member is missing from this object".to_owned(),
        },
        Code::Syntax => "here".to_owned(),
        Code::DuplicateKey => "repeated key".to_owned(),
        Code::Type => "wrong type".to_owned(),
        Code::Empty => "empty".to_owned(),
        Code::Enum => "not an allowed value".to_owned(),
        Code::Format => "bad format".to_owned(),
        Code::Range => "out of range".to_owned(),
        Code::UnknownProperty => "unknown member".to_owned(),
        Code::ReadOnly => "read-only".to_owned(),
        Code::Deprecated => "deprecated".to_owned(),
        Code::Ignored => "ignored by PingOne".to_owned(),
        Code::InsecureUrl => "`http:` URL".to_owned(),
        Code::Placeholder => "template variable".to_owned(),
        Code::UnmodelledType => "not modelled".to_owned(),
        Code::Encoding => "invalid UTF-8 after this".to_owned(),
        Code::ByteOrderMark => "byte order mark".to_owned(),
        Code::TooLarge => "too large".to_owned(),
    }
}

fn pointer_note(diagnostic: &Diagnostic) -> String {
    if diagnostic.pointer.is_root() {
        "pointer: `` (the whole document)".to_owned()
    } else {
        format!("pointer: `{}`", diagnostic.pointer)
    }
}

fn summary_line(summary: Summary) -> String {
    format!(
        "checked {}: {} invalid, {}, {}",
        count(summary.files, "file"),
        summary.invalid,
        count(summary.errors, "error"),
        count(summary.warnings, "warning"),
    )
}

/// `offset` clamped to `text` and moved back to a character boundary, so that no
/// slice can panic whatever span a diagnostic carries.
fn char_floor(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
