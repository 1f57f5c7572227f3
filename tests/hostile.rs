//! Hostile inputs to the binary: file names and keys that carry line breaks and terminal
//! escapes, names that are not UTF-8, a file named `<stdin>`, an unwritable standard
//! error, more findings than the cap, UTF-16 files, masking inputs built to be slow,
//! configuration files that carry workflow commands and escapes, and a configuration
//! file outside the repository.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

#[path = "common/utf16.rs"]
mod utf16;
use utf16::utf16;

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");

/// A request with one error (`type` is not allowed) and a valid rest.
const BROKEN: &str = r#"{"type": "zoom", "name": "n", "configuration": {"SCIM_URL": "https://api.zoom.us/scim2", "AUTHENTICATION_METHOD": "OAuth Bearer Token", "OAUTH_ACCOUNT_ID": "a", "OAUTH_CLIENT_ID": "c", "OAUTH_CLIENT_SECRET": "s", "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"}}"#;

/// [`BROKEN`] with `type` fixed: no finding.
fn valid() -> String {
    BROKEN.replace("\"zoom\"", "\"Zoom\"")
}

/// Runs the binary in `dir` with `stdin` as standard input, NO_COLOR set.
fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

fn status(output: &Output) -> i32 {
    output.status.code().expect("an exit status")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

/// Asserts that no line of `out` starts with text that came from the input (`planted`),
/// that no ESC, BEL, CR or bidi override reaches it, and that `escaped` is shown.
fn assert_defused(format: &str, out: &str, planted: &str, escaped: &str) {
    for line in out.lines() {
        assert!(
            !line.starts_with(planted),
            "{format}: a line starts with input text: {line:?}\n{out}"
        );
    }
    for c in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
        assert!(
            !out.contains(c),
            "{format}: {c:?} reached the output:\n{out}"
        );
    }
    assert!(
        out.contains(escaped),
        "{format}: `{escaped}` not in:\n{out}"
    );
}

#[test]
fn a_file_name_with_a_newline_and_an_escape_is_shown_escaped() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let name = "a\n::error file=x::planted\u{1b}]0;title\u{7}\u{202e}.json";
    std::fs::write(dir.path().join(name), BROKEN).expect("write");
    for format in ["human", "short"] {
        let output = run_in(dir.path(), &["lint", "--format", format, name], b"");
        assert_eq!(status(&output), 1, "{format}");
        assert_defused(
            format,
            &text(&output.stdout),
            "::error",
            r"a\n::error file=x::planted\u{1b}]0;title\u{7}\u{202e}.json",
        );
    }
    // `github` escapes as GitHub documents: every line is one command.
    let output = run_in(dir.path(), &["lint", "--format", "github", name], b"");
    for line in text(&output.stdout).lines() {
        assert!(line.starts_with("::error file=a%0A%3A%3Aerror"), "{line}");
    }
    // `json` and `sarif` stay valid JSON; `json` keeps the name exact.
    let output = run_in(dir.path(), &["lint", "--format", "json", name], b"");
    assert_eq!(json(&output)["files"][0]["path"], name);
    let output = run_in(dir.path(), &["lint", "--format", "sarif", name], b"");
    assert_eq!(json(&output)["version"], "2.1.0");
}

#[test]
fn keys_with_a_newline_and_an_escape_are_shown_escaped() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // JSON escapes that decode to a line break, `::error`, ESC and a bidi override.
    let payload = valid().replacen(
        "{",
        r#"{"x\n::error file=y::planted\u001b[2J\u202e": 1, "#,
        1,
    );
    std::fs::write(dir.path().join("keys.json"), payload).expect("write");
    for format in ["human", "short"] {
        let output = run_in(dir.path(), &["lint", "--format", format, "keys.json"], b"");
        assert_eq!(status(&output), 1, "{format}");
        let out = text(&output.stdout);
        assert_defused(
            format,
            &out,
            "::error",
            r"x\n::error file=y::planted\u{1b}[2J\u{202e}",
        );
        if format == "human" {
            assert!(
                out.contains(r"= note: pointer: `/x\n::error file=y::planted\u{1b}[2J\u{202e}`"),
                "{out}"
            );
        }
    }
    let output = run_in(dir.path(), &["lint", "--format", "json", "keys.json"], b"");
    assert_eq!(
        json(&output)["files"][0]["diagnostics"][0]["pointer"],
        "/x\n::error file=y::planted\u{1b}[2J\u{202e}"
    );
}

