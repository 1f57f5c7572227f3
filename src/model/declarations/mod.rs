//! The declarations of every object the product checks (see [`crate::model::decl`]).
//!
//! `STORE` is the root of a store payload: the base store model of domain.md section 1,
//! for requests and responses. Its `configuration` is chosen by `type` from
//! [`CONFIGURATIONS`]. The other payloads of the Identity Propagation API
//! (propagation.md Part B) have roots of their own: [`PLAN`], [`RULE`], [`MAPPING`],
//! each type's store metadata request ([`METADATA`]) and the read-all lists
//! ([`STORE_LIST`], ...); [`ROOTS`] names them all.

mod aquera;
mod azure_ad_saml2;
mod common;
mod github_emu;
mod google_apps;
mod ldap_gateway;
mod list;
mod mapping;
mod metadata;
mod pingone;
mod plan;
mod rule;
mod salesforce;
mod salesforce_contacts;
mod scim;
mod service_now;
mod setup;
mod slack;
mod workday;
mod zoom;

pub use aquera::{AQUERA, AQUERA_AUTHENTICATION_METHOD};
pub use azure_ad_saml2::AZURE_AD_SAML2;
pub use common::{GROUP_NAME_SOURCE, REMOVE_ACTION_DISABLE_ADVISED};
pub use github_emu::GITHUB_EMU;
pub use google_apps::GOOGLE_APPS;
pub use ldap_gateway::{LDAP_GATEWAY, LDAP_TYPE};
pub use list::{
    EMBEDDED_MAPPINGS, EMBEDDED_PLANS, EMBEDDED_RULES, EMBEDDED_STORES, MAPPING_LIST, PLAN_LIST,
    RULE_LIST, STORE_LIST,
};
pub use mapping::{ATTRIBUTE_MAPPING_TYPE, MAPPING};
pub use metadata::{
    LDAP_GATEWAY_METADATA, METADATA, MetadataDecl, MetadataForm, SDK_WRAPPER, metadata,
};
pub use pingone::{DEFAULT_AUTH_METHOD, PINGONE, REGION};
pub use plan::{PLAN, PLAN_STATUS};
pub use rule::{OUTBOUND_LDAP_CONFIGURATION, REFERENCE, RULE};
pub use salesforce::SALESFORCE;
pub use salesforce_contacts::{RECORD_TYPE, SALESFORCE_CONTACTS};
pub use scim::{AUTHORIZATION_TYPE, SCIM, SCIM_AUTHENTICATION_METHOD, SCIM_UNIQUE_USER_IDENTIFIER};
pub use service_now::SERVICE_NOW;
pub use setup::{SETUP, SETUP_ENTRY};
pub use slack::{SLACK, SLACK_UNIQUE_USER_IDENTIFIER};
pub use workday::WORKDAY;
pub use zoom::{AUTHENTICATION_METHOD, REMOVE_ACTION, ZOOM};

use crate::model::decl::{
    BoolRule, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Requirement, Selection, Source,
    Text, ValueRule,
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
    // The spellings of the community SDK's Go models and of the community Terraform
    // provider (store-types.md B.0b, A2.9).
    aliases: &[
        ("AzureADSAMLV2", "AzureActiveDirectorySAML2"),
        ("GithubEMU", "GitHubEMU"),
        ("LDAPGateway", "LdapGateway"),
        ("SCIM", "scim"),
    ],
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
    aliases: &[],
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
    aliases: &[],
};

/// The `configuration` of a `directory` store: it has none (store-types.md A2.8), so
/// `configuration` may be absent or `{}`, and any key in it is unknown.
pub static DIRECTORY: ObjectDecl = ObjectDecl {
    name: "DirectoryConfiguration",
    doc: "A `directory` store has no configuration: `configuration` may be absent or `{}`.",
    keys: &[],
    switch: None,
};

