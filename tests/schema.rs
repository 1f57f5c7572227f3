//! The exported JSON Schemas: the committed files are what the types generate, they pass
//! their metaschemas, and a third-party validator using them gives the same verdict as
//! the walker and the typed path on every payload.

#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/strategy.rs"]
mod strategy;

use fixtures::fixture_kind;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use jsonschema::Validator;
use pingone_store::schema::{Draft, PAYLOADS, REQUEST_FILE, RESPONSE_FILE, generate_all};
use pingone_store::{
    Code, Options, PayloadKind, Report, StoreRequest, StoreResponse, validate_str,
};
use proptest::prelude::*;
use serde_json::Value;
use validator::Validate;

const REGENERATE: &str = "cargo xtask codegen";

fn schemas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas")
}

fn committed(path: &str) -> Value {
    let file = schemas_dir().join(path);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; regenerate the schemas with `{REGENERATE}`",
            file.display()
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()))
}

/// A validator of a committed schema file, with format validation on.
fn validator_for(path: &str) -> Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&committed(path))
        .unwrap_or_else(|e| panic!("schemas/{path} does not compile: {e}"))
}

/// The committed schemas: 2020-12 first, then draft-07.
struct Schemas {
    request: [Validator; 2],
    response: [Validator; 2],
}

static SCHEMAS: LazyLock<Schemas> = LazyLock::new(|| {
    let both = |file: &str| {
        [Draft::Draft2020_12, Draft::Draft07]
            .map(|draft| validator_for(&format!("{}{file}", draft.dir())))
    };
    Schemas {
        request: both(REQUEST_FILE),
        response: both(RESPONSE_FILE),
    }
});

#[test]
fn committed_schemas_are_what_the_types_generate() {
    let files = generate_all();
    let per_dialect: usize = PAYLOADS.iter().map(|payload| payload.files.len()).sum();
    assert_eq!(
        files.len(),
        2 * per_dialect,
        "two dialects of every payload's files"
    );
    assert!(
        per_dialect >= 14,
        "stores, plans, rules, mappings, metadata, lists, setup"
    );
    let mut stale = Vec::new();
    for file in &files {
        let path = schemas_dir().join(&file.path);
        match std::fs::read_to_string(&path) {
            Ok(text) if text == file.contents => {}
            Ok(_) => stale.push(format!("schemas/{} differs", file.path)),
            Err(e) => stale.push(format!("schemas/{} cannot be read: {e}", file.path)),
        }
    }
    assert!(
        stale.is_empty(),
        "the committed schemas are out of date ({}); regenerate them with `{REGENERATE}` and commit the result",
        stale.join(", ")
    );
}

#[test]
fn generated_files_are_deterministic_and_well_formed() {
    assert_eq!(generate_all(), generate_all());
    for file in generate_all() {
        assert!(
            file.contents.ends_with("}\n"),
            "{} ends with a newline",
            file.path
        );
        let value: Value = serde_json::from_str(&file.contents).expect("json");
        let draft = if file.path.starts_with("draft-07/") {
            Draft::Draft07
        } else {
            Draft::Draft2020_12
        };
        assert_eq!(value["$schema"], draft.meta_schema(), "{}", file.path);
        assert!(
            value["$id"]
                .as_str()
                .is_some_and(|id| id.ends_with(&file.path)),
            "{}",
            file.path
        );
        assert!(
            value["title"].is_string() && value["description"].is_string(),
            "{}",
            file.path
        );
        // the first members are `$schema`, `$id`, the `$comment` that names the
        // generating command, `title`, in that order
        let head: Vec<&str> = file.contents.lines().skip(1).take(4).collect();
        assert!(
            head[0].starts_with("  \"$schema\"")
                && head[1].starts_with("  \"$id\"")
                && head[2].starts_with("  \"$comment\"")
                && head[2].contains("`cargo xtask codegen`")
                && head[3].starts_with("  \"title\""),
            "{}: {head:?}",
            file.path
        );
    }
}

