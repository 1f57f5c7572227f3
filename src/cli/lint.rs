//! `pingone-store lint`: read, validate in parallel, render, and pick the exit status.

use std::io::{IsTerminal, Read};

use rayon::prelude::*;

use super::args::{ColorArg, KindArg, LintArgs};
use super::config::{Config, ConfigError};
use super::discover::{Discovered, Input, discover};
use super::{
    EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, Failure, eprint_line, print_with, report_failures,
};
use pingone_store::pointer::JsonPointer;
use pingone_store::postman::{self, Unchecked, Variables};
use pingone_store::report::render::{
    self, CollectionItem, LintedFile, MaskedFile, RenderOptions, Skipped,
};
use pingone_store::report::{Code, Diagnostic, Report};
use pingone_store::source::{Location, Span};
use pingone_store::validate::{
    ObjectKind, Options, PayloadKind, SetupFacts, SetupInput, check_setup_facts, is_foreign_json,
    listed_files, source_text, validate_bytes, validate_bytes_in_setup,
};

/// Runs `lint` and returns the exit status.
pub(super) fn run(args: &LintArgs) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_default();
    let config = match Config::load(args.config.as_deref(), args.no_config, &cwd) {
        Ok(config) => config,
        Err(ConfigError(message)) => {
            eprint_line(&format!("error: {message}"));
            return EXIT_FAILURE;
        }
    };
    let mut written = true;
    if args.verbose {
        written &= eprint_line(&match &config.path {
            Some(path) => format!(
                "configuration: {}",
                render::escape_controls(&path.display().to_string())
            ),
            None => "configuration: none".to_owned(),
        });
    }
    let environment = match &args.environment {
        None => Variables::new(),
        Some(path) => match environment(path) {
            Ok(variables) => variables,
            Err(message) => {
                eprint_line(&format!(
                    "error: {}: {message}",
                    render::escape_controls(&path.display().to_string())
                ));
                return EXIT_FAILURE;
            }
        },
    };
    let filter = |path: &std::path::Path, is_dir: bool| config.excludes(path, is_dir, &cwd);
    let Discovered {
        inputs,
        mut failures,
        excluded,
    } = discover(&args.paths, &filter);
    let mut inputs = inputs;
    let setup_kinds = read_setup_files(&mut inputs, args.max_file_size, !args.no_setup);
    if inputs.is_empty() && failures.is_empty() && !args.quiet {
        written &= eprint_line("warning: no `*.json` files found");
    }
    let options = options(args, &config);
    let setup = !args.no_setup;
    let results: Vec<Result<Linted, Failure>> = inputs
        .par_iter()
        .map(|input| {
            let mut options = options;
            if args.kind.is_none()
                && let Some(path) = input.path()
            {
                let kind = config.kind_of(path, &cwd);
                options.kind = kind.map_or(PayloadKind::Request, PayloadKind::from);
                options = options.update(kind == Some(KindArg::Update));
            }
            let options = payload_of(input, args, (&config, &setup_kinds), &cwd)
                .map(|(object, by_shape)| options.object(object).flavour_by_shape(by_shape))
                .map_err(|report| options.apply(report));
            lint(input, options, args.max_file_size, (&environment, setup))
        })
        .collect();
    let mut results = results;
    if setup {
        lint_collections(&mut results, &environment);
    }
    let Tally {
        mut files,
        left_out,
        skipped,
    } = tally(results, &excluded, &mut failures, &environment);
    if args.verbose {
        for line in &left_out {
            written &= eprint_line(&render::escape_controls(line));
        }
    }
    if setup {
        across_files(&mut files, &options);
    }
    let files: Vec<MaskedFile> = files
        .into_par_iter()
        .map(|(file, _)| file.masked())
        .collect();
    let render_options =
        RenderOptions::colour(use_colour(args.color, &Env::from_process())).skipped(skipped);
    // Written as it is rendered: a SARIF log is never held whole.
    written &= print_with(|out| render::render_to(args.format.into(), &files, render_options, out));
    failures.sort_by(|a, b| a.path.cmp(&b.path));
    written &= report_failures(&failures);
    if !written || !failures.is_empty() {
        EXIT_FAILURE
    } else if files.iter().any(|file| !file.report.is_valid()) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// The outcome of linting every input.
