use super::*;
use crate::source::Location;

/// A collection holding one item per `(name, method, url, raw body)`, in a folder.
fn collection(items: &[(&str, &str, &str, &str)]) -> String {
    let items: Vec<serde_json::Value> = items
        .iter()
        .map(|(name, method, url, raw)| {
            serde_json::json!({
                "name": name,
                "request": {
                    "method": method,
                    "url": {"raw": url},
                    "body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}
                }
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "info": {
            "name": "c",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": [{"name": "Stores", "item": items}],
        "variable": [{"key": "apiPath", "value": "https://api.pingone.com/v1"}]
    }))
    .unwrap()
}

const STORES: &str = "{{apiPath}}/environments/{{envID}}/propagation/stores";

fn lint(text: &str, environment: &Variables) -> Collection {
    lint_collection(text, environment, Options::default()).expect("a collection")
}

/// The location of byte `offset` of `text`, counted the plain way.
fn location_of(text: &str, offset: usize) -> Location {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    Location {
        line: before.matches('\n').count() + 1,
        column: text[line_start..offset].chars().count() + 1,
    }
}

#[test]
fn findings_are_placed_on_the_offending_text_of_the_collection_file() {
    // Escapes before the offending key and value: `\n`, `\"`, `\\`, `\u00e9`, a
    // surrogate pair, and the key itself escaped.
    let raw = "{\n  \"name\": \"caf\u{e9} \\\"x\\\" \u{1f600}\",\n  \"type\": \"Zoom\",\n  \"configuration\": {\"SCIM_URL\": \"https://api.zoom.us/scim2\", \"AUTHENTICATION_METHOD\": \"OAuth Bearer Token\", \"OAUTH_ACCOUNT_ID\": \"a\", \"OAUTH_CLIENT_ID\": \"c\", \"OAUTH_CLIENT_SECRET\": \"s\", \"OAUTH_TOKEN_URL\": \"https://zoom.us/oauth/token\", \"OAUTH_CLIENTID\": \"x\"},\n  \"status\": \"ON\"\n}";
    let text = collection(&[("Create Zoom store", "POST", STORES, raw)])
        // serde_json writes é and 😀 as is: write them as escapes, as some exporters do.
        .replace('\u{e9}', "\\u00e9")
        .replace('\u{1f600}', "\\ud83d\\ude00")
        .replace("\\\"OAUTH_CLIENTID\\\"", "\\\"OAUTH\\u005fCLIENTID\\\"");
    let found = lint(&text, &Variables::new());
    assert_eq!(found.payloads.len(), 1);
    let payload = &found.payloads[0];
    assert_eq!(payload.item, "Stores / Create Zoom store");
    let codes: Vec<(Code, String)> = payload
        .report
        .iter()
        .map(|d| (d.code, d.pointer.to_string()))
        .collect();
    assert_eq!(
        codes,
        [
            (
                Code::UnknownProperty,
                "/configuration/OAUTH_CLIENTID".to_owned()
            ),
            (Code::Enum, "/status".to_owned()),
        ]
    );
    let key = text
        .find("\\\"OAUTH\\u005fCLIENTID")
        .expect("the key's text");
    let value = text.find("\\\"ON\\\"").expect("the value's text");
    assert_eq!(
        payload.report.diagnostics()[0].location,
        Some(location_of(&text, key))
    );
    assert_eq!(
        payload.report.diagnostics()[1].location,
        Some(location_of(&text, value))
    );
    // The spans index the body as written, for the snippet.
    let span = payload.report.diagnostics()[1].span.unwrap();
    assert_eq!(&payload.body[span.start..span.end], "\"ON\"");
}

#[test]
fn variables_resolve_from_the_environment_over_the_collection() {
    let raw = r#"{"name": "{{storeName}}", "type": "Zoom", "status": "{{status}}", "configuration": {"SCIM_URL": "https://{{zoomHost}}/scim2", "AUTHENTICATION_METHOD": "OAuth Bearer Token", "OAUTH_ACCOUNT_ID": "{{accountId}}", "OAUTH_CLIENT_ID": "c", "OAUTH_CLIENT_SECRET": "{{adminAppSecret}}", "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"}}"#;
    let text = collection(&[("Create", "POST", STORES, raw)]);
    // Without an environment every variable is a placeholder.
    let bare = lint(&text, &Variables::new());
    let codes: Vec<Code> = bare.payloads[0].report.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            Code::Placeholder,
            Code::Enum,
            Code::Placeholder,
            Code::Placeholder,
            Code::Placeholder
        ]
    );
    let mut environment = Variables::new();
    environment.insert("storeName", "Zoom");
    environment.insert("status", "PAUSED");
    environment.insert("zoomHost", "api.zoom.us");
    environment.insert("accountId", "a1");
    environment.insert("adminAppSecret", "hunter2-secret");
    let resolved = lint(&text, &environment);
    let report = &resolved.payloads[0].report;
    assert_eq!(report.len(), 1, "{report}");
    let status = &report.diagnostics()[0];
    assert_eq!(status.code, Code::Enum);
    // The finding is placed on the value in the file: its escaped quote, then the variable.
    let at = text.find("\\\"{{status}}").unwrap();
    assert_eq!(status.location, Some(location_of(&text, at)));
}

