//! The subcommands and options around `lint`: `explain`, `rules`, `completions`,
//! `--quiet`, and the colour variables.

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR")
        // No configuration file above the repository changes these runs.
        .arg("--no-config");
    command
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

#[test]
fn explain_prints_the_rule_its_default_severity_and_a_checked_example() {
    let output = run(&["explain", "required"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("required: A required member is missing"),
        "{text}"
    );
    assert!(text.contains("default severity: error\n"), "{text}");
    // The keys it applies to, from the declarations, whatever the line breaks.
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(
            "`OAUTH_ACCOUNT_ID` (error, `AUTHENTICATION_METHOD` is `OAuth Bearer Token`)"
        ),
        "{text}"
    );
    assert!(
        flowing.contains("- `Workday`: `password` (error)"),
        "{text}"
    );
    assert!(flowing.contains("`CLIENT_ID` (warning)"), "{text}");
    assert!(
        text.contains("error[required] at `/configuration/SCIM_URL`: missing `SCIM_URL`"),
        "{text}"
    );
    assert!(
        !text.contains("not-a-real-secret"),
        "example secrets are masked too"
    );

    let response = stdout(&run(&["explain", "unknown-property"]));
    assert!(response.contains("default severity: error in requests, warning in responses"));
}

#[test]
fn explain_refuses_an_unknown_code_with_a_suggestion() {
    let output = run(&["explain", "requird"]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("a similar value exists: 'required'"),
        "{message}"
    );
}

#[test]
fn rules_lists_every_code_with_its_default_severities() {
    let output = run(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().take_while(|line| !line.is_empty()).collect();
    assert_eq!(lines.len(), 1 + pingone_store::Code::ALL.len());
    let required = lines
        .iter()
        .find(|line| line.starts_with("required "))
        .expect("required is listed");
    let columns: Vec<&str> = required.split_whitespace().take(5).collect();
    assert_eq!(
        columns,
        ["required", "error", "error", "15", "keys"],
        "a required key the sources disagree on is a warning, and the table says how many"
    );
    let unknown = lines
        .iter()
        .find(|line| line.starts_with("unknown-property "))
        .expect("unknown-property is listed");
    let columns: Vec<&str> = unknown.split_whitespace().take(3).collect();
    assert_eq!(columns, ["unknown-property", "error", "warning"]);
    assert!(lines.iter().any(|line| line.split_whitespace().take(3).eq([
        "placeholder",
        "warning",
        "warning"
    ])));
}

#[test]
fn completions_print_a_script_for_each_shell() {
    let bash = run(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    let script = stdout(&bash);
    assert!(script.contains("complete -F _pingone__store"), "{script}");
    for word in ["lint", "explain", "--deny-warnings", "--no-config"] {
        assert!(script.contains(word), "the bash script knows `{word}`");
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let output = run(&["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{shell}");
        assert!(stdout(&output).contains("pingone-store"), "{shell}");
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn quiet_shows_only_errors_and_the_summary() {
    let file = "examples/payloads/jwt-fake-secret.json";
    let loud = stdout(
        &command(&["lint", "--format", "short", file])
            .output()
            .expect("runs"),
    );
    assert!(loud.contains("warning[deprecated]"), "{loud}");
    let quiet = command(&["lint", "--quiet", "--format", "short", file])
        .output()
        .expect("runs");
    assert_eq!(quiet.status.code(), Some(1), "errors still fail the run");
    let text = stdout(&quiet);
    assert!(!text.contains("warning["), "{text}");
    assert!(text.contains("error[duplicate-key]"), "{text}");

    let human = stdout(&command(&["lint", "-q", file]).output().expect("runs"));
    assert!(!human.contains("warning["), "{human}");
    assert!(
        human
            .trim_end()
            .lines()
            .last()
            .unwrap_or("")
            .starts_with("checked 1 file: 1 invalid")
    );

    // A payload with warnings only: nothing but the summary.
    let warnings_only = stdout(
        &command(&["lint", "-q", "examples/payloads/template-request.json"])
            .output()
            .expect("runs"),
    );
    assert_eq!(
        warnings_only,
        "checked 1 file: 0 invalid, 0 errors, 0 warnings\n"
    );
}

#[test]
fn colour_variables_force_or_refuse_colour_under_auto() {
    let file = "examples/payloads/missing-oauth-keys.json";
    let coloured = |vars: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["lint"];
        all.extend_from_slice(args);
        all.push(file);
        let mut command = command(&all);
        command.env_remove("TERM");
        for (name, value) in vars {
            command.env(name, value);
        }
        stdout(&command.output().expect("runs")).contains('\u{1b}')
    };
    assert!(!coloured(&[], &[]), "a pipe gets no colour");
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!coloured(&[("CLICOLOR_FORCE", "0")], &[]));
    assert!(coloured(&[("FORCE_COLOR", "1")], &[]));
    assert!(coloured(
        &[("FORCE_COLOR", "1"), ("TERM", "dumb"), ("CLICOLOR", "0")],
        &[]
    ));
    assert!(!coloured(&[("FORCE_COLOR", "1")], &["--color", "never"]));
    assert!(!coloured(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], &[]));
    assert!(!coloured(&[("NO_COLOR", "1")], &["--color", "always"]));
}

/// The value of `key:` in `.pre-commit-hooks.yaml` (one hook, flat keys).
fn hook_setting(key: &str) -> String {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.pre-commit-hooks.yaml"
    ))
    .expect("the hook file");
    let prefix = format!("{key}:");
    text.lines()
        .map(|line| line.trim_start_matches(['-', ' ']))
        .find_map(|line| line.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("`{key}` is set"))
        .trim()
        .to_owned()
}