struct Tally {
    /// The linted files (a collection's bodies one by one), in input order, each with
    /// what it brings to the run's setup.
    files: Vec<(Entry, SetupFacts)>,
    /// What was left out, for `--verbose`: `skipped: path: why` for files, `not linted:
    /// path [item]: why` for requests of collections.
    left_out: Vec<String>,
    /// The counts of the summary.
    skipped: Skipped,
}

/// Sorts the results into the files to render, the failures, and what was left out
/// (`excluded`: the files `[files]` kept a walk from; `environment`: the variables of
/// collections).
fn tally(
    results: Vec<Result<Linted, Failure>>,
    excluded: &[(String, String)],
    failures: &mut Vec<Failure>,
    environment: &Variables,
) -> Tally {
    let mut files = Vec::with_capacity(results.len());
    let mut left_out: Vec<String> = excluded
        .iter()
        .map(|(path, reason)| format!("skipped: {path}: {reason}"))
        .collect();
    let (mut skipped_files, mut not_linted) = (0, 0);
    for result in results {
        match result {
            Ok(Linted::File(entry, facts)) => files.push((entry, facts)),
            Ok(Linted::Files {
                files: linted,
                path,
                unchecked,
            }) => {
                files.extend(linted);
                for request in unchecked {
                    not_linted += usize::from(request.unmodelled);
                    left_out.push(format!(
                        "not linted: {path} [{}]: {}",
                        request.item, request.reason
                    ));
                }
            }
            // [`lint_collections`] has made every collection `Files` before: one left
            // is checked here as a setup of its own.
            Ok(Linted::Collection {
                path,
                text,
                options,
            }) => {
                let collection =
                    postman::lint_collection(&text, environment, options).unwrap_or_default();
                if let Linted::Files { files: linted, .. } = collection_files(path, collection) {
                    files.extend(linted);
                }
            }
            Ok(Linted::Skipped(path)) => {
                skipped_files += 1;
                left_out.push(format!(
                    "skipped: {path}: no member of a PingOne payload, and not a Postman collection"
                ));
            }
            Err(failure) => failures.push(failure),
        }
    }
    Tally {
        files,
        left_out,
        skipped: Skipped::new(skipped_files, not_linted),
    }
}

/// The options of the run: the configuration file's, then the flags over them. The
/// kind is the flag's, or request; a `[[kind]]` entry sets it per file.
fn options(args: &LintArgs, config: &Config) -> Options {
    let mut options = Options::new(args.kind.map_or(PayloadKind::Request, PayloadKind::from))
        .update(args.kind == Some(KindArg::Update));
    for &(code, level) in &config.rules {
        // `Config` has checked that each level can be set.
        options = options.rule(code, level).unwrap_or(options);
    }
    if args.deny_placeholders {
        options = options.deny_placeholders(true);
    }
    options
        .deny_warnings(args.deny_warnings || config.deny_warnings)
        .only_errors(args.quiet)
        .max_findings(args.max_findings)
}

/// Which object `input` is (propagation.md A4): `--payload`, else the `[[kind]]` entry
/// for its path, else the `kind` a setup file's entry gives it, else its file name, else
/// (`None`) its shape, decided as it is validated; and whether its payload decides
/// request or response (neither `--kind` nor a `[[kind]]` entry's `kind` did). A file
/// name that names no store type is a report.
fn payload_of(
    input: &Input,
    args: &LintArgs,
    (config, setup_kinds): (&Config, &SetupKinds),
    cwd: &std::path::Path,
) -> Result<(Option<ObjectKind>, bool), Report> {
    let path = input.path();
    let flavour_given =
        args.kind.is_some() || path.is_some_and(|path| config.kind_of(path, cwd).is_some());
    let named = match (args.payload, path) {
        (Some(payload), _) => Some(payload),
        (None, Some(path)) => match config.payload_of(path, cwd).or_else(|| {
            // Most runs have no setup file kinds: no path to normalise then.
            (!setup_kinds.is_empty())
                .then(|| setup_kinds.get(&without_cur_dir(path)).copied())
                .flatten()
        }) {
            Some(payload) => Some(payload),
            None => path
                .file_name()
                .and_then(|name| ObjectKind::from_file_name(&name.to_string_lossy()))
                .transpose()
                .map_err(|error| unknown_type(&error))?,
        },
        (None, None) => None,
    };
    Ok((named, !flavour_given))
}

