//! Output formats of a lint run: the same findings as text for people (`human`,
//! `short`), for tools (`json`, `sarif`, `pingone`) and for CI (`github`).
//!
//! Every format masks secrets: messages go through [`mask_secrets`], and the source
//! lines that `human` shows come from a [`MaskedText`].

mod github;
mod human;
mod json;
mod mask;
mod pingone;
mod sarif;

pub use mask::{MASK, MaskedText, mask_secrets};

use crate::report::{Diagnostic, Report};
use crate::source::Location;

/// The findings of one linted file, with the text their spans index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LintedFile {
    /// The path as shown in output: relative as given, `/`-separated, `<stdin>` for
    /// standard input.
    pub path: String,
    /// The source text ([`crate::source_text`] of the file's bytes); empty when the
    /// file was not read (over the size limit).
    pub source: String,
    /// The findings, in source order.
    pub report: Report,
}

/// The counts over a run, as the `json` format's `summary` and the `human` last line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Files linted.
    pub files: usize,
    /// Files with at least one error.
    pub invalid: usize,
    /// Errors over all files.
    pub errors: usize,
    /// Warnings over all files.
    pub warnings: usize,
}

impl Summary {
    /// The counts over `files`.
    #[must_use]
    pub fn of(files: &[LintedFile]) -> Self {
        let mut summary = Self {
            files: files.len(),
            ..Self::default()
        };
        for file in files {
            summary.invalid += usize::from(!file.report.is_valid());
            summary.errors += file.report.error_count();
            summary.warnings += file.report.warning_count();
        }
        summary
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
    type Err = UnknownFormat;

    /// The format named `name` (as [`Format::as_str`] spells it).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|format| format.as_str() == name)
            .ok_or_else(|| UnknownFormat(name.to_owned()))
    }
}

/// The error of parsing a [`Format`] from a name that is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFormat(String);

impl std::fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown format `{}`: expected one of ", self.0)?;
        for (i, format) in Format::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{format}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownFormat {}

/// How to render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Whether `human` output uses ANSI colours.
    pub colour: bool,
}

impl RenderOptions {
    /// Options with colour on (`true`) or off.
    #[must_use]
    pub const fn colour(colour: bool) -> Self {
        Self { colour }
    }
}

/// Renders `files` (in the order given) in `format`; the text ends with a newline
/// unless it is empty.
#[must_use]
pub fn render(format: Format, files: &[LintedFile], options: RenderOptions) -> String {
    match format {
        Format::Human => human::render(files, options.colour),
        Format::Short => short(files),
        Format::Json => json::render(files),
        Format::Sarif => sarif::render(files),
        Format::Github => github::render(files),
        Format::Pingone => pingone::render(files),
    }
}

fn short(files: &[LintedFile]) -> String {
    let mut out = String::new();
    for file in files {
        for diagnostic in &file.report {
            let Location { line, column } = location(diagnostic);
            out.push_str(&format!(
                "{}:{line}:{column}: {}[{}]: {}{}\n",
                file.path,
                diagnostic.severity,
                diagnostic.code,
                mask_secrets(&diagnostic.message),
                pointer_suffix(diagnostic),
            ));
        }
    }
    out
}

/// ` (at `/configuration/SCIM_URL`)`, or nothing for the whole document.
fn pointer_suffix(diagnostic: &Diagnostic) -> String {
    if diagnostic.pointer.is_root() {
        String::new()
    } else {
        format!(" (at `{}`)", diagnostic.pointer)
    }
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