#[test]
fn the_pre_commit_hook_runs_serially_on_payload_files_only() {
    assert_eq!(hook_setting("require_serial"), "true");
    // pre-commit matches `files` with Python's `re.search`; this pattern means the same
    // to the regex crate.
    let files = regex::Regex::new(&hook_setting("files")).expect("a valid pattern");
    for path in [
        "stores/zoom.json",
        "infra/stores/prod/zoom.json",
        "zoom.store.json",
        "a/b/slack.store.json",
        "propagation/zoom.rule.json",
        "zoom-username.mapping.json",
        "ldap.metadata.LdapGateway.json",
        "propagation/pingone-setup.json",
    ] {
        assert!(files.is_match(path), "{path} is linted");
    }
    for path in [
        "package.json",
        "web/package.json",
        "tsconfig.json",
        "package-lock.json",
        "composer.lock",
        ".vscode/settings.json",
        "mystores/x.json",
        "stores/readme.md",
        "rule.json",
        "my-pingone-setup.json",
    ] {
        assert!(!files.is_match(path), "{path} is not linted");
    }
    // The hook builds with `--locked`.
    let entry = hook_setting("entry");
    let script = std::fs::read_to_string(format!("{}/{entry}", env!("CARGO_MANIFEST_DIR")))
        .expect("the hook script");
    assert!(script.contains("cargo build --locked"), "{script}");
}

/// Every store type a rule applies to, by the declarations, is named where `explain`
/// says where the rule applies: the prose is not Zoom's alone.
#[test]
fn explain_names_every_store_type_a_rule_applies_to() {
    use pingone_store::model::decl::{Need, Text, ValueRule};
    use pingone_store::model::declarations::CONFIGURATIONS;
    let flowing = |code: &str| {
        let text = stdout(&run(&["explain", code]));
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let (required, empty) = (flowing("required"), flowing("empty"));
    for (store_type, decl) in CONFIGURATIONS.cases {
        let label = format!("- `{store_type}`: ");
        let needs = decl
            .keys
            .iter()
            .any(|key| matches!(key.need, Need::Required | Need::Doubtful(_)))
            || decl.switch.is_some();
        assert_eq!(
            required.contains(&label),
            needs,
            "{store_type} in:\n{required}"
        );
        let credentials = decl
            .keys
            .iter()
            .any(|key| key.secret || matches!(key.value, ValueRule::Text(Text::NotBlank)));
        assert_eq!(
            empty.contains(&label),
            credentials,
            "{store_type} in:\n{empty}"
        );
    }
}

/// No summary names a store type, and a paragraph of a rule's documentation that names
/// Zoom, other than as a marked example ("for Zoom", "such as Zoom", "(Zoom: ..."), names
/// another type or speaks of store types: Zoom is one example among 14.
#[test]
fn rule_prose_is_not_zoom_only() {
    use pingone_store::Code;
    let others = [
        "store type",
        "scim",
        "Slack",
        "ServiceNow",
        "Workday",
        "LdapGateway",
        "PingOne's",
        "GitHubEMU",
        "Aquera",
    ];
    for &code in Code::ALL {
        assert!(
            !code.summary().contains("Zoom"),
            "{code}: {}",
            code.summary()
        );
        for paragraph in code.documentation().split("\n\n") {
            let unmarked = paragraph
                .replace("for Zoom", "")
                .replace("(Zoom:", "")
                .replace("such as Zoom", "");
            if unmarked.contains("Zoom") {
                assert!(
                    others.iter().any(|other| paragraph.contains(other)),
                    "{code}: a paragraph speaks of Zoom alone: {paragraph}"
                );
            }
        }
    }
}