#[cfg(unix)]
#[test]
fn two_names_that_differ_only_in_bytes_that_are_not_utf8_stay_two_files() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let broken = std::ffi::OsStr::from_bytes(b"store-\xff.json");
    let fine = std::ffi::OsStr::from_bytes(b"store-\xfe.json");
    std::fs::write(dir.path().join(broken), BROKEN).expect("write");
    std::fs::write(dir.path().join(fine), valid()).expect("write");
    let output = run_in(dir.path(), &["lint", "--format", "json", "."], b"");
    assert_eq!(status(&output), 1, "the broken file is not dropped");
    let value = json(&output);
    let files: Vec<(&str, bool)> = value["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| (f["path"].as_str().expect("path"), f["valid"] == true))
        .collect();
    assert_eq!(
        files,
        [("./store-\\xFE.json", true), ("./store-\\xFF.json", false)]
    );
    let output = run_in(dir.path(), &["lint", "--format", "short", "."], b"");
    assert!(
        text(&output.stdout).starts_with("./store-\\xFF.json:1:10: error[enum]"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn a_file_named_stdin_does_not_hide_standard_input() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("<stdin>"), valid()).expect("write");
    let output = run_in(
        dir.path(),
        &["lint", "--format", "json", "<stdin>", "-"],
        BROKEN.as_bytes(),
    );
    assert_eq!(status(&output), 1, "the broken standard input is linted");
    let value = json(&output);
    let files: Vec<(&str, bool)> = value["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| (f["path"].as_str().expect("path"), f["valid"] == true))
        .collect();
    assert_eq!(files, [("./<stdin>", true), ("<stdin>", false)]);
}

#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_standard_error_or_output_is_status_2_not_a_panic() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens")
    };
    // Something to say on standard error: a path that does not exist.
    let output = Command::new(BIN)
        .args(["lint", "no-such-file.json"])
        .stderr(Stdio::from(full()))
        .stdout(Stdio::piped())
        .output()
        .expect("the binary runs");
    assert_eq!(status(&output), 2);
    // Findings to write on a full standard output; the failure is said on stderr.
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("broken.json"), BROKEN).expect("write");
    let output = Command::new(BIN)
        .args(["lint", "broken.json"])
        .current_dir(dir.path())
        .stdout(Stdio::from(full()))
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs");
    assert_eq!(status(&output), 2);
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("error: could not write the output:"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Both at once: still status 2, still no panic.
    let output = Command::new(BIN)
        .args(["lint", "broken.json", "missing.json"])
        .current_dir(dir.path())
        .stdout(Stdio::from(full()))
        .stderr(Stdio::from(full()))
        .output()
        .expect("the binary runs");
    assert_eq!(status(&output), 2);
}

/// A valid request followed by `n` unknown members, all on one line.
fn many_unknown(n: usize) -> String {
    let mut payload = valid();
    payload.pop();
    for i in 0..n {
        payload.push_str(&format!(",\"member{i:06}\":0"));
    }
    payload.push('}');
    payload
}

