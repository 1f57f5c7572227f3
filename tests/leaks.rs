//! No value the declarations do not allow reaches any output: every way a secret's
//! value used to leak, as fixture files run through the binary in every format and both
//! kinds, the library's `Report` forms, a property test that plants a random marker in
//! any value the declarations do not show, and one that plants it in a Postman
//! environment's value filling a secret key and in a collection's `auth` blocks; and
//! the checks across files, whose messages name other files and objects.
//!
//! The fixtures (`tests/fixtures/leaks/<class>/<case>.json`) hold `zzLEAKzz` or the
//! number `987654321` where output must not show it; the classes are:
//! 1. `escaped-key`: the key written with JSON escapes (`"OAUTH_CLIENT_\u0053ECRET"`);
//! 2. `wrong-type`: the value is a number, an array or an object;
//! 3. `earlier-quote`: a quote earlier on the line, or a raw CR inside the secret;
//! 4. `separator`: text that does not parse, with a comment, `=`, `,` or nothing
//!    between key and value, an unquoted value, Ruby symbols, bare keys;
//! 5. `misspelled-key`: `OAUTH_CLIENT_SECERT`, `apiKey`, `API-KEY`...;
//! 6. `utf16`: UTF-16 files, little- and big-endian, with and without a byte order mark;
//! 7. `empty-string-before`: an empty string before the secret in text that does not
//!    parse (`""hunter2"`, `"""..."""`, `''...'`, `"" "..."`, `"a" + "b"`);
//! 8. `unknown-secret-name`: keys no name test knows (`Authorization`, `pwd`, `jwt`,
//!    `client_assertion`...) and a PEM private key under `description`;
//! 9. `non-ascii-name`: `paßword`, `\x53`, a key cut by invalid UTF-8, full-width letters;
//! 10. `quote-inside-secret`: a raw quote inside the secret in text that does not parse;
//! 11. `report-display`: a duplicate key inside a secret or unknown object, an unknown
//!     member under a secret-named link (also checked in the `Report`'s own forms).

use std::path::{Path, PathBuf};
use std::process::Command;

use pingone_store::report::render::{Format, LintedFile, MaskedFile, RenderOptions, render};
use pingone_store::{Options, PayloadKind, source_text, validate_bytes, validate_str};
use proptest::prelude::*;

#[path = "common/utf16.rs"]
mod utf16;
use utf16::utf16;

const BIN: &str = env!("CARGO_BIN_EXE_pingone-store");
const MARKERS: [&str; 2] = ["zzLEAKzz", "987654321"];
const FORMATS: [&str; 6] = ["human", "short", "json", "sarif", "github", "pingone"];
const CLASSES: [&str; 11] = [
    "escaped-key",
    "wrong-type",
    "earlier-quote",
    "separator",
    "misspelled-key",
    "utf16",
    "empty-string-before",
    "unknown-secret-name",
    "non-ascii-name",
    "quote-inside-secret",
    "report-display",
];

fn fixtures(class: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/leaks")
        .join(class);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    files.sort();
    files
}

#[test]
fn every_leak_class_has_two_cases_or_more() {
    for class in CLASSES {
        let files = fixtures(class);
        assert!(files.len() >= 2, "{class}: {files:?}");
        for file in files {
            let bytes = std::fs::read(&file).expect("a fixture");
            let text = source_text(&bytes);
            assert!(
                MARKERS.iter().any(|marker| text.contains(marker)),
                "{} holds no marker",
                file.display()
            );
        }
    }
}

