//! Drift: the declarations against what is derived from them, key by key. Adding a key
//! to one side only (a serde field, a schema property, a declaration) fails here.

use pingone_store::model::decl::{Need, ObjectDecl, Text, ValueRule};
use pingone_store::model::declarations::{self, STORE, ZOOM};
use pingone_store::schema::{Draft, request_schema, response_schema};
use pingone_store::{
    AuthenticationMethod, Code, RemoveAction, StoreRequest, StoreStatus, StoreType,
    validate_request,
};
use serde_json::{Map, Value, json};

/// A valid value of a rule, the same every time.
fn sample(rule: ValueRule) -> Value {
    match rule {
        ValueRule::Text(Text::Any | Text::NotBlank | Text::NotBlankAdvised(_)) => json!("sample"),
        ValueRule::Text(Text::ScimFilter) => json!("population.id pr"),
        ValueRule::Text(Text::Url | Text::HttpsUrl(_)) => json!("https://example.com/path"),
        ValueRule::Text(Text::Uuid | Text::IdRef) => json!("da166d8e-eaa7-4251-8480-85448e095bc3"),
        ValueRule::Text(Text::DateTime) => json!("2023-12-05T17:38:42.947Z"),
        ValueRule::Bool(_) => json!(true),
        ValueRule::Count => json!(1),
        ValueRule::Choice(choice) => json!(choice.names().next().expect("a value")),
        ValueRule::Object(decl) => required_object(decl),
        ValueRule::MapOf(decl) => json!({ "self": required_object(decl) }),
        ValueRule::SelectedBy(_) => json!({}),
        ValueRule::ArrayOf(decl) => json!([required_object(decl)]),
        ValueRule::Open(decl) => required_object(decl),
        ValueRule::ChoiceOrBool(choice, _) => json!(choice.names().next().expect("a value")),
    }
}

fn required_object(decl: &ObjectDecl) -> Value {
    let members: Map<String, Value> = decl
        .keys
        .iter()
        .filter(|key| key.need == Need::Required)
        .map(|key| (key.name.to_owned(), sample(key.value)))
        .collect();
    Value::Object(members)
}

fn oauth_request() -> Value {
    json!({
        "name": "n", "type": "Zoom",
        "configuration": {
            "SCIM_URL": "https://api.zoom.us/scim2",
            "AUTHENTICATION_METHOD": "OAuth Bearer Token",
            "OAUTH_ACCOUNT_ID": "a", "OAUTH_CLIENT_ID": "c",
            "OAUTH_CLIENT_SECRET": "s", "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
        }
    })
}

/// The definition of `decl` in a generated schema.
fn definition<'s>(schema: &'s Value, draft: Draft, decl: &ObjectDecl) -> &'s Value {
    let defs = match draft {
        Draft::Draft2020_12 => "$defs",
        _ => "definitions",
    };
    if std::ptr::eq(decl, &STORE) {
        return schema;
    }
    &schema[defs][decl.name]
}

#[test]
fn every_declared_key_is_a_schema_property_and_nothing_else_is() {
    for draft in [Draft::Draft2020_12, Draft::Draft07] {
        for schema in [request_schema(draft), response_schema(draft)] {
            for decl in declarations::all() {
                let def = definition(&schema, draft, decl);
                if def.is_null() {
                    // Read-only objects are not described in requests.
                    continue;
                }
                let properties: Vec<&str> = def["properties"]
                    .as_object()
                    .unwrap_or_else(|| panic!("{} has properties", decl.name))
                    .keys()
                    .map(String::as_str)
                    .collect();
                let mut declared: Vec<&str> = decl.key_names().collect();
                let mut properties = properties;
                declared.sort_unstable();
                properties.sort_unstable();
                assert_eq!(properties, declared, "schema properties of {}", decl.name);
            }
        }
    }
}

#[test]
fn every_declared_key_is_known_to_the_walker() {
    for key in ZOOM.keys {
        let mut value = oauth_request();
        value["configuration"][key.name] = sample(key.value);
        let report = validate_request(&value);
        assert!(
            !report.iter().any(|d| d.code == Code::UnknownProperty),
            "`{}` is declared but the walker does not know it: {report}",
            key.name
        );
    }
    for key in STORE.keys {
        let mut value = oauth_request();
        if key.need == Need::Optional {
            value[key.name] = sample(key.value);
        }
        let report = validate_request(&value);
        assert!(
            !report.iter().any(|d| d.code == Code::UnknownProperty),
            "`{}`: {report}",
            key.name
        );
    }
    let mut value = oauth_request();
    value["configuration"]["NOT_A_DECLARED_KEY"] = json!("x");
    assert!(
        validate_request(&value)
            .iter()
            .any(|d| d.code == Code::UnknownProperty && d.is_error())
    );
}

