//! From the PATH arguments to the list of inputs to lint.

use std::path::{Path, PathBuf};

use super::Failure;

/// One thing to lint.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file named on the command line: always linted.
    File(PathBuf),
    /// A file a directory walk found: linted when it is a payload or a collection.
    Found(PathBuf),
}

impl Input {
    /// The path as output shows it: `<stdin>` for standard input, and a file whose
    /// path would read the same as `./<stdin>`.
    pub(super) fn shown(&self) -> String {
        match self {
            Self::Stdin => STDIN.to_owned(),
            Self::File(path) | Self::Found(path) => match shown(path) {
                name if name == STDIN => format!("./{STDIN}"),
                name => name,
            },
        }
    }

    /// The file's path; `None` for standard input.
    pub(super) fn path(&self) -> Option<&Path> {
        match self {
            Self::Stdin => None,
            Self::File(path) | Self::Found(path) => Some(path),
        }
    }
}

/// What the configuration's `[files]` says of a path a walk meets.
pub(super) type Filter<'a> = &'a dyn Fn(&Path, bool) -> Option<String>;

/// What discovery found.
pub(super) struct Discovered {
    /// The inputs, sorted by shown path without repeats.
    pub(super) inputs: Vec<Input>,
    /// The paths that could not be looked at.
    pub(super) failures: Vec<Failure>,
    /// The paths a walk left out by the configuration's `[files]`, and why.
    pub(super) excluded: Vec<(String, String)>,
}

/// The inputs named by `paths` (the current directory when there are none), sorted by
/// shown path without repeats; a walk leaves out what `filter` gives a reason for (it
/// is asked about each file and folder, with whether it is a folder).
pub(super) fn discover(paths: &[PathBuf], filter: Filter<'_>) -> Discovered {
    let mut found = Discovered {
        inputs: Vec::new(),
        failures: Vec::new(),
        excluded: Vec::new(),
    };
    if paths.is_empty() {
        // As ripgrep does, files under an implicit `.` are shown without `./`.
        walk(Path::new("."), true, filter, &mut found);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            found.inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => found.failures.push(Failure::io(shown(path), &error)),
            Ok(metadata) if metadata.is_dir() => walk(path, false, filter, &mut found),
            // A file named on the command line is linted whatever its name, its content
            // and the ignore files say, as ripgrep searches a file it is given.
            Ok(_) => found.inputs.push(Input::File(path.clone())),
        }
    }
    // Sorted by shown path; a repeat is the same input (standard input, or the same
    // path), never two inputs that are only shown alike. A file both named and found
    // is named (`File` sorts first).
    found
        .inputs
        .sort_by_cached_key(|input| (input.shown(), input.clone()));
    found.inputs.dedup_by(|later, earlier| {
        later.path() == earlier.path() && later.shown() == earlier.shown()
    });
    found
}

/// Adds the `*.json` files under `root`, skipping what ripgrep skips by default:
/// hidden files and folders, and what `.gitignore` (inside a git repository), `.ignore`
/// and git's global and repository excludes list.
fn walk(root: &Path, strip_dot: bool, filter: Filter<'_>, found: &mut Discovered) {
    for entry in ignore::WalkBuilder::new(root).build() {
        match entry {
            Err(error) => found.failures.push(walk_failure(root, &error)),
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                let is_json = entry.path().extension().is_some_and(|ext| ext == "json");
                if !(is_file && is_json) {
                    continue;
                }
                let path = entry.into_path();
                let path = match path.strip_prefix(".") {
                    Ok(relative) if strip_dot => relative.to_path_buf(),
                    _ => path,
                };
                match excluded(root, &path, filter) {
                    Some(reason) => found.excluded.push((shown(&path), reason)),
                    None => found.inputs.push(Input::Found(path)),
                }
            }
        }
    }
}

/// Why `filter` leaves out the file `path`, or a folder it is in below `root`.
fn excluded(root: &Path, path: &Path, filter: Filter<'_>) -> Option<String> {
    filter(path, false).or_else(|| {
        path.ancestors()
            .skip(1)
            .take_while(|folder| !folder.as_os_str().is_empty() && *folder != root)
            .find_map(|folder| filter(folder, true))
            .map(|reason| format!("in a folder {reason}"))
    })
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
