//! Findings as data: a [`Report`] is a flat, ordered list of [`Diagnostic`]s.

mod diagnostic;
#[cfg(feature = "render")]
pub mod render;

pub use diagnostic::{Code, Diagnostic, Severity};

use crate::source::Location;

/// Every finding about one payload, in source order.
///
/// A payload is valid when its report holds no error; warnings do not make it invalid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// A report with no diagnostics.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            diagnostics: Vec::new(),
        }
    }

    /// A report of these diagnostics, kept in the order given.
    #[must_use]
    pub fn from_diagnostics(diagnostics: Vec<Diagnostic>) -> Self {
        Self { diagnostics }
    }

    /// Whether the payload has no error (warnings allowed).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Whether the report holds no diagnostic at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// The number of diagnostics.
    #[must_use]
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    /// The diagnostics, in order.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// An iterator over the diagnostics, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// The diagnostics of severity error.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The diagnostics of severity warning.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// The number of errors.
    #[must_use]
    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    /// The number of warnings.
    #[must_use]
    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }

    /// Appends a diagnostic at the end.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Sorts by position in `text` (stable, so findings at one place keep their order)
    /// and fills in every diagnostic's line and column.
    pub(crate) fn locate(&mut self, text: &str) {
        if self.diagnostics.is_empty() {
            return;
        }
        self.diagnostics
            .sort_by_key(|d| d.span.map_or(0, |span| span.start));
        // One forward pass over the text, the diagnostics being sorted by offset:
        // newlines are counted with memchr, characters only on the diagnostic's line.
        let bytes = text.as_bytes();
        let (mut line, mut line_start, mut scanned) = (1, 0, 0);
        for diagnostic in &mut self.diagnostics {
            let Some(span) = diagnostic.span else {
                continue;
            };
            let mut target = span.start.min(text.len());
            while !text.is_char_boundary(target) {
                target -= 1;
            }
            let from = scanned.min(target);
            for newline in memchr::memchr_iter(b'\n', &bytes[from..target]) {
                line += 1;
                line_start = from + newline + 1;
            }
            scanned = scanned.max(target);
            let column = text[line_start..target].chars().count() + 1;
            diagnostic.location = Some(Location { line, column });
        }
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.iter()
    }
}

impl IntoIterator for Report {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.into_iter()
    }
}

impl std::fmt::Display for Report {
    /// One line per diagnostic: `line:column: severity[code] at pointer: message`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for diagnostic in &self.diagnostics {
            writeln!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

/// A report is the error of [`parse_request`](crate::parse_request) and
/// [`parse_response`](crate::parse_response): `?` turns it into a `Box<dyn Error>` or
/// an `anyhow::Error`, whose message lists the diagnostics.
impl std::error::Error for Report {}

impl FromIterator<Diagnostic> for Report {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Self::from_diagnostics(iter.into_iter().collect())
    }
}

impl Extend<Diagnostic> for Report {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        self.diagnostics.extend(iter);
    }
}

impl serde::Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.diagnostics)
    }
}
