//! `.pingone-store.toml`: found in the current directory or its nearest parent up to
//! the repository's root (the first folder holding `.git`), as ruff and eslint find
//! theirs, or named by `--config`.
//!
//! ```toml
//! deny-warnings = true
//! [rules]                 # severity per code: "error", "warning" or "off"
//! placeholder = "error"
//! [[kind]]                # payload kind per path (globs relative to this file's folder)
//! paths = ["responses/**"]
//! kind = "response"       # request, update (a `PUT` body) or response
//! payload = "rule"        # which object (`--payload`'s values); `kind` or `payload` or both
//! [files]                 # what a directory walk lints (as ruff's `include`/`exclude`)
//! include = ["*.json"]    # only files matching one of these
//! exclude = ["vendor", "fixtures/*.json"]
//! ```
//!
//! A `[files]` glob without a `/` matches a file or folder name anywhere (`vendor`,
//! `*.lock.json`); one with a `/` matches the path relative to this file's folder. A
//! folder that `exclude` matches is not entered. Files named on the command line are
//! linted whatever `[files]` says.
//!
//! A file that does not read as this shape is a usage error naming the file, the line
//! and column, and the key.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use super::args::KindArg;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use pingone_store::report::Code;
use pingone_store::report::render::escape_controls;
use pingone_store::validate::{ObjectKind, Options, RuleLevel};
use serde::Deserialize;
use toml::Spanned;

/// The name of the file looked for.
pub(super) const FILE_NAME: &str = ".pingone-store.toml";

/// A configuration file, read and checked.
#[derive(Debug, Default)]
pub(super) struct Config {
    /// The file it came from (`None`: no file).
    pub(super) path: Option<PathBuf>,
    /// `deny-warnings`.
    pub(super) deny_warnings: bool,
    /// `[rules]`, in the file's order.
    pub(super) rules: Vec<(Code, RuleLevel)>,
    /// `[[kind]]`, in the file's order: the first entry whose globs match a path wins.
    kinds: Vec<KindEntry>,
    /// `[files] include`: when set, a walk lints only the files it matches.
    include: Option<Globs>,
    /// `[files] exclude`: what a walk leaves out, files and folders.
    exclude: Option<Globs>,
    /// The folder the globs are relative to (absolute, lexically normalised).
    base: PathBuf,
}

/// `[files]` globs: those without a `/`, matched against a name, and the others,
/// matched against the path relative to the configuration's folder.
#[derive(Debug)]
struct Globs {
    names: GlobSet,
    paths: GlobSet,
}

impl Globs {
    fn matches(&self, relative: &str) -> bool {
        let name = relative.rsplit('/').next().unwrap_or(relative);
        self.names.is_match(name) || self.paths.is_match(relative)
    }
}

#[derive(Debug)]
struct KindEntry {
    globs: GlobSet,
    kind: Option<KindArg>,
    payload: Option<ObjectKind>,
}

/// Why the configuration could not be used: a message naming the file, the place and
/// the key, with every control character, line break and bidi control escaped
/// ([`escape_controls`]): a committed configuration file chooses its keys, values and
/// name, and the message goes to a terminal or a CI log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ConfigError(pub(super) String);

impl ConfigError {
    /// The error saying `message`, escaped.
    fn new(message: &str) -> Self {
        Self(escape_controls(message).into_owned())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    deny_warnings: Option<bool>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    kind: Vec<RawKind>,
    files: Option<RawFiles>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    paths: Spanned<Vec<Spanned<String>>>,
    kind: Option<Spanned<String>>,
    payload: Option<Spanned<String>>,
}

impl Config {
    /// The configuration for a run: the file given (`--config`), none (`--no-config`),
    /// or the nearest `.pingone-store.toml` from `cwd` upwards.
    pub(super) fn load(
        explicit: Option<&Path>,
        no_config: bool,
        cwd: &Path,
    ) -> Result<Self, ConfigError> {
        if no_config {
            return Ok(Self::default());
        }
        let path = match explicit {
            Some(path) => cwd.join(path),
            None => match find(cwd) {
                Some(path) => path,
                None => return Ok(Self::default()),
            },
        };
        let shown =
            explicit.map_or_else(|| path.display().to_string(), |p| p.display().to_string());
        let text = std::fs::read_to_string(&path).map_err(|error| {
            ConfigError::new(&format!(
                "{shown}: could not read the configuration: {error}"
            ))
        })?;
        let base = normalise(path.parent().unwrap_or(cwd));
        Self::parse(&text, &shown, base).map(|mut config| {
            config.path = Some(path);
            config
        })
    }

