//! `"type": "AzureActiveDirectorySAML2"`: store-types.md B.2.

use super::zoom::REMOVE_ACTION;
use crate::model::decl::{
    BoolRule, DefaultValue, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule,
};

const PAGE: &str = "create-store-azure-ad-saml";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];

/// The `configuration` of a Microsoft Entra ID (Azure AD) SAML 2 store.
pub static AZURE_AD_SAML2: ObjectDecl = ObjectDecl {
    name: "AzureActiveDirectorySaml2Configuration",
    doc: "The `configuration` of an `AzureActiveDirectorySAML2` store (Microsoft Entra ID), \
          key for key as on the wire. `DefaultPassword` and `DoBase64Conversion`, which the \
          type's metadata lists, are rule mappings, not configuration keys.",
    keys: &[
        KeyDecl {
            doc: "The Azure Active Directory client ID.",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("ClientId", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The Azure Active Directory client secret.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("ClientSecret", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("CREATE_NEW_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Create users in the directory.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old deprovisioning switch. Deprecated.",
            deprecated: Some("use `DEPROVISION_USERS` and `REMOVE_ACTION`"),
            sources: MODEL,
            ..KeyDecl::new(
                "DEPROVISION_USER_ACTION_PROV_OPT",
                ValueRule::Bool(BoolRule::Any),
            )
        },
        KeyDecl {
            doc: "Deprovision users in the directory.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in the directory.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Provision users that are disabled in PingOne; the community SDK says it \
                  defaults to `true` and, if sent, must be `true`.",
            default: Some(DefaultValue::Bool(true)),
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "PROVISION_DISABLED_USERS_PROV_OPT",
                ValueRule::Bool(BoolRule::Advised(
                    true,
                    "the community SDK says it must be `true` if sent",
                )),
            )
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in the directory to a user who leaves \
                  the scope.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "The old removal switch. Deprecated.",
            deprecated: Some("use `DEPROVISION_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("REMOVE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Remove a user's licenses when its `skuId` is empty.",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "RemoveLicensesWhenSkuIdEmpty",
                ValueRule::Bool(BoolRule::Any),
            )
        },
        KeyDecl {
            doc: "The account's Azure Active Directory domain (a domain name, not checked).",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("TenantDomain", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("UPDATE_NEW_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Update users in the directory.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
