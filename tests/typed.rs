//! The typed models encode the conditional rules: `AUTHENTICATION_METHOD` is an enum
//! whose variants carry the keys that method requires, for Zoom and for scim; a
//! mapping's `sourceAttribute` or `expression` is one enum. The models of every payload
//! kind read their fixtures and generated payloads and write them back key for key.

#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/strategy.rs"]
mod strategy;

use fixtures::fixture_kind;
use pingone_store::model::decl::{Need, ObjectDecl};
use pingone_store::model::declarations;
use pingone_store::model::{
    LdapGatewayMetadataRequest, MappingList, MappingRequest, MappingResponse, MappingSource,
    PlanList, PlanRequest, PlanResponse, Reference, RuleList, RuleRequest, RuleResponse,
    ScimAuthentication, ScimConfiguration, SetupDocument, StoreList,
};
use pingone_store::validate::{ListKind, ObjectKind};
use pingone_store::{
    Options, Payload, PayloadKind, StoreConfiguration, StoreRequest, parse, parse_request,
    validate_str,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    std::fs::read_to_string(path).expect("the fixture")
}

fn scim_configuration(name: &str) -> ScimConfiguration {
    let request = parse_request(&fixture(name)).expect("a valid request");
    let StoreConfiguration::Scim(configuration) = request.value.store else {
        panic!("a scim store")
    };
    configuration
}

#[test]
fn scim_basic_authentication_carries_its_user_and_password() {
    let configuration = scim_configuration("scim-basic-authentication.json");
    assert_eq!(
        configuration.authentication.method(),
        "Basic Authentication"
    );
    let ScimAuthentication::Basic(keys) = &configuration.authentication else {
        panic!("basic authentication: {:?}", configuration.authentication)
    };
    assert_eq!(keys.basic_auth_user, "pingone-provisioner");
    assert_eq!(
        keys.basic_auth_password.expose(),
        "s3cr3t-scim-basic-auth-password"
    );
    assert_eq!(configuration.scim_url, "https://scim.example.com/v2/");
}

#[test]
fn scim_client_credentials_carry_the_client() {
    let configuration = scim_configuration("scim-oauth-client-credentials.json");
    let ScimAuthentication::ClientCredentials(keys) = &configuration.authentication else {
        panic!("client credentials: {:?}", configuration.authentication)
    };
    assert!(!keys.oauth_client_id.is_empty());
    assert!(!keys.oauth_client_secret.expose().is_empty());
}

/// scim's value set is open (the sources disagree): another method is a warning, and
/// the typed model keeps it with every credential key the payload sends.
#[test]
fn an_unlisted_scim_method_is_kept_with_its_keys() {
    let text = fixture("scim-authentication-method-unknown-is-warning.json");
    let configuration = scim_configuration("scim-authentication-method-unknown-is-warning.json");
    let ScimAuthentication::Other(method, keys) = &configuration.authentication else {
        panic!("another method: {:?}", configuration.authentication)
    };
    assert_eq!(method, "OAuth 2.0");
    assert_eq!(keys.basic_auth_user.as_deref(), Some("pingone-provisioner"));
    let original: Value = serde_json::from_str(&text).expect("JSON");
    let request: StoreRequest = serde_json::from_str(&text).expect("valid");
    let written = serde_json::to_value(&request).expect("serializes");
    assert_eq!(written["configuration"], original["configuration"]);
}

/// Every scim fixture that is valid round-trips through the typed model key for key:
/// the switch's wire struct drops nothing and invents nothing.
#[test]
fn valid_scim_requests_round_trip() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("the fixtures") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.starts_with("scim-") || name.ends_with(".response.json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("the fixture");
        let original: Value = serde_json::from_str(&text).expect("JSON");
        let request: StoreRequest = serde_json::from_str(&text).expect("valid");
        let written = serde_json::to_value(&request).expect("serializes");
        assert_eq!(
            written["configuration"], original["configuration"],
            "{name}"
        );
        seen += 1;
    }
    assert!(seen >= 5, "only {seen} scim fixtures");
}

