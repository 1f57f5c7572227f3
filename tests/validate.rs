//! The library's entry points and report, as a Rust user meets them.

use pingone_store::{
    Code, JsonPointer, Options, PayloadKind, Severity, StoreConfiguration, ZoomAuthentication,
    parse_request, parse_response, validate_str, validate_value,
};
use serde_json::json;

fn seed_request() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/seed-request.json"
    ))
    .expect("the seed request fixture")
}

#[test]
fn placeholders_are_warnings_unless_denied() {
    let text = seed_request();
    let lenient = validate_str(&text, Options::new(PayloadKind::Request));
    assert!(lenient.is_valid());
    assert_eq!(lenient.warning_count(), 3);
    assert!(
        lenient
            .iter()
            .all(|d| d.code == Code::Placeholder && d.severity == Severity::Warning)
    );

    let strict = validate_str(
        &text,
        Options::new(PayloadKind::Request).deny_placeholders(true),
    );
    assert!(!strict.is_valid());
    assert_eq!(strict.error_count(), 3);
}

#[test]
fn parse_request_gives_the_typed_model() {
    let request = parse_request(&seed_request()).expect("the seed request is valid");
    assert_eq!(request.value.name, "zoom connection");
    // A success keeps the warnings: the seed's template variables.
    assert!(!request.warnings.is_empty());
    assert!(request.warnings.iter().all(|d| !d.is_error()));
    assert!(
        request
            .warnings
            .iter()
            .any(|d| d.code == pingone_store::Code::Placeholder)
    );
    let StoreConfiguration::Zoom(config) = &request.value.store else {
        panic!("a Zoom store")
    };
    let ZoomAuthentication::OAuth(oauth) = &config.authentication else {
        panic!("OAuth")
    };
    assert_eq!(oauth.oauth_token_url, "https://zoom.us/oauth/token");
    assert_eq!(oauth.oauth_client_secret.expose(), "{{oauthClientSecret}}");
}

#[test]
fn parse_request_returns_the_report_of_an_invalid_payload() {
    let report =
        parse_request(r#"{"name": "", "type": "Zoom", "configuration": {}}"#).expect_err("invalid");
    let codes: Vec<(Code, String)> = report
        .iter()
        .map(|d| (d.code, d.pointer.to_string()))
        .collect();
    assert_eq!(
        codes,
        [
            (Code::Empty, "/name".to_owned()),
            (Code::Required, "/configuration/SCIM_URL".to_owned()),
            (Code::Required, "/configuration/API_KEY".to_owned()),
            (Code::Required, "/configuration/API_SECRET".to_owned()),
        ]
    );
}

#[test]
fn parse_response_reads_the_seed_response() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/seed-response.response.json"
    ))
    .expect("fixture");
    let response = parse_response(&text).expect("the seed response is valid");
    assert_eq!(response.value.id, "da166d8e-eaa7-4251-8480-85448e095bc3");
    assert_eq!(
        response.value.links.as_ref().map(|links| links.len()),
        Some(3)
    );
    assert!(
        parse_request(&text).is_ok(),
        "a response sent as a request has only read-only warnings"
    );
}

#[test]
fn the_value_path_has_no_positions() {
    let report = validate_value(&json!({"name": "x"}), Options::request());
    assert!(
        report
            .iter()
            .all(|d| d.location.is_none() && d.span.is_none())
    );
    assert_eq!(report.error_count(), 2, "{report}");
}

#[test]
fn pointers_escape_keys_per_rfc_6901() {
    let report = validate_value(
        &json!({"name": "x", "type": "directory", "configuration": {}, "a/b~c": 1}),
        Options::request(),
    );
    let unknown = report
        .iter()
        .find(|d| d.code == Code::UnknownProperty)
        .expect("an unknown member");
    assert_eq!(unknown.pointer.to_string(), "/a~1b~0c");
    assert_eq!(unknown.pointer, JsonPointer::root().key("a/b~c"));
}