/// Each store type's `configuration`, chosen by `type`.
pub static CONFIGURATIONS: Selection = Selection {
    by: "type",
    cases: &[
        ("Aquera", &AQUERA),
        ("AzureActiveDirectorySAML2", &AZURE_AD_SAML2),
        ("directory", &DIRECTORY),
        ("GitHubEMU", &GITHUB_EMU),
        ("GoogleApps", &GOOGLE_APPS),
        ("LdapGateway", &LDAP_GATEWAY),
        ("PingOne", &PINGONE),
        ("Salesforce", &SALESFORCE),
        ("SalesforceContacts", &SALESFORCE_CONTACTS),
        ("scim", &SCIM),
        ("ServiceNow", &SERVICE_NOW),
        ("Slack", &SLACK),
        ("Workday", &WORKDAY),
        ("Zoom", &ZOOM),
    ],
    optional_for: &["directory"],
    sibling_needs: &[(
        "GitHubEMU",
        Requirement::doubtful("status", github_emu::STATUS_DOUBT),
    )],
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
            shown_text: true,
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
            default: Some(DefaultValue::Text("INACTIVE")),
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

/// The root object of every payload kind: the store, the plan, the rule, the mapping,
/// the LdapGateway metadata request (the other types' metadata bodies are store
/// configurations), the read-all lists and the setup file.
pub static ROOTS: &[&ObjectDecl] = &[
    &STORE,
    &PLAN,
    &RULE,
    &MAPPING,
    &LDAP_GATEWAY_METADATA,
    &STORE_LIST,
    &PLAN_LIST,
    &RULE_LIST,
    &MAPPING_LIST,
    &SETUP,
];

/// Every object of a store payload, each once: the store, its nested objects and every
/// modelled configuration (what the typed models, the store schemas and masking cover).
pub fn all() -> impl Iterator<Item = &'static ObjectDecl> {
    static STORE_ROOT: &[&ObjectDecl] = &[&STORE];
    reachable(STORE_ROOT)
}

/// Every declared object of every payload kind, each once: [`all`], then the objects of
/// the other [`ROOTS`].
pub fn every_kind() -> impl Iterator<Item = &'static ObjectDecl> {
    reachable(ROOTS)
}