/// A scim configuration deserialized on its own is checked like a store's: the method's
/// missing key is an error that names it.
#[test]
fn a_scim_method_without_its_keys_does_not_deserialize() {
    let configuration = json!({
        "SCIM_URL": "https://scim.example.com/v2/",
        "SCIM_VERSION": "2.0",
        "USERS_RESOURCE": "/Users",
        "USER_FILTER": "userName Eq \"%s\"",
        "UNIQUE_USER_IDENTIFIER": "userName",
        "AUTHENTICATION_METHOD": "Basic Authentication",
        "AUTHORIZATION_TYPE": "Basic",
        "BASIC_AUTH_PASSWORD": "pw"
    });
    let error = serde_json::from_value::<ScimConfiguration>(configuration.clone())
        .expect_err("BASIC_AUTH_USER is missing");
    assert!(error.to_string().contains("BASIC_AUTH_USER"), "{error}");

    let mut complete = configuration;
    complete["BASIC_AUTH_USER"] = json!("me");
    let typed: ScimConfiguration = serde_json::from_value(complete).expect("complete");
    assert!(matches!(typed.authentication, ScimAuthentication::Basic(_)));
}

/// A configuration built in Rust writes the method and its keys, and reads back equal.
#[test]
fn a_scim_configuration_built_in_rust_round_trips() {
    use pingone_store::model::{ScimBasicCredentials, ScimUniqueUserIdentifier};
    let configuration = ScimConfiguration::new(
        ScimAuthentication::Basic(ScimBasicCredentials::new("pw", "me")),
        "Basic",
        "https://scim.example.com/v2/",
        "2.0",
        ScimUniqueUserIdentifier::UserName,
        "userName Eq \"%s\"",
        "/Users",
    );
    let value = serde_json::to_value(&configuration).expect("serializes");
    assert_eq!(value["AUTHENTICATION_METHOD"], "Basic Authentication");
    assert_eq!(value["BASIC_AUTH_USER"], "me");
    assert_eq!(value["UNIQUE_USER_IDENTIFIER"], "userName");
    assert!(value.get("OAUTH_CLIENT_ID").is_none());
    let back: ScimConfiguration = serde_json::from_value(value).expect("valid");
    assert_eq!(back, configuration);
}

/// `schemars::schema_for!` on a switched configuration gives its declaration's schema,
/// with the method's keys required under `if`/`then`.
#[test]
fn schemars_gives_the_scim_declaration() {
    let schema = serde_json::to_value(schemars::schema_for!(ScimConfiguration)).expect("JSON");
    assert_eq!(schema["title"], "ScimConfiguration", "{schema}");
    let text = schema.to_string();
    assert!(text.contains("BASIC_AUTH_USER"), "{text}");
    assert!(text.contains("\"if\""), "{text}");
}

/// Every type's configuration deserialized on its own is checked by its declaration,
/// not only the ones with a switch: here Slack, whose value sets are enums.
#[test]
fn a_slack_configuration_on_its_own_is_checked_by_its_declaration() {
    use pingone_store::model::{SlackConfiguration, SlackUniqueUserIdentifier};
    let text = fixture("slack-complete.json");
    let request: Value = serde_json::from_str(&text).expect("JSON");
    let configuration = request["configuration"].clone();
    let typed: SlackConfiguration =
        serde_json::from_value(configuration.clone()).expect("the complete example");
    assert!(matches!(
        typed.unique_user_identifier,
        SlackUniqueUserIdentifier::PrimaryEmail | SlackUniqueUserIdentifier::UserName
    ));
    assert_eq!(
        serde_json::to_value(&typed).expect("serializes"),
        configuration
    );

    let mut unknown = configuration.clone();
    unknown["OAUTH_ACCESS_TOKN"] = json!("x");
    let error = serde_json::from_value::<SlackConfiguration>(unknown).expect_err("unknown key");
    assert!(error.to_string().contains("OAUTH_ACCESS_TOKN"), "{error}");

    let mut missing = configuration;
    missing
        .as_object_mut()
        .expect("an object")
        .remove("UNIQUE_USER_IDENTIFIER");
    let error = serde_json::from_value::<SlackConfiguration>(missing).expect_err("missing key");
    assert!(
        error.to_string().contains("UNIQUE_USER_IDENTIFIER"),
        "{error}"
    );

    let schema = serde_json::to_value(schemars::schema_for!(SlackConfiguration)).expect("JSON");
    assert_eq!(schema["title"], "SlackConfiguration");
    assert!(
        schema["required"]
            .as_array()
            .is_some_and(|r| r.contains(&json!("OAUTH_ACCESS_TOKEN")))
    );
}

