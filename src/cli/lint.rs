//! `pingone-store lint`: read, validate in parallel, render, and pick the exit status.

use std::io::{IsTerminal, Read, Write};

use rayon::prelude::*;

use super::args::{ColorArg, LintArgs};
use super::discover::{Input, discover};
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Failure, report_failures};
use pingone_store::pointer::JsonPointer;
use pingone_store::report::render::{self, LintedFile, RenderOptions};
use pingone_store::report::{Code, Diagnostic, Report};
use pingone_store::source::{Location, Span};
use pingone_store::validate::{Options, source_text, validate_bytes};

/// Runs `lint` and returns the exit status.
pub(super) fn run(args: &LintArgs) -> i32 {
    let (inputs, mut failures) = discover(&args.paths);
    if inputs.is_empty() && failures.is_empty() {
        eprintln!("warning: no `*.json` files found");
    }
    let options = Options::new(args.kind.into())
        .deny_placeholders(args.deny_placeholders)
        .deny_warnings(args.deny_warnings);
    let results: Vec<Result<LintedFile, Failure>> = inputs
        .par_iter()
        .map(|input| lint(input, options, args.max_file_size))
        .collect();
    let mut files = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(failure) => failures.push(failure),
        }
    }
    let render_options = RenderOptions::colour(use_colour(args.color));
    let output = render::render(args.format.into(), &files, render_options);
    let write_failed = write_stdout(&output);
    failures.sort_by(|a, b| a.path.cmp(&b.path));
    report_failures(&failures);
    if write_failed || !failures.is_empty() {
        EXIT_FAILURE
    } else if files.iter().any(|file| !file.report.is_valid()) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn lint(input: &Input, options: Options, max_size: u64) -> Result<LintedFile, Failure> {
    let path = input.shown();
    let (source, report) = match read(input, max_size) {
        Err(error) => return Err(Failure::io(path, &error)),
        Ok(Contents::TooLarge(size)) => (String::new(), options.apply(too_large(size, max_size))),
        Ok(Contents::Bytes(bytes)) => (
            source_text(&bytes).into_owned(),
            validate_bytes(&bytes, options),
        ),
    };
    Ok(LintedFile {
        path,
        source,
        report,
    })
}

/// What reading an input gave.
enum Contents {
    /// The whole input, within the limit.
    Bytes(Vec<u8>),
    /// The input is over the limit: its size when known (a file), or `None` (stdin,
    /// of which only the limit and one byte more were read).
    TooLarge(Option<u64>),
}

fn read(input: &Input, max_size: u64) -> std::io::Result<Contents> {
    let limit = max_size.saturating_add(1);
    let mut bytes = Vec::new();
    match input {
        Input::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)?;
        }
        Input::File(path) => {
            let file = std::fs::File::open(path)?;
            let size = file.metadata()?.len();
            if size > max_size {
                return Ok(Contents::TooLarge(Some(size)));
            }
            // The file may grow between the size check and the read.
            file.take(limit).read_to_end(&mut bytes)?;
        }
    }
    if bytes.len() as u64 > max_size {
        return Ok(Contents::TooLarge(None));
    }
    Ok(Contents::Bytes(bytes))
}

fn too_large(size: Option<u64>, max_size: u64) -> Report {
    let message = match size {
        Some(size) => format!(
            "the file is {size} bytes, over the limit of {max_size} bytes: it was not read (raise `--max-file-size` to lint it)"
        ),
        None => format!(
            "the input is over the limit of {max_size} bytes: it was not read (raise `--max-file-size` to lint it)"
        ),
    };
    let mut diagnostic =
        Diagnostic::new(Code::TooLarge, JsonPointer::root(), message).with_span(Some(Span::at(0)));
    diagnostic.location = Some(Location { line: 1, column: 1 });
    Report::from_diagnostics(vec![diagnostic])
}

fn use_colour(choice: ColorArg) -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()) {
        return false;
    }
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::io::stdout().is_terminal(),
    }
}

/// Writes the findings; a closed pipe (`| head`) is not a failure. Returns whether
/// writing failed otherwise.
fn write_stdout(text: &str) -> bool {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => false,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => false,
        Err(error) => {
            eprintln!("error: could not write the output: {error}");
            true
        }
    }
}