/// The objects reachable from `roots`, each once, the roots first.
fn reachable(roots: &[&'static ObjectDecl]) -> impl Iterator<Item = &'static ObjectDecl> {
    let mut found: Vec<&'static ObjectDecl> = Vec::new();
    let mut stack: Vec<&'static ObjectDecl> = roots.iter().rev().copied().collect();
    while let Some(decl) = stack.pop() {
        if found.iter().any(|seen| std::ptr::eq(*seen, decl)) {
            continue;
        }
        found.push(decl);
        stack.extend(decl.children());
    }
    found.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decl::{BoolRule, Text};

    fn configurations() -> impl Iterator<Item = (&'static str, &'static ObjectDecl)> {
        CONFIGURATIONS
            .cases
            .iter()
            .map(|(name, decl)| (*name, *decl))
    }

    /// The keys of the official request model (not the example-only ones).
    fn model_keys(decl: &ObjectDecl) -> impl Iterator<Item = &KeyDecl> {
        decl.keys.iter().filter(|key| key.undocumented.is_none())
    }

    #[test]
    fn every_type_has_the_keys_of_its_official_request_model() {
        // store-types.md B.18: keys (of which deprecated) per type.
        let expected = [
            ("Aquera", 13, 3),
            ("AzureActiveDirectorySAML2", 14, 4),
            ("directory", 0, 0),
            ("GitHubEMU", 10, 3),
            ("GoogleApps", 12, 0),
            ("LdapGateway", 11, 0),
            ("PingOne", 14, 3),
            ("Salesforce", 16, 2),
            ("SalesforceContacts", 17, 2),
            ("scim", 24, 3),
            ("ServiceNow", 12, 4),
            ("Slack", 11, 3),
            ("Workday", 8, 0),
            // Zoom's two deprecated keys are deprecated through their method (`Case`).
            ("Zoom", 13, 0),
        ];
        let mut total = 0;
        for ((name, decl), (expected_name, keys, deprecated)) in configurations().zip(expected) {
            assert_eq!(name, expected_name);
            assert_eq!(model_keys(decl).count(), keys, "{name}");
            let marked = model_keys(decl).filter(|k| k.deprecated.is_some()).count();
            assert_eq!(marked, deprecated, "{name}");
            total += keys;
        }
        assert_eq!(total, 175);
    }

    #[test]
    fn the_selection_covers_every_store_type_once() {
        let types: Vec<&str> = STORE_TYPE.names().collect();
        let cases: Vec<&str> = CONFIGURATIONS.cases.iter().map(|(name, _)| *name).collect();
        assert_eq!(types, cases);
        for value in CONFIGURATIONS.optional_for {
            assert!(STORE_TYPE.allows(value), "{value}");
        }
        for (value, requirement) in CONFIGURATIONS.sibling_needs {
            assert!(STORE_TYPE.allows(value), "{value}");
            assert!(STORE.key(requirement.key).is_some(), "{}", requirement.key);
        }
        for (alias, value) in STORE_TYPE.aliases {
            assert!(STORE_TYPE.allows(value), "{alias} -> {value}");
            assert!(!STORE_TYPE.allows(alias), "{alias} is itself allowed");
        }
        assert!(DIRECTORY.keys.is_empty());
    }

    #[test]
    fn keys_are_unique_and_switches_name_their_own_keys() {
        for (name, decl) in configurations() {
            for (i, key) in decl.keys.iter().enumerate() {
                assert_eq!(decl.key(key.name).map(|(at, _)| at), Some(i), "{name}");
                assert!(!key.doc.is_empty(), "{name}.{}: no doc", key.name);
                assert!(!key.sources.is_empty(), "{name}.{}: no source", key.name);
            }
            let Some(switch) = decl.switch else { continue };
            let (_, key) = decl.key(switch.key).expect("the switch key is a key");
            let ValueRule::Choice(choice) = key.value else {
                panic!("{name}: the switch key is not a choice");
            };
            for case in switch.cases {
                assert!(choice.allows(case.value), "{name}: {}", case.value);
                for requirement in case.requires {
                    assert!(decl.key(requirement.key).is_some(), "{}", requirement.key);
                }
            }
        }
    }

    /// A declared default is a value its key accepts, and the switch keys' defaults are
    /// the ones the contract states (domain.md sections 1 and 2, store-types.md C9).
    #[test]
    fn defaults_are_values_of_their_keys() {
        let mut found = Vec::new();
        for decl in all() {
            for key in decl.keys {
                let Some(default) = key.default else { continue };
                let fits = match (default, key.value) {
                    (DefaultValue::Text(text), ValueRule::Choice(choice)) => choice.allows(text),
                    (DefaultValue::Text(_), ValueRule::Text(_)) => true,
                    (DefaultValue::Bool(_), ValueRule::Bool(_)) => true,
                    _ => false,
                };
                assert!(fits, "{}.{}: {default:?}", decl.name, key.name);
                found.push((decl.name, key.name));
            }
        }
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(ZOOM.switch_default(), Some("JWT Bearer Token"));
        assert_eq!(SCIM.switch_default(), None);
        assert_eq!(
            STORE.key("status").and_then(|(_, key)| key.default),
            Some(DefaultValue::Text("INACTIVE"))
        );
    }

    #[test]
    fn a_key_names_the_types_that_have_it() {
        let with = |key| CONFIGURATIONS.values_with_key(key).collect::<Vec<_>>();
        assert_eq!(with("SCIM_URL"), ["Aquera", "scim", "Zoom"]);
        // Example-only keys do not count: Aquera's examples send `USER_FILTER`.
        assert_eq!(with("USER_FILTER"), ["scim"]);
        assert_eq!(with("RECORD_TYPE"), ["SalesforceContacts"]);
        assert!(with("anything").is_empty());
    }

    #[test]
    fn url_keys_are_urls() {
        // store-types.md A2.5: `_URL`, `_Url` and scim `OAUTH_TOKEN_REQUEST`.
        for (name, decl) in configurations() {
            for key in decl.keys {
                let url = key.name.ends_with("_URL")
                    || key.name.ends_with("_Url")
                    || (name == "scim" && key.name == "OAUTH_TOKEN_REQUEST");
                let is_url = matches!(key.value, ValueRule::Text(Text::HttpsUrl(_) | Text::Url));
                assert_eq!(url, is_url, "{name}.{}", key.name);
            }
        }
    }

    /// Every text a message quotes reads as a message: no trailing period.
    #[test]
    fn message_texts_have_no_trailing_period() {
        let mut texts: Vec<&str> = Vec::new();
        for (_, decl) in configurations() {
            for key in decl.keys {
                texts.extend(key.deprecated);
                texts.extend(key.undocumented);
                if let Need::Doubtful(doubt) = key.need {
                    texts.push(doubt);
                }
                match key.value {
                    ValueRule::Text(Text::HttpsUrl(why))
                    | ValueRule::Bool(BoolRule::Advised(_, why) | BoolRule::TextTolerated(why)) => {
                        texts.push(why);
                    }
                    ValueRule::Choice(choice) => {
                        texts.extend(choice.open);
                        texts.extend(choice.advised.map(|(_, why)| why));
                    }
                    _ => {}
                }
            }
            for case in decl.switch.map_or(&[][..], |s| s.cases) {
                texts.extend(case.requires.iter().filter_map(|r| r.doubt));
            }
        }
        for text in texts {
            assert!(!text.is_empty() && !text.ends_with('.'), "{text:?}");
            assert_eq!(text.trim(), text, "{text:?}");
        }
    }
}