// The other payload kinds (issue 18): plans, rules, mappings, the LdapGateway metadata
// request, the read-all lists and the setup file.

/// What a typed model makes of `text`: its value written back, or serde's error.
type Outcome = Result<Value, String>;

/// A typed model's reading of a text.
type Read = fn(&str) -> Outcome;

fn through<T: Payload + serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> Outcome {
    let typed: T = serde_json::from_str(text).map_err(|e| e.to_string())?;
    // `parse` reads the same text to the same value, and the validator's warnings.
    let parsed = parse::<T>(text).map_err(|report| report.to_string())?;
    let written = serde_json::to_value(&typed).expect("serializes");
    assert_eq!(
        serde_json::to_value(&parsed.value).expect("serializes"),
        written
    );
    Ok(written)
}

/// The typed model of a payload kind other than the store, with the declaration of its
/// root; `None` for the kinds no typed model covers (a revision, which has no body; the
/// metadata requests whose body is a store configuration, empty or unpublished).
fn typed_of(kind: ObjectKind, flavour: PayloadKind) -> Option<(Read, &'static ObjectDecl)> {
    use PayloadKind::{Request, Response};
    Some(match (kind, flavour) {
        (ObjectKind::Plan, Request) => (through::<PlanRequest>, &declarations::PLAN),
        (ObjectKind::Plan, Response) => (through::<PlanResponse>, &declarations::PLAN),
        (ObjectKind::Rule, Request) => (through::<RuleRequest>, &declarations::RULE),
        (ObjectKind::Rule, Response) => (through::<RuleResponse>, &declarations::RULE),
        (ObjectKind::Mapping, Request) => (through::<MappingRequest>, &declarations::MAPPING),
        (ObjectKind::Mapping, Response) => (through::<MappingResponse>, &declarations::MAPPING),
        (ObjectKind::Metadata("LdapGateway"), Request) => (
            through::<LdapGatewayMetadataRequest>,
            &declarations::LDAP_GATEWAY_METADATA,
        ),
        (ObjectKind::List(ListKind::Stores), _) => {
            (through::<StoreList>, &declarations::STORE_LIST)
        }
        (ObjectKind::List(ListKind::Plans), _) => (through::<PlanList>, &declarations::PLAN_LIST),
        (ObjectKind::List(ListKind::Rules), _) => (through::<RuleList>, &declarations::RULE_LIST),
        (ObjectKind::List(ListKind::Mappings), _) => {
            (through::<MappingList>, &declarations::MAPPING_LIST)
        }
        (ObjectKind::Setup, _) => (through::<SetupDocument>, &declarations::SETUP),
        _ => return None,
    })
}

