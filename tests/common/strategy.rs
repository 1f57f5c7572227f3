//! Proptest strategies for typed store payloads, built from the public constructors
//! with realistic strings (names with template variables, `https`/`http`/templated URLs,
//! UUIDs, RFC 3339 date-times), and random mutations of their JSON form.
//!
//! Use it from a test file with `#[path = "common/strategy.rs"] mod strategy;`.

#![allow(dead_code, reason = "each test file uses a part of the strategies")]

use std::collections::BTreeMap;

use pingone_store::model::decl::{BoolRule, Need, ObjectDecl, Relation, Text, ValueRule};
use pingone_store::model::declarations;
use pingone_store::model::{Image, Link, SyncState, SyncStatus};
use pingone_store::{
    StoreConfiguration, StoreRequest, StoreResponse, StoreStatus, ZoomConfiguration,
};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Value, json};

/// A template variable such as `{{oauthClientId}}` or `{{ host }}`.
pub fn template() -> impl Strategy<Value = String> {
    ("[a-zA-Z][a-zA-Z0-9_.-]{0,10}", prop::bool::ANY).prop_map(|(name, spaced)| {
        if spaced {
            format!("{{{{ {name} }}}}")
        } else {
            format!("{{{{{name}}}}}")
        }
    })
}

/// A non-blank text: a word or words, sometimes holding a template variable.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "[A-Za-z0-9][A-Za-z0-9 _.-]{0,24}",
        1 => template(),
        1 => ("[a-z]{1,8}", template()).prop_map(|(word, t)| format!("{word} {t}")),
    ]
    .boxed()
}

/// A name: realistic, non-blank, sometimes with a template variable.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("zoom connection".to_owned()),
        Just("Zoom (production)".to_owned()),
        text(),
    ]
}

/// A credential value (non-blank), sometimes a template variable.
pub fn secret() -> impl Strategy<Value = String> {
    prop_oneof![4 => "[A-Za-z0-9_-]{1,32}", 1 => template()]
}

/// An `http(s)` URL as a store holds it: `https` (mostly), `http` (a warning only) or
/// with a template variable in place of the host or of the whole URL.
pub fn url() -> BoxedStrategy<String> {
    prop_oneof![
        Just("https://api.zoom.us/scim2".to_owned()),
        Just("https://zoom.us/oauth/token".to_owned()),
        ("[a-z][a-z0-9-]{0,10}", "[a-z0-9/._~-]{0,16}")
            .prop_map(|(host, path)| format!("https://{host}.zoom.us/{path}")),
        ("[a-z][a-z0-9-]{0,10}", 1u16..65535)
            .prop_map(|(host, port)| format!("http://{host}.example.com:{port}/scim2")),
        Just("HTTPS://API.ZOOM.US/scim2?x=1#y".to_owned()),
        template().prop_map(|t| format!("https://{t}/scim2")),
        template(),
    ]
    .boxed()
}

/// A hyphenated UUID, lower or upper case.
pub fn uuid() -> impl Strategy<Value = String> {
    (
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        prop::bool::weighted(0.2),
    )
        .prop_map(|(id, upper)| if upper { id.to_uppercase() } else { id })
}

/// An RFC 3339 date-time: `Z` or an offset, with or without a fraction of a second.
pub fn date_time() -> BoxedStrategy<String> {
    (
        (1970u32..2100, 1u32..=12, 1u32..=28),
        (0u32..24, 0u32..60, 0u32..60),
        prop::option::of("[0-9]{1,6}"),
        prop_oneof![
            Just("Z".to_owned()),
            (prop::bool::ANY, 0u32..24, 0u32..60).prop_map(|(plus, h, m)| {
                format!("{}{h:02}:{m:02}", if plus { '+' } else { '-' })
            })
        ],
    )
        .prop_map(|((y, mo, d), (h, mi, s), fraction, offset)| {
            let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{offset}")
        })
        .boxed()
}

