//! `pingone-store schema`: write the generated JSON Schemas, or check them.
//!
//! Writing and checking share [`sync`], so that what `--check` accepts is exactly
//! what writing produces.

use std::path::{Path, PathBuf};

use super::args::SchemaArgs;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Failure, report_failures};
use pingone_store::schema::{GeneratedFile, generate_all};

/// How a schema file on disk compares with the generated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Fresh,
    Stale,
    Missing,
}

/// Runs `schema` and returns the exit status.
pub(super) fn run(args: &SchemaArgs) -> i32 {
    let files = generate_all();
    let (states, failures) = sync(&args.out_dir, &files, !args.check);
    report_failures(&failures);
    if !failures.is_empty() {
        return EXIT_FAILURE;
    }
    if args.check {
        let outdated: Vec<_> = states
            .iter()
            .filter(|(_, state)| *state != State::Fresh)
            .collect();
        for (path, state) in &outdated {
            let word = if *state == State::Missing {
                "missing"
            } else {
                "stale"
            };
            eprintln!("{word}: {}", path.display());
        }
        if outdated.is_empty() {
            return EXIT_OK;
        }
        let out_dir = if args.out_dir == Path::new("schemas") {
            String::new()
        } else {
            format!(" --out-dir {}", args.out_dir.display())
        };
        eprintln!("hint: run `pingone-store schema{out_dir}` to regenerate");
        return EXIT_FINDINGS;
    }
    for (path, state) in &states {
        if *state != State::Fresh {
            println!("wrote {}", path.display());
        }
    }
    EXIT_OK
}

/// Compares every generated file with the one under `out_dir`, and when `write`
/// is set writes those that differ or are missing (never the others).
fn sync(
    out_dir: &Path,
    files: &[GeneratedFile],
    write: bool,
) -> (Vec<(PathBuf, State)>, Vec<Failure>) {
    let mut states = Vec::new();
    let mut failures = Vec::new();
    for file in files {
        let path = out_dir.join(&file.path);
        let state = match std::fs::read(&path) {
            Ok(existing) if existing == file.contents.as_bytes() => State::Fresh,
            Ok(_) => State::Stale,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => State::Missing,
            Err(error) => {
                failures.push(Failure::io(path.display().to_string(), &error));
                continue;
            }
        };
        if write && state != State::Fresh {
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, &file.contents));
            if let Err(error) = written {
                failures.push(Failure::io(path.display().to_string(), &error));
                continue;
            }
        }
        states.push((path, state));
    }
    (states, failures)
}