/// The fixtures of `dir` that a typed model of another kind covers, with the kind.
fn typed_fixtures(dir: &str) -> Vec<(String, String, ObjectKind, PayloadKind)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the fixtures") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let Some((kind, flavour)) = fixture_kind(&name) else {
            continue;
        };
        if kind == ObjectKind::Store || typed_of(kind, flavour).is_none() {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("the fixture");
        found.push((name, text, kind, flavour));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Every valid fixture of every typed kind deserializes into its typed model and is
/// written back key for key: a request's read-only members (accepted and dropped) are
/// the only members it loses.
#[test]
fn valid_fixtures_of_every_kind_round_trip_through_their_typed_models() {
    let mut kinds = std::collections::BTreeSet::new();
    let fixtures = typed_fixtures("valid");
    for (name, text, kind, flavour) in &fixtures {
        let (read, decl) = typed_of(*kind, *flavour).expect("a typed kind");
        let written = read(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut expected: Value = serde_json::from_str(text).expect("JSON");
        if *flavour == PayloadKind::Request {
            let object = expected.as_object_mut().expect("an object");
            for key in decl.keys {
                if matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired) {
                    object.remove(key.name);
                }
            }
        }
        assert_eq!(written, expected, "{name}");
        kinds.insert(format!("{kind} {flavour:?}"));
    }
    // A plan, a rule and a mapping request; a rule response; the LdapGateway metadata
    // request; a store list; the setup file.
    assert!(fixtures.len() >= 20, "only {} fixtures", fixtures.len());
    for kind in [
        "plan Request",
        "rule Request",
        "rule Response",
        "mapping Request",
        "metadata:LdapGateway Request",
        "list:stores Response",
    ] {
        assert!(
            kinds.contains(kind),
            "no valid fixture of {kind}: {kinds:?}"
        );
    }
}

/// Every invalid fixture of a typed kind does not deserialize, and serde's message names
/// the JSON Pointer of the validator's first error in the `serde_json::Value` that serde
/// reads (whose members are in key order, so the first error may differ from the text's:
/// of two conflicting keys, the second in key order is the one reported).
#[test]
fn invalid_fixtures_of_every_kind_do_not_deserialize_and_name_the_pointer() {
    let fixtures = typed_fixtures("invalid");
    for (name, text, kind, flavour) in &fixtures {
        let (read, _) = typed_of(*kind, *flavour).expect("a typed kind");
        let error = read(text).expect_err(name);
        let options = Options::new(*flavour).object(Some(*kind));
        assert!(!validate_str(text, options).is_valid(), "{name}: no error");
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        let report = pingone_store::validate_value(&value, options);
        let first = report
            .errors()
            .next()
            .unwrap_or_else(|| panic!("{name}: no error"));
        let pointer = format!("at `{}`", first.pointer);
        assert!(
            error.contains(&pointer),
            "{name}: {error} does not name {pointer}"
        );
    }
    assert!(fixtures.len() >= 12, "only {} fixtures", fixtures.len());
}

/// A mapping with both `expression` and `sourceAttribute` is refused, whichever way it
/// is read; with one of them it is the enum's variant of that key.
#[test]
fn a_mapping_with_both_expression_and_source_attribute_does_not_deserialize() {
    let both = json!({
        "targetAttribute": "email",
        "sourceAttribute": "mail",
        "expression": "${user.mail}"
    });
    let error = serde_json::from_value::<MappingRequest>(both.clone()).expect_err("both");
    assert!(
        error
            .to_string()
            .contains("`sourceAttribute` and `expression`"),
        "{error}"
    );
    assert!(parse::<MappingRequest>(&both.to_string()).is_err());

    let mut one = both;
    one.as_object_mut()
        .expect("an object")
        .remove("sourceAttribute");
    let mapping: MappingRequest = serde_json::from_value(one).expect("one of the two");
    assert_eq!(
        mapping.source,
        MappingSource::Expression("${user.mail}".to_owned())
    );
    assert_eq!(mapping.source.key(), "expression");
}

/// Typed values built in Rust serialize to bodies the validator accepts, with the wire
/// names: a rule to an LDAP gateway, a mapping, a plan.
#[test]
fn typed_values_built_in_rust_are_bodies_the_validator_accepts() {
    let id = |id: &str| Reference::new(id);
    let mut rule = RuleRequest::new(
        "Workday to PingOne",
        id("9d108dd7-a97e-41ae-98dc-dbe391f68cf0"),
        id("4722a0c4-6e67-4ef5-a8f8-9b275f00bc09"),
        id("a09e3c58-022f-4390-8d9f-d28e9c33537c"),
    )
    .with_active(true)
    .with_population_expression("population.id eq \"1425fb3b-476e-4cbe-9ef4-e06a52b74ab8\"");
    let mut configuration = pingone_store::model::OutboundLdapConfiguration::default();
    configuration.base_dn = Some("ou=users,dc=example,dc=com".to_owned());
    configuration.rdn_attribute = Some("uid".to_owned());
    rule.configuration = Some(configuration);
    let report = rule.check();
    assert!(report.is_empty(), "{report}");
    let body = serde_json::to_value(&rule).expect("serializes");
    assert_eq!(
        body["sourceStore"]["id"],
        "4722a0c4-6e67-4ef5-a8f8-9b275f00bc09"
    );
    assert_eq!(body["configuration"]["RDN_ATTRIBUTE"], "uid");
    let options = Options::new(PayloadKind::Request).object(Some(ObjectKind::Rule));
    assert!(pingone_store::validate_value(&body, options).is_empty());
    assert_eq!(
        serde_json::from_value::<RuleRequest>(body).expect("valid"),
        rule
    );

    let mapping = MappingRequest::new(
        "externalId",
        MappingSource::SourceAttribute("WID".to_owned()),
    )
    .with_name("WID to externalId");
    assert!(mapping.check().is_empty(), "{}", mapping.check());
    assert_eq!(
        serde_json::to_value(&mapping).expect("serializes"),
        json!({ "targetAttribute": "externalId", "sourceAttribute": "WID", "name": "WID to externalId" })
    );

    let plan = PlanRequest::new("  ");
    let report = plan.check();
    assert!(
        report.errors().any(|d| d.pointer.to_string() == "/name"),
        "{report}"
    );
    assert!(validator::Validate::validate(&plan).is_err());
}

/// A rule's deprecated members are kept, as `#[deprecated]` fields, and sending them is
/// the validator's `deprecated` warning, not an error.
#[test]
#[allow(
    deprecated,
    reason = "the test reads the deprecated members on purpose"
)]
fn a_rule_keeps_its_deprecated_members_with_a_warning() {
    let text = fixture("community-sdk-update-rule-deprecated-members.rule.json");
    let checked = parse::<RuleRequest>(&text).expect("valid");
    assert_eq!(checked.value.deprovision, Some(true));
    // Kept as sent: the sources disagree on its shape (an array of `{"id"}` objects here).
    let populations = checked
        .value
        .populations
        .as_ref()
        .and_then(|p| p.as_array());
    assert_eq!(populations.map(Vec::len), Some(1));
    assert!(
        checked
            .warnings
            .iter()
            .any(|d| d.code == pingone_store::Code::Deprecated),
        "{}",
        checked.warnings
    );
}