/// A Zoom configuration, generated from the Zoom declaration (either method, any of
/// the optional keys) and built by the typed path.
pub fn zoom_configuration() -> BoxedStrategy<ZoomConfiguration> {
    declared_object(&declarations::ZOOM)
        .prop_map(|configuration| {
            serde_json::from_value::<ZoomConfiguration>(configuration)
                .expect("a declared Zoom configuration is valid")
        })
        .boxed()
}

/// A small JSON value of any type, for opaque configurations and mutations.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        prop::bool::ANY.prop_map(Value::Bool),
        (-1000i64..1000).prop_map(Value::from),
        (-10.0f64..10.0).prop_map(Value::from),
        "[a-z {}]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The configuration of a documented store type, generated from its declaration.
pub fn declared_store() -> BoxedStrategy<StoreConfiguration> {
    // Generated from the declarations, then built by the typed path.
    declared_request()
        .prop_map(|request| {
            serde_json::from_value::<StoreRequest>(request)
                .expect("a declared request is valid")
                .store
        })
        .boxed()
}

/// A store's `type` with its `configuration`: mostly Zoom.
pub fn store_configuration() -> BoxedStrategy<StoreConfiguration> {
    prop_oneof![4 => zoom_configuration().prop_map(StoreConfiguration::Zoom), 1 => declared_store()]
        .boxed()
}

/// A valid request, built with [`StoreRequest::new`] and the `with_*` setters.
pub fn store_request() -> BoxedStrategy<StoreRequest> {
    (
        name(),
        store_configuration(),
        prop::option::of(prop_oneof![text(), Just(String::new())]),
        prop::option::of(prop::sample::select(StoreStatus::ALL)),
        prop::option::of(prop::bool::ANY),
        prop::option::of(url()),
    )
        .prop_map(|(name, store, description, status, managed, image)| {
            let mut request = StoreRequest::new(name, store);
            if let Some(description) = description {
                request = request.with_description(description);
            }
            if let Some(status) = status {
                request = request.with_status(status);
            }
            if let Some(managed) = managed {
                request = request.with_managed(managed);
            }
            if let Some(href) = image {
                request = request.with_image(href);
            }
            request
        })
        .boxed()
}

/// `syncStatus` of a response, with any of its members.
pub fn sync_status() -> BoxedStrategy<SyncStatus> {
    (
        prop::option::of(prop_oneof![text(), Just(String::new())]),
        prop::array::uniform4(prop::option::of(0u64..100_000)),
        prop::option::of(date_time()),
        prop::option::of(prop::sample::select(vec![
            SyncState::Syncing,
            SyncState::Failed,
        ])),
    )
        .prop_map(
            |(details, [failed, failed_deprovision, success, total], last_sync_at, sync_state)| {
                let mut status = SyncStatus::default();
                status.details = details;
                status.failed_count = failed;
                status.failed_deprovision_count = failed_deprovision;
                status.success_count = success;
                status.user_total = total;
                status.last_sync_at = last_sync_at;
                status.sync_state = sync_state;
                status
            },
        )
        .boxed()
}

/// A valid response: a request's members plus the read-only ones.
pub fn store_response() -> BoxedStrategy<StoreResponse> {
    (
        store_request(),
        (uuid(), uuid(), date_time(), date_time()),
        prop::option::of(prop::option::of(url())),
        prop::option::of(sync_status()),
        prop::option::of(prop::collection::btree_map(
            prop::sample::select(vec!["self", "update", "delete", "environment"]),
            url(),
            0..4,
        )),
    )
        .prop_map(
            |(request, (id, environment, created_at, updated_at), image, sync_status, links)| {
                let mut response =
                    StoreResponse::from_request(request, id, environment, created_at, updated_at);
                // `Some(None)` is the seed's `"image": {}`
                response.image = image.map(|href| {
                    let mut image = Image::default();
                    image.href = href;
                    image
                });
                response.sync_status = sync_status;
                response.links = links.map(|links| {
                    links
                        .into_iter()
                        .map(|(rel, href)| (rel.to_owned(), Link::new(href)))
                        .collect::<BTreeMap<_, _>>()
                });
                response
            },
        )
        .boxed()
}