#[test]
fn schemas_pass_their_metaschemas() {
    for file in generate_all() {
        let schema: Value = committed(&file.path);
        if let Err(error) = jsonschema::meta::validate(&schema) {
            panic!(
                "schemas/{} does not pass its metaschema: {error}",
                file.path
            );
        }
        assert!(jsonschema::meta::is_valid(&schema));
    }
    // and the metaschema check is not vacuous
    let mut broken = committed(REQUEST_FILE);
    broken["properties"]["name"]["type"] = Value::from("text");
    assert!(!jsonschema::meta::is_valid(&broken));
}

#[test]
fn the_dialects_are_the_ones_declared() {
    let draft07 = committed(&format!("draft-07/{REQUEST_FILE}"));
    assert!(draft07.get("definitions").is_some() && draft07.get("$defs").is_none());
    let text = serde_json::to_string(&draft07).expect("json");
    assert!(
        !text.contains("$defs"),
        "draft-07 refers only to `definitions`"
    );
    let current = committed(REQUEST_FILE);
    assert!(current.get("$defs").is_some() && current.get("definitions").is_none());
}

/// The three verdicts on a payload: walker, each committed schema, typed path.
#[derive(Debug, PartialEq, Eq)]
struct Verdicts {
    walker: bool,
    schema_2020_12: bool,
    schema_draft_07: bool,
    typed: bool,
}

impl Verdicts {
    fn agree(&self) -> bool {
        self.walker == self.schema_2020_12
            && self.walker == self.schema_draft_07
            && self.walker == self.typed
    }
}

fn request_verdicts(value: &Value) -> Verdicts {
    let [current, draft07] = &SCHEMAS.request;
    Verdicts {
        walker: pingone_store::validate_value(value, Options::request()).is_valid(),
        schema_2020_12: current.is_valid(value),
        schema_draft_07: draft07.is_valid(value),
        typed: serde_json::from_value::<StoreRequest>(value.clone())
            .is_ok_and(|r| r.validate().is_ok()),
    }
}

fn response_verdicts(value: &Value) -> Verdicts {
    let [current, draft07] = &SCHEMAS.response;
    Verdicts {
        walker: pingone_store::validate_value(value, Options::response()).is_valid(),
        schema_2020_12: current.is_valid(value),
        schema_draft_07: draft07.is_valid(value),
        typed: serde_json::from_value::<StoreResponse>(value.clone())
            .is_ok_and(|r| r.validate().is_ok()),
    }
}

/// Regression: serde's derived structs also accept an array of their fields, which the
/// typed path once let through (`"image": []`); it now wants an object, like the others.
#[test]
fn an_array_for_an_object_gets_one_verdict() {
    let value = serde_json::json!({
        "name": "n", "type": "Zoom", "image": [],
        "configuration": { "SCIM_URL": "https://api.zoom.us/scim2", "API_KEY": "k", "API_SECRET": "s" }
    });
    let invalid = Verdicts {
        walker: false,
        schema_2020_12: false,
        schema_draft_07: false,
        typed: false,
    };
    assert_eq!(request_verdicts(&value), invalid);
}

/// Regression: a template variable that starts inside a run of braces (`x{{{host}}}`)
/// was once missed by the walker and the typed path, which the schema's pattern finds.
#[test]
fn a_template_after_an_extra_brace_gets_one_verdict() {
    let value = serde_json::json!({
        "name": "n", "type": "Zoom",
        "configuration": { "SCIM_URL": "x{{{host}}}", "API_KEY": "k", "API_SECRET": "s" }
    });
    let valid = Verdicts {
        walker: true,
        schema_2020_12: true,
        schema_draft_07: true,
        typed: true,
    };
    assert_eq!(request_verdicts(&value), valid);
}

