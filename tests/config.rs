//! `.pingone-store.toml`: discovery, `--config`, `--no-config`, `[rules]`, `[[kind]]`,
//! and the usage errors of a bad file.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");

/// A request that is valid except for a template variable (a `placeholder` warning).
const TEMPLATED: &str = r#"{
  "name": "Zoom ({{environment}})",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}"#;

/// A store as PingOne returns it: read-only members, which a request may not hold
/// without warnings, and which a response requires.
const RESPONSE: &str = r#"{
  "id": "5ee3a8a6-2c0a-4c8e-9d0f-0b0e4f9f1a11",
  "environment": {"id": "0c5a8f1e-7d2b-4e39-8a41-6f0d2b9c3e77"},
  "createdAt": "2024-05-01T09:30:00Z",
  "updatedAt": "2024-05-01T09:30:00Z",
  "name": "Directory",
  "type": "directory",
  "configuration": {},
  "newMember": true
}"#;

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn status(output: &Output) -> i32 {
    output.status.code().expect("an exit status")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `(path, code, severity)` of every diagnostic of a `--format json` run.
fn findings(output: &Output) -> Vec<(String, String, String)> {
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let mut out = Vec::new();
    for file in value["files"].as_array().expect("files") {
        for diagnostic in file["diagnostics"].as_array().expect("diagnostics") {
            out.push((
                file["path"].as_str().expect("path").to_owned(),
                diagnostic["code"].as_str().expect("code").to_owned(),
                diagnostic["severity"]
                    .as_str()
                    .expect("severity")
                    .to_owned(),
            ));
        }
    }
    out
}

#[test]
fn a_rule_set_to_error_in_the_config_fails_the_run_and_passes_without_it() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(dir.path(), &[("store.json", TEMPLATED)]);
    let without = run_in(dir.path(), &["lint", "store.json"]);
    assert_eq!(
        status(&without),
        0,
        "a template variable is a warning by default"
    );

    write(
        dir.path(),
        &[(".pingone-store.toml", "[rules]\nplaceholder = \"error\"\n")],
    );
    let with = run_in(dir.path(), &["lint", "--format", "json", "store.json"]);
    assert_eq!(status(&with), 1, "{}", stderr(&with));
    assert_eq!(
        findings(&with),
        [(
            "store.json".to_owned(),
            "placeholder".to_owned(),
            "error".to_owned()
        )]
    );

    // Found from a subfolder too, as rustfmt and ruff find theirs.
    write(dir.path(), &[("sub/deeper/keep", "")]);
    let below = run_in(
        &dir.path().join("sub/deeper"),
        &["lint", "../../store.json"],
    );
    assert_eq!(status(&below), 1);

    // `--no-config` reads no file.
    let ignored = run_in(dir.path(), &["lint", "--no-config", "store.json"]);
    assert_eq!(status(&ignored), 0);
}

#[test]
fn a_rule_can_be_turned_off_and_deny_warnings_set_in_the_config() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("store.json", TEMPLATED),
            (".pingone-store.toml", "deny-warnings = true\n"),
        ],
    );
    let denied = run_in(dir.path(), &["lint", "--format", "json", "store.json"]);
    assert_eq!(status(&denied), 1);
    assert_eq!(findings(&denied)[0].2, "error");

    write(
        dir.path(),
        &[(
            ".pingone-store.toml",
            "deny-warnings = true\n[rules]\nplaceholder = \"off\"\n",
        )],
    );
    let off = run_in(dir.path(), &["lint", "--format", "json", "store.json"]);
    assert_eq!(status(&off), 0, "a rule that is off is not reported");
    assert!(findings(&off).is_empty());

    // A flag overrides the file: `--deny-placeholders` over `placeholder = "off"`.
    let flag = run_in(dir.path(), &["lint", "--deny-placeholders", "store.json"]);
    assert_eq!(status(&flag), 1);
}