/// Where a mutation applies: a JSON Pointer to an object of the payload.
pub const REQUEST_TARGETS: &[&str] = &["", "/configuration", "/image"];

/// Where a mutation of a response applies.
pub const RESPONSE_TARGETS: &[&str] = &[
    "",
    "/configuration",
    "/image",
    "/environment",
    "/syncStatus",
    "/_links",
    "/_links/self",
];

/// Keys a mutation adds: every declared key of every object (in the wrong place too),
/// read from the declarations, and a near miss and an unknown key made from them.
fn added_keys() -> Vec<&'static str> {
    static KEYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut keys: Vec<&'static str> = declarations::all()
            .flat_map(|decl| decl.key_names())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        // Near misses: a separator dropped, the case changed; and plain unknown keys.
        let misses: Vec<&'static str> = keys
            .iter()
            .filter(|key| key.contains('_'))
            .take(8)
            .map(|key| &*Box::leak(key.replacen('_', "", 1).into_boxed_str()))
            .chain(["Name", "self", "extra"])
            .collect();
        keys.extend(misses);
        keys
    });
    KEYS.clone()
}

/// Strings a mutation writes in place of a value: other enum spellings, blank strings
/// (also with white space that regex dialects disagree on), URLs and not-URLs,
/// templates and near-templates, UUIDs and date-times that are not quite.
const REPLACEMENT_STRINGS: &[&str] = &[
    "Zoom",
    "zoom",
    "scim",
    "Scim",
    "ACTIVE",
    "active",
    "INACTIVE",
    "OAuth Bearer Token",
    "oauth bearer token",
    "JWT Bearer Token",
    "JWT",
    "Disable",
    "Delete",
    "delete",
    "SYNCING",
    "FAILED",
    "{{method}}",
    "",
    " ",
    "\t\n",
    "\u{a0}",
    "\u{85}",
    "\u{feff}",
    "\u{2028}",
    "\u{3000}",
    "x",
    "https://api.zoom.us/scim2",
    "http://localhost:8080/x",
    "api.zoom.us/scim2",
    "ftp://zoom.us",
    "https://",
    "https:///path",
    "https://exa mple.com",
    "mailto:a@b.c",
    "https://[::1]/scim2",
    "https://a:b@host:99999/p",
    "https://h/%zz",
    "https://h/\u{e9}",
    "{{ host }}",
    "{{}}",
    "{{a b}}",
    "{oauth}",
    "{{\u{85}x\u{85}}}",
    "{{\u{feff}x}}",
    "da166d8e-eaa7-4251-8480-85448e095bc3",
    "DA166D8EEAA74251848085448E095BC3",
    "urn:uuid:da166d8e-eaa7-4251-8480-85448e095bc3",
    "2023-12-05T17:38:42.947Z",
    "2023-12-05 17:38:42Z",
    "2023-12-05T17:38:42+0100",
    "2023-02-29T00:00:00Z",
    "2024-02-29T00:00:00Z",
    "1998-12-31T23:59:60Z",
    "1998-12-31T22:59:60Z",
    "2023-12-05T17:38:42",
    "2023-12-05t17:38:42.1z",
];

/// One change to a JSON payload.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Remove the member at the index (modulo the object's size).
    Drop(Index),
    /// Replace the member's value with one of another JSON type (or any value).
    Replace(Index, Value),
    /// Add (or overwrite) a member.
    Add(&'static str, Value),
}

/// A value a mutation writes: any JSON, a tricky string or a tricky number.
pub fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => any_json(),
        4 => prop::sample::select(REPLACEMENT_STRINGS).prop_map(Value::from),
        1 => prop::sample::select(vec![json!(0), json!(-1), json!(3.0), json!(-3.0), json!(2.5), json!(1e20), json!(-0.0)]),
    ]
}

