//! `"type": "LdapGateway"`: store-types.md B.6.

use super::common::HTTPS_ADVISED;
use super::zoom::REMOVE_ACTION;
use crate::model::decl::{BoolRule, Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-ldapgateway";
const META: &str = "identity-propagation-store-metadata-ldapgateway";
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];
const MODEL_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::CommunitySdk,
];
/// A key the request model requires and PingOne's own example omits.
const MODEL_NOT_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Other("identity-propagation-store-metadata-ldapgateway (metadata response)"),
    Source::CommunitySdk,
];

/// Why a missing key that PingOne's example omits is a warning (A2.2).
const EXAMPLE_OMITS: &str = "required by the request model, but PingOne's own example omits it";

/// Why the provisioning switches of LdapGateway's example are warnings (A2.6).
const EXAMPLE_SENDS: &str = "PingOne's own LdapGateway example sends it";

/// `LDAP_TYPE` of an LdapGateway store.
pub static LDAP_TYPE: Choice = Choice {
    name: "LdapType",
    doc: "The directory behind the gateway (`LDAP_TYPE`): \"The only valid `LDAP_TYPE` \
          values are `PingDirectory` and `Microsoft Active Directory`\".",
    values: &[
        ("PingDirectory", "PingDirectory."),
        ("Microsoft Active Directory", "Microsoft Active Directory."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

/// The `configuration` of an LDAP gateway store.
pub static LDAP_GATEWAY: ObjectDecl = ObjectDecl {
    name: "LdapGatewayConfiguration",
    doc: "The `configuration` of an `LdapGateway` store, key for key as on the wire. Four \
          keys the request model requires (`CLIENT_ID`, `CLIENT_SECRET`, \
          `GATEWAY_BASE_URL`, `OAUTH_URL`) are omitted by PingOne's own example, so their \
          absence is a warning.",
    keys: &[
        KeyDecl {
            doc: "User-defined attribute metadata.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("ATTRIBUTE_METADATA", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The client ID PingOne uses at the gateway.",
            need: Need::Doubtful(EXAMPLE_OMITS),
            sources: MODEL_NOT_EXAMPLE,
            ..KeyDecl::new("CLIENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The client secret PingOne uses at the gateway (the metadata response calls \
                  it not sensitive; it is masked all the same).",
            need: Need::Doubtful(EXAMPLE_OMITS),
            secret: true,
            sources: MODEL_NOT_EXAMPLE,
            ..KeyDecl::new("CLIENT_SECRET", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Create users in the directory.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Delete users in the directory.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DELETE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The ID of the PingOne environment the connector serves, such as \
                  `{{envID}}` (the community SDK calls it a UUID; not checked).",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("ENVIRONMENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The base URL of PingOne's gateway service.",
            need: Need::Doubtful(EXAMPLE_OMITS),
            sources: MODEL_NOT_EXAMPLE,
            ..KeyDecl::new(
                "GATEWAY_BASE_URL",
                ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)),
            )
        },
        KeyDecl {
            doc: "The ID of the LDAP gateway.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("GATEWAY_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`PingDirectory` or `Microsoft Active Directory`: the only valid values.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::RequestModel(META),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("LDAP_TYPE", ValueRule::Choice(&LDAP_TYPE))
        },
        KeyDecl {
            doc: "The OAuth token request endpoint.",
            need: Need::Doubtful(EXAMPLE_OMITS),
            sources: MODEL_NOT_EXAMPLE,
            ..KeyDecl::new("OAUTH_URL", ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)))
        },
        KeyDecl {
            doc: "Update users in the directory.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users; sent by PingOne's example, not in the request model.",
            undocumented: Some(EXAMPLE_SENDS),
            sources: &[Source::Example(PAGE)],
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users; sent by PingOne's example, not in the request model.",
            undocumented: Some(EXAMPLE_SENDS),
            sources: &[Source::Example(PAGE)],
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`; sent by PingOne's example, not in the request model.",
            undocumented: Some(EXAMPLE_SENDS),
            sources: &[Source::Example(PAGE)],
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
    ],
    switch: None,
};