#[test]
fn kind_entries_apply_the_response_rules_to_the_paths_they_name() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("requests/store.json", TEMPLATED),
            ("responses/2024/store.json", RESPONSE),
        ],
    );
    // As requests, the response's read-only members are warnings and its unknown
    // member an error.
    let plain = run_in(dir.path(), &["lint", "--format", "json", "--no-config"]);
    assert_eq!(status(&plain), 1);

    write(
        dir.path(),
        &[(
            ".pingone-store.toml",
            "[[kind]]\npaths = [\"responses/**\"]\nkind = \"response\"\n",
        )],
    );
    let configured = run_in(dir.path(), &["lint", "--format", "json"]);
    assert_eq!(status(&configured), 0, "{}", stderr(&configured));
    let response_findings: Vec<_> = findings(&configured)
        .into_iter()
        .filter(|(path, ..)| path.starts_with("responses/"))
        .collect();
    let file = "responses/2024/store.json".to_owned();
    let warning = "warning".to_owned();
    assert_eq!(
        response_findings,
        [(file, "unknown-property".to_owned(), warning)]
    );
    // The request folder keeps the request rules.
    let request = run_in(
        dir.path(),
        &["lint", "--format", "json", "requests/store.json"],
    );
    assert_eq!(findings(&request)[0].1, "placeholder");

    // The globs are relative to the configuration file, not to the current folder.
    let from_inside = run_in(&dir.path().join("responses"), &["lint", "2024/store.json"]);
    assert_eq!(status(&from_inside), 0, "{}", stderr(&from_inside));

    // `--kind` overrides the file.
    let forced = run_in(dir.path(), &["lint", "--kind", "request", "responses"]);
    assert_eq!(status(&forced), 1);
}

#[test]
fn a_bad_config_is_a_usage_error_naming_the_file_the_line_and_the_key() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("store.json", TEMPLATED),
            (
                ".pingone-store.toml",
                "deny-warnings = false\n\n[rules]\nplaceholdr = \"error\"\n",
            ),
        ],
    );
    let output = run_in(dir.path(), &["lint", "store.json"]);
    assert_eq!(status(&output), 2);
    assert!(output.stdout.is_empty(), "nothing is linted");
    let message = stderr(&output);
    assert!(
        message.contains(".pingone-store.toml:4:1: `rules.placeholdr`: unknown rule `placeholdr`: did you mean `placeholder`?"),
        "{message}"
    );

    write(
        dir.path(),
        &[(".pingone-store.toml", "deny-warnings = \"yes\"\n")],
    );
    let message = stderr(&run_in(dir.path(), &["lint", "store.json"]));
    assert!(
        message.contains(".pingone-store.toml:1:17: `deny-warnings`: invalid type"),
        "{message}"
    );
}

#[test]
fn config_names_a_file_and_a_missing_one_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("store.json", TEMPLATED),
            ("ci/strict.toml", "[rules]\nplaceholder = \"error\"\n"),
        ],
    );
    let strict = run_in(
        dir.path(),
        &["lint", "--config", "ci/strict.toml", "store.json"],
    );
    assert_eq!(status(&strict), 1);

    let missing = run_in(dir.path(), &["lint", "--config", "nope.toml", "store.json"]);
    assert_eq!(status(&missing), 2);
    assert!(stderr(&missing).contains("nope.toml: could not read the configuration"));

    let both = run_in(
        dir.path(),
        &["lint", "--config", "ci/strict.toml", "--no-config"],
    );
    assert_eq!(status(&both), 2, "the two options conflict");
}

#[test]
fn verbose_names_the_configuration_in_use_on_stderr() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("store.json", TEMPLATED),
            (".pingone-store.toml", "deny-warnings = false\n"),
        ],
    );
    let found = run_in(dir.path(), &["lint", "-v", "store.json"]);
    let config = dir.path().join(".pingone-store.toml");
    assert!(
        stderr(&found).contains(&format!("configuration: {}", config.display())),
        "{}",
        stderr(&found)
    );
    assert!(
        !found.stdout.is_empty(),
        "findings still go to standard output"
    );

    let none = run_in(
        dir.path(),
        &["lint", "--verbose", "--no-config", "store.json"],
    );
    assert!(
        stderr(&none).contains("configuration: none"),
        "{}",
        stderr(&none)
    );

    let quiet = run_in(dir.path(), &["lint", "-v", "-q", "store.json"]);
    assert_eq!(status(&quiet), 2, "--verbose and --quiet conflict");
}

/// A mapping with both `expression` and `sourceAttribute` and no `name`: a `conflict`
/// error as a mapping; as a store, other findings entirely.
const MAPPING_BOTH: &str = r#"{"sourceAttribute": "accountId", "expression": "user.email", "targetAttribute": "userName", "name": "n"}"#;

