//! The `sarif` format: SARIF 2.1.0 with one run, every code a rule, for GitHub code
//! scanning and other SARIF viewers.
//!
//! - **Rules**: `id` (the code), `name` (the code in PascalCase), `shortDescription`
//!   ([`Code::summary`]), `fullDescription` (the first paragraph of
//!   [`Code::documentation`]), `help` (the whole documentation, as text and as markdown
//!   with an example), `defaultConfiguration.level`. No `helpUri`: the project has no
//!   hosted documentation, and `pingone-store explain <code>` prints the same help.
//! - **Artifacts**: every linted file, in output order. A path relative to the current
//!   directory, or an absolute one inside it, is a relative URI reference with
//!   `uriBaseId` `%SRCROOT%`; an absolute path outside it a `file://` URI. Standard
//!   input is an artifact with no location, described as `standard input`.
//! - **Results**: `ruleId`, `ruleIndex`, `level`, the (masked) message, a region with
//!   start and end line and column (in Unicode code points, `columnKind`), the JSON
//!   pointer as `properties.pointer`, and `partialFingerprints."pingoneStore/v1"`. A
//!   finding in a body of a Postman collection also has a logical location, the
//!   request's item path (`Stores / Create Zoom store`, kind `resource`); the
//!   collection is one artifact however many of its bodies have findings.
//! - **Notifications**: a note for each file whose findings the limit cut, and one for
//!   what the run left out (skipped files, collection requests not checked).
//!
//! The fingerprint is stable across runs and across edits that move a finding to
//! another line: the FNV-1a 64-bit hash of `v1`, the code, the artifact's URI (or
//! `<stdin>`), the item path of a collection's body (nothing else for a file) and the
//! JSON pointer, each followed by a zero byte, in 16 hexadecimal
//! digits, then `:` and the finding's ordinal among the file's findings with the same
//! code and pointer (from 1; a key repeated three times gives `...:1` and `...:2`).
//!
//! The log is written as it is serialized: results are made one at a time from the
//! findings, never held as a second copy of them.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use std::io::Write as _;

use super::{MaskedFile, Skipped, location, omitted_note, pingone::fnv1a};
use crate::report::{Code, Diagnostic, Severity};
use crate::source::Location;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The `uriBaseId` of relative paths: the directory the linter ran in.
const SRCROOT: &str = "%SRCROOT%";

/// How standard input is shown in [`super::LintedFile::path`].
const STDIN: &str = "<stdin>";

pub(super) fn render(files: &[MaskedFile], skipped: Skipped) -> String {
    let mut out = Vec::with_capacity(4096);
    if let Err(error) = write(files, skipped, &mut out) {
        // Unreachable: a `Vec` takes every write and these plain structs serialize.
        return format!("{{\"error\": \"could not serialize the output: {error}\"}}\n");
    }
    String::from_utf8(out).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into())
}

/// Serializes the log of `files` into `out`, results made from the findings one at a
/// time, and a final newline.
pub(super) fn write(
    files: &[MaskedFile],
    skipped: Skipped,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let current_dir = std::env::current_dir().ok();
    // One artifact per path: the bodies of a collection follow each other.
    let mut artifacts: Vec<Artifact> = Vec::with_capacity(files.len());
    let mut artifact_of: Vec<usize> = Vec::with_capacity(files.len());
    let mut previous: Option<&str> = None;
    for file in files {
        if previous != Some(file.path.as_str()) || file.item.is_none() {
            artifacts.push(Artifact::of(&file.path, current_dir.as_deref()));
        }
        artifact_of.push(artifacts.len() - 1);
        previous = file.item.as_ref().map(|_| file.path.as_str());
    }
    let mut notifications: Vec<Notification> = files
        .iter()
        .filter_map(|file| {
            omitted_note(file).map(|note| Notification {
                level: "note",
                message: Text {
                    text: match &file.item {
                        Some(item) => format!("{} [{}]: {note}", file.path, item.path),
                        None => format!("{}: {note}", file.path),
                    },
                },
            })
        })
        .collect();
    notifications.extend(skipped.lines().into_iter().map(|text| Notification {
        level: "note",
        message: Text { text },
    }));
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: Code::ALL.iter().map(|&code| Rule::of(code)).collect(),
                },
            },
            invocations: (!notifications.is_empty()).then_some([Invocation {
                execution_successful: true,
                tool_execution_notifications: notifications,
            }]),
            artifacts: &artifacts,
            column_kind: "unicodeCodePoints",
            results: Results {
                files,
                artifacts: &artifacts,
                artifact_of: &artifact_of,
            },
        }],
    };
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, out);
    super::json::write_pretty(&log, &mut buffered)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    #[serde(skip_serializing_if = "Option::is_none")]
    invocations: Option<[Invocation; 1]>,
    artifacts: &'a [Artifact],
    column_kind: &'static str,
    results: Results<'a>,
}

/// How the run went: said only when the finding limit hid findings.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
    /// `false` for a rule that is off unless turned on (`duplicate-target`).
    #[serde(skip_serializing_if = "is_enabled")]
    enabled: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