/// The one finding of a file whose name names a metadata type that is not a store type.
fn unknown_type(error: &pingone_store::Error) -> Report {
    let mut diagnostic = Diagnostic::new(Code::Enum, JsonPointer::root(), error.to_string())
        .with_span(Some(Span::at(0)));
    diagnostic.location = Some(Location::START);
    Report::from_diagnostics(vec![diagnostic])
}

/// The payload kinds that setup files' entries give files (`{"file": ..., "kind":
/// "mapping"}`, propagation.md A4 step 1), by path without `.` segments.
type SetupKinds = std::collections::HashMap<std::path::PathBuf, ObjectKind>;

/// `path` without its `.` segments: `a/./b` and `./a/b` are `a/b`.
fn without_cur_dir(path: &std::path::Path) -> std::path::PathBuf {
    path.components()
        .filter(|part| !matches!(part, std::path::Component::CurDir))
        .collect()
}

/// Reads the setup files of the run: returns the kinds their entries give files, and,
/// when `add` (checks across files are on), adds to the run the files they list
/// (propagation.md A5: a setup is the files named, or the files a setup file lists),
/// when they exist and are not in it yet; in path order, each once. A file that does not
/// exist stays out, and the setup check reports its entry. Only `*.json` files in the
/// setup file's folder or below are added or given a kind: a setup file must not make
/// the linter read (and show lines of) a file elsewhere, such as
/// `../../.aws/credentials`. An entry whose `kind` names no payload kind gives none (the
/// setup file's own check reports it).
fn read_setup_files(inputs: &mut Vec<Input>, max_size: u64, add: bool) -> SetupKinds {
    let mut kinds = SetupKinds::new();
    let mut listed = Vec::new();
    for input in inputs.iter() {
        let Some(path) = input.path() else {
            continue;
        };
        let is_setup = path
            .file_name()
            .is_some_and(|name| name == pingone_store::validate::SETUP_FILE_NAME);
        // `stat` only the setup files: a run may hold thousands of inputs.
        if !is_setup || !std::fs::metadata(path).is_ok_and(|metadata| metadata.len() <= max_size) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let folder = path.parent().unwrap_or_else(|| std::path::Path::new(""));
        let path_of = listed_path(folder);
        for (file, kind) in listed_files(&text) {
            let Some(joined) = path_of(&file) else {
                continue;
            };
            if let Some(kind) = kind {
                kinds.entry(joined.clone()).or_insert(kind);
            }
            listed.push(joined);
        }
    }
    if add && !listed.is_empty() {
        add_listed_files(inputs, listed);
    }
    kinds
}

/// Adds the `listed` files to the run, each once, in path order: a listed file the run
/// has already (the setup's folder was walked) is linted as named, with one hash look-up,
/// no `stat` and no sort; a file that does not exist stays out.
fn add_listed_files(inputs: &mut Vec<Input>, listed: Vec<std::path::PathBuf>) {
    let present: std::collections::HashMap<&std::ffi::OsStr, usize> = inputs
        .iter()
        .enumerate()
        .filter_map(|(index, input)| Some((input.path()?.as_os_str(), index)))
        .collect();
    let mut named = Vec::new();
    let mut added = Vec::new();
    for joined in listed {
        match present.get(joined.as_os_str()) {
            Some(&index) => named.push(index),
            None if joined.is_file() => added.push(Input::File(joined)),
            None => {}
        }
    }
    for index in named {
        if let Input::Found(path) = &mut inputs[index] {
            inputs[index] = Input::File(std::mem::take(path));
        }
    }
    if added.is_empty() {
        return;
    }
    inputs.extend(added);
    let mut keyed: Vec<(String, Input)> = inputs
        .drain(..)
        .map(|input| (input.shown(), input))
        .collect();
    keyed.sort();
    keyed.dedup_by(|a, b| a.0 == b.0);
    inputs.extend(keyed.into_iter().map(|(_, input)| input));
}