#[test]
fn columns_count_characters_not_bytes() {
    let report = validate_str(
        "{\"name\": \"Zoom\", \"type\": \"Zoom\", \"configuration\": {}, \"dé\": 1, \"ü\": 2}",
        Options::request(),
    );
    let columns: Vec<usize> = report
        .iter()
        .filter(|d| d.code == Code::UnknownProperty)
        .filter_map(|d| d.column())
        .collect();
    assert_eq!(columns, [55, 64]);
}

#[test]
fn a_required_member_is_placed_at_its_parent_object() {
    let text = "{\n  \"name\": \"Zoom\",\n  \"type\": \"Zoom\",\n  \"configuration\": {\n    \"SCIM_URL\": \"https://api.zoom.us/scim2\",\n    \"AUTHENTICATION_METHOD\": \"OAuth Bearer Token\"\n  }\n}";
    let report = validate_str(text, Options::request());
    let first = report.iter().next().expect("a diagnostic");
    assert_eq!(first.pointer.to_string(), "/configuration/OAUTH_ACCOUNT_ID");
    assert_eq!((first.line(), first.column()), (Some(4), Some(20)));
}

#[test]
fn report_serializes_as_the_json_contract() {
    let report = validate_str(
        r#"{"name": "Zoom", "type": "zoom", "configuration": {}}"#,
        Options::request(),
    );
    let value = serde_json::to_value(&report).expect("serializes");
    assert_eq!(
        value,
        json!([{
            "severity": "error",
            "code": "enum",
            "pointer": "/type",
            "line": 1,
            "column": 26,
            "message": "`zoom` is not an allowed `type`: did you mean `Zoom`?"
        }])
    );
}

/// A valid request read from its text, as the start of a value changed in code: no test
/// builds Zoom credentials by their positional constructor, so a key the declaration
/// adds to a method needs no edit here.
fn valid_zoom_request() -> pingone_store::StoreRequest {
    pingone_store::parse_request(
        r#"{"name": "Zoom", "type": "Zoom", "configuration": {
            "SCIM_URL": "https://api.zoom.us/scim2",
            "AUTHENTICATION_METHOD": "OAuth Bearer Token",
            "OAUTH_ACCOUNT_ID": "a1B2c3", "OAUTH_CLIENT_ID": "zoom-client",
            "OAUTH_CLIENT_SECRET": "s3cr3t", "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
        }}"#,
    )
    .expect("a valid request")
    .value
}

#[test]
fn a_request_changed_in_code_is_checked_with_wire_pointers() {
    let mut request = valid_zoom_request();
    request.name = String::new();
    let StoreConfiguration::Zoom(configuration) = &mut request.store else {
        panic!("a Zoom store")
    };
    configuration.scim_url = "not a url".to_owned();
    let report = request.check();
    let mut found: Vec<(Code, String)> = report
        .iter()
        .map(|d| (d.code, d.pointer.to_string()))
        .collect();
    // A `Value`'s members come in its map's order: compare as a set.
    found.sort();
    assert_eq!(
        found,
        [
            (Code::Empty, "/name".to_owned()),
            (Code::Format, "/configuration/SCIM_URL".to_owned()),
        ]
    );
    assert!(report.iter().all(|d| d.location.is_none()));
    assert!(!report.to_string().contains("s3cr3t"));
}

#[test]
fn a_valid_response_built_in_code_checks_clean() {
    use pingone_store::StoreResponse;
    let request = valid_zoom_request();
    assert!(request.check().is_empty());
    let response = StoreResponse::from_request(
        request,
        "not-a-uuid",
        "5ee3a8a6-2c0a-4c8e-9d0f-0b0e4f9f1a11",
        "2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00Z",
    );
    let codes: Vec<(Code, String)> = response
        .check()
        .iter()
        .map(|d| (d.code, d.pointer.to_string()))
        .collect();
    assert_eq!(codes, [(Code::Format, "/id".to_owned())]);
}