/// The number of cases of each property: `PROPTEST_CASES`, or 512.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(512)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn requests_get_one_verdict(value in strategy::request_payload()) {
        let verdicts = request_verdicts(&value);
        prop_assert!(verdicts.agree(), "{verdicts:?} on {value:#}\n{:#?}", pingone_store::validate_value(&value, Options::request()));
    }

    #[test]
    fn responses_get_one_verdict(value in strategy::response_payload()) {
        let verdicts = response_verdicts(&value);
        prop_assert!(verdicts.agree(), "{verdicts:?} on {value:#}\n{:#?}", pingone_store::validate_value(&value, Options::response()));
    }

    /// Payloads of every modelled store type, generated from the declarations alone.
    #[test]
    fn declared_requests_are_valid_everywhere(value in strategy::declared_request()) {
        prop_assert_eq!(request_verdicts(&value), Verdicts { walker: true, schema_2020_12: true, schema_draft_07: true, typed: true }, "{:#}", value);
    }

    /// The typed model of every store type keeps every declared key: wire names
    /// round-trip.
    #[test]
    fn declared_requests_round_trip_through_the_typed_model(value in strategy::declared_request()) {
        let typed: StoreRequest = serde_json::from_value(value.clone()).expect("valid");
        prop_assert_eq!(serde_json::to_value(&typed).expect("serializes"), value);
    }

    #[test]
    fn mutated_declared_requests_get_one_verdict(
        mut value in strategy::declared_request(),
        mutations in prop::collection::vec(strategy::mutation(strategy::REQUEST_TARGETS), 1..3),
    ) {
        for (target, mutation) in &mutations {
            strategy::apply(&mut value, target, mutation);
        }
        let verdicts = request_verdicts(&value);
        prop_assert!(verdicts.agree(), "{verdicts:?} on {value:#}\n{:#?}", pingone_store::validate_value(&value, Options::request()));
    }

    #[test]
    fn unmutated_payloads_are_valid_everywhere(request in strategy::store_request(), response in strategy::store_response()) {
        let request = serde_json::to_value(&request).expect("json");
        prop_assert_eq!(request_verdicts(&request), Verdicts { walker: true, schema_2020_12: true, schema_draft_07: true, typed: true });
        let response = serde_json::to_value(&response).expect("json");
        prop_assert_eq!(response_verdicts(&response), Verdicts { walker: true, schema_2020_12: true, schema_draft_07: true, typed: true });
    }
}

/// The schema file of a fixture's payload kind and flavour, by the fixture's name as
/// `tests/fixtures.rs` reads it: `None` where no schema gives the linter's verdict.
///
/// Excluded, and why:
/// - `*.shape.json`: the kind is decided by the payload's shape, which a schema of one
///   kind does not decide (the ambiguous ones are findings no single schema gives);
/// - a revision: it takes no body, so there is nothing to describe;
/// - a metadata request of a type other than LdapGateway: its body is the type's store
///   configuration where `{}` is also valid and some keys are excused, which has no
///   file of its own (the configurations are `$defs` of the store request schema);
/// - a metadata response: not typed (the response model was not retrievable).
///
/// No fixture here needs the checks across files: each is linted alone.
fn schema_file_of(name: &str) -> Option<(String, PayloadKind)> {
    use pingone_store::validate::{ListKind, ObjectKind};
    let (kind, flavour) = fixture_kind(name)?;
    let stem = match kind {
        ObjectKind::Store => "store",
        ObjectKind::Plan => "plan",
        ObjectKind::Rule => "rule",
        ObjectKind::Mapping => "mapping",
        ObjectKind::Metadata("LdapGateway") if flavour == PayloadKind::Request => {
            "metadata-ldapgateway"
        }
        ObjectKind::List(list) => {
            let stem = match list {
                ListKind::Stores => "store-list",
                ListKind::Plans => "plan-list",
                ListKind::Rules => "rule-list",
                ListKind::Mappings => "mapping-list",
            };
            return Some((
                format!("{stem}-response.schema.json"),
                PayloadKind::Response,
            ));
        }
        ObjectKind::Setup => return Some(("setup.schema.json".to_owned(), PayloadKind::Request)),
        _ => return None,
    };
    let flavour_name = if flavour == PayloadKind::Response {
        "response"
    } else {
        "request"
    };
    Some((format!("{stem}-{flavour_name}.schema.json"), flavour))
}