/// For a setup file in `folder`: the path of each file it lists, when that is a `*.json`
/// file in the folder or below (no `..`, not absolute), with `.` segments dropped (`a/./b`
/// and `a/b` are one file: shown paths must agree).
fn listed_path(folder: &std::path::Path) -> impl Fn(&str) -> Option<std::path::PathBuf> + '_ {
    // The common case, `stores/a.store.json` in a folder of plain names, as text: the
    // path methods below cost more than the rest of the setup's bookkeeping.
    let plain = |text: &str| text.split('/').all(|part| !matches!(part, "" | "." | ".."));
    let plain_folder = folder.to_str().filter(|text| {
        cfg!(unix) && (text.is_empty() || plain(text.strip_prefix('/').unwrap_or(text)))
    });
    move |file| {
        if let Some(folder_text) = plain_folder
            && plain(file)
        {
            let name = file.rsplit('/').next().unwrap_or(file);
            if !name.ends_with(".json") || name == ".json" {
                return None;
            }
            if folder_text.is_empty() {
                return Some(file.into());
            }
            let mut joined = String::with_capacity(folder_text.len() + 1 + file.len());
            joined.push_str(folder_text);
            joined.push('/');
            joined.push_str(file);
            return Some(joined.into());
        }
        let relative = std::path::Path::new(file);
        let inside = relative.components().all(|part| {
            matches!(
                part,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
        if !inside || relative.extension().is_none_or(|ext| ext != "json") {
            return None;
        }
        Some(
            folder
                .join(relative)
                .components()
                .filter(|part| !matches!(part, std::path::Component::CurDir))
                .collect(),
        )
    }
}

/// A linted file: masked already when no check across files can report in it (its
/// text then need not be kept), else still open for those findings.
enum Entry {
    Masked(MaskedFile),
    Open(LintedFile),
}

impl Entry {
    fn masked(self) -> MaskedFile {
        match self {
            Self::Masked(file) => file,
            // Secrets are masked here, once, before any output sees the file.
            Self::Open(file) => MaskedFile::new(file),
        }
    }
}

/// The checks across files (propagation.md A5, A6), after the per-file checks: the
/// files of the run form one setup, and each cross-file finding is added to the report
/// of the file that refers. Nothing is done when no file can receive a finding (a run
/// of stores only).
fn across_files(files: &mut [(Entry, SetupFacts)], options: &Options) {
    if !files.iter().any(|(_, facts)| facts.can_receive_findings()) {
        return;
    }
    // The facts move into the check; the files stay where they are.
    let inputs = files
        .iter_mut()
        .map(|(file, facts)| {
            let facts = std::mem::take(facts);
            match file {
                Entry::Open(file) => SetupInput {
                    name: &file.path,
                    facts,
                    text: Some(&file.source),
                },
                Entry::Masked(file) => SetupInput {
                    name: &file.file().path,
                    facts,
                    text: None,
                },
            }
        })
        .collect();
    let reports = check_setup_facts(inputs, options);
    for ((file, _), found) in files.iter_mut().zip(reports) {
        if let Entry::Open(file) = file {
            for diagnostic in found {
                file.report.push(diagnostic);
            }
        }
    }
}

/// The variables of the environment export at `path`.
fn environment(path: &std::path::Path) -> Result<Variables, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("could not read the environment: {error}"))?;
    Variables::from_environment(&text)
}

