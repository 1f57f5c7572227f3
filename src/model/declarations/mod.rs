//! The declarations of every object the product checks (see [`crate::model::decl`]).
//!
//! `STORE` is the root: the base store model of domain.md section 1, for requests and
//! responses. Its `configuration` is chosen by `type` from [`CONFIGURATIONS`].

mod zoom;

pub use zoom::{AUTHENTICATION_METHOD, REMOVE_ACTION, ZOOM};

use crate::model::decl::{
    BoolRule, Choice, KeyDecl, Need, ObjectDecl, Selection, Source, Text, ValueRule,
};

const BASE: &[Source] = &[Source::RequestModel("propagation-stores (base data model)")];
const READ: &[Source] = &[
    Source::RequestModel("propagation-stores (base data model)"),
    Source::Example("create-store-zoom (201 Created)"),
];

/// The documented store types (`type`), spelled exactly as PingOne spells them.
pub static STORE_TYPE: Choice = Choice {
    name: "StoreType",
    doc: "The documented store types (`type`), spelled exactly as PingOne spells them.",
    values: &[
        ("Aquera", "Aquera."),
        (
            "AzureActiveDirectorySAML2",
            "Microsoft Entra ID (Azure AD) over SAML 2.",
        ),
        ("directory", "A PingOne directory."),
        ("GitHubEMU", "GitHub Enterprise Managed Users."),
        ("GoogleApps", "Google Workspace."),
        ("LdapGateway", "An LDAP gateway."),
        ("PingOne", "Another PingOne environment."),
        ("Salesforce", "Salesforce."),
        ("SalesforceContacts", "Salesforce contacts."),
        ("scim", "A generic SCIM service."),
        ("ServiceNow", "ServiceNow."),
        ("Slack", "Slack."),
        ("Workday", "Workday."),
        ("Zoom", "Zoom."),
    ],
    open: None,
    advised: None,
};

/// Whether the store provisions (`status`).
pub static STORE_STATUS: Choice = Choice {
    name: "StoreStatus",
    doc: "Whether the store provisions (`status`); PingOne's default is `INACTIVE`.",
    values: &[
        ("ACTIVE", "Provisioning runs."),
        ("INACTIVE", "Provisioning is paused."),
    ],
    open: None,
    advised: None,
};

/// The state of the last synchronization (`syncStatus.syncState`).
pub static SYNC_STATE: Choice = Choice {
    name: "SyncState",
    doc: "The state of the last synchronization (`syncStatus.syncState`).",
    values: &[
        ("SYNCING", "A synchronization is running."),
        ("FAILED", "The last synchronization failed."),
    ],
    open: None,
    advised: None,
};

/// Each store type's `configuration`; `None`: not modelled yet.
pub static CONFIGURATIONS: Selection = Selection {
    by: "type",
    cases: &[
        ("Aquera", None),
        ("AzureActiveDirectorySAML2", None),
        ("directory", None),
        ("GitHubEMU", None),
        ("GoogleApps", None),
        ("LdapGateway", None),
        ("PingOne", None),
        ("Salesforce", None),
        ("SalesforceContacts", None),
        ("scim", None),
        ("ServiceNow", None),
        ("Slack", None),
        ("Workday", None),
        ("Zoom", Some(&ZOOM)),
    ],
    optional_for: &[],
};

/// The store's icon (`image`).
pub static IMAGE: ObjectDecl = ObjectDecl {
    name: "Image",
    doc: "The store's icon (`image`).",
    keys: &[KeyDecl {
        doc: "The icon's address, an absolute `http(s)` URL.",
        sources: BASE,
        ..KeyDecl::new("href", ValueRule::Text(Text::Url))
    }],
    switch: None,
};

/// The environment a store belongs to (`environment`, read-only).
pub static ENVIRONMENT: ObjectDecl = ObjectDecl {
    name: "EnvironmentRef",
    doc: "The environment a store belongs to (`environment`, read-only).",
    keys: &[KeyDecl {
        doc: "The environment's ID, a UUID.",
        need: Need::Required,
        sources: READ,
        ..KeyDecl::new("id", ValueRule::Text(Text::Uuid))
    }],
    switch: None,
};

/// A link of `_links` (read-only).
pub static LINK: ObjectDecl = ObjectDecl {
    name: "Link",
    doc: "A link of `_links` (read-only).",
    keys: &[KeyDecl {
        doc: "The linked resource, an absolute URL.",
        need: Need::Required,
        sources: READ,
        ..KeyDecl::new("href", ValueRule::Text(Text::Url))
    }],
    switch: None,
};