/// Every fixture (`tests/fixtures/valid/` then `invalid/`, in name order) that `select`
/// maps to a schema, with its parsed value and the linter's report of it as the kind
/// its name gives: `visit(dir, name, selected, value, report)`. Fixtures that do not
/// parse, or hold a duplicate key (which a parsed `Value` cannot show), are left out.
fn for_each_fixture<S>(
    select: impl Fn(&str) -> Option<(S, PayloadKind)>,
    mut visit: impl FnMut(&str, &str, S, &Value, &Report),
) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for dir in ["valid", "invalid"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("tests/fixtures/{dir}: {e}"))
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let Some((selected, kind)) = select(&name) else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            let object = pingone_store::validate::ObjectKind::from_file_name(&name)
                .and_then(Result::ok)
                .unwrap_or_default();
            let report = validate_str(&text, Options::new(kind).object(Some(object)));
            if report.iter().any(|d| d.code == Code::DuplicateKey) {
                continue;
            }
            visit(dir, &name, selected, &value, &report);
        }
    }
}

/// Every fixture of every kind that has a schema, and that parses as JSON with no
/// duplicate key, gets one verdict from the linter and both drafts' schemas (and, for a
/// store, the typed path); the fixtures under `valid/` are valid and those under
/// `invalid/` are not. [`schema_file_of`] says which fixtures are left out and why.
#[test]
fn fixtures_get_one_verdict() {
    let mut checked = std::collections::BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    for_each_fixture(schema_file_of, |dir, name, file: String, value, report| {
        let expected = dir == "valid";
        let verdicts = if file == REQUEST_FILE {
            request_verdicts(value)
        } else if file == RESPONSE_FILE {
            response_verdicts(value)
        } else {
            // No typed model of the other kinds yet: the walker stands in for it.
            Verdicts {
                walker: report.is_valid(),
                schema_2020_12: validator_for(&file).is_valid(value),
                schema_draft_07: validator_for(&format!("draft-07/{file}")).is_valid(value),
                typed: report.is_valid(),
            }
        };
        *checked.entry(file).or_default() += 1;
        if !verdicts.agree() || verdicts.walker != expected {
            failures.push(format!("{dir}/{name}: {verdicts:?}"));
        }
    });
    for file in [
        REQUEST_FILE,
        RESPONSE_FILE,
        "plan-request.schema.json",
        "rule-request.schema.json",
        "rule-response.schema.json",
        "mapping-request.schema.json",
        "metadata-ldapgateway-request.schema.json",
        "store-list-response.schema.json",
        "mapping-list-response.schema.json",
        "setup.schema.json",
    ] {
        assert!(
            checked.get(file).is_some_and(|n| *n >= 1),
            "no fixture checks {file}: {checked:?}"
        );
    }
    assert!(
        failures.is_empty(),
        "fixtures whose verdicts disagree:\n{}",
        failures.join("\n")
    );
}

/// Strings made of one character each, around the white space that regex dialects
/// disagree on: the not-blank and template patterns give the walker's verdict.
#[test]
fn white_space_agrees_in_every_string_rule() {
    let chars = (0u32..0x3100)
        .chain([0xfeff, 0x180e, 0x200b, 0x1_0000])
        .filter_map(char::from_u32);
    for c in chars {
        let value = serde_json::json!({
            "name": c.to_string(),
            "type": "Zoom",
            "configuration": { "SCIM_URL": format!("{{{{{c}host{c}}}}}"), "API_KEY": format!("{c}"), "API_SECRET": "s" }
        });
        let verdicts = request_verdicts(&value);
        assert!(verdicts.agree(), "U+{:04X}: {verdicts:?}", u32::from(c));
    }
}

