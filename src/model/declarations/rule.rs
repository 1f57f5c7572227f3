//! The propagation rule (propagation.md B.2, A2 C5-C8, C16, A3).

use super::LINK;
use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Relation, Source, Text, ValueRule};

const MODEL: &[Source] = &[Source::RequestModel("propagation-rules (rule data model)")];
const MODEL_AND_EXAMPLES: &[Source] = &[
    Source::RequestModel("propagation-rules (rule data model)"),
    Source::Example("create-a-workday-propagation-connection, step 7"),
    Source::Example("propagation-rules/create-rule-writeback"),
];
const CREATE_RULE: &[Source] = &[Source::RequestModel("propagation-rules/create-rule")];
const WRITEBACK: &[Source] = &[
    Source::RequestModel("propagation-rules/create-rule-writeback"),
    Source::Example("create-a-workday-propagation-connection, step 8"),
];
const RESPONSE: &[Source] = &[
    Source::RequestModel("propagation-rules (rule data model)"),
    Source::Other("Create Rule (Writeback) response, Postman documentation mirror"),
];

/// Why a writeback rule's population selection is ignored (C16).
const WRITEBACK_IGNORES: &str = "a writeback rule only operates on users its parent rule provisioned inbound, and population selection does not pertain to it";

/// Why `populations` written as the data model types it (`{"id": [...]}`) is only a
/// warning (C5).
const POPULATIONS_SHAPE: &str = "the rule data model types `populations.id` as `String[]`, but every example sends `[{\"id\": ...}]`";

/// A reference to another object by its ID: `{"id": ...}`.
pub static REFERENCE: ObjectDecl = ObjectDecl {
    name: "Reference",
    doc: "A reference to another object by its ID (`{\"id\": \"...\"}`): a UUID, or a \
          template variable that stands for one.",
    keys: &[KeyDecl {
        doc: "The ID of the object referred to: a UUID (\"Identifier (UUID)\"), or a \
              template variable (`{{planID}}`) with a `placeholder` warning.",
        need: Need::Required,
        sources: MODEL_AND_EXAMPLES,
        ..KeyDecl::new("id", ValueRule::Text(Text::IdRef))
    }],
    switch: None,
};

/// The outbound LDAP configuration object of a rule whose target store is
/// `LdapGateway` (B.2a): a rule's `configuration` is this object or, for an inbound
/// rule from an `LdapGateway` source, an object of keys never published
/// ([`ValueRule::Open`]). Its required keys are what the check across files X8 requires.
pub static OUTBOUND_LDAP_CONFIGURATION: ObjectDecl = ObjectDecl {
    name: "OutboundLdapConfiguration",
    doc: "The rule's outbound LDAP Gateway settings (target store `LdapGateway`): `BASE_DN` \
          and `RDN_ATTRIBUTE`, both required. A rule's `configuration` is this object or \
          another one whose members are strings (an inbound rule from an `LdapGateway` \
          source, whose keys were not published: unsourced). Which one applies depends on \
          the rule's stores, so the keys are required across files only (X8).",
    keys: &[
        KeyDecl {
            doc: "The base DN under which users are provisioned (outbound LDAP).",
            need: Need::Required,
            sources: CREATE_RULE,
            ..KeyDecl::new("BASE_DN", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The attribute that forms the users' RDN (outbound LDAP).",
            need: Need::Required,
            sources: CREATE_RULE,
            ..KeyDecl::new("RDN_ATTRIBUTE", ValueRule::Text(Text::NotBlank))
        },
    ],
    switch: None,
};

/// A propagation rule: the body of `POST /propagation/plans/{planID}/rules` (or
/// `POST /propagation/rules`) and `PUT /propagation/rules/{ruleID}`, and the resource
/// the API returns.
pub static RULE: ObjectDecl = ObjectDecl {
    name: "Rule",
    doc: "A propagation rule: it connects a source store to a target store in a plan. A \
          rule with `parentRule` is a writeback rule.",
    keys: &[
        KeyDecl {
            doc: "The rule's name.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            // A name, as a store's: the checks across files name objects by it.
            shown_text: true,
            ..KeyDecl::new("name", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "A description of the rule.",
            sources: MODEL,
            ..KeyDecl::new("description", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The plan the rule belongs to.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("plan", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "The store users come from.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("sourceStore", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "The store users are provisioned to.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("targetStore", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "Whether the rule provisions; PingOne's default is `false`.",
            sources: MODEL,
            ..KeyDecl::new("active", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "LDAP Gateway settings: required for an `LdapGateway` source or target \
                  (checked across files), ignored otherwise.",
            sources: CREATE_RULE,
            ..KeyDecl::new(
                "configuration",
                ValueRule::Open(&OUTBOUND_LDAP_CONFIGURATION),
            )
        },
        KeyDecl {
            doc: "The groups in the provisioning scope, each by its ID.",
            sources: MODEL,
            ..KeyDecl::new("groups", ValueRule::ArrayOf(&REFERENCE))
        },
        KeyDecl {
            doc: "A SCIM filter over the source store's user attributes that selects the \
                  users to provision (`population.id eq \"...\"`).",
            sources: MODEL_AND_EXAMPLES,
            relation: Some(Relation::IgnoredWith("parentRule", WRITEBACK_IGNORES)),
            ..KeyDecl::new("populationExpression", ValueRule::Text(Text::ScimFilter))
        },
        KeyDecl {
            doc: "The populations in scope, each by its ID; deprecated.",
            deprecated: Some("use `populationExpression` (`population.id eq \"<id>\"`) instead"),
            sources: MODEL,
            relation: Some(Relation::IgnoredWith("parentRule", WRITEBACK_IGNORES)),
            ..KeyDecl::new(
                "populations",
                ValueRule::ArrayOfOrColumns(&REFERENCE, POPULATIONS_SHAPE),
            )
        },
        KeyDecl {
            doc: "Whether users leaving the scope are deprovisioned; deprecated.",
            deprecated: Some("use `managed` of the propagation store instead"),
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("deprovision", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The inbound rule whose users this writeback rule writes back to; its \
                  presence makes the rule a writeback rule.",
            sources: WRITEBACK,
            ..KeyDecl::new("parentRule", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "The environment the rule belongs to. Read-only in the rule data model, but \
                  required by the Workday workflow's request models, whose bodies send it: \
                  accepted in requests, never required (C7).",
            sources: WRITEBACK,
            ..KeyDecl::new("environment", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "The rule's ID, a UUID; set by PingOne.",
            need: Need::ReadOnly,
            sources: RESPONSE,
            ..KeyDecl::new("id", ValueRule::Text(Text::Uuid))
        },
        KeyDecl {
            doc: "When the rule was created, an RFC 3339 date-time; set by PingOne.",
            need: Need::ReadOnly,
            sources: RESPONSE,
            ..KeyDecl::new("createdAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "When the rule was last updated, an RFC 3339 date-time; set by PingOne \
                  (inferred: in the response, not in the model).",
            need: Need::ReadOnly,
            sources: RESPONSE,
            ..KeyDecl::new("updatedAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "Links to related resources; set by PingOne.",
            need: Need::ReadOnly,
            sources: RESPONSE,
            ..KeyDecl::new("_links", ValueRule::MapOf(&LINK))
        },
    ],
    switch: None,
};
