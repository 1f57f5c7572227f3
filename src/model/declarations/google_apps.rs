//! `"type": "GoogleApps"`: store-types.md B.5.

use super::zoom::REMOVE_ACTION;
use crate::model::decl::{
    BoolRule, DefaultValue, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule,
};

const PAGE: &str = "create-store-googleapps";
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];

/// The `configuration` of a Google Workspace store.
pub static GOOGLE_APPS: ObjectDecl = ObjectDecl {
    name: "GoogleAppsConfiguration",
    doc: "The `configuration` of a `GoogleApps` store (Google Workspace), key for key as on \
          the wire.",
    keys: &[
        KeyDecl {
            doc: "The name of the Google application, such as `Provisioning`.",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("APPLICATION_NAME", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Create users in Google Workspace.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users in Google Workspace.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in Google Workspace.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The account's domain name (not checked).",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("DOMAIN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth access token of the Google account.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_ACCESS_TOKEN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth client ID.",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_CLIENT_ID", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth client secret.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_CLIENT_SECRET", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The OAuth refresh token.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("OAUTH_REFRESH_TOKEN", ValueRule::Text(Text::Any))
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
            doc: "`Disable` or `Delete`: what happens in Google Workspace to a user who leaves \
                  the scope.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "Update users in Google Workspace.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