const fn is_enabled(enabled: &bool) -> bool {
    *enabled
}

impl Rule {
    fn of(code: Code) -> Self {
        let documentation = code.documentation();
        let first_paragraph = documentation.split("\n\n").next().unwrap_or(documentation);
        Self {
            id: code.as_str(),
            name: pascal_case(code.as_str()),
            short_description: Text {
                text: code.summary().to_owned(),
            },
            full_description: Text {
                text: first_paragraph.to_owned(),
            },
            help: Help {
                text: documentation,
                markdown: help_markdown(code),
            },
            default_configuration: Configuration {
                level: level(code.default_severity()),
                enabled: !crate::validate::is_opt_in(code),
            },
        }
    }
}

/// `unknown-property` as `UnknownProperty`.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .flat_map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

/// The rule's documentation as markdown, with its example payload when it has one.
fn help_markdown(code: Code) -> String {
    let mut markdown = format!(
        "**{}** (`{}`, {} by default)\n\n{}\n",
        pascal_case(code.as_str()),
        code.as_str(),
        if crate::validate::is_opt_in(code) {
            "off (a warning when turned on)".to_owned()
        } else {
            code.default_severity().to_string()
        },
        code.documentation()
    );
    if let Some(example) = code.example() {
        let kind = match (example.response, example.payload) {
            (true, _) => " (a store response: `--kind response`)".to_owned(),
            (false, "store" | "") => String::new(),
            (false, payload) => format!(" (`--payload {payload}`)"),
        };
        markdown.push_str(&format!(
            "\nExample{kind}:\n\n```json\n{}\n```\n",
            example.text.trim_end()
        ));
    }
    markdown.push_str(&format!(
        "\n`pingone-store explain {}` prints this help.\n",
        code.as_str()
    ));
    markdown
}

/// A linted file as a SARIF artifact, and how results point at it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact {
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Uri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Text>,
    roles: [&'static str; 1],
    source_language: &'static str,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Uri {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl Artifact {
    fn of(path: &str, current_dir: Option<&Path>) -> Self {
        if path == STDIN {
            return Self {
                location: None,
                description: Some(Text {
                    text: "standard input".to_owned(),
                }),
                roles: ["analysisTarget"],
                source_language: "json",
            };
        }
        Self {
            location: Some(artifact_uri(path, current_dir)),
            description: None,
            roles: ["analysisTarget"],
            source_language: "json",
        }
    }
}

/// The URI of a file shown as `path`: relative to `%SRCROOT%` (the current directory)
/// when it is relative or inside the current directory, else an absolute `file:` URI.
fn artifact_uri(path: &str, current_dir: Option<&Path>) -> Uri {
    let relative = |path: &str| Uri {
        uri: uri_reference(path.trim_start_matches("./")),
        uri_base_id: Some(SRCROOT),
    };
    if !Path::new(path).is_absolute() {
        return relative(path);
    }
    if let Some(inside) = current_dir
        .and_then(|dir| Path::new(path).strip_prefix(dir).ok())
        .and_then(Path::to_str)
    {
        return relative(&inside.replace('\\', "/"));
    }
    let path = path.replace('\\', "/");
    let slash = if path.starts_with('/') { "" } else { "/" };
    Uri {
        uri: format!("file://{slash}{}", uri_reference(&path)),
        uri_base_id: None,
    }
}

/// Every finding of every file, made into a SARIF result as it is serialized.
struct Results<'a> {
    files: &'a [MaskedFile],
    artifacts: &'a [Artifact],
    /// The index in `artifacts` of each file.
    artifact_of: &'a [usize],
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = self.files.iter().map(|file| file.report.len()).sum();
        let mut seq = serializer.serialize_seq(Some(count))?;
        for (file, &index) in self.files.iter().zip(self.artifact_of) {
            let artifact = &self.artifacts[index];
            let uri = artifact
                .location
                .as_ref()
                .map_or(STDIN, |location| location.uri.as_str());
            let key = match &file.item {
                Some(item) => format!("{uri}\0{}", item.path),
                None => uri.to_owned(),
            };
            // How many findings of this file had each code and pointer so far.
            let mut seen: HashMap<u64, usize> = HashMap::new();
            for (at, diagnostic) in file.report.iter().enumerate() {
                let pointer = diagnostic.pointer.to_string();
                let hash = fingerprint_hash(diagnostic.code, &key, &pointer);
                let ordinal = seen.entry(hash).or_insert(0);
                *ordinal += 1;
                seq.serialize_element(&SarifResult::of(
                    diagnostic,
                    match &file.item {
                        // A body's text is not the file's: its ends were found in the file.
                        Some(item) => item.ends.get(at).copied().flatten(),
                        None => file.end_of(at),
                    },
                    ArtifactRef {
                        uri: artifact.location.as_ref(),
                        index,
                        description: artifact.description.as_ref(),
                    },
                    pointer,
                    format!("{hash:016x}:{ordinal}"),
                    file.item.as_ref().map(|item| item.path.as_str()),
                ))?;
            }
        }
        seq.end()
    }
}

