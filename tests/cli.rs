//! The `pingone-store` binary end to end: formats, exit statuses, inputs, secrets.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");
const PAYLOADS: &str = "examples/payloads";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary in `dir` with `args`, `stdin` as standard input, none of the
/// variables that choose colour.
fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    // The binary may exit before reading everything (size limit): ignore a broken pipe.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(&root(), args, b"")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn status(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("the binary exits with a status")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

/// The codes of the `json` output's diagnostics of its only file.
fn codes(output: &Output) -> Vec<String> {
    let value = json(output);
    value["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics are an array")
        .iter()
        .map(|d| d["code"].as_str().expect("code is a string").to_owned())
        .collect()
}

// ---------------------------------------------------------------- formats

fn snapshot_format(format: &str) -> String {
    let output = run(&["lint", "--format", format, PAYLOADS]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    stdout(&output)
}

#[test]
fn format_human() {
    insta::assert_snapshot!(snapshot_format("human"));
}

#[test]
fn format_short() {
    insta::assert_snapshot!(snapshot_format("short"));
}

#[test]
fn format_json() {
    insta::assert_snapshot!(snapshot_format("json"));
}

#[test]
fn format_sarif() {
    insta::assert_snapshot!(snapshot_format("sarif"));
}

#[test]
fn format_github() {
    insta::assert_snapshot!(snapshot_format("github"));
}

#[test]
fn format_pingone() {
    insta::assert_snapshot!(snapshot_format("pingone"));
}

/// The example setup (examples/propagation: the Workday and Zoom workflows with five
/// planted faults) in every format: the checks across files, each finding at the
/// referring member of the referring file with the other file named.
#[test]
fn setup_in_every_format() {
    for format in ["human", "short", "json", "sarif", "github", "pingone"] {
        let output = run(&["lint", "--format", format, "examples/propagation"]);
        assert_eq!(status(&output), 1, "{format}: {}", stderr(&output));
        assert_eq!(stderr(&output), "", "{format}");
        insta::assert_snapshot!(format!("setup_format_{format}"), stdout(&output));
    }
}

#[test]
fn json_output_has_the_documented_shape() {
    let value = json(&run(&["lint", "--format", "json", PAYLOADS]));
    let keys = |v: &Value| -> Vec<String> {
        let mut keys: Vec<_> = v.as_object().expect("an object").keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&value), ["files", "summary"]);
    assert_eq!(
        keys(&value["summary"]),
        [
            "errors",
            "files",
            "invalid",
            "not_linted",
            "skipped",
            "warnings"
        ]
    );
    let files = value["files"].as_array().expect("files is an array");
    assert_eq!(files.len(), 7);
    let paths: Vec<_> = files
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "files are sorted by path");
    for file in files {
        assert_eq!(keys(file), ["diagnostics", "omitted", "path", "valid"]);
        assert_eq!(file["omitted"], 0, "no file is over the default limit");
        for diagnostic in file["diagnostics"].as_array().expect("an array") {
            assert_eq!(
                keys(diagnostic),
                ["code", "column", "line", "message", "pointer", "severity"]
            );
            assert!(diagnostic["line"].as_u64().is_some_and(|n| n >= 1));
            assert!(diagnostic["column"].as_u64().is_some_and(|n| n >= 1));
            assert!(matches!(
                diagnostic["severity"].as_str(),
                Some("error" | "warning")
            ));
        }
    }
}

#[test]
fn sarif_output_is_valid_against_the_official_schema() {
    // The official schema's `run.language` pattern holds a bare `]`, literal in ECMA
    // regexes but an error for the `regex` crate: escape it, keeping its meaning.
    let text = include_str!("data/sarif-schema-2.1.0.json").replace("{2}]?$", "{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    assert!(
        !validator.is_valid(&serde_json::json!({"version": "2.0.0", "runs": []})),
        "the schema bites"
    );
    for args in [
        vec!["lint", "--format", "sarif", PAYLOADS],
        vec![
            "lint",
            "--format",
            "sarif",
            "examples/payloads/oauth-request.json",
        ],
        vec!["lint", "--format", "sarif", "-"],
        vec!["lint", "--format", "sarif", "--max-findings", "1", PAYLOADS],
        // Logical locations, one artifact for many bodies, a notification.
        vec!["lint", "--format", "sarif", "-e", ENVIRONMENT, COLLECTION],
    ] {
        let output = run_in(&root(), &args, b"{\"name\": 1}");
        let log = json(&output);
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), pingone_store::Code::ALL.len());
        assert!(rules.iter().all(|rule| rule["help"]["text"].is_string()));
        for result in run["results"].as_array().expect("results") {
            let region = &result["locations"][0]["physicalLocation"]["region"];
            assert!(region["startLine"].is_u64() && region["startColumn"].is_u64());
            assert!(result["properties"]["pointer"].is_string());
        }
    }
}

/// The `partialFingerprints` of every result, in order.
fn fingerprints(log: &Value) -> Vec<String> {
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| {
            result["partialFingerprints"]["pingoneStore/v1"]
                .as_str()
                .expect("a fingerprint")
                .to_owned()
        })
        .collect()
}