/// The outcome of the store's synchronizations (`syncStatus`, read-only).
pub static SYNC_STATUS: ObjectDecl = ObjectDecl {
    name: "SyncStatus",
    doc: "The outcome of the store's synchronizations (`syncStatus`, read-only).",
    keys: &[
        KeyDecl {
            doc: "A human-readable account of the last synchronization.",
            sources: BASE,
            ..KeyDecl::new("details", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Users that failed to synchronize.",
            sources: BASE,
            ..KeyDecl::new("failedCount", ValueRule::Count)
        },
        KeyDecl {
            doc: "Users that failed to deprovision.",
            sources: BASE,
            ..KeyDecl::new("failedDeprovisionCount", ValueRule::Count)
        },
        KeyDecl {
            doc: "Users synchronized.",
            sources: BASE,
            ..KeyDecl::new("successCount", ValueRule::Count)
        },
        KeyDecl {
            doc: "Users in scope.",
            sources: BASE,
            ..KeyDecl::new("userTotal", ValueRule::Count)
        },
        KeyDecl {
            doc: "When the last synchronization ran, an RFC 3339 date-time.",
            sources: BASE,
            ..KeyDecl::new("lastSyncAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "`SYNCING` or `FAILED`.",
            sources: BASE,
            ..KeyDecl::new("syncState", ValueRule::Choice(&SYNC_STATE))
        },
    ],
    switch: None,
};

/// A propagation store: the body of a create or update request, and the resource the
/// API returns.
pub static STORE: ObjectDecl = ObjectDecl {
    name: "Store",
    doc: "A PingOne propagation store.",
    keys: &[
        KeyDecl {
            doc: "The store's name; not empty or blank.",
            need: Need::Required,
            sources: BASE,
            ..KeyDecl::new("name", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The store type, spelled exactly as PingOne spells it (case matters).",
            need: Need::Required,
            sources: BASE,
            ..KeyDecl::new("type", ValueRule::Choice(&STORE_TYPE))
        },
        KeyDecl {
            doc: "The type's connection settings; its keys depend on `type`.",
            need: Need::Required,
            sources: BASE,
            ..KeyDecl::new("configuration", ValueRule::SelectedBy(&CONFIGURATIONS))
        },
        KeyDecl {
            doc: "A description of the store.",
            sources: BASE,
            ..KeyDecl::new("description", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.",
            sources: BASE,
            ..KeyDecl::new("status", ValueRule::Choice(&STORE_STATUS))
        },
        KeyDecl {
            doc: "Whether the store is managed by PingOne.",
            sources: BASE,
            ..KeyDecl::new("managed", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The store's icon.",
            sources: BASE,
            ..KeyDecl::new("image", ValueRule::Object(&IMAGE))
        },
        KeyDecl {
            doc: "The store's ID, a UUID; set by PingOne.",
            need: Need::ReadOnlyRequired,
            sources: READ,
            ..KeyDecl::new("id", ValueRule::Text(Text::Uuid))
        },
        KeyDecl {
            doc: "The environment the store belongs to; set by PingOne.",
            need: Need::ReadOnlyRequired,
            sources: READ,
            ..KeyDecl::new("environment", ValueRule::Object(&ENVIRONMENT))
        },
        KeyDecl {
            doc: "When the store was created, an RFC 3339 date-time; set by PingOne.",
            need: Need::ReadOnlyRequired,
            sources: READ,
            ..KeyDecl::new("createdAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "When the store was last updated, an RFC 3339 date-time; set by PingOne.",
            need: Need::ReadOnlyRequired,
            sources: READ,
            ..KeyDecl::new("updatedAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "The outcome of the store's synchronizations; set by PingOne.",
            need: Need::ReadOnly,
            sources: READ,
            ..KeyDecl::new("syncStatus", ValueRule::Object(&SYNC_STATUS))
        },
        KeyDecl {
            doc: "Links to related resources; set by PingOne.",
            need: Need::ReadOnly,
            sources: READ,
            ..KeyDecl::new("_links", ValueRule::MapOf(&LINK))
        },
    ],
    switch: None,
};

/// Every declared object, each once: the store, its nested objects and every modelled
/// configuration.
pub fn all() -> impl Iterator<Item = &'static ObjectDecl> {
    let mut found: Vec<&'static ObjectDecl> = Vec::new();
    let mut stack = vec![&STORE];
    while let Some(decl) = stack.pop() {
        if found.iter().any(|seen| std::ptr::eq(*seen, decl)) {
            continue;
        }
        found.push(decl);
        for key in decl.keys {
            match key.value {
                ValueRule::Object(child) | ValueRule::MapOf(child) => stack.push(child),
                ValueRule::SelectedBy(selection) => {
                    stack.extend(selection.cases.iter().filter_map(|(_, decl)| *decl));
                }
                _ => {}
            }
        }
    }
    found.into_iter()
}
