//! Strategies: typed store requests (every value the model can hold) and the mutations
//! that turn a valid payload into a possibly invalid one.

use pingone_store::model::UnmodelledStore;
use pingone_store::{
    JwtCredentials, OAuthCredentials, RemoveAction, StoreConfiguration, StoreRequest, StoreStatus,
    StoreType, ZoomAuthentication, ZoomConfiguration,
};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Strings that satisfy "not empty or blank", some holding a template variable.
pub fn non_blank() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9][A-Za-z0-9 ._-]{0,24}",
        "\\PC{0,8}[a-z]\\PC{0,8}",
        Just("{{oauthClientId}}".to_owned()),
        Just("prefix-{{ name }}".to_owned()),
    ]
}

/// Any string, as `description` takes.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,30}", Just(String::new()), Just("  ".to_owned())]
}

/// Absolute `http(s)` URLs and templated URLs.
pub fn url() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https://api.zoom.us/scim2".to_owned()),
        Just("https://zoom.us/oauth/token".to_owned()),
        Just("http://api.zoom.us/scim2".to_owned()),
        Just("https://{{zoomHost}}/scim2".to_owned()),
        Just("{{tokenUrl}}".to_owned()),
        ("[a-z]{1,10}", "[a-z0-9/]{0,12}")
            .prop_map(|(host, path)| format!("https://{host}.example.com/{path}")),
    ]
}

/// The authentication of a Zoom store: either method with its keys.
pub fn authentication() -> impl Strategy<Value = ZoomAuthentication> {
    prop_oneof![
        (non_blank(), non_blank(), non_blank(), url()).prop_map(
            |(account, client, secret, token)| {
                ZoomAuthentication::OAuth(OAuthCredentials::new(account, client, secret, token))
            }
        ),
        (non_blank(), non_blank())
            .prop_map(|(key, secret)| ZoomAuthentication::Jwt(JwtCredentials::new(key, secret))),
    ]
}

/// Every Zoom configuration the model can hold.
pub fn zoom_configuration() -> impl Strategy<Value = ZoomConfiguration> {
    let flags = proptest::collection::vec(proptest::option::of(any::<bool>()), 4);
    let remove = proptest::option::of(prop_oneof![
        Just(RemoveAction::Disable),
        Just(RemoveAction::Delete)
    ]);
    (url(), authentication(), flags, remove).prop_map(
        |(scim_url, authentication, flags, remove_action)| {
            let mut config = match authentication {
                ZoomAuthentication::OAuth(credentials) => {
                    ZoomConfiguration::oauth(scim_url, credentials)
                }
                ZoomAuthentication::Jwt(credentials) => {
                    ZoomConfiguration::jwt(scim_url, credentials)
                }
            };
            config.create_users = flags[0];
            config.update_users = flags[1];
            config.disable_users = flags[2];
            config.deprovision_users = flags[3];
            config.remove_action = remove_action;
            config
        },
    )
}

/// Small JSON values of every type.
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        (-1.0e6..1.0e6f64).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-zA-Z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A store of a documented type other than Zoom, with an opaque configuration.
pub fn unmodelled_store() -> impl Strategy<Value = StoreConfiguration> {
    let types: Vec<StoreType> = StoreType::ALL
        .iter()
        .copied()
        .filter(|t| *t != StoreType::Zoom)
        .collect();
    (
        proptest::sample::select(types),
        proptest::collection::btree_map("[A-Za-z_]{1,10}", json_value(), 0..4),
    )
        .prop_map(|(store_type, members)| {
            let configuration: Map<String, Value> = members.into_iter().collect();
            StoreConfiguration::Unmodelled(
                UnmodelledStore::new(store_type, configuration).expect("not Zoom"),
            )
        })
}