#[test]
fn sarif_meets_github_code_scanning_upload_requirements() {
    // An absolute path inside the current directory, and relative ones.
    let absolute = root().join("examples/payloads/missing-oauth-keys.json");
    let absolute = absolute.to_str().expect("a UTF-8 path");
    let log = json(&run(&["lint", "--format", "sarif", absolute, PAYLOADS]));
    let sarif_run = &log["runs"][0];
    let driver = &sarif_run["tool"]["driver"];
    assert_eq!(driver["name"], "pingone-store");
    assert_eq!(driver["semanticVersion"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules
        .iter()
        .map(|rule| rule["id"].as_str().expect("id"))
        .collect();
    for rule in rules {
        let name = rule["name"].as_str().expect("a rule name");
        assert!(
            name.starts_with(|c: char| c.is_ascii_uppercase()) && !name.contains('-'),
            "{name}"
        );
        let short = rule["shortDescription"]["text"].as_str().expect("short");
        let full = rule["fullDescription"]["text"].as_str().expect("full");
        assert!(
            !short.is_empty() && !full.is_empty() && short != full,
            "{name}"
        );
        assert!(!rule["help"]["text"].as_str().expect("help text").is_empty());
        let markdown = rule["help"]["markdown"].as_str().expect("help markdown");
        assert!(markdown.contains(&format!("`{}`", rule["id"].as_str().expect("id"))));
        assert!(matches!(
            rule["defaultConfiguration"]["level"].as_str(),
            Some("error" | "warning")
        ));
    }
    let results = sarif_run["results"].as_array().expect("results");
    assert!(results.len() > 5);
    for result in results {
        let rule = result["ruleId"].as_str().expect("ruleId");
        assert!(ids.contains(&rule), "{rule}");
        assert_eq!(
            ids[result["ruleIndex"].as_u64().expect("ruleIndex") as usize],
            rule
        );
        assert!(
            !result["message"]["text"]
                .as_str()
                .expect("message.text")
                .is_empty()
        );
        let physical = &result["locations"][0]["physicalLocation"];
        let uri = physical["artifactLocation"]["uri"].as_str().expect("a uri");
        assert!(
            !uri.starts_with('/') && !uri.contains(':'),
            "relative: {uri}"
        );
        assert!(uri.starts_with("examples/payloads/"), "{uri}");
        assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let region = &physical["region"];
        let number = |key: &str| {
            region[key]
                .as_u64()
                .unwrap_or_else(|| panic!("{key}: {region}"))
        };
        assert!(
            number("startLine") >= 1 && number("startColumn") >= 1,
            "{region}"
        );
        assert!(
            (number("endLine"), number("endColumn"))
                >= (number("startLine"), number("startColumn")),
            "{region}"
        );
        let fingerprint = result["partialFingerprints"]["pingoneStore/v1"]
            .as_str()
            .expect("a fingerprint");
        let (hash, ordinal) = fingerprint.split_once(':').expect("hash:ordinal");
        assert!(
            hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
            "{fingerprint}"
        );
        assert!(
            ordinal.parse::<usize>().is_ok_and(|n| n >= 1),
            "{fingerprint}"
        );
    }
    // Every result has its own fingerprint, the absolute path's findings those of the
    // relative one, and a second run the same ones.
    let all = fingerprints(&log);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    let relative = json(&run(&["lint", "--format", "sarif", PAYLOADS]));
    assert_eq!(
        unique.len(),
        fingerprints(&relative).len(),
        "one fingerprint per finding, the absolute path's being the relative one's"
    );
    assert_eq!(
        fingerprints(&relative),
        fingerprints(&json(&run(&["lint", "--format", "sarif", PAYLOADS])))
    );
}

#[test]
fn sarif_regions_end_where_the_finding_ends_and_fingerprints_survive_moved_lines() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let text = "{\"name\": \"é\", \"type\": \"zoom\", \"X\": 1, \"X\": 2, \"configuration\": {}}\n";
    tree(dir.path(), &[("a.json", text)]);
    let log = json(&run_in(
        dir.path(),
        &["lint", "--format", "sarif", "a.json"],
        b"",
    ));
    let results = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .clone();
    let region = |rule: &str| {
        let result = results
            .iter()
            .find(|r| r["ruleId"] == rule)
            .unwrap_or_else(|| panic!("{rule}"));
        let region = &result["locations"][0]["physicalLocation"]["region"];
        ["startLine", "startColumn", "endLine", "endColumn"]
            .map(|key| region[key].as_u64().expect("a number"))
    };
    // `"zoom"` starts after `{"name": "é", "type": ` (22 characters) and is 6 long.
    assert_eq!(region("enum"), [1, 23, 1, 29]);
    // Moved down by two lines, the findings keep their fingerprints.
    let before = fingerprints(&log);
    tree(dir.path(), &[("a.json", &format!("\n\n{text}"))]);
    let moved = json(&run_in(
        dir.path(),
        &["lint", "--format", "sarif", "a.json"],
        b"",
    ));
    assert_eq!(fingerprints(&moved), before);
    assert_eq!(
        moved["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        3
    );
    // The repeated key's two findings (an unknown member each, one duplicate) differ.
    let unique: std::collections::BTreeSet<&String> = before.iter().collect();
    assert_eq!(unique.len(), before.len(), "{before:?}");
}

#[test]
fn sarif_says_when_the_finding_limit_hid_findings() {
    let log = json(&run(&[
        "lint",
        "--format",
        "sarif",
        "--max-findings",
        "1",
        PAYLOADS,
    ]));
    let notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications")
        .clone();
    assert!(!notes.is_empty());
    for note in notes {
        let text = note["message"]["text"].as_str().expect("a message");
        assert!(
            text.starts_with("examples/payloads/") && text.contains("not shown"),
            "{text}"
        );
    }
    let all = json(&run(&["lint", "--format", "sarif", PAYLOADS]));
    assert!(all["runs"][0]["invocations"].is_null());
}

#[test]
fn sarif_describes_standard_input_as_an_artifact_without_a_file() {
    let output = run_in(
        &root(),
        &["lint", "--format", "sarif", "-"],
        b"{\"name\": 1}",
    );
    let text = stdout(&output);
    assert!(
        !text.contains("%3Cstdin%3E") && !text.contains("<stdin>"),
        "{text}"
    );
    let log = json(&output);
    let artifact = &log["runs"][0]["artifacts"][0];
    assert_eq!(artifact["description"]["text"], "standard input");
    assert!(artifact["location"].is_null(), "{artifact}");
    let location =
        &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(location["index"], 0);
    assert_eq!(location["description"]["text"], "standard input");
    assert!(location["uri"].is_null(), "{location}");
}

#[test]
fn pingone_output_gives_a_body_per_invalid_file_and_null_for_a_valid_one() {
    let value = json(&run(&["lint", "--format", "pingone", PAYLOADS]));
    for file in value["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path");
        let response = &file["response"];
        if path.ends_with("oauth-request.json")
            || path.ends_with("template-request.json")
            || path.ends_with("scim-request.json")
        {
            assert!(response.is_null(), "{path}");
            continue;
        }
        assert_eq!(response["code"], "INVALID_DATA", "{path}");
        let id = response["id"].as_str().expect("id");
        assert_eq!(id.len(), 36);
        for detail in response["details"].as_array().expect("details") {
            assert!(matches!(
                detail["code"].as_str(),
                Some("REQUIRED_VALUE" | "EMPTY_VALUE" | "INVALID_VALUE")
            ));
        }
    }
    // Only errors become details; `status` is an enum with its allowed values.
    let value = json(&run(&[
        "lint",
        "--format",
        "pingone",
        "examples/payloads/missing-oauth-keys.json",
    ]));
    let details = value["files"][0]["response"]["details"]
        .as_array()
        .expect("details")
        .clone();
    assert!(
        details
            .iter()
            .all(|d| d["target"] != "configuration.SCIM_URL"),
        "a warning is not a detail"
    );
    let status = details
        .iter()
        .find(|d| d["target"] == "status")
        .expect("the status detail");
    assert_eq!(
        status["innerError"]["allowedValues"],
        serde_json::json!(["ACTIVE", "INACTIVE"])
    );
    let required = details
        .iter()
        .find(|d| d["target"] == "configuration.OAUTH_ACCOUNT_ID")
        .expect("a required detail");
    assert_eq!(required["code"], "REQUIRED_VALUE");
}

// ---------------------------------------------------------------- exit statuses

#[test]
fn a_valid_file_exits_0() {
    let output = run(&["lint", "examples/payloads/oauth-request.json"]);
    assert_eq!(status(&output), 0);
    assert_eq!(
        stdout(&output),
        "checked 1 file: 0 invalid, 0 errors, 0 warnings\n"
    );
}

#[test]
fn an_error_exits_1() {
    assert_eq!(
        status(&run(&["lint", "examples/payloads/missing-oauth-keys.json"])),
        1
    );
}

#[test]
fn an_unreadable_file_exits_2_and_the_others_are_still_linted() {
    let output = run(&[
        "lint",
        "--format",
        "short",
        "no-such-file.json",
        "examples/payloads/missing-oauth-keys.json",
    ]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).starts_with("error: no-such-file.json: "),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("examples/payloads/missing-oauth-keys.json:4:13: error[enum]")
    );
}