#[test]
fn payload_kinds_come_from_the_flag_then_the_entry_then_the_name_then_the_shape() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(
        dir.path(),
        &[
            ("by-shape.json", MAPPING_BOTH),
            ("by-name.mapping.json", MAPPING_BOTH),
            ("ldap/body.json", r#"{"LDAP_TYPE": "OpenLDAP"}"#),
            (
                "rules/ambiguous.json",
                r#"{"plan": {"id": "{{planID}}"}, "targetAttribute": "x"}"#,
            ),
        ],
    );
    // No configuration: the name and the shape decide; a metadata body is ambiguous.
    let plain = run_in(dir.path(), &["lint", "--format", "json", "--no-config"]);
    assert_eq!(status(&plain), 1);
    let codes = |output: &Output, file: &str| -> Vec<String> {
        findings(output)
            .into_iter()
            .filter(|(path, ..)| path == file)
            .map(|(_, code, _)| code)
            .collect()
    };
    assert_eq!(codes(&plain, "by-shape.json"), ["conflict"]);
    assert_eq!(codes(&plain, "by-name.mapping.json"), ["conflict"]);
    assert_eq!(codes(&plain, "ldap/body.json"), ["ambiguous-kind"]);
    assert_eq!(codes(&plain, "rules/ambiguous.json"), ["ambiguous-kind"]);

    // A `[[kind]]` entry names the object of a path.
    write(
        dir.path(),
        &[(
            ".pingone-store.toml",
            "[[kind]]\npaths = [\"ldap/*.json\"]\npayload = \"metadata:LdapGateway\"\n\n\
             [[kind]]\npaths = [\"rules/*.json\"]\npayload = \"rule\"\n",
        )],
    );
    let configured = run_in(dir.path(), &["lint", "--format", "json"]);
    assert_eq!(codes(&configured, "ldap/body.json"), ["enum"]);
    assert_eq!(
        codes(&configured, "rules/ambiguous.json"),
        [
            "required",
            "required",
            "required",
            "placeholder",
            "unknown-property"
        ]
    );

    // `--payload` applies to every file, over the entries and the names.
    let forced = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--payload",
            "store",
            "by-name.mapping.json",
        ],
    );
    assert!(
        codes(&forced, "by-name.mapping.json").contains(&"unknown-property".to_owned()),
        "as a store, the mapping's members are unknown"
    );

    // A misspelled payload in the file is a usage error naming the line and the key.
    write(
        dir.path(),
        &[(
            ".pingone-store.toml",
            "[[kind]]\npaths = [\"ldap/*.json\"]\npayload = \"metadata:LDAPGateway\"\n",
        )],
    );
    let bad = run_in(dir.path(), &["lint"]);
    assert_eq!(status(&bad), 2);
    let message = stderr(&bad);
    assert!(
        message.contains(":3:11: `kind.payload`: `LDAPGateway` is not a store type of a metadata request: did you mean `LdapGateway`?"),
        "{message}"
    );
    // An entry must name something.
    write(
        dir.path(),
        &[(
            ".pingone-store.toml",
            "[[kind]]\npaths = [\"ldap/*.json\"]\n",
        )],
    );
    let empty = run_in(dir.path(), &["lint"]);
    assert_eq!(status(&empty), 2);
    assert!(
        stderr(&empty).contains("names neither `kind`"),
        "{}",
        stderr(&empty)
    );
}

#[test]
fn a_rule_response_is_a_response_by_its_id_unless_the_kind_is_given() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let rule = r#"{"id": "12e82a11-26d2-4ca6-b221-0b55fd1200ac", "name": "r", "plan": {"id": "70a2dd92-da36-449b-bd70-6a5955af1364"}, "sourceStore": {"id": "fdad63d8-591c-4cb2-a682-1ce6989ffd88"}, "targetStore": {"id": "4e1b141b-ba0c-4922-a592-c86f2f802b35"}, "deprovision": false}"#;
    write(dir.path(), &[("created.rule.json", rule)]);
    let shaped = run_in(dir.path(), &["lint", "--format", "json", "--no-config"]);
    assert_eq!(status(&shaped), 0);
    assert!(
        findings(&shaped).is_empty(),
        "a response: no read-only, no deprecated"
    );
    let request = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--no-config",
            "--kind",
            "request",
        ],
    );
    let codes: Vec<String> = findings(&request)
        .into_iter()
        .map(|(_, code, _)| code)
        .collect();
    assert_eq!(codes, ["read-only", "deprecated"]);
}