/// The property is not vacuous: the mutated payloads are a fair mix of valid and invalid.
#[test]
fn mutations_give_both_verdicts() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let (mut valid, mut invalid) = (0, 0);
    for _ in 0..300 {
        let request = strategy::request_payload()
            .new_tree(&mut runner)
            .expect("a tree")
            .current();
        let response = strategy::response_payload()
            .new_tree(&mut runner)
            .expect("a tree")
            .current();
        for verdict in [
            request_verdicts(&request).walker,
            response_verdicts(&response).walker,
        ] {
            if verdict { valid += 1 } else { invalid += 1 }
        }
    }
    assert!(
        valid > 100 && invalid > 100,
        "{valid} valid, {invalid} invalid"
    );
}

/// docs/rules.md is what the declarations generate.
#[test]
fn rules_document_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = pingone_store::schema::rules_document();
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "docs/rules.md is stale: regenerate it with `{REGENERATE}`"
    );
}

/// The OpenAPI document: the committed file is what the declarations generate, it has
/// every path and method of propagation.md Part D with the five regional servers, UUID
/// path parameters and the error body on 400 and 404, and every `$ref` resolves.
#[test]
fn openapi_document_has_every_part_d_operation_and_resolves() {
    let generated = pingone_store::schema::openapi_document();
    let document = committed("openapi.json");
    assert!(
        document == generated,
        "schemas/openapi.json is stale: regenerate it with `{REGENERATE}`"
    );
    assert_eq!(document["openapi"], "3.1.0");
    let servers: Vec<&str> = document["servers"]
        .as_array()
        .expect("servers")
        .iter()
        .filter_map(|server| server["url"].as_str())
        .collect();
    assert_eq!(
        servers,
        [
            "https://api.pingone.com/v1",
            "https://api.pingone.eu/v1",
            "https://api.pingone.ca/v1",
            "https://api.pingone.asia/v1",
            "https://api.pingone.com.au/v1"
        ]
    );
    // propagation.md Part D, written out here rather than read from the generator.
    let mut expected = vec![
        ("/stores", "get"),
        ("/stores", "post"),
        ("/stores/{storeID}", "get"),
        ("/stores/{storeID}", "put"),
        ("/stores/{storeID}", "delete"),
        ("/stores/connection/status", "post"),
        ("/plans", "get"),
        ("/plans", "post"),
        ("/plans/{planID}", "get"),
        ("/plans/{planID}", "put"),
        ("/plans/{planID}", "delete"),
        ("/plans/{planID}/rules", "get"),
        ("/plans/{planID}/rules", "post"),
        ("/rules", "get"),
        ("/rules", "post"),
        ("/rules/{ruleID}", "get"),
        ("/rules/{ruleID}", "put"),
        ("/rules/{ruleID}", "delete"),
        ("/rules/{ruleID}/mappings", "get"),
        ("/rules/{ruleID}/mappings", "post"),
        ("/mappings/{mappingID}", "get"),
        ("/mappings/{mappingID}", "put"),
        ("/mappings/{mappingID}", "delete"),
        ("/revisions", "post"),
        ("/revisions/id:latest", "get"),
        ("/revisions/{previousRevisionID}", "get"),
    ];
    let metadata_paths: Vec<String> = pingone_store::model::declarations::STORE_TYPE
        .names()
        .map(|store_type| format!("/storeMetadata/{store_type}"))
        .collect();
    expected.extend(metadata_paths.iter().map(|path| (path.as_str(), "post")));
    let paths = document["paths"].as_object().expect("paths");
    let prefix = "/environments/{environmentID}/propagation";
    let mut operations = 0;
    for (path, method) in &expected {
        let item = &paths[&format!("{prefix}{path}")];
        let operation = &item[*method];
        assert!(operation.is_object(), "{method} {path} is missing");
        operations += 1;
        for status in ["400", "404"] {
            assert_eq!(
                operation["responses"][status]["$ref"], "#/components/responses/Error",
                "{method} {path} {status}"
            );
        }
        // every `{name}` of the path is a declared path parameter, a UUID
        let declared: Vec<String> = item["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .map(|p| resolve(&document, p["$ref"].as_str().expect("a $ref")))
            .map(|p| {
                assert_eq!(p["in"], "path");
                assert_eq!(p["required"], true);
                assert_eq!(p["schema"]["format"], "uuid");
                p["name"].as_str().expect("a name").to_owned()
            })
            .collect();
        let named = format!("{prefix}{path}")
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split('}').next())
            .map(str::to_owned)
            .collect::<Vec<_>>();
        assert_eq!(declared, named, "{path}");
    }
    let total: usize = paths
        .values()
        .map(|item| {
            ["get", "put", "post", "delete", "patch"]
                .iter()
                .filter(|m| item.get(**m).is_some())
                .count()
        })
        .sum();
    assert_eq!(total, operations, "no operation beyond Part D's");
    let error = resolve(&document, "#/components/responses/Error");
    assert_eq!(
        error["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/P1Error"
    );
    // the store bodies are a `oneOf` per type with a discriminator on `type`
    for store in ["Store", "StoreRequest"] {
        let schema = resolve(&document, &format!("#/components/schemas/{store}"));
        assert_eq!(schema["discriminator"]["propertyName"], "type", "{store}");
        assert_eq!(
            schema["oneOf"].as_array().map(Vec::len),
            Some(pingone_store::model::declarations::STORE_TYPE.names().len()),
            "{store}"
        );
    }
    // a rule's `configuration` is `oneOf` the outbound LDAP object and another object
    // (Part D), and a mapping's create and update are two components (C15)
    for (rule, outbound) in [
        ("RuleRequest", "OutboundLdapConfigurationRequest"),
        ("Rule", "OutboundLdapConfiguration"),
    ] {
        let schema = resolve(&document, &format!("#/components/schemas/{rule}"));
        let branches = schema["properties"]["configuration"]["oneOf"]
            .as_array()
            .unwrap_or_else(|| panic!("{rule}: `configuration` is not a oneOf"));
        assert_eq!(branches.len(), 2, "{rule}");
        assert_eq!(
            branches[0]["$ref"],
            format!("#/components/schemas/{outbound}"),
            "{rule}"
        );
        let object = resolve(&document, &format!("#/components/schemas/{outbound}"));
        assert_eq!(
            object["required"],
            serde_json::json!(["BASE_DN", "RDN_ATTRIBUTE"]),
            "{outbound}"
        );
        assert_eq!(
            branches[1]["not"],
            serde_json::json!({"required": ["BASE_DN", "RDN_ATTRIBUTE"]}),
            "{rule}: a value matches one branch only"
        );
    }
    let operation = |path: &str, method: &str| {
        paths[&format!("/environments/{{environmentID}}/propagation{path}")][method]["requestBody"]
            ["content"]["application/json"]["schema"]["$ref"]
            .clone()
    };
    assert_eq!(
        operation("/rules/{ruleID}/mappings", "post"),
        "#/components/schemas/MappingCreateRequest"
    );
    assert_eq!(
        operation("/mappings/{mappingID}", "put"),
        "#/components/schemas/MappingUpdateRequest"
    );
    let mut refs = 0;
    every_ref(&document, &mut |reference| {
        refs += 1;
        resolve(&document, reference);
    });
    assert!(refs > 100, "{refs} references");
}

/// The value a local `$ref` points at; fails the test when it points at nothing.
fn resolve<'a>(document: &'a Value, reference: &str) -> &'a Value {
    let pointer = reference
        .strip_prefix('#')
        .unwrap_or_else(|| panic!("`{reference}` is not local"));
    document
        .pointer(pointer)
        .unwrap_or_else(|| panic!("`{reference}` does not resolve"))
}