#[test]
fn a_usage_error_exits_2() {
    let output = run(&["lint", "--format", "xml"]);
    assert_eq!(status(&output), 2);
    assert!(stdout(&output).is_empty());
    assert!(stderr(&output).contains("--format"));
    assert_eq!(status(&run(&["lint", "--max-file-size", "lots"])), 2);
    assert_eq!(status(&run(&[])), 2);
    assert_eq!(status(&run(&["--help"])), 0);
}

#[test]
fn deny_warnings_turns_0_into_1() {
    let template = "examples/payloads/template-request.json";
    assert_eq!(status(&run(&["lint", template])), 0);
    let output = run(&["lint", "--deny-warnings", "--format", "json", template]);
    assert_eq!(status(&output), 1);
    assert_eq!(
        json(&output)["files"][0]["diagnostics"][0]["severity"],
        "error"
    );
}

#[test]
fn deny_placeholders_makes_template_variables_errors() {
    let output = run(&[
        "lint",
        "--deny-placeholders",
        "--format",
        "short",
        "examples/payloads/template-request.json",
    ]);
    assert_eq!(status(&output), 1);
    assert!(stdout(&output).contains("error[placeholder]"));
    assert!(!stdout(&output).contains("warning[placeholder]"));
}

#[test]
fn response_kind_accepts_a_response() {
    assert_eq!(
        status(&run(&[
            "lint",
            "--kind",
            "response",
            "tests/fixtures/valid/seed-response.response.json"
        ])),
        0
    );
    assert_eq!(
        status(&run(&[
            "lint",
            "--kind",
            "request",
            "examples/payloads/oauth-request.json"
        ])),
        0
    );
}

