//! `"type": "PingOne"`: store-types.md B.7.

use super::zoom::REMOVE_ACTION;
use crate::model::decl::{BoolRule, Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-pingone";
const WORKFLOW: &str = "create-a-workday-propagation-connection, step 5";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::CommunitySdk,
];
const MODEL_AND_EXAMPLES: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::Example(WORKFLOW),
    Source::CommunitySdk,
];

/// `REGION` of a PingOne store.
pub static REGION: Choice = Choice {
    name: "PingOneRegion",
    doc: "The region of the target PingOne environment (`REGION`). PingOne's own examples \
          send `North America`; the community SDK lists region codes.",
    values: &[
        (
            "North America",
            "North America, as PingOne's own examples spell it.",
        ),
        ("AP", "Asia-Pacific (community SDK)."),
        ("AU", "Australia (community SDK)."),
        ("CA", "Canada (community SDK)."),
        ("EU", "Europe (community SDK)."),
        ("NA", "North America (community SDK)."),
        ("SG", "Singapore (community SDK)."),
    ],
    open: Some(
        "PingOne's own examples send `North America`, the community SDK lists `AP`, `AU`, \
         `CA`, `EU`, `NA` and `SG`, and no official page lists the values",
    ),
    advised: None,
    aliases: &[],
};

/// `DEFAULT_AUTH_METHOD` of a PingOne store.
pub static DEFAULT_AUTH_METHOD: Choice = Choice {
    name: "PingOneDefaultAuthMethod",
    doc: "The default authentication method of provisioned users (`DEFAULT_AUTH_METHOD`).",
    values: &[
        ("Email 1", "The user's first email address."),
        ("SMS 1", "The user's first SMS number."),
        ("Voice 1", "The user's first voice number."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

/// The `configuration` of a PingOne store (the target of inbound provisioning).
pub static PINGONE: ObjectDecl = ObjectDecl {
    name: "PingOneConfiguration",
    doc: "The `configuration` of a `PingOne` store (another PingOne environment, the target \
          of inbound provisioning), key for key as on the wire.",
    keys: &[
        KeyDecl {
            doc: "The ID of the PingOne client.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CLIENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The secret of the PingOne client.",
            secret: true,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CLIENT_SECRET", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("CREATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Create users in PingOne.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`Email 1`, `SMS 1` or `Voice 1`: the default authentication method of \
                  provisioned users.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new(
                "DEFAULT_AUTH_METHOD",
                ValueRule::Choice(&DEFAULT_AUTH_METHOD),
            )
        },
        KeyDecl {
            doc: "Disable users in PingOne.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The ID of the target PingOne environment, such as `{{envID}}` (the \
                  community SDK calls it a UUID; not checked).",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("ENVIRONMENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "How MFA devices are handled, such as `Merge with devices in PingOne` or \
                  `Overwrite devices in PingOne`. No value set is documented.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("MFA_USER_DEVICE_MANAGEMENT", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Provision users that are disabled in the source.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new(
                "PROVISION_DISABLED_USERS_PROV_OPT",
                ValueRule::Bool(BoolRule::Any),
            )
        },
        KeyDecl {
            doc: "The region of the target environment: PingOne's own examples send \
                  `North America`, the community SDK a region code (`NA`, `EU`, ...).",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("REGION", ValueRule::Choice(&REGION))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in PingOne to a user who leaves the scope.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "The old removal switch. Deprecated.",
            deprecated: Some("use `DISABLE_USERS` and `REMOVE_ACTION`"),
            sources: MODEL,
            ..KeyDecl::new("REMOVE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("UPDATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Update users in PingOne.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