/// The inbound keys of a rule's `configuration`, never published, are kept as strings.
#[test]
fn a_rule_configuration_keeps_the_inbound_keys() {
    let body = json!({
        "name": "LDAP inbound",
        "plan": { "id": "9d108dd7-a97e-41ae-98dc-dbe391f68cf0" },
        "sourceStore": { "id": "4722a0c4-6e67-4ef5-a8f8-9b275f00bc09" },
        "targetStore": { "id": "a09e3c58-022f-4390-8d9f-d28e9c33537c" },
        "configuration": { "BASE_DN": "dc=example,dc=com", "USER_FILTER": "(objectClass=person)" }
    });
    let rule: RuleRequest = serde_json::from_value(body.clone()).expect("valid");
    let configuration = rule.configuration.as_ref().expect("a configuration");
    assert_eq!(configuration.base_dn.as_deref(), Some("dc=example,dc=com"));
    assert_eq!(configuration.other["USER_FILTER"], "(objectClass=person)");
    assert_eq!(serde_json::to_value(&rule).expect("serializes"), body);
}

/// Each kind's generated valid payload, read by its typed model, is written back as it
/// was.
fn round_trips<T: Payload + serde::de::DeserializeOwned + serde::Serialize>(
    value: &Value,
) -> Result<(), TestCaseError> {
    let typed: T = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("{e}: {value:#}")))?;
    prop_assert_eq!(&serde_json::to_value(&typed).expect("serializes"), value);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The property tests' generators (from the declarations) make payloads of every
    /// typed kind that its typed model reads and writes back unchanged.
    #[test]
    fn generated_payloads_round_trip_through_the_typed_models(
        plan in strategy::declared_object(&declarations::PLAN),
        rule in strategy::declared_object(&declarations::RULE),
        mapping in strategy::declared_object(&declarations::MAPPING),
        metadata in strategy::declared_object(&declarations::LDAP_GATEWAY_METADATA),
        setup in strategy::declared_object(&declarations::SETUP),
    ) {
        round_trips::<PlanRequest>(&plan)?;
        round_trips::<PlanResponse>(&plan)?;
        round_trips::<RuleRequest>(&rule)?;
        round_trips::<RuleResponse>(&rule)?;
        round_trips::<MappingRequest>(&mapping)?;
        round_trips::<MappingResponse>(&mapping)?;
        round_trips::<LdapGatewayMetadataRequest>(&metadata)?;
        round_trips::<SetupDocument>(&setup)?;
    }
}