/// The typed models' wire names are the declared keys: a request that sends every
/// declared key of a type, once per case of its switch, comes back from the typed model
/// with declared keys only, and over the cases with every key (a key PingOne ignores
/// under one case is kept under another). The store's own members likewise.
#[test]
fn the_typed_models_wire_names_are_the_declared_keys() {
    for (store_type, decl) in declarations::CONFIGURATIONS.cases {
        let Some(decl) = decl else { continue };
        let cases: Vec<Option<&str>> = match decl.switch {
            Some(switch) => switch.cases.iter().map(|case| Some(case.value)).collect(),
            None => vec![None],
        };
        let mut written_keys: Vec<String> = Vec::new();
        for case in cases {
            let mut configuration: Map<String, Value> = decl
                .keys
                .iter()
                .map(|key| (key.name.to_owned(), sample(key.value)))
                .collect();
            if let (Some(switch), Some(case)) = (decl.switch, case) {
                configuration.insert(switch.key.to_owned(), json!(case));
            }
            let mut request = json!({
                "name": "n", "type": store_type, "description": "d", "status": "ACTIVE",
                "managed": false, "image": { "href": "https://example.com/icon.png" },
            });
            if !decl.keys.is_empty() {
                request["configuration"] = Value::Object(configuration);
            }
            let typed: StoreRequest = serde_json::from_value(request.clone())
                .unwrap_or_else(|e| panic!("{store_type} {case:?}: {e}"));
            let written = serde_json::to_value(&typed).expect("serializes");
            for key in written.as_object().expect("an object").keys() {
                assert!(STORE.key(key).is_some(), "`{key}` is not declared");
            }
            for key in STORE
                .keys
                .iter()
                .filter(|k| matches!(k.need, Need::Required | Need::Optional))
            {
                if key.name != "configuration" || !decl.keys.is_empty() {
                    assert!(
                        written.get(key.name).is_some(),
                        "no field for `{}`",
                        key.name
                    );
                }
            }
            for key in written["configuration"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, _)| k)
            {
                assert!(
                    decl.key(key).is_some(),
                    "`{key}` is not a key of {store_type}"
                );
                written_keys.push(key.clone());
            }
        }
        for key in decl.keys {
            assert!(
                written_keys.iter().any(|k| k == key.name),
                "{store_type}: no field for `{}`",
                key.name
            );
        }
    }
}

/// The typed enums spell exactly the declared value sets.
#[test]
fn the_typed_enums_are_the_declared_value_sets() {
    let names = |choice: &pingone_store::model::decl::Choice| choice.names().collect::<Vec<_>>();
    assert_eq!(StoreType::NAMES, names(&declarations::STORE_TYPE));
    assert_eq!(StoreStatus::NAMES, names(&declarations::STORE_STATUS));
    assert_eq!(
        AuthenticationMethod::NAMES,
        names(&declarations::AUTHENTICATION_METHOD)
    );
    assert_eq!(RemoveAction::NAMES, names(&declarations::REMOVE_ACTION));
    assert_eq!(
        pingone_store::model::SyncState::NAMES,
        names(&declarations::SYNC_STATE)
    );
    let switch = ZOOM.switch.expect("Zoom has a switch");
    for method in AuthenticationMethod::ALL {
        let case = switch.case(method.as_str()).expect("a case per method");
        let declared: Vec<&str> = case.requires.iter().map(|r| r.key).collect();
        assert_eq!(declared, method.required_keys());
    }
}

/// `schemars::schema_for!` on the typed models gives the declarations' schema.
#[test]
fn schemars_gives_the_declared_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(StoreRequest)).expect("json");
    let committed = request_schema(Draft::Draft2020_12);
    assert_eq!(schema["properties"], committed["properties"]);
    assert_eq!(schema["required"], committed["required"]);
}

/// The response side: a response that sets every declared member of the store and of
/// `syncStatus`, `environment`, `image` and a link round-trips through the typed model,
/// so each declared key has a field with its wire name, and no field another name.
#[test]
fn a_full_response_round_trips_through_the_typed_model() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid/response-with-sync-status.response.json");
    let text = std::fs::read_to_string(path).expect("the fixture");
    let original: Value = serde_json::from_str(&text).expect("JSON");
    for decl in [&STORE, &declarations::SYNC_STATUS] {
        let object = if std::ptr::eq(decl, &STORE) {
            &original
        } else {
            &original["syncStatus"]
        };
        for key in decl.keys {
            assert!(
                object.get(key.name).is_some(),
                "the fixture lacks `{}`",
                key.name
            );
        }
    }
    let typed = pingone_store::parse_response(&text).expect("valid").value;
    assert_eq!(serde_json::to_value(&typed).expect("serializes"), original);
}