    /// Reads `text` (from the file shown as `shown`), with globs relative to `base`.
    fn parse(text: &str, shown: &str, base: PathBuf) -> Result<Self, ConfigError> {
        let raw: Raw = toml::from_str(text).map_err(|error| {
            let at = error.span().map_or(0, |span| span.start);
            let message = error.message().trim_end().replace('\n', "; ");
            let key = key_at(text, at).map_or_else(String::new, |key| format!("`{key}`: "));
            ConfigError::new(&format!("{}: {key}{message}", place(text, shown, at)))
        })?;
        let fail = |span: Range<usize>, key: &str, message: String| {
            ConfigError::new(&format!(
                "{}: `{key}`: {message}",
                place(text, shown, span.start)
            ))
        };
        let mut rules = Vec::new();
        for (name, level) in &raw.rules {
            let key = format!("rules.{}", name.get_ref());
            let code: Code = name
                .get_ref()
                .parse()
                .map_err(|error: pingone_store::Error| {
                    let why = match Code::retired(name.get_ref()) {
                        Some(_) => error.to_string(),
                        None => format!(
                            "unknown rule{}; `pingone-store rules` lists them",
                            suggestion(name.get_ref())
                        ),
                    };
                    fail(name.span(), &key, why)
                })?;
            let level: RuleLevel = level
                .get_ref()
                .parse()
                .map_err(|error| fail(level.span(), &key, format!("{error}")))?;
            // Checked here, so that the error names the file and the line.
            Options::default()
                .rule(code, level)
                .map_err(|error| fail(name.span(), &key, error.to_string()))?;
            rules.push((code, level));
        }
        let mut kinds = Vec::new();
        for entry in &raw.kind {
            let (kind, payload) = entry_kinds(entry, &fail)?;
            if entry.paths.get_ref().is_empty() {
                return Err(fail(
                    entry.paths.span(),
                    "kind.paths",
                    "no glob: give at least one, such as `\"responses/**\"`".to_owned(),
                ));
            }
            let mut globs = GlobSetBuilder::new();
            for glob in entry.paths.get_ref() {
                let built = GlobBuilder::new(glob.get_ref())
                    .literal_separator(true)
                    .build()
                    .map_err(|error| {
                        fail(
                            glob.span(),
                            "kind.paths",
                            format!("invalid glob: {}", error.kind()),
                        )
                    })?;
                globs.add(built);
            }
            let globs = globs
                .build()
                .map_err(|error| fail(entry.paths.span(), "kind.paths", error.to_string()))?;
            kinds.push(KindEntry {
                globs,
                kind,
                payload,
            });
        }
        let files_globs = |globs: &Option<Vec<Spanned<String>>>, key: &str| {
            let Some(globs) = globs else {
                return Ok(None);
            };
            let (mut names, mut paths) = (GlobSetBuilder::new(), GlobSetBuilder::new());
            for glob in globs {
                let built = GlobBuilder::new(glob.get_ref().trim_start_matches("./"))
                    .literal_separator(true)
                    .build()
                    .map_err(|error| {
                        fail(glob.span(), key, format!("invalid glob: {}", error.kind()))
                    })?;
                if glob.get_ref().contains('/') {
                    paths.add(built);
                } else {
                    names.add(built);
                }
            }
            let build = |set: GlobSetBuilder| {
                set.build()
                    .map_err(|error| fail(0..0, key, error.to_string()))
            };
            Ok(Some(Globs {
                names: build(names)?,
                paths: build(paths)?,
            }))
        };
        let (include, exclude) = match &raw.files {
            None => (None, None),
            Some(files) => (
                files_globs(&files.include, "files.include")?,
                files_globs(&files.exclude, "files.exclude")?,
            ),
        };
        Ok(Self {
            path: None,
            deny_warnings: raw.deny_warnings.unwrap_or(false),
            rules,
            kinds,
            include,
            exclude,
            base,
        })
    }

    /// Why a walk leaves out `path` (a folder when `is_dir`), by `[files]`: `None` when
    /// it does not. `path` is as the walk met it, relative to `cwd` or absolute; a path
    /// outside the configuration's folder is never left out.
    pub(super) fn excludes(&self, path: &Path, is_dir: bool, cwd: &Path) -> Option<String> {
        if self.include.is_none() && self.exclude.is_none() {
            return None;
        }
        let relative = self.relative(path, cwd)?;
        if self
            .exclude
            .as_ref()
            .is_some_and(|globs| globs.matches(&relative))
        {
            return Some("matched by `[files] exclude`".to_owned());
        }
        match &self.include {
            Some(globs) if !is_dir && !globs.matches(&relative) => {
                Some("not matched by `[files] include`".to_owned())
            }
            _ => None,
        }
    }