#[test]
fn kind_update_makes_a_mapping_without_its_rule_a_warning_and_a_create_stays_silent() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let body = r#"{"sourceAttribute": "username", "targetAttribute": "accountId", "name": "n"}"#;
    std::fs::create_dir_all(dir.path().join("updates")).unwrap();
    std::fs::write(dir.path().join("create.mapping.json"), body).unwrap();
    std::fs::write(dir.path().join("updates/rename.mapping.json"), body).unwrap();
    let short = |args: &[&str]| {
        let output = run_in(dir.path(), args, b"");
        assert_eq!(status(&output), 0, "{}", stderr(&output));
        stdout(&output)
    };
    let missing_rule = "warning[required]: missing `rule` in an update request";
    let created = short(&["lint", "--format", "short", "create.mapping.json"]);
    assert!(!created.contains(missing_rule), "{created}");
    let updated = short(&[
        "lint",
        "--format",
        "short",
        "--kind",
        "update",
        "create.mapping.json",
    ]);
    assert!(
        updated.starts_with(&format!("create.mapping.json:1:1: {missing_rule}")),
        "{updated}"
    );
    // A `[[kind]]` entry says it per path.
    std::fs::write(
        dir.path().join(".pingone-store.toml"),
        "[[kind]]\npaths = [\"updates/**\"]\nkind = \"update\"\n",
    )
    .unwrap();
    let walked = short(&["lint", "--format", "short", "."]);
    assert!(
        walked.contains(&format!("rename.mapping.json:1:1: {missing_rule}")),
        "{walked}"
    );
    assert!(!walked.contains("create.mapping.json:1:1"), "{walked}");
}

// ---------------------------------------------------------------- inputs

#[test]
fn standard_input_is_shown_as_stdin() {
    let payload =
        std::fs::read("examples/payloads/missing-oauth-keys.json").expect("the example exists");
    let output = run_in(&root(), &["lint", "--format", "short", "-"], &payload);
    assert_eq!(status(&output), 1);
    assert!(
        stdout(&output).starts_with("<stdin>:4:13: error[enum]"),
        "{}",
        stdout(&output)
    );
    let valid = std::fs::read("examples/payloads/oauth-request.json").expect("the example exists");
    assert_eq!(status(&run_in(&root(), &["lint", "-"], &valid)), 0);
}

fn tree(dir: &Path, files: &[(&str, &str)]) {
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }
}

fn linted_paths(dir: &Path, args: &[&str]) -> Vec<String> {
    let output = run_in(dir, args, b"");
    json(&output)["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path").to_owned())
        .collect()
}

#[test]
fn directories_are_walked_for_json_honouring_gitignore_in_a_git_repository() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let valid = std::fs::read_to_string("examples/payloads/oauth-request.json")
        .expect("the example exists");
    tree(
        dir.path(),
        &[
            (".gitignore", "ignored.json\nbuild/\n"),
            ("a.json", &valid),
            ("ignored.json", "not json"),
            ("build/out.json", "not json"),
            ("nested/deeper/b.json", &valid),
            ("notes.txt", "not json"),
            (".hidden/c.json", "not json"),
        ],
    );
    // Outside a git repository ripgrep does not read `.gitignore`, and neither do we.
    assert_eq!(
        linted_paths(dir.path(), &["lint", "--format", "json"]),
        [
            "a.json",
            "build/out.json",
            "ignored.json",
            "nested/deeper/b.json"
        ]
    );
    let git = Command::new("git")
        .arg("init")
        .arg("-q")
        .current_dir(dir.path())
        .status()
        .expect("git runs");
    assert!(git.success());
    assert_eq!(
        linted_paths(dir.path(), &["lint", "--format", "json"]),
        ["a.json", "nested/deeper/b.json"]
    );
    assert_eq!(
        linted_paths(dir.path(), &["lint", "--format", "json", "."]),
        ["./a.json", "./nested/deeper/b.json"]
    );
    assert_eq!(
        linted_paths(dir.path(), &["lint", "--format", "json", "nested"]),
        ["nested/deeper/b.json"]
    );
    // A file named on the command line is linted even when ignored.
    assert_eq!(
        linted_paths(dir.path(), &["lint", "--format", "json", "ignored.json"]),
        ["ignored.json"]
    );
    let output = run_in(dir.path(), &["lint"], b"");
    assert_eq!(status(&output), 0, "{}{}", stdout(&output), stderr(&output));
}

#[test]
fn the_linter_never_writes_to_its_inputs() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let contents = "\u{feff}{\"name\": \"x\", \"API_KEY\": \"k\",}";
    tree(dir.path(), &[("a.json", contents)]);
    for format in ["human", "short", "json", "sarif", "github", "pingone"] {
        run_in(dir.path(), &["lint", "--format", format], b"");
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.json")).expect("read"),
        contents
    );
}

// ---------------------------------------------------------------- bad input

/// Lints `bytes` as a file in a temp dir with `--format json` and `extra` arguments.
fn lint_bytes(bytes: &[u8], extra: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("input.json"), bytes).expect("write");
    let mut args = vec!["lint", "--format", "json"];
    args.extend_from_slice(extra);
    args.push("input.json");
    run_in(dir.path(), &args, b"")
}

fn first_diagnostic(output: &Output) -> Value {
    json(output)["files"][0]["diagnostics"][0].clone()
}