/// The hash of a fingerprint: FNV-1a 64 of `v1`, the code, the artifact and the
/// pointer, each followed by a zero byte.
fn fingerprint_hash(code: Code, artifact: &str, pointer: &str) -> u64 {
    [
        b"v1".as_slice(),
        code.as_str().as_bytes(),
        artifact.as_bytes(),
        pointer.as_bytes(),
    ]
    .iter()
    .fold(0xcbf2_9ce4_8422_2325, |hash, part| {
        fnv1a(&[0], fnv1a(part, hash))
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message<'a>,
    locations: [ResultLocation<'a>; 1],
    partial_fingerprints: Fingerprints,
    properties: Properties,
}

#[derive(Serialize)]
struct Message<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation<'a> {
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logical_locations: Option<[LogicalLocation<'a>; 1]>,
}

/// The request of a collection a finding is in.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    name: &'a str,
    fully_qualified_name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactRef<'a>,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactRef<'a> {
    #[serde(flatten)]
    uri: Option<&'a Uri>,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "pingoneStore/v1")]
    v1: String,
}

#[derive(Serialize)]
struct Properties {
    pointer: String,
}

impl<'a> SarifResult<'a> {
    fn of(
        diagnostic: &'a Diagnostic,
        end: Option<Location>,
        artifact: ArtifactRef<'a>,
        pointer: String,
        fingerprint: String,
        item: Option<&'a str>,
    ) -> Self {
        let start = location(diagnostic);
        // An end before the start (a finding without a span) is the start.
        let end = end.filter(|end| *end >= start).unwrap_or(start);
        Self {
            rule_id: diagnostic.code.as_str(),
            rule_index: Code::ALL
                .iter()
                .position(|code| *code == diagnostic.code)
                .unwrap_or_default(),
            level: level(diagnostic.severity),
            message: Message {
                text: &diagnostic.message,
            },
            locations: [ResultLocation {
                physical_location: PhysicalLocation {
                    artifact_location: artifact,
                    region: Region {
                        start_line: start.line,
                        start_column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                    },
                },
                logical_locations: item.map(|item| {
                    [LogicalLocation {
                        name: item.rsplit(" / ").next().unwrap_or(item),
                        fully_qualified_name: item,
                        kind: "resource",
                    }]
                }),
            }],
            partial_fingerprints: Fingerprints { v1: fingerprint },
            properties: Properties { pointer },
        }
    }
}

const fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The path as a URI reference: `/`-separated, every byte other than an unreserved
/// character, `/` or a drive letter's `:` percent-encoded.
fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for (at, byte) in path.bytes().enumerate() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte));
            }
            b':' if at == 1 || (at == 2 && path.starts_with('/')) => uri.push(':'),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("a dir/x.json"), "a%20dir/x.json");
        assert_eq!(uri_reference("é.json"), "%C3%A9.json");
        assert_eq!(uri_reference("a\\xFF.json"), "a%5CxFF.json");
    }

    #[test]
    fn relative_and_inner_absolute_paths_are_relative_to_srcroot() {
        let dir = Path::new("/work/repo");
        let uri = artifact_uri("examples/a.json", Some(dir));
        assert_eq!(
            (uri.uri.as_str(), uri.uri_base_id),
            ("examples/a.json", Some(SRCROOT))
        );
        let uri = artifact_uri("./a b.json", Some(dir));
        assert_eq!(
            (uri.uri.as_str(), uri.uri_base_id),
            ("a%20b.json", Some(SRCROOT))
        );
        let uri = artifact_uri("/work/repo/x/a.json", Some(dir));
        assert_eq!(
            (uri.uri.as_str(), uri.uri_base_id),
            ("x/a.json", Some(SRCROOT))
        );
        let uri = artifact_uri("/elsewhere/a.json", Some(dir));
        assert_eq!(
            (uri.uri.as_str(), uri.uri_base_id),
            ("file:///elsewhere/a.json", None)
        );
    }

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal_case("unknown-property"), "UnknownProperty");
        assert_eq!(pascal_case("syntax"), "Syntax");
    }

    #[test]
    fn fingerprints_depend_on_code_artifact_and_pointer_only() {
        let base = fingerprint_hash(Code::Required, "a.json", "/name");
        assert_eq!(base, fingerprint_hash(Code::Required, "a.json", "/name"));
        assert_ne!(base, fingerprint_hash(Code::Empty, "a.json", "/name"));
        assert_ne!(base, fingerprint_hash(Code::Required, "b.json", "/name"));
        assert_ne!(base, fingerprint_hash(Code::Required, "a.json", "/type"));
        // The zero byte after each part keeps `ab` + `c` apart from `a` + `bc`.
        assert_ne!(
            fingerprint_hash(Code::Required, "a.json/", "x"),
            fingerprint_hash(Code::Required, "a.json", "/x")
        );
    }
}