#[test]
fn the_finding_cap_hides_the_rest_and_the_summary_counts_every_one() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("many.json"), many_unknown(1500)).expect("write");
    let short = run_in(dir.path(), &["lint", "--format", "short", "many.json"], b"");
    assert_eq!(status(&short), 1);
    let out = text(&short.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1001, "the default cap is 1000 findings");
    assert_eq!(
        lines[1000],
        "many.json: note: 500 more findings not shown, over the limit of 1000 per file (`--max-findings 0` shows every one)"
    );
    let github = run_in(
        dir.path(),
        &["lint", "--format", "github", "many.json"],
        b"",
    );
    let out = text(&github.stdout);
    assert_eq!(out.lines().count(), 1001);
    assert!(
        out.ends_with("::notice file=many.json,title=pingone-store::500 more findings not shown, over the limit of 1000 per file (`--max-findings 0` shows every one)\n"),
        "{}",
        out.lines().last().unwrap_or_default()
    );
    let human = run_in(
        dir.path(),
        &["lint", "--max-findings", "3", "many.json"],
        b"",
    );
    let out = text(&human.stdout);
    assert_eq!(out.matches("error[unknown-property]").count(), 3);
    assert!(
        out.ends_with(
            "note: many.json: 1497 more findings not shown, over the limit of 3 per file (`--max-findings 0` shows every one)\n\n\
             checked 1 file: 1 invalid, 1500 errors, 0 warnings\n"
        ),
        "{out}"
    );
    let all = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--max-findings",
            "0",
            "many.json",
        ],
        b"",
    );
    let value = json(&all);
    assert_eq!(
        value["files"][0]["diagnostics"].as_array().map(Vec::len),
        Some(1500)
    );
    assert_eq!(value["files"][0]["omitted"], 0);
    // As a response, unknown members are warnings: the hidden ones are counted as
    // warnings, and `--deny-warnings` counts them as errors.
    let capped = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--kind",
            "response",
            "--max-findings",
            "10",
            "many.json",
        ],
        b"",
    );
    let value = json(&capped);
    assert_eq!(
        value["files"][0]["diagnostics"].as_array().map(Vec::len),
        Some(10)
    );
    assert_eq!(value["files"][0]["omitted"], 1494);
    assert_eq!(value["summary"]["warnings"], 1500);
    let denied = run_in(
        dir.path(),
        &[
            "lint",
            "--format",
            "json",
            "--max-findings",
            "10",
            "--deny-warnings",
            "--kind",
            "response",
            "many.json",
        ],
        b"",
    );
    assert_eq!(status(&denied), 1);
    assert_eq!(json(&denied)["summary"]["errors"], 1504);
}

#[test]
fn a_long_line_is_shown_as_a_window_around_the_finding() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // One line of about 170 KB: the finding in the middle is shown with about 512
    // characters of its line, cut on both sides, whatever the length of the line.
    let payload = many_unknown(10_000);
    std::fs::write(dir.path().join("long.json"), payload).expect("write");
    let output = run_in(
        dir.path(),
        &["lint", "--max-findings", "0", "long.json"],
        b"",
    );
    let out = text(&output.stdout);
    let block = out
        .split("\n\n")
        .find(|block| block.contains("`member005000`"))
        .expect("the finding is shown");
    let source = block
        .lines()
        .find(|line| line.starts_with("1 | "))
        .expect("a source line");
    assert!(
        source.starts_with("1 | ...") && source.ends_with("..."),
        "{block}"
    );
    // An unknown member's value is hidden; its key is shown.
    assert!(source.contains("\"member005000\":***"), "{block}");
    assert!(source.chars().count() < 200, "{block}");
    let label = block.lines().nth(4).expect("a label line");
    let column = source.find("\"member005000\"").expect("the key");
    assert_eq!(
        label.find('^'),
        Some(column),
        "the label is under the key:\n{block}"
    );
}

// ------------------------------------------------------------------ UTF-16 files

