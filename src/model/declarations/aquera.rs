//! `"type": "Aquera"`: store-types.md B.1.

use super::common::{GROUP_NAME_SOURCE, HTTPS_ADVISED};
use super::zoom::REMOVE_ACTION;
use crate::model::decl::{BoolRule, Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-aquera";
const META: &str = "identity-propagation-store-metadata-aquera";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_EXAMPLE: &[Source] = &[Source::RequestModel(PAGE), Source::Example(META)];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];
const EXAMPLE_ONLY: &[Source] = &[Source::Example(PAGE), Source::Example(META)];

/// Why the scim keys of Aquera's examples are warnings, not errors (A2.6).
const SCIM_COPY: &str =
    "PingOne's own Aquera examples send it (they look copied from the scim example)";

/// `AUTHENTICATION_METHOD` of an Aquera store.
pub static AQUERA_AUTHENTICATION_METHOD: Choice = Choice {
    name: "AqueraAuthenticationMethod",
    doc: "How PingOne authenticates to Aquera (`AUTHENTICATION_METHOD`).",
    values: &[
        (
            "OAuth Bearer Token",
            "An OAuth access token (`ACCESS_TOKEN`).",
        ),
        (
            "Basic Auth",
            "A user and password (`BASIC_AUTH_USER`, `BASIC_AUTH_PASSWORD`).",
        ),
        (
            "None",
            "No authentication; the value PingOne's own examples send.",
        ),
    ],
    open: Some(
        "the community SDK lists `OAuth Bearer Token` and `Basic Auth`, and PingOne's own \
         examples send `None`; no official page lists the values",
    ),
    advised: None,
    aliases: &[],
};

/// The `configuration` of an Aquera store.
pub static AQUERA: ObjectDecl = ObjectDecl {
    name: "AqueraConfiguration",
    doc: "The `configuration` of an Aquera store, key for key as on the wire. \
          `BASIC_AUTH_USER` and `BASIC_AUTH_PASSWORD` are required whatever \
          `AUTHENTICATION_METHOD` says (the request model and the examples agree).",
    keys: &[
        KeyDecl {
            doc: "An OAuth access token for the Aquera account.",
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("ACCESS_TOKEN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "How PingOne authenticates: `OAuth Bearer Token` or `Basic Auth` (community \
                  SDK), or `None` (PingOne's own examples).",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(META),
                Source::CommunitySdk,
                Source::AdminGuide("p1_create_aquera_connection"),
            ],
            ..KeyDecl::new(
                "AUTHENTICATION_METHOD",
                ValueRule::Choice(&AQUERA_AUTHENTICATION_METHOD),
            )
        },
        KeyDecl {
            doc: "The password of basic authentication.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("BASIC_AUTH_PASSWORD", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The user of basic authentication.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("BASIC_AUTH_USER", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Create users in Aquera.",
            sources: MODEL,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("createNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in Aquera.",
            sources: MODEL,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `DISABLE_USERS`. Deprecated.",
            deprecated: Some("use `DISABLE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("disableNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`Common Name` or `Distinguished Name`: which name of a PingOne group the \
                  Aquera group takes.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("GROUP_NAME_SOURCE", ValueRule::Choice(&GROUP_NAME_SOURCE))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in Aquera to a user who leaves the scope.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "The SCIM endpoint, an absolute URL such as `https://api.aquera.io/scim/`.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(META),
                Source::AdminGuide("p1_create_aquera_connection"),
            ],
            ..KeyDecl::new("SCIM_URL", ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)))
        },
        KeyDecl {
            doc: "Update users in Aquera.",
            sources: MODEL,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("updateNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "A SCIM filter expression; sent by PingOne's examples, not in the request \
                  model.",
            undocumented: Some(SCIM_COPY),
            sources: EXAMPLE_ONLY,
            ..KeyDecl::new("USER_FILTER", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The user attribute that identifies a user; sent by PingOne's examples, not \
                  in the request model.",
            undocumented: Some(SCIM_COPY),
            sources: EXAMPLE_ONLY,
            ..KeyDecl::new("UNIQUE_USER_IDENTIFIER", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The path of the user resource; sent by PingOne's examples, not in the \
                  request model.",
            undocumented: Some(SCIM_COPY),
            sources: EXAMPLE_ONLY,
            ..KeyDecl::new("USERS_RESOURCE", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The SCIM version; sent by PingOne's metadata example, not in the request \
                  model.",
            undocumented: Some(SCIM_COPY),
            sources: &[Source::Example(META)],
            ..KeyDecl::new("SCIM_VERSION", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The authorization header type; sent by PingOne's metadata example, not in \
                  the request model.",
            undocumented: Some(SCIM_COPY),
            sources: &[Source::Example(META)],
            ..KeyDecl::new("AUTHORIZATION_TYPE", ValueRule::Text(Text::Any))
        },
    ],
    switch: None,
};