#[test]
fn invalid_utf8_is_an_encoding_error() {
    let output = lint_bytes(b"{\n  \"name\": \"caf\xe9\"\n}", &[]);
    assert_eq!(status(&output), 1);
    let diagnostic = first_diagnostic(&output);
    assert_eq!(diagnostic["code"], "encoding");
    assert_eq!(
        (diagnostic["line"].as_u64(), diagnostic["column"].as_u64()),
        (Some(2), Some(15))
    );
}

#[test]
fn a_byte_order_mark_is_accepted_with_a_warning() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes
        .extend(std::fs::read("examples/payloads/oauth-request.json").expect("the example exists"));
    let output = lint_bytes(&bytes, &[]);
    assert_eq!(status(&output), 0);
    assert_eq!(codes(&output), ["byte-order-mark"]);
}

#[test]
fn an_empty_file_is_a_syntax_error() {
    let output = lint_bytes(b"", &[]);
    assert_eq!(status(&output), 1);
    assert_eq!(codes(&output), ["syntax"]);
}

#[test]
fn a_file_over_the_size_limit_is_reported_without_being_read() {
    let output = lint_bytes(&[b' '; 100], &["--max-file-size", "99"]);
    assert_eq!(status(&output), 1);
    assert_eq!(codes(&output), ["too-large"]);
    let diagnostic = first_diagnostic(&output);
    assert_eq!(
        (diagnostic["line"].as_u64(), diagnostic["column"].as_u64()),
        (Some(1), Some(1))
    );
    // At the limit exactly, the file is read.
    assert_eq!(
        codes(&lint_bytes(&[b' '; 99], &["--max-file-size", "99"])),
        ["syntax"]
    );
}

#[test]
fn standard_input_over_the_size_limit_is_too_large() {
    let output = run_in(
        &root(),
        &["lint", "--format", "json", "--max-file-size", "1K", "-"],
        &[b' '; 5000],
    );
    assert_eq!(status(&output), 1);
    assert_eq!(codes(&output), ["too-large"]);
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("deep.json"), vec![b'['; 100_000]).expect("write");
    let output = run_in(dir.path(), &["lint", "deep.json"], b"");
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert!(stdout(&output).contains("error[syntax]"));
    assert_eq!(codes(&lint_bytes(&vec![b'['; 100_000], &[])), ["syntax"]);
}

#[test]
fn common_syntax_mistakes_are_findings_with_a_position() {
    let cases: &[(&str, &[u8], (u64, u64))] = &[
        (
            "two documents",
            b"{\"name\": \"a\"}\n{\"name\": \"b\"}\n",
            (2, 1),
        ),
        ("ruby hash", b"{\"name\"=>\"a\"}", (1, 8)),
        ("trailing comma", b"{\n  \"name\": \"a\",\n}", (2, 14)),
        ("single quotes", b"{'name': 'a'}", (1, 2)),
        (
            "comment",
            b"{\n  // a comment\n  \"name\": \"a\"\n}",
            (2, 3),
        ),
    ];
    for (case, bytes, (line, column)) in cases {
        let output = lint_bytes(bytes, &[]);
        assert_eq!(status(&output), 1, "{case}");
        let diagnostic = first_diagnostic(&output);
        assert_eq!(diagnostic["code"], "syntax", "{case}");
        assert_eq!(diagnostic["pointer"], "", "{case}");
        assert_eq!(
            (diagnostic["line"].as_u64(), diagnostic["column"].as_u64()),
            (Some(*line), Some(*column)),
            "{case}: {diagnostic}"
        );
    }
}

// ---------------------------------------------------------------- secrets

const SECRETS: &[&str] = &[
    "zz-key-7Q3wX9",
    "zz-secret-5Lp2Vb",
    "zz-oauth-8Hr4Tc",
    "zz-ruby-3Fk6Nd",
    "zz-single-2Gm7Ys",
    "zz-dup-9Jx1Qa",
];

#[test]
fn secret_values_never_appear_in_any_format() {
    let dir = tempfile::tempdir().expect("a temp dir");
    tree(
        dir.path(),
        &[
            // Valid apart from the deprecated JWT keys (warnings).
            (
                "jwt.json",
                "{\"name\": \"z\", \"type\": \"Zoom\", \"configuration\": {\"SCIM_URL\": \"https://api.zoom.us/scim2\", \"API_KEY\": \"zz-key-7Q3wX9\", \"API_SECRET\": \"zz-secret-5Lp2Vb\"}}\n",
            ),
            // Invalid: a duplicate secret and an unknown key on the same line as a secret.
            (
                "oauth.json",
                "{\"name\": \"\", \"type\": \"Zoom\", \"configuration\": {\"AUTHENTICATION_METHOD\": \"OAuth Bearer Token\", \"OAUTH_CLIENT_SECRET\": \"zz-oauth-8Hr4Tc\", \"OAUTH_CLIENT_SECRET\": \"zz-dup-9Jx1Qa\", \"X\": 1}}\n",
            ),
            // Unparseable: Ruby hash notation and single quotes.
            (
                "ruby.json",
                "{\"configuration\"=>{\"API_SECRET\"=>\"zz-ruby-3Fk6Nd\"}}\n",
            ),
            (
                "single.json",
                "{'configuration': {'API_KEY': 'zz-single-2Gm7Ys', }}\n",
            ),
        ],
    );
    for format in ["human", "short", "json", "sarif", "github", "pingone"] {
        for args in [
            vec!["lint", "--format", format],
            vec!["lint", "--format", format, "--color", "always"],
        ] {
            let output = run_in(dir.path(), &args, b"");
            assert_eq!(status(&output), 1, "{format}");
            let all = format!("{}{}", stdout(&output), stderr(&output));
            assert!(!all.is_empty());
            for secret in SECRETS {
                assert!(!all.contains(secret), "{format} shows {secret}:\n{all}");
            }
        }
    }
    let human = stdout(&run_in(dir.path(), &["lint"], b""));
    assert!(human.contains("\"API_SECRET\"=>\"***\""), "{human}");
}