#[test]
fn a_utf16_file_is_an_encoding_error_linted_in_full_at_its_real_places() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let payload = "{\"name\": \"n\",\n  \"type\": \"Zoom\",\n  \"configuration\": {\"API_KEY\": \"zzUTF16zz\", \"X\": 1}}\n";
    std::fs::write(dir.path().join("utf8.json"), payload).expect("write");
    let expected = json(&run_in(
        dir.path(),
        &["lint", "--format", "json", "utf8.json"],
        b"",
    ));
    let expected = expected["files"][0]["diagnostics"]
        .as_array()
        .expect("findings")
        .clone();
    assert!(expected.len() >= 2);
    for (little_endian, bom) in [(true, true), (true, false), (false, true), (false, false)] {
        let name = format!("le{little_endian}-bom{bom}.json");
        std::fs::write(dir.path().join(&name), utf16(payload, little_endian, bom)).expect("write");
        for format in ["human", "short", "json", "sarif", "github", "pingone"] {
            let output = run_in(dir.path(), &["lint", "--format", format, &name], b"");
            assert_eq!(status(&output), 1, "{name} {format}");
            let out = text(&output.stdout);
            assert!(!out.contains("zzUTF16zz"), "{name} {format}:\n{out}");
            assert!(!out.contains('\0'), "{name} {format}:\n{out}");
        }
        let output = run_in(dir.path(), &["lint", "--format", "json", &name], b"");
        let found = json(&output)["files"][0]["diagnostics"].clone();
        let found = found.as_array().expect("findings");
        assert_eq!(found[0]["code"], "encoding", "{name}");
        assert!(
            found[0]["message"]
                .as_str()
                .is_some_and(|m| m.contains("UTF-16"))
        );
        // Every other finding at the line and column of the same text in UTF-8.
        assert_eq!(&found[1..], &expected[..], "{name}");
        let human = text(&run_in(dir.path(), &["lint", &name], b"").stdout);
        assert!(
            human.contains("3 |   \"configuration\": {\"API_KEY\": \"***\""),
            "{human}"
        );
    }
}

// ------------------------------------------------------- every format, both kinds

const FORMATS: [&str; 6] = ["human", "short", "json", "sarif", "github", "pingone"];

/// Runs `lint` on `args` in `dir` in every format and both kinds.
fn every_format(dir: &Path, args: &[&str]) -> Vec<(String, Output)> {
    let mut outputs = Vec::new();
    for kind in ["request", "response"] {
        for format in FORMATS {
            let mut all = vec!["lint", "--kind", kind, "--format", format];
            all.extend_from_slice(args);
            let output = run_in(dir, &all, b"");
            outputs.push((format!("--kind {kind} --format {format}"), output));
        }
    }
    outputs
}

/// The characters no output may carry raw: C0 controls but the line feed, DEL, C1
/// controls, the line and paragraph separators, the bidi controls. The JSON formats write
/// them as `\uXXXX` escapes, which a JSON reader decodes to the same string.
fn assert_no_raw_controls(case: &str, out: &str) {
    for c in out.chars() {
        let control = (c.is_control() && c != '\n')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!control, "{case}: {c:?} reached the output:\n{out}");
    }
    for line in out.lines() {
        assert!(
            !line.starts_with("::warning") || line.contains("title=pingone-store"),
            "{case}: {line}"
        );
    }
}

/// Hostile strings: an OSC 8 hyperlink, BEL, backspace, C1 CSI, a bidi override, U+2028,
/// a workflow command after a line break, `%` and `:` and `,`.
const HOSTILE: [&str; 4] = [
    "\u{1b}]8;;https://evil.example\u{7}click\u{1b}]8;;\u{7}",
    "a\u{8}\u{8}b\u{9b}31m\u{202e}txt.exe",
    "x\u{2028}\n::error file=a,line=1::planted%0A",
    "tab\there\r::warning::cr",
];

#[test]
fn hostile_keys_are_escaped_in_every_format() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (i, hostile) in HOSTILE.iter().enumerate() {
        let key = serde_json::to_string(hostile).expect("a JSON string");
        let payload = valid().replacen('{', &format!("{{{key}: 1, "), 1);
        let name = format!("key{i}.json");
        std::fs::write(dir.path().join(&name), payload).expect("write");
        for (case, output) in every_format(dir.path(), &[&name]) {
            assert_eq!(status(&output), 1, "{case}");
            assert_no_raw_controls(&case, &text(&output.stdout));
        }
    }
}