#[test]
fn a_bare_variable_is_a_placeholder_not_a_syntax_error() {
    let raw = r#"{"name": "n", "type": "Zoom", "managed": {{isManaged}}, "configuration": {}}"#;
    let text = collection(&[("Create", "POST", STORES, raw)]);
    let report = &lint(&text, &Variables::new()).payloads[0].report;
    assert!(!report.iter().any(|d| d.code == Code::Syntax), "{report}");
    let placeholder = report
        .iter()
        .find(|d| d.pointer.to_string() == "/managed")
        .expect("a finding on `managed`");
    assert_eq!(placeholder.code, Code::Placeholder);
    assert_eq!(
        report
            .iter()
            .filter(|d| d.pointer.to_string() == "/managed")
            .count(),
        1
    );
    let at = text.find("{{isManaged}}").unwrap();
    assert_eq!(placeholder.location, Some(location_of(&text, at)));
    // With a value, the value is checked.
    let mut environment = Variables::new();
    environment.insert("isManaged", "\"yes\"");
    let report = &lint(&text, &environment).payloads[0].report;
    let managed = report
        .iter()
        .find(|d| d.pointer.to_string() == "/managed")
        .unwrap();
    assert_eq!(managed.code, Code::Type);
}

#[test]
fn secrets_filled_from_variables_never_reach_a_message() {
    let raw = r#"{"name": "n", "type": "Zoom", "configuration": {"AUTHENTICATION_METHOD": "{{adminAppSecret}}", "API_SECRET": "{{adminAppSecret}}"}}"#;
    let text = collection(&[("Create", "POST", STORES, raw)]);
    let mut environment = Variables::new();
    environment.insert("adminAppSecret", "MARKER-7f3a");
    let report = &lint(&text, &environment).payloads[0].report;
    assert!(report.iter().any(|d| d.code == Code::Enum));
    assert!(!report.to_string().contains("MARKER"), "{report}");
}