fn every_ref(value: &Value, found: &mut impl FnMut(&str)) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                match (key.as_str(), member) {
                    ("$ref", Value::String(reference)) => found(reference),
                    _ => every_ref(member, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| every_ref(item, found)),
        _ => {}
    }
}

/// The OpenAPI component of a fixture's payload kind and flavour, by the fixture's name:
/// `None` for the kinds no operation takes (the setup file, a revision, a kind decided
/// by shape) and for metadata responses (not typed).
fn openapi_component_of(name: &str) -> Option<(String, PayloadKind)> {
    use pingone_store::validate::{ListKind, ObjectKind};
    let (kind, flavour) = fixture_kind(name)?;
    let (stem, flavour) = match kind {
        ObjectKind::Store => ("Store".to_owned(), flavour),
        ObjectKind::Plan => ("Plan".to_owned(), flavour),
        ObjectKind::Rule => ("Rule".to_owned(), flavour),
        // A mapping request is a create or an update (C15): the fixture's name says which.
        ObjectKind::Mapping if flavour == PayloadKind::Request => {
            let form = if name.contains(".update.") {
                "Update"
            } else {
                "Create"
            };
            return Some((format!("Mapping{form}Request"), flavour));
        }
        ObjectKind::Mapping => ("Mapping".to_owned(), flavour),
        ObjectKind::Metadata(store_type) if flavour == PayloadKind::Request => {
            return Some((format!("StoreMetadataRequest_{store_type}"), flavour));
        }
        ObjectKind::List(list) => {
            let stem = match list {
                ListKind::Stores => "StoreList",
                ListKind::Plans => "PlanList",
                ListKind::Rules => "RuleList",
                ListKind::Mappings => "MappingList",
            };
            return Some((stem.to_owned(), PayloadKind::Response));
        }
        _ => return None,
    };
    if flavour == PayloadKind::Request {
        Some((format!("{stem}Request"), flavour))
    } else {
        Some((stem, flavour))
    }
}