// ---------------------------------------------------------------- colour

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let file = "examples/payloads/missing-oauth-keys.json";
    let piped = run(&["lint", file]);
    assert!(
        !stdout(&piped).contains('\u{1b}'),
        "no colour when not a terminal"
    );
    let forced = run(&["lint", "--color", "always", file]);
    assert!(stdout(&forced).contains('\u{1b}'), "--color always colours");
    let no_color = Command::new(BIN)
        .args(["lint", "--color", "always", file])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    assert!(!stdout(&no_color).contains('\u{1b}'), "NO_COLOR wins");
}

// ---------------------------------------------------------------- schema

#[test]
fn schema_check_passes_on_fresh_files_and_fails_on_a_modified_one() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("out");
    let out_dir = out.to_str().expect("a UTF-8 temp path");
    let check = run(&["schema", "--out-dir", out_dir, "--check"]);
    assert_eq!(status(&check), 1, "missing files are reported");
    assert!(stderr(&check).contains("missing: "));
    assert!(!out.exists(), "--check writes nothing");

    let write = run(&["schema", "--out-dir", out_dir]);
    assert_eq!(status(&write), 0, "{}", stderr(&write));
    for file in pingone_store::schema::generate_all() {
        assert_eq!(
            std::fs::read_to_string(out.join(&file.path)).expect("written"),
            file.contents
        );
    }
    assert!(out.join("draft-07").is_dir());
    let check = run(&["schema", "--out-dir", out_dir, "--check"]);
    assert_eq!(status(&check), 0, "{}", stderr(&check));

    let modified = out.join("draft-07/store-request.schema.json");
    std::fs::write(&modified, "{}\n").expect("write");
    let check = run(&["schema", "--out-dir", out_dir, "--check"]);
    assert_eq!(status(&check), 1);
    let message = stderr(&check);
    assert!(
        message.contains(&format!("stale: {}", modified.display())),
        "{message}"
    );
    assert!(
        message.contains("hint: run `pingone-store schema --out-dir"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&modified).expect("read"),
        "{}\n",
        "--check writes nothing"
    );

    assert_eq!(status(&run(&["schema", "--out-dir", out_dir])), 0);
    assert_eq!(
        status(&run(&["schema", "--out-dir", out_dir, "--check"])),
        0
    );
}

// ---------------------------------------------------------------- Postman collections

const COLLECTION: &str = "tests/fixtures/postman/propagation.postman_collection.json";
const ENVIRONMENT: &str = "tests/fixtures/postman/propagation.postman_environment.json";

/// The values of the fixture's environment and auth blocks that are secrets.
const COLLECTION_SECRETS: &[&str] = &[
    "env-admin-secret-27182818",
    "env-access-token",
    "env-scim-password-16180339",
    "pm-folder-auth-secret-9f2c",
];

