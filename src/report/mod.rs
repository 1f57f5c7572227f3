//! Findings as data: a [`Report`] is a flat, ordered list of [`Diagnostic`]s.

mod diagnostic;
mod docs;
#[cfg(feature = "render")]
pub mod render;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use docs::Example;

use crate::source::LineCursor;

/// Every finding about one payload, in source order.
///
/// A payload is valid when its report holds no error; warnings do not make it invalid.
///
/// A report may keep only its first findings ([`Report::with_limit`]): the others are
/// counted, not kept, so that [`Report::error_count`], [`Report::warning_count`] and
/// [`Report::is_valid`] still tell about every finding and [`Report::omitted`] says how
/// many are not in [`Report::diagnostics`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
    /// How many diagnostics are kept at most; 0 for no limit.
    limit: usize,
    /// The findings past the limit, counted by code and severity (error, warning), so
    /// that [`Report::deny`] and [`Report::deny_warnings`] move them as they move kept ones.
    omitted: Omitted,
}

/// Counts of findings that a limited report did not keep, by code (the position in
/// [`Code::ALL`]) and severity; empty, without allocating, until the first one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Omitted(Vec<[usize; 2]>);

impl Omitted {
    const NONE: Self = Self(Vec::new());
    const ERROR: usize = 0;
    const WARNING: usize = 1;

    fn count(&mut self, code: Code, severity: Severity) {
        self.add(code, severity, 1);
    }

    fn add(&mut self, code: Code, severity: Severity, n: usize) {
        let column = match severity {
            Severity::Error => Self::ERROR,
            Severity::Warning => Self::WARNING,
        };
        if self.0.is_empty() {
            self.0 = vec![[0; 2]; Code::ALL.len()];
        }
        self.0[code as usize][column] += n;
    }

    fn total(&self, column: usize) -> usize {
        self.0.iter().map(|counts| counts[column]).sum()
    }
}

impl Report {
    /// A report with no diagnostics.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            diagnostics: Vec::new(),
            limit: 0,
            omitted: Omitted::NONE,
        }
    }

    /// A report of these diagnostics, kept in the order given.
    #[must_use]
    pub fn from_diagnostics(diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            diagnostics,
            ..Self::default()
        }
    }

    /// An empty report that keeps at most `limit` diagnostics (0: no limit); the
    /// findings pushed past it are only counted.
    #[must_use]
    pub fn with_limit(limit: usize) -> Self {
        Self {
            limit,
            ..Self::default()
        }
    }

    /// Whether the payload has no error (warnings allowed), counting the findings that
    /// were not kept.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.omitted.total(Omitted::ERROR) == 0
            && !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Whether the report keeps no diagnostic: `len() == 0`. A limited report keeps
    /// its first findings, so one with findings past its limit is never empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// The number of findings past the limit: counted in [`Report::error_count`] and
    /// [`Report::warning_count`], not kept in [`Report::diagnostics`].
    #[must_use]
    pub fn omitted(&self) -> usize {
        self.omitted.total(Omitted::ERROR) + self.omitted.total(Omitted::WARNING)
    }

    /// The number of diagnostics kept (in [`Report::diagnostics`]); every finding, kept
    /// or not, is [`Report::error_count`] plus [`Report::warning_count`].
    #[must_use]
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    /// The diagnostics, in order.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The diagnostics, to change in place (masking).
    #[cfg(feature = "render")]
    pub(crate) fn diagnostics_mut(&mut self) -> &mut [Diagnostic] {
        &mut self.diagnostics
    }

    /// The diagnostics, to remove or reorder some (a caller that adds one goes through
    /// [`Report::push`], which keeps the limit).
    pub(crate) fn diagnostics_vec(&mut self) -> &mut Vec<Diagnostic> {
        &mut self.diagnostics
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

    /// The number of errors, kept or not.
    #[must_use]
    pub fn error_count(&self) -> usize {
        self.errors().count() + self.omitted.total(Omitted::ERROR)
    }

    /// The number of warnings, kept or not.
    #[must_use]
    pub fn warning_count(&self) -> usize {
        self.warnings().count() + self.omitted.total(Omitted::WARNING)
    }

    /// Whether the report keeps no more diagnostics: a [`Report::push`] would only count.
    #[must_use]
    pub fn is_full(&self) -> bool {
        self.limit != 0 && self.diagnostics.len() >= self.limit
    }

    /// Appends a diagnostic at the end, or only counts it when the report is full.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.is_full() {
            self.omitted.count(diagnostic.code, diagnostic.severity);
        } else {
            self.diagnostics.push(diagnostic);
        }
    }

    /// Counts a finding of `code` and `severity` past the limit, without building it:
    /// for a caller that checked [`Report::is_full`] first.
    pub(crate) fn count_omitted(&mut self, code: Code, severity: Severity) {
        self.omitted.count(code, severity);
    }

    /// Room for `additional` more diagnostics, within the limit.
    pub(crate) fn reserve(&mut self, additional: usize) {
        let room = if self.limit == 0 {
            additional
        } else {
            additional.min(self.limit.saturating_sub(self.diagnostics.len()))
        };
        self.diagnostics.reserve(room);
    }

    /// The capacity of the diagnostics vector.
    pub(crate) fn capacity(&self) -> usize {
        self.diagnostics.capacity()
    }

    /// Sets the severity of every finding, kept or counted, to what `severity` gives
    /// its code and current severity, and drops those it gives none (a rule that is off).
    pub(crate) fn reclassify(&mut self, severity: impl Fn(Code, Severity) -> Option<Severity>) {
        self.diagnostics.retain_mut(|diagnostic| {
            match severity(diagnostic.code, diagnostic.severity) {
                Some(severity) => {
                    diagnostic.severity = severity;
                    true
                }
                None => false,
            }
        });
        let counted = std::mem::take(&mut self.omitted);
        for &code in Code::ALL {
            let counts = counted.0.get(code as usize).copied().unwrap_or([0; 2]);
            for (was, count) in [
                (Severity::Error, counts[Omitted::ERROR]),
                (Severity::Warning, counts[Omitted::WARNING]),
            ] {
                if let Some(severity) = severity(code, was).filter(|_| count > 0) {
                    self.omitted.add(code, severity, count);
                }
            }
        }
    }

    /// Puts `first` before every diagnostic (a finding about the whole file found after
    /// the others), keeping the limit: the last kept diagnostic is counted instead when
    /// the report is full.
    pub(crate) fn push_front(&mut self, first: Diagnostic) {
        if self.is_full()
            && let Some(last) = self.diagnostics.pop()
        {
            self.omitted.count(last.code, last.severity);
        }
        self.diagnostics.insert(0, first);
    }

    /// Sorts by position in `text` (stable, so findings at one place keep their order)
    /// and fills in every diagnostic's line and column.
    pub(crate) fn locate(&mut self, text: &str) {
        if self.diagnostics.is_empty() {
            return;
        }
        self.diagnostics
            .sort_by_key(|d| d.span.map_or(0, |span| span.start));
        // The diagnostics being sorted by offset, one cursor reads the text once.
        let mut index = LineCursor::new(text);
        for diagnostic in &mut self.diagnostics {
            if let Some(span) = diagnostic.span {
                diagnostic.location = Some(index.locate(span.start));
            }
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
    /// Appends each diagnostic as [`Report::push`] does (counted past the limit).
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        for diagnostic in iter {
            self.push(diagnostic);
        }
    }
}

impl serde::Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.diagnostics)
    }
}
