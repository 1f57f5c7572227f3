//! The `human` format: cargo-style diagnostics with the (masked) source line.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{
    MaskedFile, RenderOptions, Summary, count, escape_controls, item_prefix, location, omitted_note,
};
use crate::report::{Code, Diagnostic, Severity};
use crate::source::LineIndex;

/// How many characters of a long line are kept on each side of a label: more than
/// annotate-snippets shows (it cuts a line to 140 columns around the label and marks
/// each cut with `...`), so the output is the same as with the whole line, and the cost
/// of a finding does not depend on the length of its line.
const CONTEXT: usize = 256;
/// How many characters of a span are underlined at most.
const LABEL_MAX: usize = 256;

pub(super) fn render(files: &[MaskedFile], options: RenderOptions) -> String {
    let renderer = if options.colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for file in files {
        if file.report.is_empty() {
            continue;
        }
        // The source and spans of a masked file are its masked text's.
        let lines = LineIndex::new(&file.source);
        let path = escape_controls(&file.path);
        // A collection's body: the request it belongs to leads the heading.
        let item = item_prefix(file);
        for diagnostic in &file.report {
            let message = format!("{item}{}", escape_controls(&diagnostic.message));
            let pointer_note = pointer_note(diagnostic);
            let shown = Shown {
                path: &path,
                text: &file.source,
                lines: &lines,
            };
            let group = group(&shown, diagnostic, &message, &pointer_note);
            push_without_origin_filler(&mut out, &renderer.render(&[group]));
            out.push_str("\n\n");
        }
        if let Some(note) = omitted_note(file) {
            out.push_str(&format!("note: {path}: {item}{note}\n\n"));
        }
    }
    out.push_str(&summary_line(Summary::of(files)));
    out.push('\n');
    for line in options.skipped.lines() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// What a file's diagnostics are shown with.
struct Shown<'a> {
    /// The path, escaped.
    path: &'a str,
    /// The masked source text.
    text: &'a str,
    /// The lines of the masked text.
    lines: &'a LineIndex<'a>,
}

fn group<'a>(
    shown: &Shown<'a>,
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
            Origin::path(shown.path)
                .line(at.line)
                .char_column(at.column),
        );
    if let Some(snippet) = source_snippet(shown.text, shown.lines, diagnostic, at.line) {
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
/// when the file has no text (not read). A long line is cut to [`CONTEXT`] characters
/// on each side of the label (annotate-snippets then cuts it to the terminal width and
/// marks the cuts), and C1 control characters and the line and paragraph separators
/// are shown as U+FFFD (annotate-snippets replaces the C0 ones and the bidirectional
/// controls itself).
fn source_snippet<'a>(
    text: &str,
    lines: &LineIndex<'_>,
    diagnostic: &Diagnostic,
    line: usize,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let span = diagnostic.span?;
    if text.is_empty() {
        return None;
    }
    // The spans of a masked file index its masked text.
    let start = lines.char_floor(span.start);
    let end = lines.char_floor(span.end).max(start);
    let range = lines.line_range(lines.line_of(start));
    let start = start.clamp(range.start, range.end);
    let end = chars_forward(text, start, end.min(range.end), LABEL_MAX);
    let window_start = chars_back(text, start, range.start, CONTEXT);
    let window_end = chars_forward(text, end, range.end, CONTEXT);
    let mut source = String::with_capacity(window_end - window_start);
    let (mut label_start, mut label_end) = (0, 0);
    for (at, c) in text[window_start..window_end].char_indices() {
        if window_start + at == start {
            label_start = source.len();
        }
        if window_start + at == end {
            label_end = source.len();
        }
        source.push(
            if matches!(c, '\u{80}'..='\u{9f}' | '\u{2028}' | '\u{2029}') {
                '\u{fffd}'
            } else {
                c
            },
        );
    }
    if start == window_end {
        label_start = source.len();
    }
    if end == window_end {
        label_end = source.len();
    }
    Some(
        Snippet::source(source).line_start(line).annotation(
            AnnotationKind::Primary
                .span(label_start..label_end.max(label_start))
                .label(escape_controls(&label(diagnostic)).into_owned()),
        ),
    )
}

/// The offset `limit` characters after `from` in `text`, or `to` if that comes first.
fn chars_forward(text: &str, from: usize, to: usize, limit: usize) -> usize {
    text[from..to]
        .char_indices()
        .nth(limit)
        .map_or(to, |(at, _)| from + at)
}

/// The offset `limit` characters before `from` in `text`, or `to` if that comes first.
fn chars_back(text: &str, from: usize, to: usize, limit: usize) -> usize {
    text[to..from]
        .char_indices()
        .rev()
        .nth(limit.saturating_sub(1))
        .map_or(to, |(at, _)| to + at)
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
        Code::AmbiguousKind => "which payload is this?".to_owned(),
        Code::Conflict => "excludes another member".to_owned(),
        Code::OneOf => "one of two members is missing".to_owned(),
        Code::Filter => "not a SCIM filter".to_owned(),
        Code::Direction => "not a documented direction".to_owned(),
        Code::Reference => "reference".to_owned(),
        Code::OnePlan => "another plan".to_owned(),
        Code::NoMappings => "no mappings".to_owned(),
        Code::Inactive => "will not provision".to_owned(),
        Code::Immutable => "cannot change".to_owned(),
        Code::DuplicateTarget => "filled twice".to_owned(),
        Code::Encoding => "not UTF-8 from here".to_owned(),
        Code::ByteOrderMark => "byte order mark".to_owned(),
        Code::TooLarge => "too large".to_owned(),
    }
}

fn pointer_note(diagnostic: &Diagnostic) -> String {
    if diagnostic.pointer.is_root() {
        "pointer: `` (the whole document)".to_owned()
    } else {
        format!(
            "pointer: `{}`",
            escape_controls(&diagnostic.pointer.to_string())
        )
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