/// The OpenAPI document's schemas are the linter's too: every fixture of a kind an
/// operation takes (stores, plans, rules, mappings, every type's metadata request, the
/// lists) gets the linter's verdict from its component, the store's `oneOf` per type
/// included.
#[test]
fn openapi_components_give_the_linters_verdict_on_every_fixture() {
    let document = committed("openapi.json");
    let mut validators = std::collections::BTreeMap::<String, Validator>::new();
    let mut checked = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for_each_fixture(
        openapi_component_of,
        |dir, name, component: String, value, report| {
            let validator = validators.entry(component.clone()).or_insert_with(|| {
                let schema = serde_json::json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "$ref": format!("#/components/schemas/{component}"),
                    "components": document["components"],
                });
                jsonschema::options()
                    .should_validate_formats(true)
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("{component} does not compile: {e}"))
            });
            let schema_valid = validator.is_valid(value);
            checked.insert(component.clone());
            if schema_valid != report.is_valid() {
                failures.push(format!(
                    "{dir}/{name}: linter {}, {component} {schema_valid}",
                    report.is_valid()
                ));
            }
        },
    );
    for component in [
        "Store",
        "StoreRequest",
        "PlanRequest",
        "RuleRequest",
        "Rule",
        "MappingCreateRequest",
        "MappingUpdateRequest",
        "StoreList",
        "MappingList",
        "StoreMetadataRequest_LdapGateway",
        "StoreMetadataRequest_Salesforce",
        "StoreMetadataRequest_Zoom",
        "StoreMetadataRequest_PingOne",
    ] {
        assert!(
            checked.contains(component),
            "no fixture checks {component}: {checked:?}"
        );
    }
    assert!(
        failures.is_empty(),
        "fixtures whose verdicts disagree:\n{}",
        failures.join("\n")
    );
}
