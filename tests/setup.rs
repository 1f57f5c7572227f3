//! The checks across files (propagation.md A5, A6): a real setup (the Workday-to-PingOne
//! and PingOne-to-Zoom workflows, `tests/setups/workday-and-zoom/`) lints clean in one
//! command; each fault planted in a copy of it is one finding at the referring member,
//! naming the other file; each file alone gets no cross-file finding.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pingone_store::validate::{ObjectKind, Options, PayloadKind, SetupFile, check_setup};
use pingone_store::{Code, Severity};

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");

fn setup_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/setups/workday-and-zoom")
}

/// A copy of the setup in a temporary folder, changed by `plant`.
fn planted(plant: impl FnOnce(&Path)) -> tempfile::TempDir {
    planted_from(&setup_dir(), plant)
}

/// A copy of the folder `from` in a temporary folder, changed by `plant`.
fn planted_from(from: &Path, plant: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    copy(from, dir.path());
    plant(dir.path());
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("the setup folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{}: no `{from}`", path.display());
    std::fs::write(path, text.replace(from, to)).expect("write");
}

fn lint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("lint")
        .args(["--format", "json", "--no-config"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

/// The findings of codes other than `placeholder`: (file, code, severity, pointer, message).
fn findings(output: &Output) -> Vec<(String, String, String, String, String)> {
    findings_at(output, |file, _| {
        file["path"].as_str().expect("path").to_owned()
    })
}

/// The findings of codes other than `placeholder`: (where, code, severity, pointer,
/// message), `place` saying where from the file's entry and the finding.
fn findings_at(
    output: &Output,
    place: impl Fn(&serde_json::Value, &serde_json::Value) -> String,
) -> Vec<(String, String, String, String, String)> {
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let mut out = Vec::new();
    for file in value["files"].as_array().expect("files") {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            let field = |name: &str| d[name].as_str().expect("a string").to_owned();
            if field("code") != "placeholder" {
                out.push((
                    place(file, d),
                    field("code"),
                    field("severity"),
                    field("pointer"),
                    field("message"),
                ));
            }
        }
    }
    out
}

/// The one finding of a planted fault.
fn one(dir: &Path) -> (String, String, String, String, String) {
    let output = lint(dir, &[]);
    let mut found = findings(&output);
    assert_eq!(found.len(), 1, "one finding: {found:#?}");
    found.remove(0)
}

#[test]
fn the_real_setup_lints_clean_in_one_command() {
    let output = lint(&setup_dir(), &[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(findings(&output), []);
}

#[test]
fn a_rule_from_an_outbound_only_store_is_a_direction_error_at_its_source() {
    let dir = planted(|dir| {
        let rule = dir.join("rules/zoom.rule.json");
        edit(&rule, "{{directoryStoreID}}", "{{swap}}");
        edit(&rule, "{{zoomStoreID}}", "{{directoryStoreID}}");
        edit(&rule, "{{swap}}", "{{zoomStoreID}}");
    });
    let (file, code, severity, pointer, message) = one(dir.path());
    assert_eq!(
        (
            file.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        (
            "rules/zoom.rule.json",
            "direction",
            "error",
            "/sourceStore/id"
        )
    );
    assert!(message.contains("`stores/zoom.store.json`"), "{message}");
    assert!(message.contains("outbound provisioning only"), "{message}");
}

#[test]
fn a_rule_to_an_ldap_gateway_needs_its_base_dn_and_rdn_attribute() {
    let dir = planted(|dir| {
        std::fs::write(
            dir.join("stores/zoom.store.json"),
            r#"{"name": "LDAP", "type": "LdapGateway", "status": "ACTIVE"}"#,
        )
        .expect("write");
        edit(
            &dir.join("rules/zoom.rule.json"),
            r#""active": true,"#,
            r#""active": true, "configuration": {"BASE_DN": "ou=people,dc=example,dc=com"},"#,
        );
    });
    let output = lint(dir.path(), &[]);
    let found: Vec<_> = findings(&output)
        .into_iter()
        .filter(|(file, ..)| file.starts_with("rules/"))
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    let (_, code, severity, pointer, message) = &found[0];
    assert_eq!(
        (code.as_str(), severity.as_str(), pointer.as_str()),
        ("required", "error", "/configuration/RDN_ATTRIBUTE")
    );
    assert!(message.contains("`stores/zoom.store.json`"), "{message}");
}

#[test]
fn a_mapping_whose_rule_does_not_exist_is_a_reference_error() {
    let dir = planted(|dir| {
        let setup = dir.join("pingone-setup.json");
        edit(
            &setup,
            r#""file": "mappings/zoom-username.mapping.json", "rule": "zoomRuleID""#,
            r#""file": "mappings/zoom-username.mapping.json""#,
        );
        edit(
            &dir.join("mappings/zoom-username.mapping.json"),
            r#""name": "Zoom user name","#,
            r#""name": "Zoom user name", "rule": {"id": "{{zoomRuleId}}"},"#,
        );
    });
    let output = lint(dir.path(), &[]);
    let found = findings(&output);
    let (file, code, severity, pointer, message) = found
        .iter()
        .find(|(_, code, ..)| code == "reference")
        .expect("a reference finding");
    assert_eq!(
        (
            file.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        (
            "mappings/zoom-username.mapping.json",
            "reference",
            "error",
            "/rule/id"
        )
    );
    assert!(message.contains("`{{zoomRuleId}}`"), "{message}");
    // The rule has lost its mapping: that is the fault's other face.
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].1, "no-mappings");
}

#[test]
fn a_mapping_with_both_expression_and_source_attribute_is_a_conflict() {
    let dir = planted(|dir| {
        edit(
            &dir.join("mappings/zoom-username.mapping.json"),
            r#""sourceAttribute": "email","#,
            r#""sourceAttribute": "email", "expression": "user.email","#,
        );
    });
    let (file, code, _, pointer, _) = one(dir.path());
    assert_eq!(
        (file.as_str(), code.as_str(), pointer.as_str()),
        (
            "mappings/zoom-username.mapping.json",
            "conflict",
            "/expression"
        )
    );
}

#[test]
fn an_active_rule_without_mappings_is_a_warning_at_active() {
    let dir = planted(|dir| {
        std::fs::remove_file(dir.join("mappings/zoom-username.mapping.json")).expect("rm");
        edit(
            &dir.join("pingone-setup.json"),
            r#""zoomUserName": { "file": "mappings/zoom-username.mapping.json", "rule": "zoomRuleID" },"#,
            "",
        );
    });
    let (file, code, severity, pointer, _) = one(dir.path());
    assert_eq!(
        (
            file.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        ("rules/zoom.rule.json", "no-mappings", "warning", "/active")
    );
}

#[test]
fn a_second_plan_is_one_finding_naming_the_first() {
    let dir = planted(|dir| {
        std::fs::write(dir.join("second.plan.json"), r#"{"name": "Second Plan"}"#).expect("write");
    });
    let (file, code, severity, pointer, message) = one(dir.path());
    assert_eq!(
        (
            file.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        ("second.plan.json", "one-plan", "warning", "")
    );
    assert!(message.contains("`plan.plan.json`"), "{message}");
}

#[test]
fn each_file_alone_gets_no_cross_file_finding() {
    let root = setup_dir();
    let mut files = Vec::new();
    collect(&root, &mut files);
    assert!(files.len() >= 10);
    for file in files {
        let relative = file
            .strip_prefix(&root)
            .expect("inside")
            .to_string_lossy()
            .into_owned();
        let output = lint(&root, &[&relative]);
        let across: Vec<_> = findings(&output)
            .into_iter()
            .filter(|(_, code, ..)| code.parse::<Code>().is_ok_and(Code::across_files))
            .collect();
        assert_eq!(across, [], "{relative}");
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn the_library_checks_several_texts_as_one_setup() {
    let store = |name: &str, store_type: &str, id: &str| {
        format!(r#"{{"id": "{id}", "name": "{name}", "type": "{store_type}", "status": "ACTIVE"}}"#)
    };
    let zoom = store("Zoom", "Zoom", "4e1b141b-ba0c-4922-a592-c86f2f802b35");
    let slack = store("Slack", "Slack", "fdad63d8-591c-4cb2-a682-1ce6989ffd88");
    let rule = r#"{"name": "r", "plan": {"id": "70a2dd92-da36-449b-bd70-6a5955af1364"},
        "sourceStore": {"id": "fdad63d8-591c-4cb2-a682-1ce6989ffd88"},
        "targetStore": {"id": "4e1b141b-ba0c-4922-a592-c86f2f802b35"}}"#;
    let files = [
        SetupFile {
            name: "zoom.json",
            text: &zoom,
            object: Some(ObjectKind::Store),
        },
        SetupFile {
            name: "slack.json",
            text: &slack,
            object: Some(ObjectKind::Store),
        },
        SetupFile {
            name: "rule.json",
            text: rule,
            object: None,
        },
    ];
    let reports = check_setup(&files, &Options::new(PayloadKind::Request));
    assert!(reports[0].is_empty() && reports[1].is_empty());
    let found: Vec<_> = reports[2].iter().collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, Code::Direction);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].pointer.to_string(), "/sourceStore/id");
    assert_eq!(found[0].line(), Some(2));
    assert!(
        found[0].message.contains("`slack.json`"),
        "{}",
        found[0].message
    );
    // The plan is not in the setup, which does not declare itself complete: silent.
    // The rule alone says nothing.
    let alone = check_setup(&files[2..], &Options::new(PayloadKind::Request));
    assert!(alone[0].is_empty());
}

/// The library decides a file's kind as the command line does: a setup file among the
/// texts names the kind of the files it lists (propagation.md A4 step 1). Here a rule
/// whose shape is ambiguous (it also holds a mapping's `targetAttribute`) takes part in
/// the setup only when the setup file says it is a rule.
#[test]
fn the_library_reads_the_kind_a_setup_file_gives_a_file() {
    let zoom = r#"{"id": "4e1b141b-ba0c-4922-a592-c86f2f802b35", "name": "Zoom", "type": "Zoom"}"#;
    let slack =
        r#"{"id": "fdad63d8-591c-4cb2-a682-1ce6989ffd88", "name": "Slack", "type": "Slack"}"#;
    let rule = r#"{"name": "r", "targetAttribute": "x",
        "sourceStore": {"id": "fdad63d8-591c-4cb2-a682-1ce6989ffd88"},
        "targetStore": {"id": "4e1b141b-ba0c-4922-a592-c86f2f802b35"}}"#;
    let setup = r#"{"setup": 1, "objects": {"r": {"file": "rules/r.json", "kind": "rule"}}}"#;
    let file = |name, text| SetupFile {
        name,
        text,
        object: None,
    };
    let options = Options::new(PayloadKind::Request);
    let with_setup_file = [
        file("project/stores/zoom.store.json", zoom),
        file("project/stores/slack.store.json", slack),
        file("project/rules/r.json", rule),
        file("project/pingone-setup.json", setup),
    ];
    let reports = check_setup(&with_setup_file, &options);
    let codes: Vec<_> = reports[2]
        .iter()
        .map(|d| (d.code, d.pointer.to_string()))
        .collect();
    assert_eq!(codes, [(Code::Direction, "/sourceStore/id".to_owned())]);
    // Without the setup file the shape decides: ambiguous, so no part in the setup.
    let reports = check_setup(&with_setup_file[..3], &options);
    assert!(reports[2].is_empty(), "{:#?}", reports[2]);
    // A kind given by the caller comes first.
    let mut told = with_setup_file;
    told[2].object = Some(ObjectKind::Mapping);
    let reports = check_setup(&told, &options);
    assert!(
        reports[2].iter().all(|d| d.code != Code::Direction),
        "{:#?}",
        reports[2]
    );
}

#[test]
fn an_active_rule_with_an_inactive_store_or_plan_is_a_warning_naming_it() {
    let dir = planted(|dir| {
        edit(
            &dir.join("stores/zoom.store.json"),
            r#""status": "ACTIVE""#,
            r#""status": "INACTIVE""#,
        );
    });
    let (file, code, severity, pointer, message) = one(dir.path());
    assert_eq!(
        (
            file.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        ("rules/zoom.rule.json", "inactive", "warning", "/active")
    );
    assert!(
        message.contains("target store") && message.contains("`stores/zoom.store.json`"),
        "{message}"
    );

    let dir = planted(|dir| {
        edit(
            &dir.join("plan.plan.json"),
            r#""status": "ACTIVE""#,
            r#""status": "INACTIVE""#,
        );
    });
    let found = findings(&lint(dir.path(), &[]));
    assert_eq!(found.len(), 2, "both active rules: {found:#?}");
    assert!(found.iter().all(|(_, code, ..)| code == "inactive"));
}

#[test]
fn a_workday_rule_needs_its_wid_mapping() {
    let dir = planted(|dir| {
        edit(
            &dir.join("mappings/workday-wid.mapping.json"),
            r#""sourceAttribute": "wid""#,
            r#""sourceAttribute": "employeeID""#,
        );
    });
    let (file, code, _, pointer, message) = one(dir.path());
    assert_eq!(
        (file.as_str(), code.as_str(), pointer.as_str()),
        ("rules/workday.rule.json", "no-mappings", "/active")
    );
    assert!(message.contains("`wid` to `externalId`"), "{message}");
}

#[test]
fn no_setup_checks_each_file_on_its_own() {
    let dir = planted(|dir| {
        std::fs::write(dir.join("second.plan.json"), r#"{"name": "Second Plan"}"#).expect("write");
    });
    let output = lint(dir.path(), &["--no-setup"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(findings(&output), []);
}

#[test]
fn a_setup_file_brings_the_files_it_lists_into_the_run() {
    let output = lint(&setup_dir(), &["pingone-setup.json"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        value["summary"]["files"], 10,
        "the setup file and its nine files"
    );
    // A fault in a listed file is found from the setup file alone.
    let dir = planted(|dir| {
        std::fs::write(dir.join("second.plan.json"), r#"{"name": "Second Plan"}"#).expect("write");
        edit(
            &dir.join("pingone-setup.json"),
            r#""planID": { "file": "plan.plan.json" },"#,
            r#""planID": { "file": "plan.plan.json" }, "secondPlanID": { "file": "./second.plan.json" }, "gone": { "file": "gone.plan.json" },"#,
        );
    });
    let found = findings(&lint(dir.path(), &["pingone-setup.json"]));
    let codes: Vec<(&str, &str)> = found
        .iter()
        .map(|(file, code, ..)| (file.as_str(), code.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("pingone-setup.json", "reference"),
            ("second.plan.json", "one-plan")
        ]
    );
}

#[test]
fn a_file_the_setup_lists_is_linted_as_named_when_a_walk_finds_it() {
    // A walk skips a JSON file with no member of a PingOne payload; one the setup file
    // binds is a payload of the setup, so it is linted (and found wanting) all the same.
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(
        dir.path().join("pingone-setup.json"),
        r#"{"setup": 1, "objects": {"store": {"file": "./listed.json"}}}"#,
    )
    .expect("write");
    for name in ["listed.json", "unlisted.json"] {
        std::fs::write(dir.path().join(name), r#"{"foo": 1}"#).expect("write");
    }
    let linted = |args: &[&str]| -> Vec<String> {
        let value: serde_json::Value =
            serde_json::from_slice(&lint(dir.path(), args).stdout).expect("JSON");
        value["files"]
            .as_array()
            .expect("files")
            .iter()
            .filter(|file| {
                !file["diagnostics"]
                    .as_array()
                    .expect("diagnostics")
                    .is_empty()
            })
            .map(|file| file["path"].as_str().expect("path").to_owned())
            .collect()
    };
    // The walk of the current folder (no path given) finds `listed.json` itself.
    assert_eq!(linted(&[]), ["listed.json"]);
    assert_eq!(linted(&["pingone-setup.json"]), ["listed.json"]);
    assert_eq!(linted(&["--no-setup"]), Vec::<String>::new());
}

#[test]
fn a_setup_file_never_brings_files_from_outside_its_folder() {
    let outer = tempfile::tempdir().expect("a temp dir");
    std::fs::write(
        outer.path().join("secret.txt"),
        "s3cr3t-outside-the-setup\n",
    )
    .expect("write");
    std::fs::write(outer.path().join("outside.json"), "s3cr3t-not-json\n").expect("write");
    let inner = outer.path().join("setup");
    std::fs::create_dir(&inner).expect("mkdir");
    std::fs::write(
        inner.join("pingone-setup.json"),
        r#"{"setup": 1, "objects": {"a": {"file": "../secret.txt"}, "b": {"file": "../outside.json"}, "c": {"file": "/etc/hostname"}}}"#,
    )
    .expect("write");
    let output = Command::new(BIN)
        .args(["lint", "--no-config", "pingone-setup.json"])
        .current_dir(&inner)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("s3cr3t"), "{stdout}");
    assert!(stdout.contains("checked 1 file"), "{stdout}");
    // Each entry is reported as not in the run.
    assert_eq!(stdout.matches("error[reference]").count(), 3, "{stdout}");
}

#[test]
fn duplicate_targets_are_off_by_default_and_a_warning_when_turned_on() {
    use pingone_store::validate::RuleLevel;
    let rule = r#"{"id": "12e82a11-26d2-4ca6-b221-0b55fd1200ac", "name": "r"}"#;
    let mapping = |source: &str| {
        format!(
            r#"{{"rule": {{"id": "12e82a11-26d2-4ca6-b221-0b55fd1200ac"}}, "sourceAttribute": "{source}", "targetAttribute": "userName"}}"#
        )
    };
    let (first, second) = (mapping("email"), mapping("accountId"));
    let files = [
        SetupFile {
            name: "rule.json",
            text: rule,
            object: Some(ObjectKind::Rule),
        },
        SetupFile {
            name: "a.json",
            text: &first,
            object: Some(ObjectKind::Mapping),
        },
        SetupFile {
            name: "b.json",
            text: &second,
            object: Some(ObjectKind::Mapping),
        },
    ];
    let default = check_setup(&files, &Options::new(PayloadKind::Request));
    assert!(default.iter().all(pingone_store::Report::is_empty));
    let on = Options::new(PayloadKind::Request)
        .rule(Code::DuplicateTarget, RuleLevel::Warning)
        .expect("not a fixed rule");
    let reports = check_setup(&files, &on);
    assert!(reports[0].is_empty() && reports[1].is_empty());
    let found: Vec<_> = reports[2].iter().collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, Code::DuplicateTarget);
    assert_eq!(found[0].pointer.to_string(), "/targetAttribute");
    assert!(
        found[0].message.contains("`a.json`"),
        "{}",
        found[0].message
    );
}

fn kinds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/setups/kinds-from-the-setup-file")
}

/// The (file, code, pointer) of every finding but `placeholder`.
fn places(output: &Output) -> Vec<(String, String, String)> {
    findings(output)
        .into_iter()
        .map(|(file, code, _, pointer, _)| (file, code, pointer))
        .collect()
}

#[test]
fn a_setup_file_entry_s_kind_decides_its_file_s_kind() {
    // By shape, `{"LDAP_TYPE": ...}` is an ambiguous store metadata request and the
    // mapping's file name says nothing: the setup file's `kind` decides both, with and
    // without the checks across files.
    for args in [&[][..], &["--no-setup", "."]] {
        let output = lint(&kinds_dir(), args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(findings(&output), [], "{args:?}");
    }
    // Without the setup file in the run, the shape decides.
    let alone = lint(&kinds_dir(), &["metadata"]);
    assert_eq!(
        places(&alone),
        [(
            "metadata/ldap-type.json".to_owned(),
            "ambiguous-kind".to_owned(),
            String::new()
        )]
    );
    let message = &findings(&alone)[0].4;
    assert!(message.contains("`pingone-setup.json`"), "{message}");
}

#[test]
fn a_setup_file_kind_comes_after_the_command_line_and_kind_entries_and_before_the_name() {
    // Before the file name: a name that says `store` does not override the entry.
    let dir = planted_from(&kinds_dir(), |dir| {
        std::fs::rename(
            dir.join("metadata/ldap-type.json"),
            dir.join("metadata/ldap-type.store.json"),
        )
        .expect("rename");
        edit(
            &dir.join("pingone-setup.json"),
            "metadata/ldap-type.json",
            "metadata/ldap-type.store.json",
        );
    });
    assert_eq!(findings(&lint(dir.path(), &[])), []);
    // Whether the metadata file was checked as the kind that requires `pointer`.
    let required_at = |output: &Output, pointer: &str| {
        let place = (
            "metadata/ldap-type.store.json".to_owned(),
            "required".to_owned(),
            pointer.to_owned(),
        );
        assert!(places(output).contains(&place), "{:#?}", findings(output));
    };
    // After `--payload`: the option wins (a mapping without `targetAttribute`).
    required_at(
        &lint(dir.path(), &["--payload", "mapping", "metadata"]),
        "/targetAttribute",
    );
    // After a `[[kind]]` entry's `payload` (read from the folder's configuration).
    std::fs::write(
        dir.path().join(".pingone-store.toml"),
        "[[kind]]\npaths = [\"metadata/**\"]\npayload = \"plan\"\n",
    )
    .expect("write");
    let output = Command::new(BIN)
        .args(["lint", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .expect("the binary runs");
    required_at(&output, "/name");
}

#[test]
fn an_unknown_kind_in_a_setup_file_is_an_enum_error_there_and_the_file_falls_back() {
    let dir = planted_from(&kinds_dir(), |dir| {
        edit(
            &dir.join("pingone-setup.json"),
            "\"kind\": \"mapping\"",
            "\"kind\": \"mappnig\"",
        );
        edit(
            &dir.join("pingone-setup.json"),
            "metadata:LdapGateway",
            "metadata:LDAPGateway",
        );
    });
    let found = findings(&lint(dir.path(), &[]));
    let setup: Vec<_> = found
        .iter()
        .filter(|(file, ..)| file == "pingone-setup.json")
        .map(|(_, code, severity, pointer, message)| {
            (
                code.as_str(),
                severity.as_str(),
                pointer.as_str(),
                message.as_str(),
            )
        })
        .collect();
    assert_eq!(
        setup,
        [
            (
                "enum",
                "error",
                "/objects/ldapMetadata/kind",
                "`metadata:LDAPGateway` is not a payload kind for `kind`: did you mean `metadata:LdapGateway`?"
            ),
            (
                "enum",
                "error",
                "/objects/zoomUserName/kind",
                "`mappnig` is not a payload kind for `kind`: did you mean `mapping`?"
            ),
        ]
    );
    // The metadata file is decided by its shape again: ambiguous. The mapping's shape
    // shows a mapping.
    assert!(
        found
            .iter()
            .any(|(file, code, ..)| file == "metadata/ldap-type.json" && code == "ambiguous-kind"),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .all(|(file, ..)| file != "mappings/zoom-username.json"),
        "{found:#?}"
    );
}

// ---------------------------------------------------------------- a Postman collection

/// A collection holding a whole setup (stores, a plan, a rule, a mapping; each create
/// request's test script sets the id it created), or a copy of it with one fault.
fn collection(name: &str) -> String {
    format!("tests/fixtures/postman/{name}.postman_collection.json")
}

/// The findings of codes other than `placeholder` in a collection:
/// (item, code, severity, pointer, message); `json` output carries each one's `item`.
fn collection_findings(output: &Output) -> Vec<(String, String, String, String, String)> {
    findings_at(output, |_, d| {
        d["item"].as_str().expect("an item").to_owned()
    })
}

/// Asserts that the collection `name`, checked as a setup of its own, has one finding
/// (besides `placeholder` warnings): `(item, code, severity, pointer)`, with a message
/// that says each of `names` (the other item, the variable).
fn one_in_collection(name: &str, expected: (&str, &str, &str, &str), names: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = lint(root, &[&collection(name)]);
    let found = collection_findings(&output);
    let [(item, code, severity, pointer, message)] = found.as_slice() else {
        panic!("one finding: {found:#?}");
    };
    assert_eq!(
        (
            item.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        expected
    );
    for name in names {
        assert!(message.contains(name), "no {name} in: {message}");
    }
}

#[test]
fn a_collection_holding_a_whole_setup_lints_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = lint(root, &[&collection("setup")]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(collection_findings(&output), []);
}

#[test]
fn a_collection_s_rule_from_a_zoom_store_is_a_direction_error_naming_the_store_s_item() {
    one_in_collection(
        "setup-rule-from-a-zoom-store",
        (
            "Identity Propagation / Rules / Create Zoom rule",
            "direction",
            "error",
            "/sourceStore/id",
        ),
        &[
            "the `Zoom` store `Zoom provisioning` (`Identity Propagation / Stores / Create Zoom store`)",
        ],
    );
}

#[test]
fn a_mapping_created_in_what_is_not_a_rule_is_a_reference_error_and_an_unset_rule_is_silent() {
    // The collection also creates a mapping in `{{tenantRuleID}}`, which no script
    // sets: the rule may exist only in the tenant, so that one says nothing.
    one_in_collection(
        "setup-mapping-url-names-no-rule",
        (
            "Identity Propagation / Mappings / Create mapping in the plan",
            "reference",
            "error",
            "",
        ),
        &[
            "`{{planID}}`",
            "`Identity Propagation / Plans / Create plan`",
        ],
    );
}

#[test]
fn a_collection_s_active_rule_without_mappings_is_a_warning_at_active() {
    one_in_collection(
        "setup-active-rule-without-mappings",
        (
            "Identity Propagation / Rules / Create Zoom rule",
            "no-mappings",
            "warning",
            "/active",
        ),
        &[],
    );
}

#[test]
fn a_collection_s_second_plan_is_one_finding_naming_the_first_plan_s_item() {
    one_in_collection(
        "setup-two-plans",
        (
            "Identity Propagation / Plans / Create second plan",
            "one-plan",
            "warning",
            "",
        ),
        &["`Identity Propagation / Plans / Create plan`"],
    );
}

#[test]
fn a_name_two_create_requests_set_binds_neither_and_is_one_warning_naming_both() {
    // The rule's `targetStore.id` is `{{zoomStoreID}}`: with neither item binding it,
    // no direction check runs on it, and no warning says it is unbound.
    one_in_collection(
        "setup-name-set-twice",
        (
            "Identity Propagation / Stores / Create Zoom store again",
            "reference",
            "warning",
            "",
        ),
        &[
            "`zoomStoreID`",
            "`Identity Propagation / Stores / Create Zoom store`",
        ],
    );
}

#[test]
fn no_setup_checks_each_body_of_a_collection_on_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = lint(
        root,
        &["--no-setup", &collection("setup-rule-from-a-zoom-store")],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(collection_findings(&output), []);
}

#[test]
fn a_collection_s_cross_file_finding_in_human_output() {
    let output = Command::new(BIN)
        .args(["lint", "--no-config", "--color", "never"])
        .arg(collection("setup-rule-from-a-zoom-store"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8(output.stdout).expect("UTF-8"));
}

#[test]
fn a_collection_s_two_plans_in_the_environment_its_urls_resolve_to_are_an_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let environment = "tests/fixtures/postman/propagation.postman_environment.json";
    let output = lint(root, &["-e", environment, &collection("setup-two-plans")]);
    let found = collection_findings(&output);
    let [(item, code, severity, _, message)] = found.as_slice() else {
        panic!("one finding: {found:#?}");
    };
    assert_eq!(
        (item.as_str(), code.as_str(), severity.as_str()),
        (
            "Identity Propagation / Plans / Create second plan",
            "one-plan",
            "error"
        )
    );
    assert!(
        message.contains("both are in the same environment"),
        "{message}"
    );
    // The environment's id itself is not shown.
    assert!(!message.contains("abfba8f6"), "{message}");
}

#[test]
fn a_literal_id_resolves_to_the_item_whose_bound_name_has_it_as_its_value() {
    // The rule names its source by the id a previous run set in `zoomStoreID`.
    let id = "6b0c1f8e-2d4a-4c3b-9e5f-7a8b9c0d1e2f";
    let dir = planted_from(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postman"),
        |dir| {
            edit(
                &dir.join("setup-rule-from-a-zoom-store.postman_collection.json"),
                "{{zoomStoreID}}",
                id,
            );
            let values = format!(
                r#"{{"name": "e", "values": [{{"key": "zoomStoreID", "value": "{id}"}}]}}"#
            );
            std::fs::write(dir.join("e.json"), values).expect("write");
        },
    );
    let collection = "setup-rule-from-a-zoom-store.postman_collection.json";
    let with = collection_findings(&lint(dir.path(), &["-e", "e.json", collection]));
    let [(item, code, _, pointer, message)] = with.as_slice() else {
        panic!("one finding: {with:#?}");
    };
    assert_eq!(
        (item.as_str(), code.as_str(), pointer.as_str()),
        (
            "Identity Propagation / Rules / Create Zoom rule",
            "direction",
            "/sourceStore/id"
        )
    );
    assert!(
        message.contains("`Identity Propagation / Stores / Create Zoom store`"),
        "{message}"
    );
    // Without the value, the literal names an object of the tenant: nothing to say.
    assert_eq!(collection_findings(&lint(dir.path(), &[collection])), []);
}

/// The findings of `name` (codes other than `placeholder`) with their line and column
/// in the collection file: (item, code, pointer, line, column, message).
fn placed_in_collection(name: &str) -> Vec<(String, String, String, u64, u64, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = lint(root, &[&collection(name)]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let mut out = Vec::new();
    for file in value["files"].as_array().expect("files") {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            let field = |name: &str| d[name].as_str().expect("a string").to_owned();
            if field("code") != "placeholder" {
                let number = |name: &str| d[name].as_u64().expect("a number");
                out.push((
                    field("item"),
                    field("code"),
                    field("pointer"),
                    number("line"),
                    number("column"),
                    field("message"),
                ));
            }
        }
    }
    out
}

/// The line and column (1-based, in characters) where `needle` starts on the first
/// line of the collection `name` that holds `on_line`.
fn place_of(name: &str, on_line: &str, needle: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(collection(name)).expect("the collection");
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains(on_line))
        .expect("the line");
    let column = line[..line.find(needle).expect("the needle")]
        .chars()
        .count()
        + 1;
    (index as u64 + 1, column as u64)
}

#[test]
fn a_name_set_twice_is_placed_at_the_later_item_s_setter_call() {
    let name = "setup-name-set-twice";
    let found = placed_in_collection(name);
    let [(item, code, pointer, line, column, _)] = found.as_slice() else {
        panic!("one finding: {found:#?}");
    };
    assert_eq!(
        (item.as_str(), code.as_str(), pointer.as_str()),
        (
            "Identity Propagation / Stores / Create Zoom store again",
            "reference",
            ""
        )
    );
    // The second item's script (the first one's says the same with another quote).
    let text = std::fs::read_to_string(collection(name)).expect("the collection");
    let setter = "pm.collectionVariables.set('zoomStoreID'";
    let second = text.match_indices(setter).nth(1).expect("two setters").0;
    let line_start = text[..second].rfind('\n').map_or(0, |at| at + 1);
    assert_eq!(
        (*line, *column),
        (
            text[..second].matches('\n').count() as u64 + 1,
            text[line_start..second].chars().count() as u64 + 1
        )
    );
}

#[test]
fn a_mapping_url_naming_what_is_not_a_rule_is_placed_at_the_url_s_rule_segment() {
    let name = "setup-mapping-url-names-no-rule";
    let found = placed_in_collection(name);
    let [(item, code, pointer, line, column, _)] = found.as_slice() else {
        panic!("one finding: {found:#?}");
    };
    assert_eq!(
        (item.as_str(), code.as_str(), pointer.as_str()),
        (
            "Identity Propagation / Mappings / Create mapping in the plan",
            "reference",
            ""
        )
    );
    let raw = "/propagation/rules/{{planID}}/mappings";
    assert_eq!((*line, *column), place_of(name, raw, "{{planID}}"));
}

#[test]
fn a_rule_s_plan_is_its_url_s_when_its_body_names_none() {
    // The URL's plan is a store's name: a `reference` error at the URL's segment.
    let name = "setup-rule-plan-from-url-names-a-store";
    let found = placed_in_collection(name);
    let references: Vec<_> = found.iter().filter(|f| f.1 == "reference").collect();
    let [(item, _, pointer, line, column, message)] = references.as_slice() else {
        panic!("one reference finding: {found:#?}");
    };
    assert_eq!(
        (item.as_str(), pointer.as_str()),
        (
            "Identity Propagation / Rules / Create Zoom rule",
            "/plan/id"
        )
    );
    let raw = "/propagation/plans/{{zoomStoreID}}/rules";
    assert_eq!((*line, *column), place_of(name, raw, "{{zoomStoreID}}"));
    assert!(
        message.starts_with("the URL's plan (the body has no `plan`) names the `Zoom` store"),
        "{message}"
    );
    assert!(
        message.contains("`Identity Propagation / Stores / Create Zoom store`"),
        "{message}"
    );
    // The checks of the rule's plan read the URL's: an active rule in an inactive plan.
    let found = placed_in_collection("setup-rule-plan-from-url-inactive");
    let inactive: Vec<_> = found.iter().filter(|f| f.1 == "inactive").collect();
    let [(_, _, pointer, _, _, message)] = inactive.as_slice() else {
        panic!("one inactive finding: {found:#?}");
    };
    assert_eq!(pointer, "/active");
    assert!(
        message.contains("`Identity Propagation / Plans / Create plan`"),
        "{message}"
    );
    // A plan no item binds may exist only in the tenant: nothing across the bodies.
    let found = placed_in_collection("setup-rule-plan-from-url-unbound");
    let codes: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    // The body without `plan` is still a per-body `required` error, and only that.
    assert_eq!(codes, ["required"]);
}

/// A folder with a setup file binding two stores as files, and collections of the rest.
fn collection_and_files_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/setups/collection-and-store-files")
}

#[test]
fn a_setup_file_adds_its_files_to_a_collection_s_setup() {
    let dir = collection_and_files_dir();
    let clean = lint(
        &dir,
        &[
            "pingone-setup.json",
            "rules-and-mappings.postman_collection.json",
        ],
    );
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(collection_findings(&clean), []);
    // The rule's source is the Zoom store the setup file binds, as a file.
    let collection = "rule-from-a-zoom-store.postman_collection.json";
    let output = lint(&dir, &["pingone-setup.json", collection]);
    let found = findings_at(&output, |file, d| {
        format!(
            "{} [{}]",
            file["path"].as_str().unwrap_or(""),
            d["item"].as_str().unwrap_or("")
        )
    });
    let [(place, code, severity, pointer, message)] = found.as_slice() else {
        panic!("one finding: {found:#?}");
    };
    assert_eq!(
        (
            place.as_str(),
            code.as_str(),
            severity.as_str(),
            pointer.as_str()
        ),
        (
            "rule-from-a-zoom-store.postman_collection.json [Identity Propagation / Rules / Create Zoom rule]",
            "direction",
            "error",
            "/sourceStore/id"
        )
    );
    assert!(message.contains("(`stores/zoom.store.json`)"), "{message}");
    // Without the setup file the store is not in the collection's setup: silent.
    assert_eq!(collection_findings(&lint(&dir, &[collection])), []);
    // `--no-setup`: no setup at all.
    let alone = lint(&dir, &["--no-setup", "pingone-setup.json", collection]);
    assert_eq!(collection_findings(&alone), []);
}

/// A setup file adds the files it lists, not every payload file of the run: a store
/// file the setup file does not list is not in the collection's setup, even where a rule
/// of the collection names its `id`.
#[test]
fn a_file_the_setup_file_does_not_list_is_not_in_a_collection_s_setup() {
    let id = "5d2c8f0e-3b1a-4c6d-9e7f-1a2b3c4d5e6f";
    let collection = "rules-and-mappings.postman_collection.json";
    let dir = planted_from(&collection_and_files_dir(), |dir| {
        let store =
            format!(r#"{{"id": "{id}", "name": "Zoom two", "type": "Zoom", "status": "ACTIVE"}}"#);
        std::fs::write(dir.join("stores/zoom-two.store.json"), store).expect("write");
        edit(&dir.join(collection), "{{directoryStoreID}}", id);
    });
    let args = [
        "pingone-setup.json",
        "stores/zoom-two.store.json",
        collection,
    ];
    // The collection's findings only: the store file has its own (`read-only` `id`).
    let codes_in_collection = || -> Vec<String> {
        findings_at(&lint(dir.path(), &args), |file, _| {
            file["path"].as_str().unwrap_or("").to_owned()
        })
        .into_iter()
        .filter(|found| found.0 == collection)
        .map(|found| found.1)
        .collect()
    };
    assert_eq!(codes_in_collection(), Vec::<String>::new());
    // Listed, it is the rule's source: a rule from a Zoom store.
    edit(
        &dir.path().join("pingone-setup.json"),
        r#""objects": {"#,
        r#""objects": { "zoomTwoID": { "file": "stores/zoom-two.store.json" },"#,
    );
    assert_eq!(codes_in_collection(), ["direction"]);
}

#[test]
fn a_name_the_setup_file_binds_is_its_own_even_where_a_script_sets_it() {
    // A second Zoom store item of the collection sets `directoryStoreID`, which the
    // setup file binds to the directory store file: the rule's source is that file's.
    let dir = collection_and_files_dir();
    let collection = "script-sets-a-name-the-setup-file-binds.postman_collection.json";
    let with = lint(&dir, &["pingone-setup.json", collection]);
    assert_eq!(with.status.code(), Some(0));
    assert_eq!(collection_findings(&with), []);
    // Without the setup file the scripts bind both: a rule from a Zoom store.
    let without = collection_findings(&lint(&dir, &[collection]));
    let codes: Vec<&str> = without.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(codes, ["direction"], "{without:#?}");
}

#[test]
fn a_rule_s_url_plan_variable_resolves_by_its_value_when_no_item_binds_it() {
    // The URL names `{{tenantPlanID}}`, which no script sets; its value is the one the
    // plan item's `planID` has: the rule is in that (inactive) plan.
    let id = "0f6e3c1a-9b7d-4e2f-8a5c-3d1b7e9f2a64";
    let name = "setup-rule-plan-from-url-inactive.postman_collection.json";
    let dir = planted_from(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postman"),
        |dir| {
            edit(
                &dir.join(name),
                "plans/{{planID}}/rules",
                "plans/{{tenantPlanID}}/rules",
            );
            // The URL's `path` array, which is read before `raw`.
            edit(&dir.join(name), "\"{{planID}}\",", "\"{{tenantPlanID}}\",");
            let values = format!(
                r#"{{"name": "e", "values": [{{"key": "planID", "value": "{id}"}}, {{"key": "tenantPlanID", "value": "{id}"}}]}}"#
            );
            std::fs::write(dir.join("e.json"), values).expect("write");
        },
    );
    let codes = |args: &[&str]| -> Vec<String> {
        collection_findings(&lint(dir.path(), args))
            .into_iter()
            .map(|found| found.1)
            .collect()
    };
    assert_eq!(codes(&["-e", "e.json", name]), ["required", "inactive"]);
    // Without the value, the plan may exist only in the tenant.
    assert_eq!(codes(&[name]), ["required"]);
}

#[test]
fn a_finding_placed_outside_the_body_has_its_region_there_in_sarif_and_human() {
    let name = "setup-name-set-twice";
    let text = std::fs::read_to_string(collection(name)).expect("the collection");
    let setter = "pm.collectionVariables.set('zoomStoreID'";
    let at = text.match_indices(setter).nth(1).expect("two setters").0;
    let line = text[..at].matches('\n').count() + 1;
    let column = text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at]
        .chars()
        .count()
        + 1;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sarif = Command::new(BIN)
        .args([
            "lint",
            "--no-config",
            "--format",
            "sarif",
            &collection(name),
        ])
        .current_dir(root)
        .output()
        .expect("the binary runs");
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    let results = log["runs"][0]["results"].as_array().expect("results");
    let reference = results
        .iter()
        .find(|result| result["ruleId"] == "reference")
        .expect("the reference finding");
    let region = &reference["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endLine"],
            &region["endColumn"]
        ),
        (
            &serde_json::json!(line),
            &serde_json::json!(column),
            &serde_json::json!(line),
            &serde_json::json!(column + setter.chars().count())
        )
    );
    let human = Command::new(BIN)
        .args(["lint", "--no-config", "--color", "never", &collection(name)])
        .current_dir(root)
        .output()
        .expect("the binary runs");
    let human = String::from_utf8(human.stdout).expect("UTF-8");
    let heading = format!("--> {}:{line}:{column}\n", collection(name));
    let after = &human[human.find(&heading).expect("the heading") + heading.len()..];
    // No source line: the entry's text is the body, which does not hold the script.
    assert!(after.starts_with(" = note: pointer: ``"), "{after}");
}
