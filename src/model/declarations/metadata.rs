//! The store metadata request bodies, one per type path (propagation.md B.4, A2 C9-C11,
//! A3): `POST /propagation/storeMetadata/{Type}`.

use super::{AQUERA, AZURE_AD_SAML2, LDAP_TYPE, PINGONE, SALESFORCE, SALESFORCE_CONTACTS, SCIM};
use crate::model::decl::{KeyDecl, Need, ObjectDecl, Source, ValueRule};

/// What the body of one type's metadata request is.
#[derive(Debug)]
pub enum MetadataForm {
    /// The type's store configuration, checked with the store rules, except that `{}`
    /// is always valid and these keys may be absent.
    Configuration(&'static ObjectDecl, &'static [&'static str]),
    /// A body of its own (LdapGateway: only `LDAP_TYPE`), checked as declared, `{}`
    /// included.
    Own(&'static ObjectDecl),
    /// "Required but should be empty. Any content is ignored": `{}`, or any content with
    /// one `ignored` warning.
    Empty,
    /// No metadata page was found for the type: only "an object" is checked.
    Unpublished,
}

/// The metadata request of one store type.
#[derive(Debug)]
pub struct MetadataDecl {
    /// The path segment, one of the documented store types (`LdapGateway`).
    pub store_type: &'static str,
    /// The body.
    pub form: MetadataForm,
    /// What the rule rests on.
    pub sources: &'static [Source],
}

const GENERAL: Source = Source::RequestModel("propagation-store-metadata");

/// The keys of the community SDK's wrapped form (`{"type", "configuration"}`) with what
/// the message says about them (C9).
pub const SDK_WRAPPER: &[(&str, &str)] = &[
    (
        "type",
        "the store type is the request path; the body is the bare configuration (the community SDK's `{\"type\", \"configuration\"}` form is not the documented one)",
    ),
    (
        "configuration",
        "send the configuration's keys at the root of the body (the community SDK's `{\"type\", \"configuration\"}` form is not the documented one)",
    ),
];

/// The body of an LdapGateway metadata request: only `LDAP_TYPE` (C10).
pub static LDAP_GATEWAY_METADATA: ObjectDecl = ObjectDecl {
    name: "LdapGatewayMetadataRequest",
    doc: "The body of an LdapGateway store metadata request: only `LDAP_TYPE`.",
    keys: &[KeyDecl {
        doc: "The directory behind the gateway: `PingDirectory` or `Microsoft Active \
              Directory`.",
        need: Need::Doubtful(
            "the LdapGateway metadata page sends it, but the general metadata page allows `{}` for every type",
        ),
        sources: &[
            Source::RequestModel("identity-propagation-store-metadata-ldapgateway"),
            GENERAL,
        ],
        ..KeyDecl::new("LDAP_TYPE", ValueRule::Choice(&LDAP_TYPE))
    }],
    switch: None,
};

/// Keys the Salesforce metadata request model marks Optional (store-types.md B.8).
const SALESFORCE_OPTIONAL: &[&str] = &[
    "ENABLE_COMMUNITIES",
    "FREEZE_USER_FLAG",
    "PERMISSION_SET_MANAGEMENT",
];

/// The metadata request body of every store type, in the order of [`super::STORE_TYPE`].
pub static METADATA: &[MetadataDecl] = &[
    MetadataDecl {
        store_type: "Aquera",
        form: MetadataForm::Configuration(&AQUERA, &[]),
        sources: &[Source::RequestModel(
            "identity-propagation-store-metadata-aquera",
        )],
    },
    MetadataDecl {
        store_type: "AzureActiveDirectorySAML2",
        form: MetadataForm::Configuration(&AZURE_AD_SAML2, &[]),
        sources: &[GENERAL],
    },
    MetadataDecl {
        store_type: "directory",
        form: MetadataForm::Unpublished,
        sources: &[],
    },
    MetadataDecl {
        store_type: "GitHubEMU",
        form: MetadataForm::Empty,
        sources: &[GENERAL],
    },
    MetadataDecl {
        store_type: "GoogleApps",
        form: MetadataForm::Unpublished,
        sources: &[],
    },
    MetadataDecl {
        store_type: "LdapGateway",
        form: MetadataForm::Own(&LDAP_GATEWAY_METADATA),
        sources: &[Source::RequestModel(
            "identity-propagation-store-metadata-ldapgateway",
        )],
    },
    MetadataDecl {
        store_type: "PingOne",
        form: MetadataForm::Configuration(&PINGONE, &[]),
        sources: &[Source::RequestModel(
            "identity-propagation-store-metadata-pingone",
        )],
    },
    MetadataDecl {
        store_type: "Salesforce",
        form: MetadataForm::Configuration(&SALESFORCE, SALESFORCE_OPTIONAL),
        sources: &[Source::RequestModel(
            "identity-propagation-store-metadata-salesforce",
        )],
    },
    MetadataDecl {
        store_type: "SalesforceContacts",
        form: MetadataForm::Configuration(&SALESFORCE_CONTACTS, SALESFORCE_OPTIONAL),
        sources: &[Source::CommunitySdk],
    },
    MetadataDecl {
        store_type: "scim",
        form: MetadataForm::Configuration(&SCIM, &[]),
        sources: &[Source::RequestModel(
            "identity-propagation-store-metadata-scim",
        )],
    },
    MetadataDecl {
        store_type: "ServiceNow",
        form: MetadataForm::Empty,
        sources: &[GENERAL],
    },
    MetadataDecl {
        store_type: "Slack",
        form: MetadataForm::Empty,
        sources: &[GENERAL],
    },
    MetadataDecl {
        store_type: "Workday",
        form: MetadataForm::Empty,
        sources: &[GENERAL],
    },
    MetadataDecl {
        store_type: "Zoom",
        form: MetadataForm::Empty,
        sources: &[GENERAL],
    },
];

/// The metadata request of `store_type` (exact spelling), if it is a store type.
#[must_use]
pub fn metadata(store_type: &str) -> Option<&'static MetadataDecl> {
    METADATA.iter().find(|decl| decl.store_type == store_type)
}
