//! Drift: the declarations against what is derived from them, key by key. Adding a key
//! to one side only (a serde field, a schema property, a declaration) fails here.

use std::collections::BTreeSet;

use pingone_store::model::decl::{DefaultValue, Need, ObjectDecl, Relation, Text, ValueRule};
use pingone_store::model::declarations::{self, STORE, ZOOM};
use pingone_store::schema::{Draft, REQUEST_FILE, RESPONSE_FILE, request_schema};
use pingone_store::{
    AuthenticationMethod, Code, Options, PayloadKind, RemoveAction, StoreRequest, StoreStatus,
    StoreType, validate_value,
};
use serde_json::{Map, Value, json};

/// A valid value of a rule, the same every time.
fn sample(rule: ValueRule) -> Value {
    match rule {
        ValueRule::Text(Text::Any | Text::NotBlank | Text::NotBlankAdvised(_)) => json!("sample"),
        ValueRule::Text(Text::ScimFilter) => json!("population.id pr"),
        ValueRule::Text(Text::PayloadKind) => json!("mapping"),
        ValueRule::Text(Text::Url | Text::HttpsUrl(_)) => json!("https://example.com/path"),
        ValueRule::Text(Text::Uuid | Text::IdRef) => json!("da166d8e-eaa7-4251-8480-85448e095bc3"),
        ValueRule::Text(Text::DateTime) => json!("2023-12-05T17:38:42.947Z"),
        ValueRule::Bool(_) => json!(true),
        ValueRule::Count => json!(1),
        ValueRule::Choice(choice) => json!(choice.names().next().expect("a value")),
        ValueRule::Object(decl) => required_object(decl),
        ValueRule::MapOf(decl) => json!({ "self": required_object(decl) }),
        ValueRule::SelectedBy(_) => json!({}),
        ValueRule::ArrayOf(decl) | ValueRule::ArrayOfOrColumns(decl, _) => {
            json!([required_object(decl)])
        }
        ValueRule::Open(decl) => required_object(decl),
        ValueRule::ChoiceOrBool(choice, _) => json!(choice.names().next().expect("a value")),
    }
}

/// [`sample`], with an object's every key rather than its required ones.
fn every_key_sample(rule: ValueRule) -> Value {
    match rule {
        ValueRule::Object(decl) => Value::Object(
            decl.keys
                .iter()
                .map(|key| (key.name.to_owned(), every_key_sample(key.value)))
                .collect(),
        ),
        rule => sample(rule),
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

/// The committed schema files, read from disk, with their dialect and payload kind.
fn committed_schemas() -> Vec<(String, Draft, PayloadKind, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut schemas = Vec::new();
    for draft in [Draft::Draft2020_12, Draft::Draft07] {
        for (file, kind) in [
            (REQUEST_FILE, PayloadKind::Request),
            (RESPONSE_FILE, PayloadKind::Response),
        ] {
            let path = format!("{}{file}", draft.dir());
            let text = std::fs::read_to_string(dir.join(&path))
                .unwrap_or_else(|e| panic!("schemas/{path}: {e}; run `cargo xtask codegen`"));
            let schema = serde_json::from_str(&text).expect("a committed schema is JSON");
            schemas.push((path, draft, kind, schema));
        }
    }
    schemas
}

/// The keys a payload of `kind` must hold, as the schema's `required` states them: a
/// response may withhold a secret, and a selected object that some values let be
/// absent (`configuration` of `directory`) is required through the selection instead.
fn required_keys(decl: &ObjectDecl, kind: PayloadKind) -> BTreeSet<&'static str> {
    decl.keys
        .iter()
        .filter(|key| match key.need {
            Need::Required => true,
            Need::ReadOnlyRequired => kind == PayloadKind::Response,
            _ => false,
        })
        .filter(|key| !(key.secret && kind == PayloadKind::Response))
        .filter(|key| {
            !matches!(key.value, ValueRule::SelectedBy(selection) if !selection.optional_for.is_empty())
        })
        .map(|key| key.name)
        .collect()
}

/// The definition a `$ref` points to, in the same file.
fn resolve<'s>(schema: &'s Value, reference: &str) -> &'s Value {
    let pointer = reference.strip_prefix('#').expect("a local reference");
    schema
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{reference} resolves"))
}

