//! `"type": "Salesforce"`: store-types.md B.8. SalesforceContacts (B.9) shares these keys
//! through [`salesforce_keys`].

use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-salesforce";
/// The Salesforce metadata page, whose own request model marks fewer keys Required.
pub(crate) const META: &str = "identity-propagation-store-metadata-salesforce";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODELS: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::RequestModel(META),
    Source::CommunitySdk,
];
const MODELS_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::RequestModel(META),
    Source::Example(META),
    Source::CommunitySdk,
];

/// Why a missing `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` or `PERMISSION_SET_MANAGEMENT`
/// is a warning (A2.2).
const CREATE_PAGE_ONLY: &str =
    "required on the create page, but optional in the Salesforce metadata request model";

/// The 16 keys of Salesforce, shared by SalesforceContacts (the caller imports
/// `BoolRule`, `KeyDecl`, `Need`, `Text` and `ValueRule`): `model` are the sources of an
/// ordinary key, `firm` of a Required key every source agrees on, `doubt` and
/// `doubt_sources` of the three keys whose Required mark the sources disagree on; then
/// the type's own keys.
macro_rules! salesforce_keys {
    (
        model: $model:expr,
        firm: $firm:expr,
        deprecated: $deprecated:expr,
        doubt: $doubt:expr,
        doubt_sources: $doubt_sources:expr,
        $($extra:expr,)*
    ) => {
        &[
            KeyDecl {
                doc: "The ID of the Salesforce account.",
                sources: $model,
                ..KeyDecl::new("ACCOUNT_ID", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The consumer key of the Salesforce connected app.",
                need: Need::Required,
                sources: $firm,
                ..KeyDecl::new("CLIENT_ID", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The consumer secret of the Salesforce connected app.",
                need: Need::Required,
                secret: true,
                sources: $firm,
                ..KeyDecl::new("CLIENT_SECRET", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The old spelling of `CREATE_USERS`. Deprecated.",
                deprecated: Some("use `CREATE_USERS`"),
                sources: $deprecated,
                ..KeyDecl::new("CREATE_NEW_USERS", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "Create users in Salesforce.",
                sources: $model,
                ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "Disable users in Salesforce.",
                sources: $model,
                ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "Integrate with Salesforce Communities (which needs `true`).",
                need: Need::Doubtful($doubt),
                sources: $doubt_sources,
                ..KeyDecl::new("ENABLE_COMMUNITIES", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "Whether the user account is frozen.",
                need: Need::Doubtful($doubt),
                sources: $doubt_sources,
                ..KeyDecl::new("FREEZE_USER_FLAG", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "The OAuth access token of the Salesforce account.",
                need: Need::Required,
                secret: true,
                sources: $firm,
                ..KeyDecl::new("OAUTH_ACCESS_TOKEN", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The OAuth refresh token of the Salesforce account.",
                need: Need::Required,
                secret: true,
                sources: $firm,
                ..KeyDecl::new("OAUTH_REFRESH_TOKEN", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "How permission sets are handled, such as `Merge with permission sets \
                      in Salesforce`. No value set is documented.",
                need: Need::Doubtful($doubt),
                sources: $doubt_sources,
                ..KeyDecl::new("PERMISSION_SET_MANAGEMENT", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The ID of the Salesforce profile of provisioned users.",
                sources: $model,
                ..KeyDecl::new("PROFILE_ID", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "Provision users that are disabled in PingOne.",
                sources: $model,
                ..KeyDecl::new("PROVISION_DISABLED_USERS", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "The Salesforce domain, such as `mycompany.my.salesforce.com` (PingOne's \
                      examples send both a domain and a URL; not checked).",
                need: Need::Required,
                sources: $firm,
                ..KeyDecl::new("SALESFORCE_DOMAIN", ValueRule::Text(Text::Any))
            },
            KeyDecl {
                doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
                deprecated: Some("use `UPDATE_USERS`"),
                sources: $deprecated,
                ..KeyDecl::new("UPDATE_NEW_USERS", ValueRule::Bool(BoolRule::Any))
            },
            KeyDecl {
                doc: "Update users in Salesforce.",
                sources: $model,
                ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
            },
            $($extra,)*
        ]
    };
}
pub(crate) use salesforce_keys;

/// The `configuration` of a Salesforce store.
pub static SALESFORCE: ObjectDecl = ObjectDecl {
    name: "SalesforceConfiguration",
    doc: "The `configuration` of a `Salesforce` store, key for key as on the wire. \
          `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT` are \
          Required on the create page and Optional in the metadata request model, so their \
          absence is a warning.",
    keys: salesforce_keys!(
        model: MODELS,
        firm: MODELS_AND_EXAMPLE,
        deprecated: MODEL,
        doubt: CREATE_PAGE_ONLY,
        doubt_sources: MODELS,
    ),
    switch: None,
};
