//! From the PATH arguments to the list of inputs to lint.

use std::path::{Path, PathBuf};

use super::Failure;

/// One thing to lint.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The path as output shows it: `<stdin>` for standard input, and a file whose
    /// path would read the same as `./<stdin>`.
    pub(super) fn shown(&self) -> String {
        match self {
            Self::Stdin => STDIN.to_owned(),
            Self::File(path) => match shown(path) {
                name if name == STDIN => format!("./{STDIN}"),
                name => name,
            },
        }
    }
}

/// The inputs named by `paths` (the current directory when there are none), sorted by
/// shown path without repeats, and the paths that could not be looked at.
pub(super) fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<Failure>) {
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    if paths.is_empty() {
        // As ripgrep does, files under an implicit `.` are shown without `./`.
        walk(Path::new("."), true, &mut inputs, &mut failures);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => failures.push(Failure::io(shown(path), &error)),
            Ok(metadata) if metadata.is_dir() => walk(path, false, &mut inputs, &mut failures),
            // A file named on the command line is linted whatever its name and the
            // ignore files say, as ripgrep searches a file it is given.
            Ok(_) => inputs.push(Input::File(path.clone())),
        }
    }
    // Sorted by shown path; a repeat is the same input (standard input, or the same
    // path), never two inputs that are only shown alike.
    inputs.sort_by_cached_key(|input| (input.shown(), input.clone()));
    inputs.dedup();
    (inputs, failures)
}

/// Adds the `*.json` files under `root`, skipping what ripgrep skips by default:
/// hidden files and folders, and what `.gitignore` (inside a git repository), `.ignore`
/// and git's global and repository excludes list.
fn walk(root: &Path, strip_dot: bool, inputs: &mut Vec<Input>, failures: &mut Vec<Failure>) {
    for entry in ignore::WalkBuilder::new(root).build() {
        match entry {
            Err(error) => failures.push(walk_failure(root, &error)),
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                let is_json = entry.path().extension().is_some_and(|ext| ext == "json");
                if is_file && is_json {
                    let path = entry.into_path();
                    let path = match path.strip_prefix(".") {
                        Ok(relative) if strip_dot => relative.to_path_buf(),
                        _ => path,
                    };
                    inputs.push(Input::File(path));
                }
            }
        }
    }
}

/// A walk error as `path: reason`, with the deepest path the error names.
fn walk_failure(root: &Path, error: &ignore::Error) -> Failure {
    let mut path = root.to_path_buf();
    let mut error = error;
    loop {
        match error {
            ignore::Error::WithPath {
                path: inner_path,
                err,
            } => {
                path.clone_from(inner_path);
                error = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                error = err
            }
            _ => break,
        }
    }
    Failure {
        path: shown(&path),
        reason: error.to_string(),
    }
}

/// How standard input is shown.
const STDIN: &str = "<stdin>";

/// The path as text: bytes that are not UTF-8 are written `\xFF`, so that two paths that
/// differ only there are shown apart (a lossy conversion would show both with U+FFFD).
fn shown(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut text = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            text.push_str(chunk.valid());
            for byte in chunk.invalid() {
                text.push_str(&format!("\\x{byte:02X}"));
            }
        }
        text
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned()
    }
}