    /// `path` relative to the configuration's folder, `/`-separated; `None` outside it.
    fn relative(&self, path: &Path, cwd: &Path) -> Option<String> {
        let absolute = normalise(&cwd.join(path));
        let relative = absolute.strip_prefix(&self.base).ok()?;
        // Globs use `/` whatever the platform.
        let relative: Vec<String> = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(relative.join("/"))
    }

    /// The kind that the first `[[kind]]` entry matching `path` gives it; `path` is as
    /// given on the command line, relative to `cwd` or absolute.
    pub(super) fn kind_of(&self, path: &Path, cwd: &Path) -> Option<KindArg> {
        self.entry_of(path, cwd).and_then(|entry| entry.kind)
    }

    /// The payload kind (the object) that the first `[[kind]]` entry matching `path`
    /// gives it, when that entry names one.
    pub(super) fn payload_of(&self, path: &Path, cwd: &Path) -> Option<ObjectKind> {
        self.entry_of(path, cwd).and_then(|entry| entry.payload)
    }

    /// The first `[[kind]]` entry whose globs match `path`.
    fn entry_of(&self, path: &Path, cwd: &Path) -> Option<&KindEntry> {
        if self.kinds.is_empty() {
            return None;
        }
        let relative = self.relative(path, cwd)?;
        self.kinds
            .iter()
            .find(|entry| entry.globs.is_match(&relative))
    }
}

/// The request/response flavour and the object a `[[kind]]` entry names: at least one.
fn entry_kinds(
    entry: &RawKind,
    fail: &impl Fn(Range<usize>, &str, String) -> ConfigError,
) -> Result<(Option<KindArg>, Option<ObjectKind>), ConfigError> {
    let kind = match entry.kind.as_ref() {
        None => None,
        Some(kind) => Some(match kind.get_ref().as_str() {
            "request" => KindArg::Request,
            "update" => KindArg::Update,
            "response" => KindArg::Response,
            other => {
                return Err(fail(
                    kind.span(),
                    "kind.kind",
                    format!("unknown kind `{other}`: expected `request`, `update` or `response`"),
                ));
            }
        }),
    };
    let payload = match entry.payload.as_ref() {
        None => None,
        Some(payload) => Some(
            payload
                .get_ref()
                .parse()
                .map_err(|error| fail(payload.span(), "kind.payload", format!("{error}")))?,
        ),
    };
    if kind.is_none() && payload.is_none() {
        return Err(fail(
            entry.paths.span(),
            "kind",
            "the entry names neither `kind` (`request`, `update` or `response`) nor `payload` (`rule`, `metadata:LdapGateway`, ...)".to_owned(),
        ));
    }
    Ok((kind, payload))
}

/// The nearest `.pingone-store.toml` in `dir` or a parent of it, up to the repository's
/// root: the first folder holding `.git` (a folder, or a file in a worktree or
/// submodule) is the last one looked in, so that a file in a parent folder, `/tmp` or
/// the home folder cannot change the rules of a repository's lint.
fn find(dir: &Path) -> Option<PathBuf> {
    for dir in dir.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// `path` with `.` dropped and `..` applied, without asking the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `file:line:column` of the byte `offset` of `text`.
fn place(text: &str, shown: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before[line_start..].chars().count() + 1;
    format!("{shown}:{line}:{column}")
}

/// The dotted key (`rules.placeholder`, `deny-warnings`) of the line holding the
/// byte `offset`, read from the line's `key =` and the table header above it; `None`
/// where the line has no `=`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text
        .get(..offset)?
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let key = line.split_once('=')?.0.trim().trim_matches('"');
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let table = text[..line_start].lines().rev().find_map(|line| {
        let line = line.trim();
        line.starts_with('[').then(|| {
            line.trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_owned()
        })
    });
    Some(match table {
        Some(table) => format!("{table}.{key}"),
        None => key.to_owned(),
    })
}

/// `: did you mean `placeholder`?` for a near miss of a code's name, or nothing.
fn suggestion(name: &str) -> String {
    let nearest = Code::ALL
        .iter()
        .map(|code| {
            (
                strsim::damerau_levenshtein(name, code.as_str()),
                code.as_str(),
            )
        })
        .min();
    match nearest {
        Some((distance, code)) if distance <= 3 => format!(" `{name}`: did you mean `{code}`?"),
        _ => format!(" `{name}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "conf.toml", PathBuf::from("/repo"))
    }

    #[test]
    fn a_full_file_reads() {
        let config = parse(
            "deny-warnings = true\n[rules]\nplaceholder = \"error\"\nunknown-property = \"warning\"\n\
             [[kind]]\npaths = [\"responses/**\"]\nkind = \"response\"\n",
        )
        .expect("valid");
        assert!(config.deny_warnings);
        assert_eq!(
            config.rules,
            [
                (Code::Placeholder, RuleLevel::Error),
                (Code::UnknownProperty, RuleLevel::Warning),
            ]
        );
        let cwd = Path::new("/repo/sub");
        assert_eq!(
            config.kind_of(Path::new("../responses/a/b.json"), cwd),
            Some(KindArg::Response)
        );
        assert_eq!(config.kind_of(Path::new("responses/b.json"), cwd), None);
        assert_eq!(
            config.kind_of(Path::new("/repo/responses/b.json"), cwd),
            Some(KindArg::Response)
        );
    }

    #[test]
    fn files_globs_match_names_anywhere_and_paths_from_the_config_folder() {
        let config = parse(
            "[files]\ninclude = [\"*.json\"]\nexclude = [\"vendor\", \"fixtures/old/*.json\", \"*.lock.json\"]\n",
        )
        .expect("valid");
        let cwd = Path::new("/repo/sub");
        let excludes = |path: &str, is_dir: bool| config.excludes(Path::new(path), is_dir, cwd);
        assert_eq!(excludes("a.json", false), None);
        assert_eq!(
            excludes("deep/vendor", true).as_deref(),
            Some("matched by `[files] exclude`")
        );
        assert!(excludes("x/deps.lock.json", false).is_some());
        // A glob with `/` is relative to the configuration's folder, not the cwd.
        assert!(excludes("../fixtures/old/a.json", false).is_some());
        assert_eq!(excludes("fixtures/old/a.json", false), None);
        assert_eq!(
            excludes("notes.txt.bak", false).as_deref(),
            Some("not matched by `[files] include`")
        );
        // Outside the configuration's folder, nothing is left out.
        assert_eq!(excludes("/elsewhere/vendor", true), None);
        assert!(
            parse("[files]\nexclude = [\"a/[\"]\n")
                .expect_err("a bad glob")
                .0
                .starts_with("conf.toml:2:12: `files.exclude`: invalid glob")
        );
        assert!(parse("[files]\nexcluded = []\n").is_err());
    }

    #[test]
    fn errors_name_the_file_the_line_and_the_key() {
        let error = |text: &str| parse(text).expect_err("invalid").0;
        assert_eq!(
            error("[rules]\nplaceholdr = \"error\"\n"),
            "conf.toml:2:1: `rules.placeholdr`: unknown rule `placeholdr`: did you mean `placeholder`?; `pingone-store rules` lists them"
        );
        assert_eq!(
            error("[rules]\nunmodelled-type = \"off\"\n"),
            "conf.toml:2:1: `rules.unmodelled-type`: rule `unmodelled-type` was removed: every \
             documented store type is checked now, so no configuration is left unchecked; \
             remove the line"
        );
        assert_eq!(
            error("[rules]\nplaceholder = \"fatal\"\n"),
            "conf.toml:2:15: `rules.placeholder`: unknown level `fatal`: expected one of `error`, `warning`, `off`"
        );
        assert!(
            error("[rules]\nsyntax = \"off\"\n")
                .starts_with("conf.toml:2:1: `rules.syntax`: `syntax` cannot be set to `off`")
        );
        let unknown = error("deny-warning = true\n");
        assert!(
            unknown.starts_with("conf.toml:1:1: `deny-warning`: unknown field `deny-warning`"),
            "{unknown}"
        );
        let wrong_type = error("\n\ndeny-warnings = \"yes\"\n");
        assert!(
            wrong_type.starts_with("conf.toml:3:17: `deny-warnings`: invalid type"),
            "{wrong_type}"
        );
        let in_table = error("[[kind]]\npaths = \"responses/**\"\nkind = \"response\"\n");
        assert!(
            in_table.starts_with("conf.toml:2:9: `kind.paths`: invalid type"),
            "{in_table}"
        );
        let not_toml = error("deny-warnings = \n");
        assert!(not_toml.starts_with("conf.toml:1:"), "{not_toml}");
        assert!(
            error("[[kind]]\npaths = [\"a/[\"]\nkind = \"response\"\n")
                .starts_with("conf.toml:2:10: `kind.paths`: invalid glob")
        );
        assert!(
            error("[[kind]]\npaths = [\"a\"]\nkind = \"answer\"\n")
                .starts_with("conf.toml:3:8: `kind.kind`: unknown kind `answer`")
        );
    }
}