#[test]
fn every_propagation_request_is_linted_as_the_kind_its_method_and_path_make_it() {
    let text = collection(&[
        (
            "Plan",
            "POST",
            "{{apiPath}}/environments/{{envID}}/propagation/plans",
            "{}",
        ),
        (
            "Rule",
            "PUT",
            "https://api.pingone.eu/v1/environments/e/propagation/rules/r",
            "{}",
        ),
        (
            "Mapping",
            "POST",
            "{{apiPath}}/environments/{{envID}}/propagation/rules/{{ruleID}}/mappings",
            r#"{"targetAttribute": "userName", "sourceAttribute": "email", "expression": "x"}"#,
        ),
        (
            "Metadata",
            "POST",
            "{{apiPath}}/environments/{{envID}}/propagation/storeMetadata/LdapGateway",
            r#"{"LDAP_TYPE": "OpenLDAP"}"#,
        ),
        (
            "User",
            "POST",
            "{{apiPath}}/environments/{{envID}}/users",
            "{}",
        ),
        (
            "Patch",
            "PATCH",
            "{{apiPath}}/environments/{{envID}}/propagation/rules/{{ruleID}}",
            "{}",
        ),
        (
            "Revision",
            "GET",
            "{{apiPath}}/environments/{{envID}}/propagation/revisions/id:latest",
            "{}",
        ),
        (
            "Update",
            "PUT",
            "{{apiPath}}/environments/{{envID}}/propagation/stores/{{storeID}}",
            "{}",
        ),
        (
            "Base in one variable",
            "POST",
            "{{envPath}}/propagation/stores",
            "{}",
        ),
    ]);
    let found = lint(&text, &Variables::new());
    let linted: Vec<(&str, ObjectKind)> = found
        .payloads
        .iter()
        .map(|p| (p.item.as_str(), p.object))
        .collect();
    assert_eq!(
        linted,
        [
            ("Stores / Plan", ObjectKind::Plan),
            ("Stores / Rule", ObjectKind::Rule),
            ("Stores / Mapping", ObjectKind::Mapping),
            (
                "Stores / Metadata",
                ObjectKind::metadata("LdapGateway").expect("a store type")
            ),
            ("Stores / Update", ObjectKind::Store),
            ("Stores / Base in one variable", ObjectKind::Store),
        ]
    );
    let codes = |item: &str| -> Vec<Code> {
        let payload = found.payloads.iter().find(|p| p.item == item).expect(item);
        payload.report.iter().map(|d| d.code).collect()
    };
    assert!(
        codes("Stores / Plan").contains(&Code::Required),
        "a plan needs its `name`"
    );
    assert!(
        codes("Stores / Mapping").contains(&Code::Conflict),
        "both `expression` and `sourceAttribute`"
    );
    assert_eq!(codes("Stores / Metadata"), [Code::Enum]);
    let unchecked: Vec<(&str, bool)> = found
        .unchecked
        .iter()
        .map(|u| (u.item.as_str(), u.unmodelled))
        .collect();
    assert_eq!(
        unchecked,
        [
            ("Stores / User", false),
            ("Stores / Patch", true),
            ("Stores / Revision", false)
        ],
        "only a propagation request this linter does not know is counted as not linted"
    );
}

#[test]
fn folders_nest_as_deep_as_the_parser_allows() {
    let mut item = serde_json::json!({
        "name": "Create",
        "request": {"method": "POST", "url": STORES, "body": {"mode": "raw", "raw": "{}"}}
    });
    for depth in 0..60 {
        item = serde_json::json!({"name": format!("f{depth}"), "item": [item]});
    }
    let text = serde_json::json!({"info": {"name": "deep"}, "item": [item]}).to_string();
    let found = lint(&text, &Variables::new());
    assert_eq!(found.payloads.len(), 1);
    assert!(found.payloads[0].item.starts_with("f59 / f58 / "));
}