/// What linting one input gave.
enum Linted {
    /// A payload file's findings, with what it brings to the setup: no `Vec` of one
    /// entry per file (a run of 10,000 files holds every result at once).
    File(Entry, SetupFacts),
    /// A collection's findings: one entry per body (or one without findings for a
    /// collection with no body checked), with the requests that were not checked.
    Files {
        files: Vec<(Entry, SetupFacts)>,
        path: String,
        unchecked: Vec<Unchecked>,
    },
    /// A file a walk found that is not a payload: its shown path.
    Skipped(String),
    /// A Postman collection whose bodies are checked across (and, with a setup file in
    /// the run, with the files it adds) once every other file is linted: its text and
    /// options. [`lint_collections`] makes it [`Linted::Files`].
    Collection {
        path: String,
        text: String,
        options: Options,
    },
}

/// Lints the collections of the run (`results`, in input order), once every other file
/// is linted: each is a setup of its own (propagation.md A5), to which a setup file in
/// the run adds itself and the files it lists. Those files' facts are cloned per
/// collection; their findings are the run's check's.
fn lint_collections(results: &mut [Result<Linted, Failure>], environment: &Variables) {
    let is_collection =
        |result: &Result<Linted, Failure>| matches!(result, Ok(Linted::Collection { .. }));
    if !results.iter().any(is_collection) {
        return;
    }
    let has_setup_file = results
        .iter()
        .any(|result| matches!(result, Ok(Linted::File(_, facts)) if facts.is_setup_file()));
    let run: Vec<(&str, &SetupFacts)> = if has_setup_file {
        let files: Vec<(&str, &SetupFacts)> = results
            .iter()
            .filter_map(|result| match result {
                Ok(Linted::File(Entry::Open(file), facts)) => Some((file.path.as_str(), facts)),
                Ok(Linted::File(Entry::Masked(file), facts)) => {
                    Some((file.file().path.as_str(), facts))
                }
                _ => None,
            })
            .collect();
        SetupFacts::added_by_setup_files(&files)
            .into_iter()
            .map(|index| files[index])
            .collect()
    } else {
        Vec::new()
    };
    let linted: Vec<(usize, Linted)> = results
        .par_iter()
        .enumerate()
        .filter_map(|(index, result)| {
            let Ok(Linted::Collection {
                path,
                text,
                options,
            }) = result
            else {
                return None;
            };
            let setup = run
                .iter()
                .map(|&(name, facts)| SetupInput {
                    name,
                    facts: facts.clone(),
                    text: None,
                })
                .collect();
            let collection = postman::lint_collection_in_setup(text, environment, *options, setup)
                .unwrap_or_default();
            Some((index, collection_files(path.clone(), collection)))
        })
        .collect();
    for (index, collection) in linted {
        results[index] = Ok(collection);
    }
}

/// Reads and validates `input` with `options` (a collection's bodies one by one), or,
/// when its kind could not be decided, reads it to show the report that says so; each
/// file with the payload kind the run gave it (`None`: decided by its shape).
fn lint(
    input: &Input,
    options: Result<Options, Report>,
    max_size: u64,
    (environment, setup): (&Variables, bool),
) -> Result<Linted, Failure> {
    let path = input.shown();
    let object = options.as_ref().ok().and_then(|options| options.object);
    let mut facts = SetupFacts::default();
    let (source, report) = match (read(input, max_size), options) {
        (Err(error), _) => return Err(Failure::io(path, &error)),
        (Ok(Contents::TooLarge(size)), options) => {
            let options = options.unwrap_or_default();
            (String::new(), options.apply(too_large(size, max_size)))
        }
        (Ok(Contents::Bytes(bytes)), Err(report)) => (into_source(bytes), report),
        (Ok(Contents::Bytes(bytes)), Ok(options)) => {
            let text = std::str::from_utf8(&bytes)
                .ok()
                .map(|text| text.strip_prefix('\u{feff}').unwrap_or(text));
            if let Some(text) = text {
                if setup {
                    // Checked once the other files are: a setup file may add files to
                    // the collection's setup.
                    if postman::is_collection(text) {
                        return Ok(Linted::Collection {
                            path,
                            text: text.to_owned(),
                            options,
                        });
                    }
                } else if let Some(collection) =
                    postman::lint_collection_bodies(text, environment, options)
                {
                    return Ok(collection_files(path, collection));
                }
            }
            let report = if setup {
                let (report, found) = validate_bytes_in_setup(&bytes, options, &path);
                facts = found;
                report
            } else {
                validate_bytes(&bytes, options)
            };
            // A file a walk found that is not a payload: only a file with findings can
            // be one (a valid payload is not parsed again to find out), and not one whose
            // kind the run named (`--payload`, a `[[kind]]` entry, a `*.rule.json` name).
            if matches!(input, Input::Found(_))
                && object.is_none()
                && !report.is_empty()
                && text.is_some_and(is_foreign_json)
            {
                return Ok(Linted::Skipped(path));
            }
            (into_source(bytes), report)
        }
    };
    let file = LintedFile::new(path, source, report);
    // The text of a file the checks across files may report in is kept for them; the
    // others are masked (their text dropped) here, on the worker thread.
    Ok(if facts.can_receive_findings() {
        Linted::File(Entry::Open(file), facts)
    } else {
        Linted::File(Entry::Masked(MaskedFile::new(file)), facts)
    })
}