#[test]
fn hostile_file_names_are_escaped_in_every_format() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for hostile in HOSTILE {
        let name = format!("{}.json", hostile.replace('/', "_"));
        std::fs::write(dir.path().join(&name), BROKEN).expect("write");
        for (case, output) in every_format(dir.path(), &[&name]) {
            assert_eq!(status(&output), 1, "{case}");
            assert_no_raw_controls(&case, &text(&output.stdout));
        }
        // `github` keeps every command on its line with the path in `file=` escaped.
        let output = run_in(dir.path(), &["lint", "--format", "github", &name], b"");
        for line in text(&output.stdout).lines() {
            assert!(
                line.starts_with("::error file=")
                    && !line["::error file=".len()..].contains("::error"),
                "{line}"
            );
        }
    }
}

// ------------------------------------------------------------ configuration files

/// `text` as a TOML basic string: every character but printable ASCII as `\uXXXX`.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            ' '..='~' if c != '"' && c != '\\' => quoted.push(c),
            c => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
        }
    }
    quoted.push('"');
    quoted
}

#[test]
fn configuration_errors_carry_no_workflow_command_or_escape() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    std::fs::write(dir.path().join("store.json"), valid()).expect("write");
    let configs = [
        // An unknown top-level key, quoted with escapes.
        "\"\\n::error file=x::planted\\u001b[2J\\u202e\" = true\n",
        // An unknown rule and an unknown level, with a hyperlink and C1 controls.
        "[rules]\n\"placeholder\\u001b]8;;http://e\\u0007\" = \"error\"\n",
        "[rules]\nplaceholder = \"err\\u009b31m\\u2028\\r::error::or\"\n",
        "[[kind]]\npaths = [\"a\"]\nkind = \"\\n::error::x\\u001b[0m\"\n",
    ];
    // The hostile strings of the key and file-name tests, as an unknown key, an unknown
    // rule and an unknown level.
    let hostile = HOSTILE.iter().flat_map(|text| {
        let quoted = toml_string(text);
        [
            format!("{quoted} = true\n"),
            format!("[rules]\n{quoted} = \"error\"\n"),
            format!("[rules]\nplaceholder = {quoted}\n"),
        ]
    });
    for config in configs.into_iter().map(str::to_owned).chain(hostile) {
        std::fs::write(dir.path().join(".pingone-store.toml"), &config).expect("write");
        for (case, output) in every_format(dir.path(), &["store.json"]) {
            assert_eq!(status(&output), 2, "{case}: {config}");
            let err = text(&output.stderr);
            assert!(err.starts_with("error: "), "{case}: {err}");
            assert_eq!(err.lines().count(), 1, "{case}: {err}");
            assert_no_raw_controls(&case, &err);
        }
    }
    // A configuration named by `--config` whose name holds a line break and an escape.
    let names = HOSTILE.map(|text| format!("{}.toml", text.replace('/', "_")));
    for name in names
        .iter()
        .map(String::as_str)
        .chain(["c\n::error::x\u{1b}[2J.toml"])
    {
        std::fs::write(dir.path().join(name), "deny-warnings = 1\n").expect("write");
        for verbose in [false, true] {
            let mut args = vec!["lint", "--config", name, "store.json"];
            if verbose {
                args.insert(1, "-v");
            }
            let output = run_in(dir.path(), &args, b"");
            assert_eq!(status(&output), 2);
            let err = text(&output.stderr);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert_no_raw_controls("--config", &err);
        }
    }
    let output = run_in(
        dir.path(),
        &["lint", "--config", "c\n::error::x\u{1b}[2J.toml"],
        b"",
    );
    assert!(text(&output.stderr).contains(r"c\n::error::x\u{1b}[2J.toml"));
}