/// Every metadata fixture, of every store type, reads into `MetadataRequest` by the type
/// its name gives (the path's), and is written back as sent, except a body PingOne
/// ignores, which is written as `{}`; an invalid one is the validator's report.
#[test]
fn metadata_fixtures_of_every_type_read_into_the_metadata_request() {
    use pingone_store::model::{MetadataRequest, StoreType};
    let mut types = std::collections::BTreeSet::new();
    for dir in ["valid", "invalid"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(dir);
        for entry in std::fs::read_dir(path).expect("the fixtures") {
            let path = entry.expect("an entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let Some((ObjectKind::Metadata(store_type), PayloadKind::Request)) = fixture_kind(name)
            else {
                continue;
            };
            let store_type: StoreType = store_type.parse().expect("a store type");
            let text = std::fs::read_to_string(&path).expect("the fixture");
            let parsed = pingone_store::parse_metadata(store_type, &text);
            if dir == "invalid" {
                let report = parsed.expect_err(name);
                assert!(!report.is_valid(), "{name}");
                continue;
            }
            let checked = parsed.unwrap_or_else(|report| panic!("{name}: {report}"));
            assert_eq!(checked.value.store_type(), store_type, "{name}");
            let written = serde_json::to_value(&checked.value).expect("serializes");
            let original: Value = serde_json::from_str(&text).expect("JSON");
            let ignored = matches!(
                checked.value,
                MetadataRequest::GitHubEmu
                    | MetadataRequest::ServiceNow
                    | MetadataRequest::Slack
                    | MetadataRequest::Workday
                    | MetadataRequest::Zoom
            );
            let expected = if ignored { json!({}) } else { original };
            assert_eq!(written, expected, "{name}");
            assert!(checked.value.check().is_valid(), "{name}");
            types.insert(store_type);
        }
    }
    assert!(types.len() >= 6, "{types:?}");
}

/// A PingOne metadata body is the PingOne store configuration, whose credential stays a
/// `Secret` that `Debug` does not show; `{}` is `None`.
#[test]
fn a_pingone_metadata_body_is_its_store_configuration() {
    use pingone_store::model::{MetadataRequest, StoreType};
    let text = fixture("official-example-pingone-metadata.metadata.PingOne.json");
    let checked = pingone_store::parse_metadata(StoreType::PingOne, &text).expect("valid");
    let MetadataRequest::PingOne(Some(configuration)) = &checked.value else {
        panic!("a PingOne configuration: {:?}", checked.value)
    };
    assert_eq!(configuration.environment_id, "{{envID}}");

    let mut body: Value = serde_json::from_str(&text).expect("JSON");
    body["CLIENT_ID"] = json!("pingone-client");
    body["CLIENT_SECRET"] = json!("s3cr3t-pingone-client-secret");
    let checked =
        pingone_store::parse_metadata(StoreType::PingOne, &body.to_string()).expect("valid");
    let debug = format!("{:?}", checked.value);
    assert!(!debug.contains("s3cr3t"), "{debug}");
    assert_eq!(
        serde_json::to_value(&checked.value).expect("serializes"),
        body
    );

    let empty = pingone_store::parse_metadata(StoreType::PingOne, "{}").expect("valid");
    assert_eq!(empty.value, MetadataRequest::PingOne(None));
}

/// A response's objects may carry members the declarations do not name (the API may add
/// members): a warning, and the typed model drops them, in a reference as in each item of
/// an array of references.
#[test]
fn a_rule_response_drops_the_members_its_references_do_not_declare() {
    let text = fixture("official-example-rule-writeback.response.rule.json");
    let mut body: Value = serde_json::from_str(&text).expect("JSON");
    body["plan"]["name"] = json!("the plan");
    body["groups"] = json!([{ "id": "da166d8e-eaa7-4251-8480-85448e095bc3", "name": "g" }]);
    let checked = parse::<RuleResponse>(&body.to_string()).expect("valid");
    assert!(!checked.warnings.is_empty());
    let written = serde_json::to_value(&checked.value).expect("serializes");
    assert_eq!(written["plan"], json!({ "id": body["plan"]["id"] }));
    assert_eq!(
        written["groups"],
        json!([{ "id": "da166d8e-eaa7-4251-8480-85448e095bc3" }])
    );
}

/// What the validator accepts in a rule's `configuration`, the typed model holds, in a
/// request and in a response: a member that is not a string is refused by both.
#[test]
fn a_rule_configuration_member_that_is_not_a_string_is_refused() {
    let text = fixture("official-example-rule-writeback.response.rule.json");
    let mut body: Value = serde_json::from_str(&text).expect("JSON");
    body["configuration"] = json!({ "AN_INBOUND_KEY": 1 });
    let options = Options::new(PayloadKind::Response).object(Some(ObjectKind::Rule));
    let valid = pingone_store::validate_value(&body, options).is_valid();
    let typed = serde_json::from_value::<RuleResponse>(body).is_ok();
    assert!(!valid);
    assert_eq!(typed, valid);
}

/// The objects a mutation of another kind's payload may change.
const OTHER_TARGETS: &[&str] = &[
    "",
    "",
    "/plan",
    "/sourceStore",
    "/configuration",
    "/rule",
    "/_embedded",
    "/_embedded/plans/0",
    "/_embedded/rules/0",
    "/_embedded/mappings/0",
];

/// Whether the validator finds no error in `value` as `kind` of `form`, and whether the
/// typed model `T` reads it: the two must agree.
fn verdicts<T: serde::de::DeserializeOwned>(
    value: &Value,
    kind: ObjectKind,
    form: PayloadKind,
) -> (bool, bool) {
    let options = Options::new(form).object(Some(kind));
    let walker = pingone_store::validate_value(value, options).is_valid();
    (walker, serde_json::from_value::<T>(value.clone()).is_ok())
}

/// A declared object of `decl` with up to three mutations.
fn mutated(decl: &'static ObjectDecl) -> BoxedStrategy<Value> {
    (
        strategy::declared_object(decl),
        prop::collection::vec(strategy::mutation(OTHER_TARGETS), 0..3),
    )
        .prop_map(|(mut value, mutations)| {
            for (target, mutation) in &mutations {
                strategy::apply(&mut value, target, mutation);
            }
            value
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The typed models of the other kinds accept exactly what the validator finds no
    /// error in, for valid and mutated payloads, as requests and as responses.
    #[test]
    fn the_typed_models_of_every_kind_agree_with_the_validator(
        plan in mutated(&declarations::PLAN),
        rule in mutated(&declarations::RULE),
        mapping in mutated(&declarations::MAPPING),
        metadata in mutated(&declarations::LDAP_GATEWAY_METADATA),
        setup in mutated(&declarations::SETUP),
        lists in (
            mutated(&declarations::STORE_LIST),
            mutated(&declarations::PLAN_LIST),
            mutated(&declarations::RULE_LIST),
            mutated(&declarations::MAPPING_LIST),
        ),
    ) {
        use PayloadKind::{Request, Response};
        let (stores, plans, rules, mappings) = lists;
        let list = |list| ObjectKind::List(list);
        let (walker, typed) = verdicts::<StoreList>(&stores, list(ListKind::Stores), Response);
        prop_assert_eq!(walker, typed, "store list {:#}", stores);
        let (walker, typed) = verdicts::<PlanList>(&plans, list(ListKind::Plans), Response);
        prop_assert_eq!(walker, typed, "plan list {:#}", plans);
        let (walker, typed) = verdicts::<RuleList>(&rules, list(ListKind::Rules), Response);
        prop_assert_eq!(walker, typed, "rule list {:#}", rules);
        let (walker, typed) =
            verdicts::<MappingList>(&mappings, list(ListKind::Mappings), Response);
        prop_assert_eq!(walker, typed, "mapping list {:#}", mappings);
        let (walker, typed) = verdicts::<PlanRequest>(&plan, ObjectKind::Plan, Request);
        prop_assert_eq!(walker, typed, "plan request {:#}", plan);
        let (walker, typed) = verdicts::<PlanResponse>(&plan, ObjectKind::Plan, Response);
        prop_assert_eq!(walker, typed, "plan response {:#}", plan);
        let (walker, typed) = verdicts::<RuleRequest>(&rule, ObjectKind::Rule, Request);
        prop_assert_eq!(walker, typed, "rule request {:#}", rule);
        let (walker, typed) = verdicts::<RuleResponse>(&rule, ObjectKind::Rule, Response);
        prop_assert_eq!(walker, typed, "rule response {:#}", rule);
        let (walker, typed) = verdicts::<MappingRequest>(&mapping, ObjectKind::Mapping, Request);
        prop_assert_eq!(walker, typed, "mapping request {:#}", mapping);
        let (walker, typed) =
            verdicts::<MappingResponse>(&mapping, ObjectKind::Mapping, Response);
        prop_assert_eq!(walker, typed, "mapping response {:#}", mapping);
        let kind = ObjectKind::Metadata("LdapGateway");
        let (walker, typed) = verdicts::<LdapGatewayMetadataRequest>(&metadata, kind, Request);
        prop_assert_eq!(walker, typed, "metadata {:#}", metadata);
        let (walker, typed) = verdicts::<SetupDocument>(&setup, ObjectKind::Setup, Request);
        prop_assert_eq!(walker, typed, "setup {:#}", setup);
    }
}