/// Every committed schema file holds each declared object key by key: its properties
/// are the declared keys and nothing else, `required` the keys the payload must hold,
/// each value set's `enum` (or an open set's `examples`) the declared values in order,
/// and each `default` the declared default. Objects only read-only keys hold are not
/// described in requests.
#[test]
fn committed_schemas_hold_the_declarations_key_by_key() {
    for (path, draft, kind, schema) in committed_schemas() {
        for decl in declarations::all() {
            let def = definition(&schema, draft, decl);
            if def.is_null() {
                assert_eq!(kind, PayloadKind::Request, "{path}: no `{}`", decl.name);
                continue;
            }
            let at = |key: &str| format!("{path}: `{}.{key}`", decl.name);
            let properties = def["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{path}: `{}` has properties", decl.name));
            let names: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
            let declared: BTreeSet<&str> = decl.key_names().collect();
            assert_eq!(names, declared, "{path}: the properties of `{}`", decl.name);
            let required: BTreeSet<&str> = def["required"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|name| name.as_str().expect("a key"))
                .collect();
            assert_eq!(
                required,
                required_keys(decl, kind),
                "{path}: the required keys of `{}`",
                decl.name
            );
            for key in decl.keys {
                let property = &properties[key.name];
                let default = key.default.map(|default| match default {
                    DefaultValue::Text(text) => json!(text),
                    DefaultValue::Bool(value) => json!(value),
                });
                assert_eq!(
                    property.get("default"),
                    default.as_ref(),
                    "{}",
                    at(key.name)
                );
                let described_only = kind == PayloadKind::Request
                    && matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired);
                let ValueRule::Choice(choice) = key.value else {
                    continue;
                };
                if described_only {
                    continue;
                }
                let values: Vec<&str> = choice.names().collect();
                let listed = match (choice.open, property.get("$ref")) {
                    (None, Some(Value::String(reference))) => &resolve(&schema, reference)["enum"],
                    (None, _) => &property["enum"],
                    (Some(_), _) => &property["examples"],
                };
                assert_eq!(listed, &json!(values), "{}", at(key.name));
            }
        }
    }
}

#[test]
fn every_declared_key_is_known_to_the_walker() {
    for key in ZOOM.keys {
        let mut value = oauth_request();
        value["configuration"][key.name] = sample(key.value);
        let report = validate_value(&value, Options::request());
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
        let report = validate_value(&value, Options::request());
        assert!(
            !report.iter().any(|d| d.code == Code::UnknownProperty),
            "`{}`: {report}",
            key.name
        );
    }
    let mut value = oauth_request();
    value["configuration"]["NOT_A_DECLARED_KEY"] = json!("x");
    assert!(
        validate_value(&value, Options::request())
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
            // Every member of the store a request may send, from its declaration.
            let mut request = json!({ "type": store_type });
            for key in STORE.keys.iter().filter(|k| k.name != "type") {
                if matches!(key.need, Need::Required | Need::Optional) {
                    request[key.name] = every_key_sample(key.value);
                }
            }
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
    let mut original: Value = serde_json::from_str(&text).expect("JSON");
    // A key the fixture does not send yet (one declared since) gets a sample value, so
    // that every declared key is round-tripped.
    for decl in [&STORE, &declarations::SYNC_STATUS] {
        let object = if std::ptr::eq(decl, &STORE) {
            &mut original
        } else {
            &mut original["syncStatus"]
        };
        for key in decl.keys {
            if object.get(key.name).is_none() {
                object[key.name] = every_key_sample(key.value);
            }
        }
    }
    let text = serde_json::to_string(&original).expect("serializes");
    let typed = pingone_store::parse_response(&text).expect("valid").value;
    assert_eq!(serde_json::to_value(&typed).expect("serializes"), original);
}

/// A payload of `decl` holding every key a payload of `kind` may send: for a pair of
/// which exactly one must be present, the first; in an open object, an undeclared
/// string member too; a list's items none (an empty array is a list).
fn every_member(decl: &ObjectDecl, kind: PayloadKind) -> Value {
    let mut members = Map::new();
    for (at, key) in decl.keys.iter().enumerate() {
        let read_only = matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired);
        if kind == PayloadKind::Request && read_only {
            continue;
        }
        if let Some(Relation::ExactlyOneWith(other)) = key.relation
            && decl.key(other).is_some_and(|(other_at, _)| other_at < at)
        {
            continue;
        }
        let value = match key.value {
            ValueRule::Object(child) => every_member(child, kind),
            ValueRule::Open(child) => {
                let mut object = every_member(child, kind);
                object["AN_INBOUND_KEY"] = json!("a string");
                object
            }
            ValueRule::MapOf(child) => json!({ "self": every_member(child, kind) }),
            ValueRule::ArrayOf(item)
                if declarations::ROOTS.iter().any(|r| std::ptr::eq(*r, item)) =>
            {
                json!([])
            }
            ValueRule::ArrayOf(item) => json!([every_member(item, kind)]),
            rule => sample(rule),
        };
        members.insert(key.name.to_owned(), value);
    }
    Value::Object(members)
}