fn snapshot_collection(format: &str) -> String {
    let output = run(&["lint", "--format", format, "-e", ENVIRONMENT, COLLECTION]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    for secret in COLLECTION_SECRETS {
        assert!(!text.contains(secret), "{format} shows {secret}");
    }
    text
}

#[test]
fn collection_format_human() {
    insta::assert_snapshot!(snapshot_collection("human"));
}

#[test]
fn collection_format_short() {
    insta::assert_snapshot!(snapshot_collection("short"));
}

#[test]
fn collection_format_json() {
    insta::assert_snapshot!(snapshot_collection("json"));
}

#[test]
fn collection_format_sarif() {
    insta::assert_snapshot!(snapshot_collection("sarif"));
}

#[test]
fn collection_format_github() {
    insta::assert_snapshot!(snapshot_collection("github"));
}

#[test]
fn collection_format_pingone() {
    insta::assert_snapshot!(snapshot_collection("pingone"));
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (
        before.matches('\n').count() as u64 + 1,
        before[line_start..].chars().count() as u64 + 1,
    )
}

/// `(item, pointer, line, column)` of every finding of the `json` output.
fn collection_findings(output: &Output) -> Vec<(String, String, u64, u64)> {
    json(output)["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|file| file["diagnostics"].as_array().expect("diagnostics").clone())
        .map(|d| {
            (
                d["item"].as_str().expect("an item").to_owned(),
                d["pointer"].as_str().expect("a pointer").to_owned(),
                d["line"].as_u64().expect("a line"),
                d["column"].as_u64().expect("a column"),
            )
        })
        .collect()
}

#[test]
fn collection_findings_are_at_the_offending_text_of_the_collection_file() {
    let text = std::fs::read_to_string(root().join(COLLECTION)).expect("the fixture");
    let output = run(&["lint", "--format", "json", "-e", ENVIRONMENT, COLLECTION]);
    let findings = collection_findings(&output);
    // Where each offending text starts in the file: a key (after `\"%s\"`, escaped
    // twice in the file, on the same line), values written with a variable and
    // literally, in a request and in a saved response.
    let expected = [
        (
            "Identity Propagation / Stores / Create Zoom store",
            "/status",
            r#"\"{{storeStatus}}\""#,
        ),
        (
            "Identity Propagation / Stores / Create SCIM store",
            "/managed",
            "{{storeManaged}}",
        ),
        (
            "Identity Propagation / Stores / Create SCIM store",
            "/configuration/SCIM_URLL",
            r#"\"SCIM_URLL\""#,
        ),
        (
            "Identity Propagation / Stores / Read one store / 200 OK",
            "/syncStatus/syncState",
            r#"\"DONE\""#,
        ),
    ];
    for (item, pointer, offending) in expected {
        let offset = text
            .find(offending)
            .expect("the offending text is in the file");
        let (line, column) = line_column(&text, offset);
        assert!(
            findings.contains(&(item.to_owned(), pointer.to_owned(), line, column)),
            "no finding at {line}:{column} for {item} {pointer}: {findings:?}"
        );
    }
    assert!(text[..text.find(r#"\"SCIM_URLL\""#).unwrap()].contains(r#"\\\"%s\\\""#));
    // SARIF regions end where the offending text ends in the file.
    let sarif = json(&run(&[
        "lint",
        "--format",
        "sarif",
        "-e",
        ENVIRONMENT,
        COLLECTION,
    ]));
    let key = text.find(r#"\"SCIM_URLL\""#).unwrap();
    let (line, column) = line_column(&text, key);
    let (end_line, end_column) = line_column(&text, key + r#"\"SCIM_URLL\""#.len());
    let region = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| &result["locations"][0]["physicalLocation"]["region"])
        .find(|region| region["startLine"] == line && region["startColumn"] == column)
        .expect("the key's result");
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(end_line), Some(end_column))
    );
}

#[test]
fn collection_variables_resolve_with_an_environment_and_are_placeholders_without() {
    let with = run(&["lint", "--format", "json", "-e", ENVIRONMENT, COLLECTION]);
    let without = run(&["lint", "--format", "json", COLLECTION]);
    let messages = |output: &Output| -> Vec<(String, String)> {
        json(output)["files"]
            .as_array()
            .expect("files")
            .iter()
            .flat_map(|file| file["diagnostics"].as_array().expect("diagnostics").clone())
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let (with, without) = (messages(&with), messages(&without));
    // The status comes from the environment, and is wrong; without it, the variable is.
    assert!(
        with.iter()
            .any(|(code, m)| code == "enum" && m.starts_with("`ENABLED`"))
    );
    assert!(
        without
            .iter()
            .any(|(code, m)| code == "enum" && m.starts_with("`{{storeStatus}}`"))
    );
    let placeholders = |messages: &[(String, String)]| {
        messages
            .iter()
            .filter(|(code, _)| code == "placeholder")
            .count()
    };
    assert!(placeholders(&without) > placeholders(&with));
    // The bare `"managed": {{storeManaged}}` has no value either way: a placeholder,
    // never a syntax error.
    for messages in [&with, &without] {
        assert!(
            !messages.iter().any(|(code, _)| code == "syntax"),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|(code, m)| code == "placeholder" && m.contains("{{storeManaged}}"))
        );
    }
}

#[test]
fn a_collection_counts_once_and_says_what_it_did_not_lint() {
    let output = run(&["lint", "-e", ENVIRONMENT, COLLECTION]);
    let text = stdout(&output);
    assert!(
        text.contains("\nchecked 1 file: 1 invalid, "),
        "the collection is one file: {text}"
    );
    assert!(
        !text.contains("not linted:"),
        "every propagation request of the collection is linted as its kind: {text}"
    );
    assert!(
        text.contains(
            "[Identity Propagation / Rules / Create rule] `id` holds a template variable"
        ),
        "the rule's body is checked as a rule: {text}"
    );
    let verbose = run(&["lint", "-v", "-e", ENVIRONMENT, COLLECTION]);
    let said = stderr(&verbose);
    assert!(
        said.contains("[Authentication / Get admin token]: not a request to the propagation API")
    );
}

#[test]
fn a_bad_environment_file_is_a_usage_error() {
    let output = run(&["lint", "-e", COLLECTION, COLLECTION]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        format!(
            "error: {COLLECTION}: not a Postman environment export: it has no `values` array of `{{key, value, enabled}}`\n"
        )
    );
    let missing = run(&["lint", "-e", "no-such-env.json", COLLECTION]);
    assert_eq!(status(&missing), 2);
    assert!(
        stderr(&missing).starts_with("error: no-such-env.json: could not read the environment: ")
    );
}

// ---------------------------------------------------------------- repositories

/// A valid request: the bundled OAuth example.
fn valid_zoom() -> String {
    std::fs::read_to_string(root().join(PAYLOADS).join("oauth-request.json")).expect("the example")
}

/// A repository as a new user has it: tool configuration beside a folder of payloads.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    let valid = valid_zoom();
    let files: &[(&str, &str)] = &[
        (
            "package.json",
            r#"{"name": "provisioning", "version": "1.0.0", "description": "stores", "type": "module", "scripts": {"lint": "pingone-store lint"}}"#,
        ),
        (
            "tsconfig.json",
            r#"{"compilerOptions": {"strict": true, "target": "es2022"}, "include": ["src"]}"#,
        ),
        (".vscode/settings.json", r#"{"editor.tabSize": 2}"#),
        (
            "schemas/store.schema.json",
            r#"{"$schema": "http://json-schema.org/draft-07/schema#", "title": "Store", "type": "object", "properties": {"name": {"type": "string"}}}"#,
        ),
        ("stores/zoom.json", &valid),
        ("stores/also-zoom.store.json", &valid),
    ];
    for (path, contents) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }
    dir
}

#[test]
fn a_repository_lints_its_payloads_and_skips_its_other_json_files() {
    let dir = repository();
    let output = run_in(dir.path(), &["lint"], b"");
    assert_eq!(status(&output), 0, "{}{}", stdout(&output), stderr(&output));
    // `.vscode` is hidden, so not walked; the other three are skipped.
    assert_eq!(
        stdout(&output),
        "checked 2 files: 0 invalid, 0 errors, 0 warnings\n\
         skipped 3 JSON files that are not PingOne payloads; name a file to lint it anyway\n"
    );
    let summary = &json(&run_in(dir.path(), &["lint", "--format", "json"], b""))["summary"];
    assert_eq!(
        (summary["files"].as_u64(), summary["skipped"].as_u64()),
        (Some(2), Some(3))
    );
    let verbose = stderr(&run_in(dir.path(), &["lint", "-v"], b""));
    assert!(verbose.contains(
        "skipped: package.json: no member of a PingOne payload, and not a Postman collection\n"
    ));
    // A named file is linted whatever it holds.
    let named = run_in(dir.path(), &["lint", "package.json"], b"");
    assert_eq!(status(&named), 1);
    // A hidden folder, named, is walked: its settings are skipped too.
    let hidden = run_in(dir.path(), &["lint", ".vscode"], b"");
    assert_eq!(status(&hidden), 0);
    assert!(stdout(&hidden).contains("skipped 1 JSON file that is not a PingOne payload"));
}

#[test]
fn a_broken_payload_in_a_repository_is_still_found() {
    let dir = repository();
    std::fs::write(
        dir.path().join("stores/broken.json"),
        "{\"name\": \"x\", \"type\": \"Zoom\",",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("stores/typo.json"),
        valid_zoom()
            .replace("\"type\": \"Zoom\"", "\"type\": \"Zooom\"")
            .replace("\"configuration\"", "\"config\""),
    )
    .unwrap();
    let output = run_in(dir.path(), &["lint", "--format", "short"], b"");
    assert_eq!(status(&output), 1);
    let text = stdout(&output);
    assert!(
        text.contains("stores/broken.json:1:30: error[syntax]"),
        "{text}"
    );
    assert!(
        text.contains("stores/typo.json:3:11: error[enum]"),
        "{text}"
    );
    assert!(text.ends_with(
        "note: skipped 3 JSON files that are not PingOne payloads; name a file to lint it anyway\n"
    ));
}

#[test]
fn files_include_and_exclude_choose_what_a_walk_lints() {
    let dir = repository();
    std::fs::write(dir.path().join("stores/broken.json"), "{").unwrap();
    std::fs::create_dir_all(dir.path().join("vendor")).unwrap();
    std::fs::write(dir.path().join("vendor/store.json"), "{").unwrap();
    std::fs::write(
        dir.path().join(".pingone-store.toml"),
        "[files]\nexclude = [\"vendor\", \"stores/broken.json\"]\n",
    )
    .unwrap();
    let output = run_in(dir.path(), &["lint", "-v"], b"");
    assert_eq!(status(&output), 0, "{}", stdout(&output));
    let said = stderr(&output);
    assert!(
        said.contains("skipped: stores/broken.json: matched by `[files] exclude`\n"),
        "{said}"
    );
    assert!(
        said.contains("skipped: vendor/store.json: in a folder matched by `[files] exclude`\n"),
        "{said}"
    );
    // Named, an excluded file is linted.
    assert_eq!(
        status(&run_in(dir.path(), &["lint", "stores/broken.json"], b"")),
        1
    );
    std::fs::write(
        dir.path().join(".pingone-store.toml"),
        "[files]\ninclude = [\"*.store.json\"]\n",
    )
    .unwrap();
    let output = run_in(dir.path(), &["lint", "--format", "json"], b"");
    assert_eq!(status(&output), 0);
    let value = json(&output);
    let files: Vec<&str> = value["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["stores/also-zoom.store.json"]);
}

#[test]
fn item_names_cannot_break_a_line_or_drive_a_terminal() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let collection = serde_json::json!({
        "info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "Folder\n::error file=evil.json::owned",
            "item": [{
                "name": "Create \u{1b}[31mstore\u{202e}",
                "request": {
                    "method": "POST",
                    "url": "https://api.pingone.com/v1/environments/e/propagation/stores",
                    "body": {"mode": "raw", "raw": "{\"name\": \"n\", \"type\": \"Zoom\", \"configuration\": {}, \"x\": 1}"}
                }
            }]
        }]
    });
    std::fs::write(dir.path().join("c.json"), collection.to_string()).expect("write");
    for format in ["human", "short", "github"] {
        let output = run_in(dir.path(), &["lint", "--format", format, "c.json"], b"");
        assert_eq!(status(&output), 1);
        let text = stdout(&output);
        assert!(
            text.contains(
                "Folder\\n::error file=evil.json::owned / Create \\u{1b}[31mstore\\u{202e}"
            ),
            "{format}: {text}"
        );
        assert!(
            !text
                .lines()
                .any(|line| line.starts_with("::error file=evil")),
            "{format}: {text}"
        );
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{format}: {text}"
        );
    }
}
