//! `"type": "Zoom"`: domain.md section 2 (the contract for Zoom) and store-types.md B.14.

use crate::model::decl::{
    BoolRule, Case, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Requirement, Source, Switch,
    Text, TypedCase, TypedSwitch, ValueRule,
};

const PAGE: &str = "create-store-zoom";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];

/// Why `http:` is a warning on Zoom's URLs.
const HTTPS_ONLY: &str = "Zoom serves its API over HTTPS only";

/// Why the JWT method is deprecated.
pub(crate) const JWT_DEPRECATION: &str = "it uses Zoom's JWT app type, which Zoom ended on \
     2023-09-08; use `OAuth Bearer Token` with a Server-to-Server OAuth app";

/// `AUTHENTICATION_METHOD` of a Zoom store.
pub static AUTHENTICATION_METHOD: Choice = Choice {
    name: "AuthenticationMethod",
    doc: "How PingOne authenticates to Zoom (`AUTHENTICATION_METHOD`).",
    values: &[
        (
            "OAuth Bearer Token",
            "A Zoom Server-to-Server OAuth app: account ID, client ID and secret, token URL.",
        ),
        (
            "JWT Bearer Token",
            "A Zoom JWT app: API key and secret. The documented default, and deprecated: \
             Zoom ended JWT apps on 2023-09-08.",
        ),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

/// `REMOVE_ACTION`: `Disable` or `Delete` on every type that has it (store-types.md A2.4).
pub static REMOVE_ACTION: Choice = Choice {
    name: "RemoveAction",
    doc: "What PingOne does in the target when a user leaves the provisioning scope \
          (`REMOVE_ACTION`).",
    values: &[
        ("Disable", "Deactivate the user."),
        ("Delete", "Delete the user."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

static SWITCH: Switch = Switch {
    key: "AUTHENTICATION_METHOD",
    cases: &[
        Case {
            value: "OAuth Bearer Token",
            keys_label: "`OAUTH_*`",
            requires: &[
                Requirement::firm("OAUTH_ACCOUNT_ID"),
                Requirement::firm("OAUTH_CLIENT_ID"),
                Requirement::firm("OAUTH_CLIENT_SECRET"),
                Requirement::firm("OAUTH_TOKEN_URL"),
            ],
            deprecated: None,
            typed: TypedCase {
                variant: "OAuth",
                credentials: "OAuthCredentials",
            },
        },
        Case {
            value: "JWT Bearer Token",
            keys_label: "`API_*`",
            requires: &[
                Requirement::firm("API_KEY"),
                Requirement::firm("API_SECRET"),
            ],
            deprecated: Some(JWT_DEPRECATION),
            typed: TypedCase {
                variant: "Jwt",
                credentials: "JwtCredentials",
            },
        },
    ],
    others_ignored: true,
    typed: TypedSwitch {
        field: "authentication",
        enum_name: "ZoomAuthentication",
    },
};

/// The `configuration` of a Zoom store.
pub static ZOOM: ObjectDecl = ObjectDecl {
    name: "ZoomConfiguration",
    doc: "The `configuration` of a Zoom store, key for key as on the wire. \
          `AUTHENTICATION_METHOD` decides which keys are required: the `OAUTH_*` keys with \
          `OAuth Bearer Token`, `API_KEY` and `API_SECRET` with `JWT Bearer Token` (the \
          default when it is absent).",
    keys: &[
        KeyDecl {
            doc: "Zoom's SCIM 2 endpoint, an absolute URL such as `https://api.zoom.us/scim2` \
                  (Zoom serves HTTPS only).",
            need: Need::Required,
            sources: MODEL,
            ..KeyDecl::new("SCIM_URL", ValueRule::Text(Text::HttpsUrl(HTTPS_ONLY)))
        },
        KeyDecl {
            doc: "`OAuth Bearer Token` (a Server-to-Server OAuth app) or `JWT Bearer Token` \
                  (a JWT app, deprecated). Absent means `JWT Bearer Token`.",
            // store-types.md B.14: the community SDK's default, the Terraform provider's too.
            default: Some(DefaultValue::Text("JWT Bearer Token")),
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "AUTHENTICATION_METHOD",
                ValueRule::Choice(&AUTHENTICATION_METHOD),
            )
        },
        KeyDecl {
            doc: "The Zoom account ID; required with `OAuth Bearer Token`.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_ACCOUNT_ID", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The OAuth app's client ID; required with `OAuth Bearer Token`.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_CLIENT_ID", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The OAuth app's client secret; required with `OAuth Bearer Token`.",
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_CLIENT_SECRET", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "Zoom's OAuth token endpoint, such as `https://zoom.us/oauth/token`; \
                  required with `OAuth Bearer Token`.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "OAUTH_TOKEN_URL",
                ValueRule::Text(Text::HttpsUrl(HTTPS_ONLY)),
            )
        },
        KeyDecl {
            doc: "The JWT app's API key; required with `JWT Bearer Token`. Deprecated.",
            secret: true,
            sources: &[
                Source::RequestModel(PAGE),
                Source::CommunitySdk,
                Source::Other("Zoom changelog: JWT app type deprecation"),
            ],
            ..KeyDecl::new("API_KEY", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The JWT app's API secret; required with `JWT Bearer Token`. Deprecated.",
            secret: true,
            sources: &[
                Source::RequestModel(PAGE),
                Source::CommunitySdk,
                Source::Other("Zoom changelog: JWT app type deprecation"),
            ],
            ..KeyDecl::new("API_SECRET", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "Create users in Zoom.",
            sources: MODEL,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Update users in Zoom.",
            sources: MODEL,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in Zoom.",
            sources: MODEL,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users in Zoom.",
            sources: MODEL,
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in Zoom to a user who leaves the scope.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
    ],
    switch: Some(&SWITCH),
};