/// The entries of a collection's bodies, one by one (each body is its own text); one
/// entry without findings when it has no store body, so that it is counted.
fn collection_files(path: String, collection: postman::Collection) -> Linted {
    // A collection is a setup of its own (propagation.md A5), checked across its
    // bodies already: they bring nothing to the run's.
    let none = SetupFacts::default;
    let mut files: Vec<(Entry, SetupFacts)> = collection
        .payloads
        .into_iter()
        .map(|payload| {
            let item = CollectionItem::new(payload.item, payload.ends);
            let file = LintedFile::new(path.clone(), payload.body, payload.report);
            (Entry::Masked(MaskedFile::new(file.with_item(item))), none())
        })
        .collect();
    if files.is_empty() {
        let file = LintedFile::new(path.clone(), String::new(), Report::default());
        files.push((Entry::Masked(MaskedFile::new(file)), none()));
    }
    Linted::Files {
        files,
        path,
        unchecked: collection.unchecked,
    }
}

/// [`source_text`] of `bytes`, owned: the bytes themselves when they are UTF-8 without
/// a byte order mark (no copy).
fn into_source(bytes: Vec<u8>) -> String {
    if let std::borrow::Cow::Owned(decoded) = source_text(&bytes) {
        // UTF-16, or not UTF-8.
        return decoded;
    }
    match String::from_utf8(bytes) {
        Ok(text) => match text.strip_prefix('\u{feff}') {
            Some(body) => body.to_owned(),
            None => text,
        },
        Err(error) => source_text(error.as_bytes()).into_owned(),
    }
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
        Input::File(path) | Input::Found(path) => {
            let file = std::fs::File::open(path)?;
            let size = file.metadata()?.len();
            if size > max_size {
                return Ok(Contents::TooLarge(Some(size)));
            }
            // Room for the whole file (and the byte that tells it grew): one read, not
            // the doubling probe reads of an empty buffer (seven a 1 KB file).
            bytes.reserve_exact(usize::try_from(size.saturating_add(1)).unwrap_or(0));
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
    diagnostic.location = Some(Location::START);
    Report::from_diagnostics(vec![diagnostic])
}

/// The environment variables that decide colour.
#[derive(Clone, Debug, Default)]
pub(super) struct Env {
    no_color: Option<String>,
    clicolor_force: Option<String>,
    force_color: Option<String>,
    clicolor: Option<String>,
    term: Option<String>,
    stdout_is_terminal: bool,
}

impl Env {
    fn from_process() -> Self {
        let var = |name: &str| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
        Self {
            no_color: var("NO_COLOR"),
            clicolor_force: var("CLICOLOR_FORCE"),
            force_color: var("FORCE_COLOR"),
            clicolor: var("CLICOLOR"),
            term: var("TERM"),
            stdout_is_terminal: std::io::stdout().is_terminal(),
        }
    }
}

/// Whether `human` output is coloured, first rule that applies:
/// 1. `NO_COLOR` not empty: no colour (<https://no-color.org>), whatever else is set;
/// 2. `--color always` or `never`;
/// 3. `CLICOLOR_FORCE` set and not `0`, or `FORCE_COLOR` not empty: colour;
/// 4. `CLICOLOR=0` or `TERM=dumb`: no colour;
/// 5. colour when standard output is a terminal.
fn use_colour(choice: ColorArg, env: &Env) -> bool {
    let set = |value: &Option<String>| value.as_deref().is_some_and(|v| !v.is_empty());
    if set(&env.no_color) {
        return false;
    }
    match choice {
        ColorArg::Always => return true,
        ColorArg::Never => return false,
        ColorArg::Auto => {}
    }
    if (set(&env.clicolor_force) && env.clicolor_force.as_deref() != Some("0"))
        || set(&env.force_color)
    {
        return true;
    }
    if env.clicolor.as_deref() == Some("0") || env.term.as_deref() == Some("dumb") {
        return false;
    }
    env.stdout_is_terminal
}
#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)], terminal: bool) -> Env {
        let get = |name: &str| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        };
        Env {
            no_color: get("NO_COLOR"),
            clicolor_force: get("CLICOLOR_FORCE"),
            force_color: get("FORCE_COLOR"),
            clicolor: get("CLICOLOR"),
            term: get("TERM"),
            stdout_is_terminal: terminal,
        }
    }

    #[test]
    fn a_setup_file_lists_json_files_in_its_folder_or_below_each_by_one_path() {
        use std::path::{Path, PathBuf};
        let listed = |folder: &str, file: &str| listed_path(Path::new(folder))(file);
        let path = |text: &str| Some(PathBuf::from(text));
        // Plain names, joined as text, and the same forms through `Path`: one key each.
        assert_eq!(
            listed("/tmp/s", "stores/a.json"),
            path("/tmp/s/stores/a.json")
        );
        assert_eq!(
            listed("/tmp/s", "./stores/./a.json"),
            path("/tmp/s/stores/a.json")
        );
        assert_eq!(listed("s", "a.json"), path("s/a.json"));
        assert_eq!(listed("./s", "a.json"), path("s/a.json"));
        assert_eq!(listed("", "a.json"), path("a.json"));
        assert_eq!(listed("", "dir//a.json"), path("dir/a.json"));
        assert_eq!(listed("/tmp/s", "x..json"), path("/tmp/s/x..json"));
        // Never outside the folder, never a file that is not `*.json`.
        for file in [
            "../a.json",
            "/etc/a.json",
            "a/../../b.json",
            "a.txt",
            ".json",
            "a/.json",
        ] {
            assert_eq!(listed("/tmp/s", file), None, "{file}");
        }
    }

    #[test]
    fn colour_follows_the_documented_precedence() {
        use ColorArg::{Always, Auto, Never};
        // NO_COLOR beats everything, an empty NO_COLOR counts as unset.
        assert!(!use_colour(
            Always,
            &env(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], true)
        ));
        assert!(use_colour(Always, &env(&[("NO_COLOR", "")], false)));
        // The flag beats the other variables.
        assert!(!use_colour(Never, &env(&[("CLICOLOR_FORCE", "1")], true)));
        assert!(use_colour(
            Always,
            &env(&[("TERM", "dumb"), ("CLICOLOR", "0")], false)
        ));
        // Forcing beats CLICOLOR=0, TERM=dumb and a pipe.
        assert!(use_colour(
            Auto,
            &env(&[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")], false)
        ));
        assert!(use_colour(Auto, &env(&[("FORCE_COLOR", "0")], false)));
        assert!(!use_colour(Auto, &env(&[("CLICOLOR_FORCE", "0")], false)));
        // CLICOLOR=0 and TERM=dumb turn a terminal's colour off.
        assert!(!use_colour(Auto, &env(&[("CLICOLOR", "0")], true)));
        assert!(!use_colour(Auto, &env(&[("TERM", "dumb")], true)));
        assert!(use_colour(
            Auto,
            &env(&[("CLICOLOR", "1"), ("TERM", "xterm")], true)
        ));
        assert!(!use_colour(Auto, &env(&[], false)));
    }
}