/// One mutation at one of `targets`.
pub fn mutation(
    targets: &'static [&'static str],
) -> impl Strategy<Value = (&'static str, Mutation)> {
    let op = prop_oneof![
        any::<Index>().prop_map(Mutation::Drop),
        (any::<Index>(), replacement()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (prop::sample::select(added_keys()), replacement()).prop_map(|(k, v)| Mutation::Add(k, v)),
    ];
    (prop::sample::select(targets), op)
}

/// Applies `mutation` to the object at `target` and returns the JSON Pointer of the
/// member it dropped, replaced or added; `None` (and no change) when there is no such
/// object or it has no member to drop or replace.
pub fn apply(value: &mut Value, target: &str, mutation: &Mutation) -> Option<String> {
    let Some(Value::Object(map)) = value.pointer_mut(target) else {
        return None;
    };
    let pick = |map: &Map<String, Value>, index: &Index| {
        (!map.is_empty()).then(|| {
            map.keys()
                .nth(index.index(map.len()))
                .cloned()
                .expect("in range")
        })
    };
    let key = match mutation {
        Mutation::Drop(index) => {
            let key = pick(map, index)?;
            map.remove(&key);
            key
        }
        Mutation::Replace(index, replacement) => {
            let key = pick(map, index)?;
            map.insert(key.clone(), replacement.clone());
            key
        }
        Mutation::Add(key, replacement) => {
            map.insert((*key).to_owned(), replacement.clone());
            (*key).to_owned()
        }
    };
    Some(format!(
        "{target}/{}",
        key.replace('~', "~0").replace('/', "~1")
    ))
}

/// A request payload: a valid one from [`store_request`], then zero to three mutations.
pub fn request_payload() -> BoxedStrategy<Value> {
    (
        store_request(),
        prop::collection::vec(mutation(REQUEST_TARGETS), 0..4),
    )
        .prop_map(|(request, mutations)| {
            let mut value = serde_json::to_value(&request).expect("a request serializes");
            for (target, mutation) in &mutations {
                apply(&mut value, target, mutation);
            }
            value
        })
        .boxed()
}

/// A response payload: a valid one from [`store_response`], then zero to three mutations.
pub fn response_payload() -> BoxedStrategy<Value> {
    (
        store_response(),
        prop::collection::vec(mutation(RESPONSE_TARGETS), 0..4),
    )
        .prop_map(|(response, mutations)| {
            let mut value = serde_json::to_value(&response).expect("a response serializes");
            for (target, mutation) in &mutations {
                apply(&mut value, target, mutation);
            }
            value
        })
        .boxed()
}

/// A valid value of a declared rule.
pub fn declared_value(rule: ValueRule) -> BoxedStrategy<Value> {
    match rule {
        ValueRule::Text(Text::ScimFilter) => Just(Value::from("population.id pr")).boxed(),
        ValueRule::Text(Text::PayloadKind) => Just(Value::from("mapping")).boxed(),
        ValueRule::Text(Text::Any | Text::NotBlankAdvised(_)) => {
            text().prop_map(Value::from).boxed()
        }
        ValueRule::Text(Text::NotBlank) => name().prop_map(Value::from).boxed(),
        ValueRule::Text(Text::Url | Text::HttpsUrl(_)) => url().prop_map(Value::from).boxed(),
        ValueRule::Text(Text::Uuid | Text::IdRef) => uuid().prop_map(Value::from).boxed(),
        ValueRule::Text(Text::DateTime) => date_time().prop_map(Value::from).boxed(),
        ValueRule::Bool(BoolRule::Any | BoolRule::TextTolerated(_)) => {
            any::<bool>().prop_map(Value::from).boxed()
        }
        ValueRule::Bool(BoolRule::Advised(value, _)) => Just(Value::from(value)).boxed(),
        ValueRule::Count => (0u32..1000).prop_map(Value::from).boxed(),
        ValueRule::Choice(choice) => {
            let values: Vec<Value> = choice.names().map(Value::from).collect();
            prop::sample::select(values).boxed()
        }
        ValueRule::Object(decl) => declared_object(decl).boxed(),
        ValueRule::MapOf(decl) => {
            prop::collection::btree_map("[a-z]{1,8}", declared_object(decl), 0..3)
                .prop_map(|links| Value::Object(links.into_iter().collect()))
                .boxed()
        }
        ValueRule::SelectedBy(_) => Just(json!({})).boxed(),
        ValueRule::ArrayOf(decl) | ValueRule::ArrayOfOrColumns(decl, _) => {
            prop::collection::vec(declared_object(decl), 0..3)
                .prop_map(Value::from)
                .boxed()
        }
        ValueRule::Open(decl) => declared_object(decl).boxed(),
        ValueRule::ChoiceOrBool(choice, _) => {
            let values: Vec<Value> = choice.names().map(Value::from).collect();
            prop::sample::select(values).boxed()
        }
    }
}

/// A valid object of a declaration (as a request: no read-only keys): its required
/// keys, some optional ones, and, where a switch decides, the keys of one case.
pub fn declared_object(decl: &'static ObjectDecl) -> BoxedStrategy<Value> {
    let cases: Vec<Option<usize>> = match decl.switch {
        Some(switch) => (0..switch.cases.len()).map(Some).collect(),
        None => vec![None],
    };
    (
        prop::sample::select(cases),
        prop::collection::vec(any::<bool>(), decl.keys.len()),
    )
        .prop_flat_map(move |(case, optional)| {
            let mut members: Vec<BoxedStrategy<(String, Value)>> = Vec::new();
            for (index, key) in decl.keys.iter().enumerate() {
                let switch = decl.switch.filter(|s| s.key == key.name);
                let member = match (switch, case) {
                    (Some(switch), Some(case)) => {
                        Just((key.name.to_owned(), Value::from(switch.cases[case].value))).boxed()
                    }
                    _ => {
                        let by_case = case.zip(decl.switch).is_some_and(|(case, s)| {
                            s.cases[case].requires.iter().any(|r| r.key == key.name)
                        });
                        let wanted = match key.need {
                            Need::Required | Need::Doubtful(_) => true,
                            Need::ReadOnly | Need::ReadOnlyRequired => false,
                            Need::Optional | Need::InUpdate(_) => by_case || optional[index],
                        };
                        // Keys another case needs are ignored by PingOne (and dropped by
                        // the typed model): left out.
                        let other_case = case.zip(decl.switch).is_some_and(|(case, s)| {
                            s.others_ignored
                                && !by_case
                                && s.cases.iter().enumerate().any(|(i, c)| {
                                    i != case && c.requires.iter().any(|r| r.key == key.name)
                                })
                        });
                        // Of a pair of which exactly one must be present, the first.
                        let (wanted, second_of_pair) = match key.relation {
                            Some(Relation::ExactlyOneWith(other)) => {
                                let first = decl
                                    .keys
                                    .iter()
                                    .position(|k| k.name == other)
                                    .is_none_or(|at| at > index);
                                (first, !first)
                            }
                            _ => (wanted, false),
                        };
                        if !wanted
                            || second_of_pair
                            || other_case
                            || key.deprecated.is_some()
                            || key.undocumented.is_some()
                        {
                            continue;
                        }
                        declared_value(key.value)
                            .prop_map(move |value| (key.name.to_owned(), value))
                            .boxed()
                    }
                };
                members.push(member);
            }
            members.prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>()))
        })
        .boxed()
}

/// A valid request of every modelled store type, built from the declarations alone.
pub fn declared_request() -> BoxedStrategy<Value> {
    let types: Vec<(&'static str, &'static ObjectDecl)> = declarations::CONFIGURATIONS
        .cases
        .iter()
        .map(|(name, decl)| (*name, *decl))
        .collect();
    prop::sample::select(types)
        .prop_flat_map(|(store_type, decl)| {
            (name(), declared_object(decl)).prop_map(move |(name, configuration)| {
                json!({ "name": name, "type": store_type, "configuration": configuration })
            })
        })
        .boxed()
}