#[test]
fn only_collections_are_collections() {
    assert!(is_collection(&collection(&[])));
    assert!(!is_collection(r#"{"name": "x", "type": "Zoom"}"#));
    assert!(!is_collection(r#"{"info": "x"}"#));
    assert!(lint_collection("{\"name\": 1}", &Variables::new(), Options::default()).is_none());
}

#[test]
fn a_v2_0_collection_with_string_urls_and_saved_responses_is_read() {
    let text = r#"{
        "info": {"name": "old", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "item": [{
            "name": "Read",
            "request": "https://api.pingone.com/v1/environments/e/propagation/stores/:storeID",
            "response": [
                {"name": "ok", "code": 200, "body": "{\"name\": \"x\", \"type\": \"Zoom\"}"},
                {"name": "missing", "code": 404, "body": "{\"code\": \"NOT_FOUND\"}"}
            ]
        }]
    }"#;
    let found = lint(text, &Variables::new());
    assert_eq!(found.payloads.len(), 1);
    let payload = &found.payloads[0];
    assert_eq!(payload.item, "Read / ok");
    assert_eq!(payload.kind, PayloadKind::Response);
    // A response lacks its read-only members: `id`, `environment`, ... are required.
    assert!(
        payload
            .report
            .iter()
            .any(|d| d.pointer.to_string() == "/id")
    );
}

#[test]
fn the_environment_wins_over_a_folder_which_wins_over_the_collection() {
    let body = r#"{"name": "n", "type": "Zoom", "status": "{{a}}", "configuration": {"AUTHENTICATION_METHOD": "{{c}}", "REMOVE_ACTION": "{{b}}"}}"#;
    let text = serde_json::json!({
        "info": {"name": "c"},
        "variable": [
            {"key": "a", "value": "collection-a"},
            {"key": "b", "value": "collection-b"},
            {"key": "c", "value": "collection-c"}
        ],
        "item": [{
            "name": "F",
            "variable": [{"key": "a", "value": "folder-a"}, {"key": "b", "value": "folder-b"}, {"key": "b", "value": "off", "disabled": true}],
            "item": [{"name": "I", "request": {"method": "POST", "url": STORES, "body": {"mode": "raw", "raw": body}}}]
        }]
    })
    .to_string();
    let mut environment = Variables::new();
    environment.insert("a", "env-a");
    let report = &lint(&text, &environment).payloads[0].report;
    let messages = report.to_string();
    // `status` and `AUTHENTICATION_METHOD` are enums: their messages quote the value used.
    assert!(
        messages.contains("`env-a` is not an allowed `status`"),
        "{messages}"
    );
    assert!(messages.contains("`collection-c`"), "{messages}");
    // `b` came from the folder (its disabled entry left out), not the collection.
    assert!(messages.contains("`folder-b`"), "{messages}");
    assert!(
        !messages.contains("collection-b") && !messages.contains("`off`"),
        "{messages}"
    );
}

#[test]
fn a_syntax_error_at_the_end_of_a_body_is_at_its_closing_quote() {
    let text = collection(&[("Create", "POST", STORES, "{\"name\": \"n\",\n")]);
    let report = &lint(&text, &Variables::new()).payloads[0].report;
    let syntax = report
        .iter()
        .find(|d| d.code == Code::Syntax)
        .expect("a syntax error");
    let closing = text.find(",\\n\"").expect("the raw string's end") + ",\\n".len();
    assert_eq!(syntax.location, Some(location_of(&text, closing)));
}

#[test]
fn a_rule_created_under_one_plan_whose_body_names_another_is_a_reference_warning() {
    const UNDER_PLAN_A: &str =
        "{{apiPath}}/environments/{{envID}}/propagation/plans/{{planA}}/rules";
    const UNDER_LITERAL: &str = "{{apiPath}}/environments/{{envID}}/propagation/plans/9d108dd7-a97e-41ae-98dc-dbe391f68cf0/rules";
    const UNDER_PATH_VARIABLE: &str =
        "https://api.pingone.com/v1/environments/e/propagation/plans/:planA/rules";
    const WITHOUT_PLAN: &str = "{{apiPath}}/environments/{{envID}}/propagation/rules";
    let rule = |plan: &str| {
        format!(
            "{{\"name\": \"r\", \"plan\": {{\"id\": \"{plan}\"}}, \"sourceStore\": {{\"id\": \"{{{{s}}}}\"}}, \"targetStore\": {{\"id\": \"{{{{t}}}}\"}}}}"
        )
    };
    let other_literal = "4722a0c4-6e67-4ef5-a8f8-9b275f00bc09";
    let same_literal = "9d108dd7-a97e-41ae-98dc-dbe391f68cf0";
    let cases = [
        ("placeholders differ", UNDER_PLAN_A, rule("{{planB}}"), true),
        ("literals differ", UNDER_LITERAL, rule(other_literal), true),
        (
            "path variable differs",
            UNDER_PATH_VARIABLE,
            rule("{{planB}}"),
            true,
        ),
        (
            "placeholders agree",
            UNDER_PLAN_A,
            rule("{{ planA }}"),
            false,
        ),
        (
            "path variable agrees",
            UNDER_PATH_VARIABLE,
            rule("{{planA}}"),
            false,
        ),
        ("literals agree", UNDER_LITERAL, rule(same_literal), false),
        (
            "a literal and a placeholder",
            UNDER_LITERAL,
            rule("{{planB}}"),
            false,
        ),
        (
            "no plan in the path",
            WITHOUT_PLAN,
            rule("{{planB}}"),
            false,
        ),
    ];
    for (case, url, body, expected) in cases {
        let text = collection(&[("Create rule", "POST", url, &body)]);
        let found = lint(&text, &Variables::new());
        let report = &found.payloads[0].report;
        let warning = report.iter().find(|d| d.code == Code::Reference);
        assert_eq!(warning.is_some(), expected, "{case}: {report}");
        let Some(warning) = warning else { continue };
        assert_eq!(warning.severity, Severity::Warning, "{case}");
        assert_eq!(warning.pointer.to_string(), "/plan/id", "{case}");
        assert!(
            warning.message.contains("inferred"),
            "{case}: {}",
            warning.message
        );
        // On the body's `plan.id` value in the collection file.
        let value = text.find("\\\"id\\\": \\\"").expect("plan.id") + "\\\"id\\\": ".len();
        assert_eq!(warning.location, Some(location_of(&text, value)), "{case}");
    }
}

#[test]
fn a_plan_disagreement_found_through_the_environment_names_the_variables_not_their_values() {
    let url = "{{apiPath}}/environments/{{envID}}/propagation/plans/{{planID}}/rules";
    let body = r#"{"name": "r", "plan": {"id": "{{otherPlanID}}"}, "sourceStore": {"id": "{{s}}"}, "targetStore": {"id": "{{t}}"}}"#;
    let text = collection(&[("Create rule", "POST", url, body)]);
    let mut environment = Variables::new();
    environment.insert("planID", "9d108dd7-a97e-41ae-98dc-dbe391f68cf0");
    environment.insert("otherPlanID", "4722a0c4-6e67-4ef5-a8f8-9b275f00bc09");
    let report = &lint(&text, &environment).payloads[0].report;
    let warning = report
        .iter()
        .find(|d| d.code == Code::Reference)
        .expect("two resolved plans that differ");
    assert!(
        warning.message.contains("`{{otherPlanID}}`") && warning.message.contains("`{{planID}}`"),
        "{}",
        warning.message
    );
    assert!(!warning.message.contains("9d108dd7"), "{}", warning.message);
    // Both resolve to the same plan: no finding.
    environment.insert("otherPlanID", "9d108dd7-a97e-41ae-98dc-dbe391f68cf0");
    let report = &lint(&text, &environment).payloads[0].report;
    assert!(report.iter().all(|d| d.code != Code::Reference), "{report}");
}

#[test]
fn a_mapping_update_without_its_rule_is_a_required_warning_and_a_create_is_not() {
    let body = r#"{"sourceAttribute": "username", "targetAttribute": "accountId", "name": "n"}"#;
    let text = collection(&[
        (
            "Create mapping",
            "POST",
            "{{apiPath}}/environments/{{envID}}/propagation/rules/{{ruleID}}/mappings",
            body,
        ),
        (
            "Update mapping",
            "PUT",
            "{{apiPath}}/environments/{{envID}}/propagation/mappings/{{mappingID}}",
            body,
        ),
    ]);
    let found = lint(&text, &Variables::new());
    let rule_findings = |payload: &Payload| -> Vec<(Code, Severity)> {
        payload
            .report
            .iter()
            .filter(|d| d.pointer.to_string() == "/rule")
            .map(|d| (d.code, d.severity))
            .collect()
    };
    assert_eq!(found.payloads.len(), 2);
    assert_eq!(rule_findings(&found.payloads[0]), []);
    assert_eq!(
        rule_findings(&found.payloads[1]),
        [(Code::Required, Severity::Warning)]
    );
}

#[test]
fn a_create_and_its_saved_response_are_one_object_of_the_collection_s_setup() {
    let plans = "{{apiPath}}/environments/{{envID}}/propagation/plans";
    let plan = |name: &str| {
        serde_json::json!({
            "name": name,
            "request": {
                "method": "POST",
                "url": {"raw": plans},
                "body": {"mode": "raw", "raw": format!("{{\"name\": \"{name}\"}}")}
            },
            "response": [{
                "name": "Created",
                "code": 201,
                "body": format!("{{\"id\": \"7d5c3a1e-0b2f-4e6a-9c8d-1f2e3a4b5c6d\", \"name\": \"{name}\"}}")
            }]
        })
    };
    let text = |items: Vec<serde_json::Value>| {
        serde_json::json!({
            "info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": items
        })
        .to_string()
    };
    let one_plans = |found: &Collection| {
        found
            .payloads
            .iter()
            .flat_map(|payload| payload.report.iter().map(move |d| (&payload.item, d.code)))
            .filter(|(_, code)| *code == Code::OnePlan)
            .map(|(item, _)| item.clone())
            .collect::<Vec<_>>()
    };
    let none = Variables::new();
    // A plan's create and its saved `201` are one plan.
    assert_eq!(
        one_plans(&lint(&text(vec![plan("P")]), &none)),
        Vec::<String>::new()
    );
    // A second create is a second plan, found across the bodies...
    let two = text(vec![plan("P"), plan("Q")]);
    assert_eq!(one_plans(&lint(&two, &none)), ["Q"]);
    // ...and not when each body is checked alone.
    let alone = lint_collection_bodies(&two, &none, Options::default()).expect("a collection");
    assert_eq!(one_plans(&alone), Vec::<String>::new());
}
