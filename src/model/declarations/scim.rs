//! `"type": "scim"`: store-types.md B.10, with the conditional requirements of A2.3.

use super::common::{GROUP_NAME_SOURCE, HTTPS_ADVISED};
use super::zoom::REMOVE_ACTION;
use crate::model::decl::{
    BoolRule, Case, Choice, KeyDecl, Need, ObjectDecl, Requirement, Source, Switch, Text,
    TypedCase, TypedSwitch, ValueRule,
};

const PAGE: &str = "create-store-scim";
const TEST: &str = "test-connection-configuration";
const META: &str = "identity-propagation-store-metadata-scim";
const GUIDE: &str = "p1_create_scim_connection";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];
const MODEL_AND_EXAMPLES: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(TEST),
    Source::Example(META),
    Source::CommunitySdk,
];
/// A key whose requirement follows `AUTHENTICATION_METHOD`.
const CONDITIONAL: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::AdminGuide(GUIDE),
    Source::CommunitySdk,
];

/// Why a missing `BASIC_AUTH_USER` or `BASIC_AUTH_PASSWORD` is only a warning when
/// `AUTHENTICATION_METHOD` is not `Basic Authentication` (A2.3).
const BASIC_DOUBT: &str = "required by the request model, but the admin guide and the \
                           community SDK need it only with `Basic Authentication`";

/// Why a missing `OAUTH_TOKEN_REQUEST` is a warning under either OAuth method (A2.3).
const TOKEN_REQUEST_DOUBT: &str = "the community SDK requires it with `OAuth 2 Bearer Token`, \
                                   the admin guide uses it with `OAuth 2 Client Credentials`";

/// `AUTHENTICATION_METHOD` of a scim store.
pub static SCIM_AUTHENTICATION_METHOD: Choice = Choice {
    name: "ScimAuthenticationMethod",
    doc: "How PingOne authenticates to the SCIM service (`AUTHENTICATION_METHOD`).",
    values: &[
        (
            "None",
            "No authentication (admin guide; PingOne's own examples send it).",
        ),
        (
            "Basic Authentication",
            "A user and password: `BASIC_AUTH_USER`, `BASIC_AUTH_PASSWORD`.",
        ),
        (
            "OAuth 2 Bearer Token",
            "An OAuth access token: `OAUTH_ACCESS_TOKEN`.",
        ),
        (
            "OAuth 2 Client Credentials",
            "An OAuth client: `OAUTH_CLIENT_ID`, `OAUTH_CLIENT_SECRET`, with the token \
             endpoint in `OAUTH_TOKEN_REQUEST`.",
        ),
    ],
    open: Some(
        "the community SDK lists `Basic Authentication`, `OAuth 2 Bearer Token` and \
         `OAuth 2 Client Credentials`, and the admin guide and PingOne's own examples add \
         `None`",
    ),
    advised: None,
    aliases: &[],
};

/// `AUTHORIZATION_TYPE` of a scim store.
pub static AUTHORIZATION_TYPE: Choice = Choice {
    name: "ScimAuthorizationType",
    doc: "The type of the `Authorization` header PingOne sends (`AUTHORIZATION_TYPE`): the \
          admin guide's \"Auth Type Header\".",
    values: &[
        ("Basic", "`Basic`."),
        ("Bearer", "`Bearer`."),
        ("OAuth Client Credentials", "OAuth client credentials."),
        ("Custom", "A custom header."),
    ],
    open: Some(
        "the admin guide lists `Basic`, `Bearer`, `OAuth Client Credentials` and `Custom`, \
         but the request model and the community SDK take any string",
    ),
    advised: None,
    aliases: &[],
};

