//! The typed models encode the conditional rules: `AUTHENTICATION_METHOD` is an enum
//! whose variants carry the keys that method requires, for Zoom and for scim.

use pingone_store::model::{ScimAuthentication, ScimConfiguration};
use pingone_store::{StoreConfiguration, StoreRequest, parse_request};
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