#[test]
fn verbose_escapes_the_path_of_the_configuration_in_use() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let names = HOSTILE.map(|text| text.replace('/', "_"));
    for name in names
        .iter()
        .map(String::as_str)
        .chain(["r\n::error::x\u{1b}[2J"])
    {
        let repo = dir.path().join(name);
        std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
        std::fs::write(repo.join(".pingone-store.toml"), "deny-warnings = true\n").expect("write");
        std::fs::write(repo.join("store.json"), valid()).expect("write");
        let output = run_in(&repo, &["lint", "-v", "store.json"], b"");
        assert_eq!(status(&output), 0);
        let err = text(&output.stderr);
        assert!(
            err.starts_with("configuration: ") && err.lines().count() == 1,
            "{err}"
        );
        assert_no_raw_controls("-v", &err);
    }
    let repo = dir.path().join("r\n::error::x\u{1b}[2J");
    let err = text(&run_in(&repo, &["lint", "-v", "store.json"], b"").stderr);
    assert!(err.contains(r"r\n::error::x\u{1b}[2J"), "{err}");
}

/// A configuration that turns every rule it can off, in a folder above the repository.
const PERMISSIVE: &str =
    "[rules]\nenum = \"off\"\nunknown-property = \"off\"\nrequired = \"off\"\n";

#[test]
fn a_configuration_above_the_repository_root_is_not_read() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join(".pingone-store.toml"), PERMISSIVE).expect("write");
    // `.git` as a folder (a clone) and as a file (a worktree or submodule).
    for (repo, git_is_file) in [("clone", false), ("worktree", true)] {
        let root = dir.path().join(repo);
        let sub = root.join("stores");
        std::fs::create_dir_all(&sub).expect("mkdir");
        if git_is_file {
            std::fs::write(root.join(".git"), "gitdir: /elsewhere\n").expect("write");
        } else {
            std::fs::create_dir(root.join(".git")).expect("mkdir");
        }
        std::fs::write(sub.join("store.json"), BROKEN).expect("write");
        for (case, output) in every_format(&sub, &["store.json"]) {
            assert_eq!(
                status(&output),
                1,
                "{repo} {case}: the parent's file was read"
            );
        }
        let verbose = run_in(&sub, &["lint", "-v", "store.json"], b"");
        assert!(
            text(&verbose.stderr).contains("configuration: none"),
            "{repo}"
        );
        // Inside the repository, the nearest file is still found.
        std::fs::write(root.join(".pingone-store.toml"), PERMISSIVE).expect("write");
        let output = run_in(&sub, &["lint", "store.json"], b"");
        assert_eq!(status(&output), 0, "{repo}: the repository's own file");
    }
    // Outside any repository the walk goes up to the file system's root.
    let plain = dir.path().join("plain");
    std::fs::create_dir(&plain).expect("mkdir");
    std::fs::write(plain.join("store.json"), BROKEN).expect("write");
    assert_eq!(status(&run_in(&plain, &["lint", "store.json"], b"")), 0);
}

// ------------------------------------------------------------ masking cost

/// Inputs built to make masking slow: a secret-looking word followed by `/*`, repeated
/// (the old scan looked for `*/` from each one), and many findings inside one secret
/// object (the old masking looped over the secret's pieces for each finding). Linted in
/// every format, both kinds, with every finding kept: they finish (the time is measured
/// by `benches/scaling.sh`, not here) and show nothing of the secret.
#[test]
fn masking_inputs_built_to_be_slow_finish_and_hide_their_secrets() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let comments = format!(
        "{{\"API_KEY\": \"zzSLOWzz\", {}",
        "API_KEY /* zzSLOWzz ".repeat(20_000)
    );
    std::fs::write(dir.path().join("comments.json"), comments).expect("write");
    let mut duplicates =
        String::from("{\"name\": \"n\", \"type\": \"Zoom\", \"configuration\": {\"API_KEY\": {");
    for i in 0..5_000 {
        duplicates.push_str(&format!("\"zzSLOWzz\": {i}, \"k{i}\": \"zzSLOWzz{i}\", "));
    }
    duplicates.push_str("\"end\": 0}}}");
    std::fs::write(dir.path().join("duplicates.json"), duplicates).expect("write");
    for name in ["comments.json", "duplicates.json"] {
        for (case, output) in every_format(dir.path(), &["--max-findings", "0", name]) {
            assert_eq!(status(&output), 1, "{name} {case}");
            let out = text(&output.stdout);
            assert!(!out.contains("zzSLOWzz"), "{name} {case}");
        }
    }
}
