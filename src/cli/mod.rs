//! The `pingone-store` command line: `lint`, `schema`, `explain`, `rules` and
//! `completions`.
//!
//! [`run`] is the whole program; `main` only hands it the arguments and exits with
//! the status it returns: 0 clean, 1 findings (an error, or a stale schema), 2 a usage
//! error or a file that could not be read.

pub mod args;
mod config;
mod discover;
mod info;
mod lint;
mod schema;

use std::ffi::OsString;

use clap::Parser;

use args::{Cli, Command};

/// No error.
pub const EXIT_OK: i32 = 0;
/// At least one error finding (or, for `schema --check`, a stale or missing file).
pub const EXIT_FINDINGS: i32 = 1;
/// A usage error, or a file that could not be read or written.
pub const EXIT_FAILURE: i32 = 2;

/// Parses `args` (the program name first) and runs the command; returns the exit status.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout with status 0, usage errors to
            // stderr with status 2; failing to print them is status 2.
            return match error.print() {
                Ok(()) => error.exit_code(),
                Err(_) => EXIT_FAILURE,
            };
        }
    };
    match &cli.command {
        Command::Lint(lint_args) => lint::run(lint_args),
        Command::Schema(schema_args) => schema::run(schema_args),
        Command::Explain(explain_args) => info::explain(explain_args),
        Command::Rules(args) => info::rules(args),
        Command::Completions(completions_args) => info::completions(completions_args),
    }
}

/// A path that could not be read or written, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Failure {
    path: String,
    reason: String,
}

impl Failure {
    fn io(path: String, error: &std::io::Error) -> Self {
        Self {
            path,
            reason: error.to_string(),
        }
    }
}

/// Prints each failure on stderr as `error: <path>: <reason>` (both escaped as in
/// `short`); `false` when standard error could not be written.
fn report_failures(failures: &[Failure]) -> bool {
    failures.iter().all(|failure| {
        eprint_line(&format!(
            "error: {}: {}",
            pingone_store::report::render::escape_controls(&failure.path),
            pingone_store::report::render::escape_controls(&failure.reason)
        ))
    })
}

/// Writes `line` and a newline on standard error; `false` when that failed (a full
/// disk, a closed pipe), which the caller turns into status 2 instead of a panic.
fn eprint_line(line: &str) -> bool {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    writeln!(stderr, "{line}")
        .and_then(|()| stderr.flush())
        .is_ok()
}

/// Writes to standard output with `write`; as [`print`] does, a closed pipe is not a
/// failure, another error is said on standard error and gives `false`.
fn print_with(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> bool {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(error) => {
            eprint_line(&format!("error: could not write the output: {error}"));
            false
        }
    }
}

/// Writes `text` on standard output. A closed pipe (`| head`) is not a failure; any
/// other error is said on standard error. Returns `false` when writing failed.
fn print(text: &str) -> bool {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(error) => {
            eprint_line(&format!("error: could not write the output: {error}"));
            false
        }
    }
}