/// `UNIQUE_USER_IDENTIFIER` of a scim store.
pub static SCIM_UNIQUE_USER_IDENTIFIER: Choice = Choice {
    name: "ScimUniqueUserIdentifier",
    doc: "The SCIM attribute that identifies a user (`UNIQUE_USER_IDENTIFIER`).",
    values: &[
        ("userName", "The SCIM `userName`."),
        ("workEmail", "The user's work email."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

static SWITCH: Switch = Switch {
    key: "AUTHENTICATION_METHOD",
    cases: &[
        Case {
            value: "None",
            keys_label: "no credential keys",
            requires: &[],
            deprecated: None,
            typed: TypedCase {
                variant: "NoAuthentication",
                credentials: "ScimNoCredentials",
            },
        },
        Case {
            value: "Basic Authentication",
            keys_label: "`BASIC_AUTH_*`",
            requires: &[
                Requirement::firm("BASIC_AUTH_USER"),
                Requirement::firm("BASIC_AUTH_PASSWORD"),
            ],
            deprecated: None,
            typed: TypedCase {
                variant: "Basic",
                credentials: "ScimBasicCredentials",
            },
        },
        Case {
            value: "OAuth 2 Bearer Token",
            keys_label: "`OAUTH_ACCESS_TOKEN`",
            requires: &[
                Requirement::firm("OAUTH_ACCESS_TOKEN"),
                Requirement::doubtful("OAUTH_TOKEN_REQUEST", TOKEN_REQUEST_DOUBT),
            ],
            deprecated: None,
            typed: TypedCase {
                variant: "BearerToken",
                credentials: "ScimBearerTokenCredentials",
            },
        },
        Case {
            value: "OAuth 2 Client Credentials",
            keys_label: "`OAUTH_CLIENT_*`",
            requires: &[
                Requirement::firm("OAUTH_CLIENT_ID"),
                Requirement::firm("OAUTH_CLIENT_SECRET"),
                Requirement::doubtful("OAUTH_TOKEN_REQUEST", TOKEN_REQUEST_DOUBT),
            ],
            deprecated: None,
            typed: TypedCase {
                variant: "ClientCredentials",
                credentials: "ScimClientCredentials",
            },
        },
    ],
    others_ignored: false,
    typed: TypedSwitch {
        field: "authentication",
        enum_name: "ScimAuthentication",
    },
};

/// The `configuration` of a generic SCIM store.
pub static SCIM: ObjectDecl = ObjectDecl {
    name: "ScimConfiguration",
    doc: "The `configuration` of a `scim` store (a generic SCIM service), key for key as on \
          the wire. `AUTHENTICATION_METHOD` decides which credentials are required: \
          `BASIC_AUTH_USER` and `BASIC_AUTH_PASSWORD` with `Basic Authentication` (with \
          another method their absence is a warning, since the request model marks them \
          Required), `OAUTH_CLIENT_ID` and `OAUTH_CLIENT_SECRET` with `OAuth 2 Client \
          Credentials`, `OAUTH_ACCESS_TOKEN` with `OAuth 2 Bearer Token`; \
          `OAUTH_TOKEN_REQUEST` is advised with either OAuth method.",
    keys: &[
        KeyDecl {
            doc: "`None`, `Basic Authentication`, `OAuth 2 Bearer Token` or `OAuth 2 Client \
                  Credentials`: decides which credential keys are required.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(TEST),
                Source::Example(META),
                Source::AdminGuide(GUIDE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new(
                "AUTHENTICATION_METHOD",
                ValueRule::Choice(&SCIM_AUTHENTICATION_METHOD),
            )
        },
        KeyDecl {
            doc: "The type of the `Authorization` header: `Basic`, `Bearer`, `OAuth Client \
                  Credentials` or `Custom` in the admin guide; any string is sent.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(TEST),
                Source::Example(META),
                Source::AdminGuide(GUIDE),
            ],
            ..KeyDecl::new("AUTHORIZATION_TYPE", ValueRule::Choice(&AUTHORIZATION_TYPE))
        },
        KeyDecl {
            doc: "The password of basic authentication; required with `Basic \
                  Authentication`.",
            need: Need::Doubtful(BASIC_DOUBT),
            secret: true,
            sources: CONDITIONAL,
            ..KeyDecl::new("BASIC_AUTH_PASSWORD", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The user of basic authentication; required with `Basic Authentication`.",
            need: Need::Doubtful(BASIC_DOUBT),
            sources: CONDITIONAL,
            ..KeyDecl::new("BASIC_AUTH_USER", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Create users in the SCIM service.",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("createNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in the SCIM service.",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `DISABLE_USERS`. Deprecated.",
            deprecated: Some("use `DISABLE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("disableNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "How group memberships are handled (merge with or overwrite the service's); \
                  PingOne's example sends `Overwrite`. No value set is documented.",
            sources: &[Source::RequestModel(PAGE), Source::Example(META)],
            ..KeyDecl::new("GROUP_MEMBERSHIP_HANDLING", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`Common Name` or `Distinguished Name`: which name of a PingOne group the \
                  SCIM group takes.",
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(META),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("GROUP_NAME_SOURCE", ValueRule::Choice(&GROUP_NAME_SOURCE))
        },
        KeyDecl {
            doc: "The path of the group resource, such as `/Groups`.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("GROUPS_RESOURCE", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth access token; required with `OAuth 2 Bearer Token`.",
            secret: true,
            sources: CONDITIONAL,
            ..KeyDecl::new("OAUTH_ACCESS_TOKEN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth client ID; required with `OAuth 2 Client Credentials`.",
            sources: CONDITIONAL,
            ..KeyDecl::new("OAUTH_CLIENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth client secret; required with `OAuth 2 Client Credentials`.",
            secret: true,
            sources: CONDITIONAL,
            ..KeyDecl::new("OAUTH_CLIENT_SECRET", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth token endpoint, an absolute URL such as \
                  `https://example.com/oauthtoken`; advised with either OAuth method.",
            sources: CONDITIONAL,
            ..KeyDecl::new(
                "OAUTH_TOKEN_REQUEST",
                ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)),
            )
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in the SCIM service to a user who leaves \
                  the scope.",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "SCIM schema extension URNs.",
            sources: MODEL,
            ..KeyDecl::new("SCHEMA_EXTENSION_URNS", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The SCIM endpoint, an absolute URL such as `https://scim-example.com/v2/`.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(TEST),
                Source::Example(META),
                Source::AdminGuide(GUIDE),
            ],
            ..KeyDecl::new("SCIM_URL", ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)))
        },
        KeyDecl {
            doc: "The SCIM version, such as `2.0`. No value set is documented.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("SCIM_VERSION", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`userName` or `workEmail`: the attribute that identifies a user.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new(
                "UNIQUE_USER_IDENTIFIER",
                ValueRule::Choice(&SCIM_UNIQUE_USER_IDENTIFIER),
            )
        },
        KeyDecl {
            doc: "Update users in the SCIM service.",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("updateNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "A SCIM filter expression that finds a user, such as `username Eq \"%s\"`.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("USER_FILTER", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The path of the user resource, such as `/Users`.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("USERS_RESOURCE", ValueRule::Text(Text::Any))
        },
    ],
    switch: Some(&SWITCH),
};