/// The typed models of the other payload kinds hold every declared key under its wire
/// name and no other: a payload of every key a request (or a response) may hold, nested
/// objects included, comes back from the typed model unchanged; a response read by a
/// request's model loses its read-only keys and nothing else.
#[test]
fn the_typed_models_of_every_kind_hold_every_declared_key() {
    use pingone_store::model::{
        LdapGatewayMetadataRequest, MappingList, MappingRequest, MappingResponse, PlanList,
        PlanRequest, PlanResponse, RuleList, RuleRequest, RuleResponse, SetupDocument, StoreList,
    };
    fn through<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> Value {
        let typed: T =
            serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value:#}"));
        serde_json::to_value(&typed).expect("serializes")
    }
    type Read = fn(&Value) -> Value;
    let request = PayloadKind::Request;
    let response = PayloadKind::Response;
    // The declaration, the payload sent, the model's form, the model.
    let kinds: [(&ObjectDecl, PayloadKind, PayloadKind, Read); 15] = [
        (
            &declarations::PLAN,
            request,
            request,
            through::<PlanRequest>,
        ),
        (
            &declarations::PLAN,
            response,
            response,
            through::<PlanResponse>,
        ),
        (
            &declarations::PLAN,
            response,
            request,
            through::<PlanRequest>,
        ),
        (
            &declarations::RULE,
            request,
            request,
            through::<RuleRequest>,
        ),
        (
            &declarations::RULE,
            response,
            response,
            through::<RuleResponse>,
        ),
        (
            &declarations::RULE,
            response,
            request,
            through::<RuleRequest>,
        ),
        (
            &declarations::MAPPING,
            request,
            request,
            through::<MappingRequest>,
        ),
        (
            &declarations::MAPPING,
            response,
            response,
            through::<MappingResponse>,
        ),
        (
            &declarations::MAPPING,
            response,
            request,
            through::<MappingRequest>,
        ),
        (
            &declarations::LDAP_GATEWAY_METADATA,
            request,
            request,
            through::<LdapGatewayMetadataRequest>,
        ),
        (
            &declarations::STORE_LIST,
            response,
            response,
            through::<StoreList>,
        ),
        (
            &declarations::PLAN_LIST,
            response,
            response,
            through::<PlanList>,
        ),
        (
            &declarations::RULE_LIST,
            response,
            response,
            through::<RuleList>,
        ),
        (
            &declarations::MAPPING_LIST,
            response,
            response,
            through::<MappingList>,
        ),
        (
            &declarations::SETUP,
            request,
            request,
            through::<SetupDocument>,
        ),
    ];
    for (decl, sent, form, read) in kinds {
        let written = read(&every_member(decl, sent));
        assert_eq!(
            written,
            every_member(decl, form),
            "{} {sent:?} read as {form:?}",
            decl.name
        );
    }
    // Every root of a payload kind is covered: the store by the tests above, the others
    // here.
    let mut covered: BTreeSet<&str> = kinds.iter().map(|(decl, ..)| decl.name).collect();
    covered.insert(STORE.name);
    let roots: BTreeSet<&str> = declarations::ROOTS.iter().map(|decl| decl.name).collect();
    assert_eq!(covered, roots);
}

/// `schemars::schema_for!` on the typed models of the other payload kinds gives the
/// committed schema of each (2020-12): the same properties and required keys.
#[test]
fn schemars_gives_the_committed_schema_of_every_kind() {
    use pingone_store::model::{
        LdapGatewayMetadataRequest, MappingList, MappingRequest, MappingResponse, PlanList,
        PlanRequest, PlanResponse, RuleList, RuleRequest, RuleResponse, SetupDocument, StoreList,
    };
    fn same<T: schemars::JsonSchema>(file: &str) {
        let schema = serde_json::to_value(schemars::schema_for!(T)).expect("JSON");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schemas")
            .join(file);
        let text = std::fs::read_to_string(path).expect("the committed schema");
        let committed: Value = serde_json::from_str(&text).expect("JSON");
        assert!(schema["properties"].is_object(), "{file}: {schema}");
        assert_eq!(schema["properties"], committed["properties"], "{file}");
        assert_eq!(schema["required"], committed["required"], "{file}");
    }
    same::<PlanRequest>("plan-request.schema.json");
    same::<PlanResponse>("plan-response.schema.json");
    same::<RuleRequest>("rule-request.schema.json");
    same::<RuleResponse>("rule-response.schema.json");
    same::<MappingRequest>("mapping-request.schema.json");
    same::<MappingResponse>("mapping-response.schema.json");
    same::<LdapGatewayMetadataRequest>("metadata-ldapgateway-request.schema.json");
    same::<StoreList>("store-list-response.schema.json");
    same::<PlanList>("plan-list-response.schema.json");
    same::<RuleList>("rule-list-response.schema.json");
    same::<MappingList>("mapping-list-response.schema.json");
    same::<SetupDocument>("setup.schema.json");
}
