//! `"type": "ServiceNow"`: store-types.md B.11.

use super::common::{HTTPS_ADVISED, REMOVE_ACTION_DISABLE_ADVISED};
use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-servicenow";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::CommunitySdk,
];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];

/// The `configuration` of a ServiceNow store.
pub static SERVICE_NOW: ObjectDecl = ObjectDecl {
    name: "ServiceNowConfiguration",
    doc: "The `configuration` of a `ServiceNow` store, key for key as on the wire.",
    keys: &[
        KeyDecl {
            doc: "The password of the ServiceNow administrator.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("Administrator_Password", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The user name of the ServiceNow administrator.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("Administrator_Username", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Create users in ServiceNow.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("createNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users in ServiceNow: a boolean on PingOne's page (the community \
                  SDK declares a string).",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "DEPROVISION_USERS",
                ValueRule::Bool(BoolRule::TextTolerated(
                    "PingOne's page declares a boolean, but the community SDK declares a \
                     string",
                )),
            )
        },
        KeyDecl {
            doc: "Disable users in ServiceNow.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("DISABLE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `DISABLE_USERS`. Deprecated.",
            deprecated: Some("use `DISABLE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("disableNewUsers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in ServiceNow to a user who leaves the \
                  scope; the community SDK says it must be `Disable`.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new(
                "REMOVE_ACTION",
                ValueRule::Choice(&REMOVE_ACTION_DISABLE_ADVISED),
            )
        },
        KeyDecl {
            doc: "The name of the ServiceNow instance. Deprecated.",
            deprecated: Some("use `ServiceNow_Url`"),
            sources: MODEL,
            ..KeyDecl::new("ServiceNow_Instance_Name", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The address of the ServiceNow instance, an absolute URL such as \
                  `https://my.servicenow.com`.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new(
                "ServiceNow_Url",
                ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)),
            )
        },
        KeyDecl {
            doc: "Update users in ServiceNow.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("updateNewUsers", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
