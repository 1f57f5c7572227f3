//! `.pingone-store.toml`: found in the current directory or its nearest parent (as
//! rustfmt and ruff find theirs), or named by `--config`.
//!
//! ```toml
//! deny-warnings = true
//! [rules]                 # severity per code: "error", "warning" or "off"
//! placeholder = "error"
//! [[kind]]                # payload kind per path (globs relative to this file's folder)
//! paths = ["responses/**"]
//! kind = "response"       # request or response
//! payload = "rule"        # which object (`--payload`'s values); `kind` or `payload` or both
//! ```
//!
//! A file that does not read as this shape is a usage error naming the file, the line
//! and column, and the key.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use pingone_store::report::Code;
use pingone_store::validate::{ObjectKind, Options, PayloadKind, RuleLevel};
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
    /// The folder the globs are relative to (absolute, lexically normalised).
    base: PathBuf,
}

#[derive(Debug)]
struct KindEntry {
    globs: GlobSet,
    kind: Option<PayloadKind>,
    payload: Option<ObjectKind>,
}

/// Why the configuration could not be used: a message naming the file, the place and
/// the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ConfigError(pub(super) String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    deny_warnings: Option<bool>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    kind: Vec<RawKind>,
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
            ConfigError(format!(
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
            ConfigError(format!("{}: {key}{message}", place(text, shown, at)))
        })?;
        let fail = |span: Range<usize>, key: &str, message: String| {
            ConfigError(format!(
                "{}: `{key}`: {message}",
                place(text, shown, span.start)
            ))
        };
        let mut rules = Vec::new();
        for (name, level) in &raw.rules {
            let key = format!("rules.{}", name.get_ref());
            let code = Code::from_name(name.get_ref()).ok_or_else(|| {
                fail(
                    name.span(),
                    &key,
                    format!(
                        "unknown rule{}; `pingone-store rules` lists them",
                        suggestion(name.get_ref())
                    ),
                )
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
        Ok(Self {
            path: None,
            deny_warnings: raw.deny_warnings.unwrap_or(false),
            rules,
            kinds,
            base,
        })
    }

    /// The kind that the first `[[kind]]` entry matching `path` gives it; `path` is as
    /// given on the command line, relative to `cwd` or absolute.
    pub(super) fn kind_of(&self, path: &Path, cwd: &Path) -> Option<PayloadKind> {
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
        let absolute = normalise(&cwd.join(path));
        let relative = absolute.strip_prefix(&self.base).ok()?;
        // Globs use `/` whatever the platform.
        let relative: Vec<String> = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        let relative = relative.join("/");
        self.kinds
            .iter()
            .find(|entry| entry.globs.is_match(&relative))
    }
}

/// The request/response flavour and the object a `[[kind]]` entry names: at least one.
fn entry_kinds(
    entry: &RawKind,
    fail: &impl Fn(Range<usize>, &str, String) -> ConfigError,
) -> Result<(Option<PayloadKind>, Option<ObjectKind>), ConfigError> {
    let kind = match entry.kind.as_ref() {
        None => None,
        Some(kind) => Some(match kind.get_ref().as_str() {
            "request" => PayloadKind::Request,
            "response" => PayloadKind::Response,
            other => {
                return Err(fail(
                    kind.span(),
                    "kind.kind",
                    format!("unknown kind `{other}`: expected `request` or `response`"),
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
            "the entry names neither `kind` (`request` or `response`) nor `payload` (`rule`, `metadata:LdapGateway`, ...)".to_owned(),
        ));
    }
    Ok((kind, payload))
}

/// The nearest `.pingone-store.toml` in `dir` or a parent of it.
fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
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
            Some(PayloadKind::Response)
        );
        assert_eq!(config.kind_of(Path::new("responses/b.json"), cwd), None);
        assert_eq!(
            config.kind_of(Path::new("/repo/responses/b.json"), cwd),
            Some(PayloadKind::Response)
        );
    }

    #[test]
    fn errors_name_the_file_the_line_and_the_key() {
        let error = |text: &str| parse(text).expect_err("invalid").0;
        assert_eq!(
            error("[rules]\nplaceholdr = \"error\"\n"),
            "conf.toml:2:1: `rules.placeholdr`: unknown rule `placeholdr`: did you mean `placeholder`?; `pingone-store rules` lists them"
        );
        assert_eq!(
            error("[rules]\nplaceholder = \"fatal\"\n"),
            "conf.toml:2:15: `rules.placeholder`: unknown level `fatal`: expected `error`, `warning` or `off`"
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