/// Every store request the typed model can hold (Zoom stores four times as often).
pub fn store_request() -> impl Strategy<Value = StoreRequest> {
    let store = prop_oneof![4 => zoom_configuration().prop_map(StoreConfiguration::Zoom), 1 => unmodelled_store()];
    let status = proptest::option::of(prop_oneof![
        Just(StoreStatus::Active),
        Just(StoreStatus::Inactive)
    ]);
    let image = proptest::option::of(proptest::option::of(url()));
    (
        non_blank(),
        store,
        proptest::option::of(any_text()),
        status,
        proptest::option::of(any::<bool>()),
        image,
    )
        .prop_map(|(name, store, description, status, managed, image)| {
            let mut request = StoreRequest::new(name, store);
            request.description = description;
            request.status = status;
            request.managed = managed;
            request.image = image.map(|href| pingone_store::model::Image { href });
            request
        })
}

/// One change to a JSON payload, located by the member it touches.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Remove a member.
    Drop,
    /// Replace a member's value with one of another JSON type.
    Retype(Value),
    /// Replace a member's value with another string (an enum value, right or wrong).
    Respell(String),
    /// Add a member with this key and value to the object at the chosen place.
    Add(String, Value),
}

/// A mutation and a selector that picks the place it applies to.
pub fn mutation() -> impl Strategy<Value = (Mutation, usize)> {
    let spellings = prop_oneof![
        proptest::sample::select(vec![
            "Zoom",
            "zoom",
            "Slack",
            "scim",
            "ACTIVE",
            "active",
            "INACTIVE",
            "OAuth Bearer Token",
            "JWT Bearer Token",
            "oauth bearer token",
            "Disable",
            "Delete",
            "delete",
            "{{method}}",
            "",
        ])
        .prop_map(str::to_owned),
        "[A-Za-z ]{1,12}",
    ];
    let keys = prop_oneof![
        proptest::sample::select(vec![
            "name",
            "description",
            "status",
            "managed",
            "image",
            "href",
            "id",
            "SCIM_URL",
            "AUTHENTICATION_METHOD",
            "OAUTH_CLIENT_ID",
            "API_KEY",
            "CREATE_USERS",
            "REMOVE_ACTION",
            "OAUTH_CLIENTID",
            "Name",
            "extra",
        ])
        .prop_map(str::to_owned),
        "[A-Za-z_]{1,12}",
    ];
    (
        prop_oneof![
            Just(Mutation::Drop),
            json_value().prop_map(Mutation::Retype),
            spellings.prop_map(Mutation::Respell),
            (keys, json_value()).prop_map(|(k, v)| Mutation::Add(k, v)),
        ],
        any::<usize>(),
    )
}

/// The places a mutation may touch: every member of the root and of the objects
/// under `objects` (for `Add`, the objects themselves).
pub fn places(payload: &Value, objects: &[&str], adding: bool) -> Vec<Vec<String>> {
    let mut places = Vec::new();
    let mut containers: Vec<Vec<String>> = vec![Vec::new()];
    containers.extend(objects.iter().map(|key| vec![(*key).to_owned()]));
    for container in containers {
        let Some(Value::Object(map)) = get(payload, &container) else {
            continue;
        };
        if adding {
            places.push(container.clone());
        } else {
            for key in map.keys() {
                let mut place = container.clone();
                place.push(key.clone());
                places.push(place);
            }
        }
    }
    places
}

fn get<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

/// Applies `mutation` at `place`; returns the pointer of the member it touched.
pub fn apply(payload: &mut Value, mutation: &Mutation, place: &[String]) -> Vec<String> {
    let (last, parent) = match mutation {
        Mutation::Add(key, _) => (key.clone(), place.to_vec()),
        _ => (
            place[place.len() - 1].clone(),
            place[..place.len() - 1].to_vec(),
        ),
    };
    let object = parent
        .iter()
        .try_fold(&mut *payload, |v, key| v.get_mut(key))
        .and_then(Value::as_object_mut)
        .expect("the place is in an object");
    match mutation {
        Mutation::Drop => _ = object.remove(&last),
        Mutation::Retype(value) => _ = object.insert(last.clone(), value.clone()),
        Mutation::Respell(text) => _ = object.insert(last.clone(), Value::String(text.clone())),
        Mutation::Add(_, value) => _ = object.insert(last.clone(), value.clone()),
    }
    let mut touched = parent;
    touched.push(last);
    touched
}

/// The JSON type name of a value, to tell whether a retype changed it.
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