#[test]
fn a_parse_error_goes_into_box_dyn_error_with_its_diagnostics() {
    fn parse(text: &str) -> Result<String, Box<dyn std::error::Error>> {
        Ok(pingone_store::parse_request(text)?.value.name)
    }
    let error = parse(r#"{"name": ""}"#).expect_err("a blank name is an error");
    let message = error.to_string();
    assert!(message.contains("error[empty] at `/name`"), "{message}");
    assert!(message.contains("error[required] at `/type`"), "{message}");
}

#[test]
fn one_policy_sets_every_severity_from_the_options() {
    use pingone_store::validate::{RuleLevel, default_severity};
    // An unknown member (an error in requests) and a template variable (a warning).
    let text =
        r#"{"name": "{{name}}", "type": "directory", "configuration": {}, "id": "x", "extra": 1}"#;
    let codes = |options: Options| -> Vec<(Code, Severity)> {
        validate_str(text, options)
            .iter()
            .map(|d| (d.code, d.severity))
            .collect()
    };
    let request = Options::new(PayloadKind::Request);
    assert_eq!(
        codes(request),
        [
            (Code::Placeholder, Severity::Warning),
            (Code::ReadOnly, Severity::Warning),
            (Code::UnknownProperty, Severity::Error),
        ]
    );
    let tuned = request
        .rule(Code::UnknownProperty, RuleLevel::Warning)
        .and_then(|o| o.rule(Code::ReadOnly, RuleLevel::Off))
        .and_then(|o| o.rule(Code::Placeholder, RuleLevel::Error))
        .expect("these rules can be set");
    assert_eq!(
        codes(tuned),
        [
            (Code::Placeholder, Severity::Error),
            (Code::UnknownProperty, Severity::Warning),
        ]
    );
    // Denying warnings makes every remaining warning an error; a rule that is off stays off.
    assert_eq!(
        codes(tuned.deny_warnings(true)),
        [
            (Code::Placeholder, Severity::Error),
            (Code::UnknownProperty, Severity::Error),
        ]
    );
    assert_eq!(
        default_severity(Code::UnknownProperty, PayloadKind::Response),
        Severity::Warning
    );
}

#[test]
fn a_rule_that_means_the_file_was_not_checked_cannot_be_lowered() {
    use pingone_store::validate::RuleLevel;
    let options = Options::new(PayloadKind::Request);
    for code in [Code::Syntax, Code::Encoding, Code::TooLarge] {
        let error = options.rule(code, RuleLevel::Off).expect_err("fixed");
        assert!(error.to_string().contains("always an error"), "{error}");
        assert!(options.rule(code, RuleLevel::Error).is_ok());
    }
}

#[test]
fn every_rule_is_documented_and_its_example_shows_it_and_only_what_comes_with_it() {
    use pingone_store::validate_bytes;
    for &code in Code::ALL {
        assert!(
            code.documentation().len() > code.summary().len(),
            "`{code}` has documentation beyond its summary"
        );
        let Some(example) = code.example() else {
            assert!(
                code.across_files() || matches!(code, Code::Encoding | Code::TooLarge),
                "`{code}` has no example"
            );
            continue;
        };
        let report = validate_bytes(example.text.as_bytes(), example.options());
        assert!(!report.is_empty(), "the example of `{code}` shows nothing");
        assert!(
            report.iter().any(|d| d.code == code)
                && report
                    .iter()
                    .all(|d| d.code == code || example.also.contains(&d.code)),
            "the example of `{code}` shows other findings:\n{report}"
        );
    }
}

#[test]
fn max_findings_keeps_the_first_findings_and_counts_every_one() {
    use pingone_store::validate::RuleLevel;
    // Five unknown members and a template variable, on one line.
    let text = r#"{"type": "Zoom", "name": "{{name}}", "configuration": {"SCIM_URL": "https://api.zoom.us/scim2", "AUTHENTICATION_METHOD": "OAuth Bearer Token", "OAUTH_ACCOUNT_ID": "a", "OAUTH_CLIENT_ID": "c", "OAUTH_CLIENT_SECRET": "s", "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"}, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5}"#;
    let all = validate_str(text, Options::new(PayloadKind::Request));
    assert_eq!((all.len(), all.omitted()), (6, 0));
    let capped = validate_str(text, Options::new(PayloadKind::Request).max_findings(2));
    assert_eq!((capped.len(), capped.omitted()), (2, 4));
    assert!(
        !capped.is_empty() && capped.diagnostics().len() == capped.len(),
        "`is_empty` and `len` both speak of the kept findings, also on a capped report"
    );
    assert_eq!(
        capped.len() + capped.omitted(),
        capped.error_count() + capped.warning_count()
    );
    assert_eq!(
        capped.diagnostics(),
        &all.diagnostics()[..2],
        "the first two, located"
    );
    assert_eq!(
        (capped.error_count(), capped.warning_count()),
        (all.error_count(), all.warning_count())
    );
    assert!(!capped.is_valid());
    // A rule that is off takes no place under the cap, and is not counted.
    let off = Options::new(PayloadKind::Request)
        .rule(Code::UnknownProperty, RuleLevel::Off)
        .expect("not a fixed rule")
        .max_findings(1);
    let report = validate_str(text, off);
    assert_eq!((report.len(), report.omitted()), (1, 0));
    assert_eq!(report.diagnostics()[0].code, Code::Placeholder);
    assert!(report.is_valid());
    // A finding counted past the cap follows the severity policy: `--deny-warnings`.
    let denied = validate_str(
        text,
        Options::new(PayloadKind::Response)
            .deny_warnings(true)
            .max_findings(1),
    );
    assert_eq!(denied.warning_count(), 0);
    assert!(denied.error_count() >= 6);
}

#[test]
fn only_errors_drops_warnings_before_the_cap_and_keeps_every_error_counted() {
    // A template variable (a warning) first, then five unknown members (errors).
    let text = r#"{"name": "{{name}}", "type": "directory", "configuration": {}, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5}"#;
    let options = Options::new(PayloadKind::Request).max_findings(2);
    let quiet = validate_str(text, options.only_errors(true));
    assert!(
        quiet.iter().all(|d| d.code == Code::UnknownProperty),
        "{quiet}"
    );
    assert_eq!(
        (quiet.len(), quiet.error_count(), quiet.warning_count()),
        (2, 5, 0)
    );
    assert!(!quiet.is_valid());
    // Denied warnings are errors, so they stay.
    let denied = validate_str(text, options.only_errors(true).deny_warnings(true));
    assert_eq!(denied.error_count(), 6);
}

#[test]
fn codes_parse_from_the_names_they_print() {
    for &code in Code::ALL {
        assert_eq!(code.to_string().parse::<Code>(), Ok(code));
    }
    let error = "Required"
        .parse::<Code>()
        .expect_err("names are kebab-case");
    assert_eq!(error.to_string(), "unknown rule `Required`");
}

/// The library's own failures are one type, classified: a name that names nothing, a
/// pointer that is not one, a setting it refuses. Messages are lower case and name the
/// offending text in backticks.
#[test]
fn the_library_fails_with_one_error_type() {
    use pingone_store::validate::RuleLevel;
    use pingone_store::{Category, Error, JsonPointer, StoreType};
    let cases: [(Error, Category, &str); 6] = [
        (
            "metadata:Zooom"
                .parse::<pingone_store::validate::ObjectKind>()
                .expect_err("not a store type"),
            Category::Name,
            "`Zooom` is not a store type of a metadata request: did you mean `Zoom`?",
        ),
        (
            "placeholdr".parse::<Code>().expect_err("not a code"),
            Category::Name,
            "unknown rule `placeholdr`",
        ),
        (
            "fatal".parse::<RuleLevel>().expect_err("not a level"),
            Category::Name,
            "unknown level `fatal`: expected one of `error`, `warning`, `off`",
        ),
        (
            "zoom".parse::<StoreType>().expect_err("case matters"),
            Category::Name,
            "unknown value `zoom`: expected one of `Aquera`,",
        ),
        (
            "configuration".parse::<JsonPointer>().expect_err("no `/`"),
            Category::Pointer,
            "a JSON Pointer starts with `/`",
        ),
        (
            Options::new(PayloadKind::Request)
                .rule(Code::Syntax, RuleLevel::Off)
                .expect_err("syntax is always an error"),
            Category::Setting,
            "`syntax` cannot be set to `off`",
        ),
    ];
    for (error, category, start) in cases {
        assert_eq!(error.classify(), category, "{error}");
        assert!(error.to_string().starts_with(start), "{error}");
    }
}