#[test]
fn no_fixture_leaks_its_secret_in_any_format_or_kind() {
    for class in CLASSES {
        for file in fixtures(class) {
            let name = file.file_name().expect("a name").to_string_lossy();
            for kind in ["request", "response"] {
                for format in FORMATS {
                    let output = Command::new(BIN)
                        .args([
                            "lint", "--kind", kind, "--format", format, "--color", "always",
                        ])
                        .arg(&file)
                        .output()
                        .expect("the binary runs");
                    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
                    let stderr = String::from_utf8(output.stderr).expect("UTF-8 errors");
                    let case = format!("{class}/{name} --kind {kind} --format {format}");
                    for marker in MARKERS {
                        assert!(
                            !stdout.contains(marker) && !stderr.contains(marker),
                            "{case} shows {marker}:\n{stdout}{stderr}"
                        );
                    }
                    // Otherwise sane: findings on stdout, nothing on stderr, exit 0 or 1.
                    let code = output.status.code().expect("an exit status");
                    assert!(code == 0 || code == 1, "{case}: exit {code}\n{stderr}");
                    assert!(stderr.is_empty(), "{case}: {stderr}");
                    assert!(stdout.contains(&*name), "{case}: no path in\n{stdout}");
                    if matches!(format, "json" | "sarif" | "pingone") {
                        let value: serde_json::Value = serde_json::from_str(&stdout)
                            .unwrap_or_else(|error| panic!("{case}: {error}\n{stdout}"));
                        if format == "json" {
                            let findings = &value["files"][0]["diagnostics"];
                            assert!(
                                findings.as_array().is_some_and(|all| !all.is_empty()),
                                "{case}: no finding\n{stdout}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_misspelled_secret_in_a_response_is_a_warning_and_still_hidden() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/leaks/misspelled-key/camel-case-api-key.json");
    let output = Command::new(BIN)
        .args(["lint", "--kind", "response", "--format", "short"])
        .arg(&file)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    assert!(
        stdout.contains("warning[unknown-property]: unknown member `apiKey`"),
        "{stdout}"
    );
    assert!(!stdout.contains("zzLEAKzz"), "{stdout}");
}

#[test]
fn a_report_s_display_debug_and_serde_forms_hold_no_hidden_key() {
    for file in fixtures("report-display") {
        let text = std::fs::read_to_string(&file).expect("a fixture");
        for report in [
            validate_str(&text, Options::request()),
            validate_str(&text, Options::response()),
        ] {
            assert!(!report.is_empty(), "{}", file.display());
            let forms = [
                report.to_string(),
                format!("{report:?}"),
                serde_json::to_string(&report).expect("serializes"),
            ];
            for form in forms {
                assert!(!form.contains("zzLEAKzz"), "{}: {form}", file.display());
            }
        }
    }
}

// ------------------------------------------------------------- checks across files

/// Copies `from` into `to`, with every string member of a store, plan, rule or mapping
/// whose declaration does not show its value (at the root, in an object the root
/// declares, in a store's configuration by its type) replaced by a numbered `zzLEAKzz`; returns how many were planted.
fn plant_in_hidden_members(from: &Path, to: &Path) -> usize {
    use pingone_store::model::decl::{ObjectDecl, ValueRule};
    use pingone_store::model::declarations::{MAPPING, PLAN, RULE, STORE};
    use serde_json::Value;

    fn plant(value: &mut Value, decl: &ObjectDecl, planted: &mut usize) {
        let selector = |by: &str| value.get(by).and_then(Value::as_str).map(str::to_owned);
        let selected: Vec<_> = decl
            .keys
            .iter()
            .filter_map(|key| match key.value {
                ValueRule::SelectedBy(selection) => {
                    Some((key.name, selector(selection.by)?, selection))
                }
                _ => None,
            })
            .collect();
        let Some(members) = value.as_object_mut() else {
            return;
        };
        for (key, case, selection) in selected {
            let child = selection.cases.iter().find(|(name, _)| *name == case);
            if let (Some(member), Some((_, child))) = (members.get_mut(key), child) {
                plant(member, child, planted);
            }
        }
        for (key, member) in members {
            let Some(declared) = decl.keys.iter().find(|k| k.name == key) else {
                continue;
            };
            match (member, declared.value) {
                (Value::String(text), _) if !declared.shows_value() => {
                    *planted += 1;
                    *text = format!("zzLEAKzz{planted}");
                }
                (member @ Value::Object(_), ValueRule::Object(child)) => {
                    plant(member, child, planted);
                }
                _ => {}
            }
        }
    }

    let mut planted = 0;
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("the example setup") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            planted += plant_in_hidden_members(&path, &target);
            continue;
        }
        let name = path.to_string_lossy();
        let decl = [
            (".store.json", &STORE),
            (".plan.json", &PLAN),
            (".rule.json", &RULE),
            (".mapping.json", &MAPPING),
        ]
        .into_iter()
        .find_map(|(suffix, decl)| name.ends_with(suffix).then_some(decl));
        let text = std::fs::read_to_string(&path).expect("read");
        let text = match decl {
            Some(decl) => {
                let mut value: Value = serde_json::from_str(&text).expect("JSON");
                plant(&mut value, decl, &mut planted);
                serde_json::to_string_pretty(&value).expect("serializes")
            }
            None => text,
        };
        std::fs::write(target, text).expect("write");
    }
    planted
}

/// The checks across files write their own messages (naming the other file and what it
/// holds): they too quote only values the declarations show. The example setup, with
/// every hidden member of every object marked and a copy of a mapping (same target:
/// `duplicate-target`, switched on), is linted in every format.
#[test]
fn findings_across_files_quote_no_hidden_value() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let setup = dir.path().join("setup");
    let planted = plant_in_hidden_members(Path::new("examples/propagation"), &setup);
    assert!(
        planted >= 10,
        "only {planted} hidden members in the example"
    );
    std::fs::copy(
        setup.join("mappings/zoom-username.mapping.json"),
        setup.join("mappings/zoom-user-name-again.mapping.json"),
    )
    .expect("copy");
    let entry = r#""zoomUserNameAgain": { "file": "mappings/zoom-user-name-again.mapping.json", "rule": "zoomRuleID" },"#;
    let setup_file = setup.join("pingone-setup.json");
    let text = std::fs::read_to_string(&setup_file).expect("read");
    std::fs::write(
        &setup_file,
        text.replacen(r#""objects": {"#, &format!(r#""objects": {{ {entry}"#), 1),
    )
    .expect("write");
    std::fs::write(
        setup.join(".pingone-store.toml"),
        "[rules]\nduplicate-target = \"warning\"\n",
    )
    .expect("write");
    for format in FORMATS {
        let output = Command::new(BIN)
            .current_dir(&setup)
            .args(["lint", "--format", format, "."])
            .output()
            .expect("the binary runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
        assert_eq!(output.status.code(), Some(1), "{format}: {stdout}");
        // `pingone` writes PingOne's error bodies, which carry no code of ours.
        let codes = [
            "direction",
            "no-mappings",
            "one-plan",
            "duplicate-target",
            "reference",
        ];
        for code in codes.iter().filter(|_| format != "pingone") {
            assert!(
                stdout.contains(code),
                "{format}: no `{code}` finding in\n{stdout}"
            );
        }
        assert!(
            !stdout.contains("zzLEAKzz"),
            "{format} shows a hidden value:\n{stdout}"
        );
    }
}

/// A collection is a setup of its own, and the checks across its bodies write their own
/// messages too: a secret member's value from the environment that is also the name of
/// the store a rule names (so the direction message would quote it) appears in no
/// format's output.
#[test]
fn findings_across_a_collection_s_bodies_quote_no_secret_value() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let fixture = "tests/fixtures/postman/setup-rule-from-a-zoom-store.postman_collection.json";
    let text = std::fs::read_to_string(fixture).expect("the fixture");
    let named = r#"\"name\": \"Zoom provisioning\""#;
    assert!(text.contains(named), "the Zoom store's name");
    let collection = dir.path().join("c.postman_collection.json");
    std::fs::write(
        &collection,
        text.replace(named, r#"\"name\": \"{{zoomClientSecret}}\""#),
    )
    .expect("write");
    let environment = dir.path().join("e.postman_environment.json");
    let values = r#"{"name": "e", "values": [{"key": "zoomClientSecret", "value": "zzLEAKzz-client-secret", "type": "secret", "enabled": true}]}"#;
    std::fs::write(&environment, values).expect("write");
    for format in FORMATS {
        let output = Command::new(BIN)
            .current_dir(dir.path())
            .args(["lint", "--no-config", "--format", format, "-e"])
            .args([&environment, &collection])
            .output()
            .expect("the binary runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
        assert_eq!(output.status.code(), Some(1), "{format}: {stdout}");
        if format != "pingone" {
            assert!(
                stdout.contains("direction"),
                "{format}: no `direction` finding in\n{stdout}"
            );
        }
        assert!(
            !stdout.contains("zzLEAKzz"),
            "{format} shows a secret:\n{stdout}"
        );
    }
}

// ------------------------------------------------------------------- property test

/// The secret keys of the model, as the property test spells them.
const SECRET_KEYS: [&str; 11] = [
    "OAUTH_CLIENT_SECRET",
    "API_KEY",
    "API_SECRET",
    "ACCESS_TOKEN",
    "BASIC_AUTH_PASSWORD",
    "ClientSecret",
    "OAUTH_ACCESS_TOKEN",
    "OAUTH_REFRESH_TOKEN",
    "CLIENT_SECRET",
    "Administrator_Password",
    "password",
];

#[test]
fn the_test_s_keys_are_the_model_s() {
    let mut model = pingone_store::model::secret_keys().to_vec();
    let mut here = SECRET_KEYS.to_vec();
    model.sort_unstable();
    here.sort_unstable();
    assert_eq!(model, here);
}

/// Keys whose values the declarations do not show, though they are no secrets: free
/// text (`description`, `details`), identifiers of free form, keys no declaration has.
const HIDDEN_KEYS: [&str; 10] = [
    "description",
    "details",
    "OAUTH_CLIENT_ID",
    "OAUTH_ACCOUNT_ID",
    "BASIC_AUTH_USER",
    "USER_FILTER",
    "Authorization",
    "pwd",
    "zqextra",
    "client_assertion",
];

/// A key whose value output may not show, spelled in the JSON text (without quotes):
/// a secret key or another hidden key, exact, with one character written as a `\u`
/// escape, with two neighbours swapped, one letter dropped, in camel case, or with `-`
/// for `_`.
fn key_spelling() -> impl Strategy<Value = String> {
    (
        0..SECRET_KEYS.len() + HIDDEN_KEYS.len(),
        0..6usize,
        any::<prop::sample::Index>(),
    )
        .prop_map(|(key, how, at)| {
            let key = SECRET_KEYS
                .get(key)
                .copied()
                .unwrap_or_else(|| HIDDEN_KEYS[key - SECRET_KEYS.len()]);
            let chars: Vec<char> = key.chars().collect();
            let i = at.index(chars.len() - 1);
            match how {
                0 => key.to_owned(),
                1 => chars
                    .iter()
                    .enumerate()
                    .map(|(j, c)| {
                        if j == i {
                            format!("\\u{:04X}", u32::from(*c))
                        } else {
                            c.to_string()
                        }
                    })
                    .collect(),
                2 => {
                    let mut swapped = chars.clone();
                    swapped.swap(i, i + 1);
                    swapped.into_iter().collect()
                }
                3 => {
                    let mut dropped = chars.clone();
                    dropped.remove(i);
                    dropped.into_iter().collect()
                }
                4 => key
                    .split('_')
                    .enumerate()
                    .map(|(j, part)| {
                        let lower = part.to_lowercase();
                        if j == 0 {
                            lower
                        } else {
                            let mut c = lower.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect())
                                .unwrap_or_default()
                        }
                    })
                    .collect(),
                _ => key.replace('_', "-"),
            }
        })
}

/// A secret's value holding `marker` (letters, or digits for a number), of any JSON
/// type; some of them broken on purpose (a raw CR, an unquoted value, `\"` at the end).
fn secret_value(marker: String, digits: String) -> impl Strategy<Value = (String, String)> {
    (0..10usize).prop_map(move |how| {
        let value = match how {
            0 => format!("\"{marker}\""),
            1 => digits.clone(),
            2 => format!("[\"{marker}\", {digits}]"),
            3 => format!("{{\"k\": \"{marker}\"}}"),
            4 => format!("{{\"{marker}\": 1, \"{marker}\": 2}}"),
            5 => format!("[{{\"a\": [\"{marker}\"]}}]"),
            6 => format!("\"x\r{marker}\""),
            7 => marker.clone(),
            8 => format!("\"{marker}\\\""),
            _ => format!("'{marker}'"),
        };
        let shown = if how == 1 {
            digits.clone()
        } else {
            marker.clone()
        };
        (value, shown)
    })
}

/// How the key and value are joined: `:` (JSON), `=>`, `=`, `,`, nothing, a comment.
const SEPARATORS: [&str; 7] = [": ", ":", " => ", " = ", ", ", " ", " /* c */ : "];

/// How the key is quoted: JSON's double quotes, single quotes, none, a Ruby symbol.
fn quoted_key(key: &str, how: usize) -> String {
    match how {
        0..=2 => format!("\"{key}\""),
        3 => format!("'{key}'"),
        4 => key.to_owned(),
        _ => format!(":{key}"),
    }
}

/// A syntax fault, of those the parser has a hint for, put before the secret member
/// (`before`) or after it (`after`).
const FAULTS: [(&str, &str); 30] = [
    ("", ""),
    ("", ""),
    ("", ""),
    ("\"n\": 'single', ", ""),
    ("/* it's a \"comment */ ", ""),
    ("// a \"comment\n", ""),
    ("\"name\"=>\"z\", ", ""),
    ("\"name\": \"open, ", ""),
    ("\"p\": \"C:\\dir\\\", ", ""),
    ("\"n\": +1, ", ""),
    ("\"n\": .5, ", ""),
    ("\"n\": 01, ", ""),
    ("\"n\": True, ", ""),
    ("\"n\": NaN, ", ""),
    ("\"n\": \"a\\x\", ", ""),
    ("\"n\": \"\\ud800\", ", ""),
    ("\"n\": \"tab\tin\", ", ""),
    ("n: 1, ", ""),
    ("\"n\": 1 ", ""),
    ("", ", "),
    ("", "} trailing"),
    ("", ", \"open"),
    ("\"n\": -, ", ""),
    ("\"n\": 1., ", ""),
    ("\"n\": 1e, ", ""),
    ("\"n\": None, ", ""),
    ("\"n\": \"\\u12\", ", ""),
    ("\u{feff}", ""),
    (
        "\"deep\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[, ",
        "",
    ),
    ("", "} {}"),
];

/// `text` as UTF-8 (`encoding` 0 or 1) or as UTF-16, little- or big-endian, with or
/// without a byte order mark (2 to 5).
fn encode(text: &str, encoding: usize) -> Vec<u8> {
    if encoding < 2 {
        return text.as_bytes().to_vec();
    }
    utf16(text, encoding.is_multiple_of(2), encoding >= 4)
}

/// A payload holding the marker where output may not show it: a Zoom request with the
/// member at the top, inside `configuration`, in an unknown member's array or in a
/// link, a syntax fault or none, on one line or several, in UTF-8 or UTF-16.
fn payload() -> impl Strategy<Value = (Vec<u8>, String)> {
    (
        "[a-z]{4}[A-Z]{4}[a-z]{4}",
        "[1-9][0-9]{11}",
        key_spelling(),
        0..6usize,
        0..SEPARATORS.len(),
        0..FAULTS.len(),
        0..4usize,
        any::<bool>(),
        any::<bool>(),
        0..6usize,
    )
        .prop_flat_map(
            |(marker, digits, key, quoting, separator, fault, depth, pretty, truncate, encoding)| {
                secret_value(format!("zz{marker}zz"), digits).prop_map(move |(value, shown)| {
                    let (before, after) = FAULTS[fault];
                    let member = format!(
                        "{before}{}{}{value}{after}",
                        quoted_key(&key, quoting),
                        SEPARATORS[separator]
                    );
                    let newline = if pretty { "\n  " } else { " " };
                    let inner = match depth {
                        0 => format!(
                            "\"configuration\": {{\"SCIM_URL\": \"https://api.zoom.us/scim2\",{newline}{member}}}"
                        ),
                        1 => format!(
                            "\"configuration\": {{\"AUTHENTICATION_METHOD\": \"JWT Bearer Token\",{newline}\"extra\": [{{{member}}}]}}"
                        ),
                        2 => format!("{member},{newline}\"configuration\": {{}}"),
                        _ => format!(
                            "\"configuration\": {{}}, \"_links\": {{\"self\": {{\"href\": \"https://x\",{newline}{member}}}}}"
                        ),
                    };
                    let mut text =
                        format!("{{\"name\": \"\", \"type\": \"Zoom\",{newline}{inner}}}\n");
                    if truncate {
                        // Cut after the secret: an unexpected end of input.
                        let end = text.rfind('}').unwrap_or(text.len());
                        text.truncate(end);
                    }
                    (encode(&text, encoding), shown)
                })
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A value the declarations do not show, whatever its key's spelling, type, place,
    /// the text's faults and encoding, appears in no format's output and in no
    /// `Report`'s `Display`, for requests and responses.
    #[test]
    fn no_format_shows_a_hidden_value((bytes, marker) in payload()) {
        let text = String::from_utf8_lossy(&bytes);
        for kind in [PayloadKind::Request, PayloadKind::Response] {
            let report = validate_bytes(&bytes, Options::new(kind));
            let display = report.to_string();
            prop_assert!(!display.contains(&marker), "Report shows {marker} of {text:?}:\n{display}");
            let file = MaskedFile::new(LintedFile::new("payload.json".to_owned(), source_text(&bytes).into_owned(), report));
            for format in [Format::Human, Format::Short, Format::Json, Format::Sarif, Format::Github, Format::Pingone] {
                let output = render(format, std::slice::from_ref(&file), RenderOptions::colour(false));
                prop_assert!(!output.contains(&marker), "{format:?} shows {marker} of {text:?}:\n{output}");
            }
        }
    }
}

/// A Postman collection whose request (or saved response) fills a secret key from a
/// variable that the environment export (or the collection's `variable[]`) sets to
/// the marker, in a string, part of one, or bare; the collection's and a folder's
/// `auth` blocks hold the marker too. Returns the collection, the environment export
/// and the marker.
fn collection_with_secret() -> impl Strategy<Value = (String, String, String)> {
    (
        "[a-z]{4}[A-Z]{4}[a-z]{4}",
        "[1-9][0-9]{11}",
        0..SECRET_KEYS.len(),
        0..4usize,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(letters, digits, key, how, digits_marker, from_environment, response, truncate)| {
                let marker = if digits_marker {
                    digits
                } else {
                    format!("zz{letters}zz")
                };
                let key = SECRET_KEYS[key];
                let member = match how {
                    0 => format!("\"{key}\": \"{{{{secret}}}}\""),
                    1 => format!("\"{key}\": \"Bearer {{{{secret}}}}!\""),
                    2 => format!("\"{key}\": {{{{secret}}}}"),
                    // The key escaped in the body.
                    _ => format!("\"{}\\u{:04x}{}\": \"{{{{secret}}}}\"", &key[..1], u32::from(key.as_bytes()[1]), &key[2..]),
                };
                let mut body = format!(
                    "{{\n  \"name\": \"\",\n  \"type\": \"Zoom\",\n  \"status\": \"{{{{secret}}}}x\",\n  \"configuration\": {{\n    \"AUTHENTICATION_METHOD\": \"JWT Bearer Token\",\n    {member},\n    \"extra\": 1\n  }}\n}}"
                );
                if truncate {
                    body.truncate(body.len() - 3);
                }
                let url = "{{apiPath}}/environments/{{envID}}/propagation/stores";
                let request = serde_json::json!({
                    "method": "POST",
                    "url": {"raw": url, "host": ["{{apiPath}}"], "path": ["environments", "{{envID}}", "propagation", "stores"]},
                    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": marker, "type": "string"}]},
                    "body": {"mode": "raw", "raw": if response { "{}".to_owned() } else { body.clone() }}
                });
                let responses = if response {
                    serde_json::json!([{"name": "201", "code": 201, "status": "Created", "body": body}])
                } else {
                    serde_json::json!([])
                };
                let variables = if from_environment {
                    serde_json::json!([])
                } else {
                    serde_json::json!([{"key": "secret", "value": marker}])
                };
                let collection = serde_json::json!({
                    "info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                    "auth": {"type": "apikey", "apikey": [{"key": "value", "value": marker}]},
                    "item": [{
                        "name": "Stores",
                        "auth": {"type": "oauth2", "oauth2": [{"key": "clientSecret", "value": marker}]},
                        "item": [{"name": "Create", "request": request, "response": responses}]
                    }],
                    "variable": variables
                });
                let environment = serde_json::json!({
                    "name": "e",
                    "values": if from_environment {
                        serde_json::json!([{"key": "secret", "value": marker, "type": "secret", "enabled": true}])
                    } else {
                        serde_json::json!([])
                    },
                    "_postman_variable_scope": "environment"
                });
                (
                    serde_json::to_string_pretty(&collection).expect("JSON"),
                    environment.to_string(),
                    marker,
                )
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A secret that a collection's body takes from an environment or collection
    /// variable, and the collection's `auth` blocks, appear in no format's output.
    #[test]
    fn no_format_shows_a_collection_s_secret((collection, environment, marker) in collection_with_secret()) {
        use pingone_store::postman::{Variables, lint_collection};
        use pingone_store::report::render::CollectionItem;
        let variables = Variables::from_environment(&environment).expect("an environment");
        let found = lint_collection(&collection, &variables, Options::new(PayloadKind::Request))
            .expect("a collection");
        prop_assert!(!found.payloads.is_empty());
        let files: Vec<MaskedFile> = found
            .payloads
            .into_iter()
            .map(|payload| {
                let item = CollectionItem::new(payload.item, payload.ends);
                let file = LintedFile::new("c.postman_collection.json".to_owned(), payload.body, payload.report);
                MaskedFile::new(file.with_item(item))
            })
            .collect();
        prop_assert!(files.iter().any(|file| !file.report.is_empty()));
        for &format in Format::ALL {
            let output = render(format, &files, RenderOptions::colour(false));
            prop_assert!(!output.contains(&marker), "{format:?} shows {marker} of {collection}:\n{output}");
        }
    }
}
