// @generated from src/model/declarations by `cargo xtask codegen`. Do not edit by hand.

//! The typed models of the other payloads of the propagation API, generated from the
//! declarations: a plan, a rule and a mapping as a request and as a response, the
//! LdapGateway store metadata request, the read-all lists and the setup file, with the
//! objects their keys hold. A field per declared key, wire names as declared; a request's
//! struct leaves out the read-only keys, which its wire struct accepts and drops. Where
//! exactly one of two keys must be present (a mapping's `sourceAttribute` and
//! `expression`), the two are one enum field. Deserializing checks the payload with the
//! validator first.

use serde::{Deserialize, Serialize};
use super::{
    AqueraConfiguration, AzureActiveDirectorySaml2Configuration, Configuration,
    EnvironmentRef, LdapType, Link, PingOneConfiguration, SalesforceConfiguration,
    SalesforceContactsConfiguration, ScimConfiguration, StoreResponse, StoreType,
};

/// A reference to another object by its ID (`{"id": "..."}`): a UUID, or a template
/// variable that stands for one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Reference {
    /// `id`: The ID of the object referred to: a UUID ("Identifier (UUID)"), or a template
    /// variable (`{{planID}}`) with a `placeholder` warning.
    #[serde(rename = "id")]
    pub id: String,
}

impl Reference {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

impl super::DeclaredObject for Reference {
    const KEYS: &'static [&'static str] = &["id"];
}

/// The rule's outbound LDAP Gateway settings (target store `LdapGateway`): `BASE_DN` and
/// `RDN_ATTRIBUTE`, both required. A rule's `configuration` is this object or another one
/// whose members are strings (an inbound rule from an `LdapGateway` source, whose keys were
/// not published: unsourced). Which one applies depends on the rule's stores, so the keys
/// are required across files only (X8).
///
/// The declared keys are fields; every other member, whose value is a string, is kept in
/// `other`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OutboundLdapConfiguration {
    /// `BASE_DN`: The base DN under which users are provisioned (outbound LDAP).
    #[serde(
        rename = "BASE_DN",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub base_dn: Option<String>,
    /// `RDN_ATTRIBUTE`: The attribute that forms the users' RDN (outbound LDAP).
    #[serde(
        rename = "RDN_ATTRIBUTE",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub rdn_attribute: Option<String>,
    /// The members the declaration does not name (the inbound keys, which were
    /// never published), each a string.
    #[serde(flatten)]
    pub other: std::collections::BTreeMap<String, String>,
}

impl super::DeclaredObject for OutboundLdapConfiguration {
    const KEYS: &'static [&'static str] = &["BASE_DN", "RDN_ATTRIBUTE"];
}

/// The `_embedded` object of a read-all `stores` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmbeddedStores {
    /// `stores`: The stores, each as the API returns it.
    #[serde(rename = "stores")]
    pub stores: Vec<StoreResponse>,
}

impl EmbeddedStores {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(stores: Vec<StoreResponse>) -> Self {
        Self { stores }
    }
}

impl super::DeclaredObject for EmbeddedStores {
    const KEYS: &'static [&'static str] = &["stores"];
}

/// The `_embedded` object of a read-all `plans` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmbeddedPlans {
    /// `plans`: The plans, each as the API returns it.
    #[serde(rename = "plans")]
    pub plans: Vec<PlanResponse>,
}

impl EmbeddedPlans {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(plans: Vec<PlanResponse>) -> Self {
        Self { plans }
    }
}

impl super::DeclaredObject for EmbeddedPlans {
    const KEYS: &'static [&'static str] = &["plans"];
}

/// The `_embedded` object of a read-all `rules` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmbeddedRules {
    /// `rules`: The rules, each as the API returns it.
    #[serde(rename = "rules")]
    pub rules: Vec<RuleResponse>,
}

impl EmbeddedRules {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(rules: Vec<RuleResponse>) -> Self {
        Self { rules }
    }
}

impl super::DeclaredObject for EmbeddedRules {
    const KEYS: &'static [&'static str] = &["rules"];
}

/// The `_embedded` object of a read-all `mappings` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmbeddedMappings {
    /// `mappings`: The mappings, each as the API returns it.
    #[serde(rename = "mappings")]
    pub mappings: Vec<MappingResponse>,
}

impl EmbeddedMappings {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(mappings: Vec<MappingResponse>) -> Self {
        Self { mappings }
    }
}

impl super::DeclaredObject for EmbeddedMappings {
    const KEYS: &'static [&'static str] = &["mappings"];
}

/// The object a name stands for: the file that holds it and, for a mapping request (whose
/// rule is in the URL, not the body), the name of its rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SetupEntry {
    /// `file`: The file, relative to the setup file's folder.
    #[serde(rename = "file")]
    pub file: String,
    /// `rule`: For a mapping: the name (another entry) of the rule it belongs to.
    #[serde(
        rename = "rule",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub rule: Option<String>,
    /// `kind`: The file's payload kind, as `--payload` spells it (`mapping`,
    /// `metadata:LdapGateway`): it decides the kind after `--payload` and a `[[kind]]` entry of
    /// the configuration file, before the file name (propagation.md A4 step 1).
    #[serde(
        rename = "kind",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<String>,
}

impl SetupEntry {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(file: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            rule: None,
            kind: None,
        }
    }
}

impl super::DeclaredObject for SetupEntry {
    const KEYS: &'static [&'static str] = &["file", "rule", "kind"];
}

/// A propagation plan: one per environment; it owns the rules. The body of a create or
/// update request. Read-only members are accepted and dropped; unknown members are refused.
///
/// Deserializing checks every error-level rule of the declarations (as `plan` request), so
/// a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "PlanRequestWire")]
#[non_exhaustive]
pub struct PlanRequest {
    /// `name`: The plan's name; not empty or blank.
    pub name: String,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    pub status: Option<String>,
}

impl PlanRequest {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            status: None,
        }
    }
}

impl PlanRequest {
    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }
}

/// A plan request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")]
pub(crate) struct PlanRequestWire {
    /// `name`: The plan's name; not empty or blank.
    #[serde(rename = "name")]
    name: String,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<String>,
    /// `id`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "id", default, skip_serializing)]
    id: Option<serde::de::IgnoredAny>,
    /// `environment`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "environment", default, skip_serializing)]
    environment: Option<serde::de::IgnoredAny>,
    /// `createdAt`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "createdAt", default, skip_serializing)]
    created_at: Option<serde::de::IgnoredAny>,
    /// `updatedAt`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "updatedAt", default, skip_serializing)]
    updated_at: Option<serde::de::IgnoredAny>,
    /// `_links`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "_links", default, skip_serializing)]
    links: Option<serde::de::IgnoredAny>,
}

impl TryFrom<PlanRequestWire> for PlanRequest {
    type Error = String;
    fn try_from(body: PlanRequestWire) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            status: body.status,
        })
    }
}

impl From<PlanRequest> for PlanRequestWire {
    fn from(value: PlanRequest) -> Self {
        Self {
            name: value.name,
            status: value.status,
            id: None,
            environment: None,
            created_at: None,
            updated_at: None,
            links: None,
        }
    }
}

/// A propagation plan: one per environment; it owns the rules. As PingOne returns it;
/// members this model does not know are accepted and dropped, since the API may add
/// members.
///
/// Deserializing checks every error-level rule of the declarations (as `plan` response), so
/// a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "PlanResponseWire")]
#[non_exhaustive]
pub struct PlanResponse {
    /// `name`: The plan's name; not empty or blank.
    pub name: String,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    pub status: Option<String>,
    /// `id`: The plan's ID, a UUID; set by PingOne.
    pub id: Option<String>,
    /// `environment`: The environment the plan belongs to; set by PingOne.
    pub environment: Option<EnvironmentRef>,
    /// `createdAt`: When the plan was created; read-only if sent (unsourced for plans).
    pub created_at: Option<String>,
    /// `updatedAt`: When the plan was last updated; read-only if sent (unsourced for plans).
    pub updated_at: Option<String>,
    /// `_links`: Links to related resources; set by PingOne.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
}

impl PlanResponse {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            status: None,
            id: None,
            environment: None,
            created_at: None,
            updated_at: None,
            links: None,
        }
    }
}

/// A plan as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct PlanResponseWire {
    /// `name`: The plan's name; not empty or blank.
    #[serde(rename = "name")]
    name: String,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<String>,
    /// `id`: The plan's ID, a UUID; set by PingOne.
    #[serde(
        rename = "id",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    id: Option<String>,
    /// `environment`: The environment the plan belongs to; set by PingOne.
    #[serde(
        rename = "environment",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    environment: Option<EnvironmentRef>,
    /// `createdAt`: When the plan was created; read-only if sent (unsourced for plans).
    #[serde(
        rename = "createdAt",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    created_at: Option<String>,
    /// `updatedAt`: When the plan was last updated; read-only if sent (unsourced for plans).
    #[serde(
        rename = "updatedAt",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    updated_at: Option<String>,
    /// `_links`: Links to related resources; set by PingOne.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
}

impl TryFrom<PlanResponseWire> for PlanResponse {
    type Error = String;
    fn try_from(body: PlanResponseWire) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            status: body.status,
            id: body.id,
            environment: body.environment,
            created_at: body.created_at,
            updated_at: body.updated_at,
            links: body.links,
        })
    }
}

impl From<PlanResponse> for PlanResponseWire {
    fn from(value: PlanResponse) -> Self {
        Self {
            name: value.name,
            status: value.status,
            id: value.id,
            environment: value.environment,
            created_at: value.created_at,
            updated_at: value.updated_at,
            links: value.links,
        }
    }
}

/// A propagation rule: it connects a source store to a target store in a plan. A rule with
/// `parentRule` is a writeback rule. The body of a create or update request. Read-only
/// members are accepted and dropped; unknown members are refused.
///
/// Deserializing checks every error-level rule of the declarations (as `rule` request), so
/// a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "RuleRequestWire")]
#[non_exhaustive]
pub struct RuleRequest {
    /// `name`: The rule's name.
    pub name: String,
    /// `description`: A description of the rule.
    pub description: Option<String>,
    /// `plan`: The plan the rule belongs to.
    pub plan: Reference,
    /// `sourceStore`: The store users come from.
    pub source_store: Reference,
    /// `targetStore`: The store users are provisioned to.
    pub target_store: Reference,
    /// `active`: Whether the rule provisions; PingOne's default is `false`.
    pub active: Option<bool>,
    /// `configuration`: LDAP Gateway settings: required for an `LdapGateway` source or target
    /// (checked across files), ignored otherwise.
    pub configuration: Option<OutboundLdapConfiguration>,
    /// `groups`: The groups in the provisioning scope, each by its ID.
    pub groups: Option<Vec<Reference>>,
    /// `populationExpression`: A SCIM filter over the source store's user attributes that
    /// selects the users to provision (`population.id eq "..."`).
    pub population_expression: Option<String>,
    /// `populations`: The populations in scope, each by its ID; deprecated.
    ///
    /// Deprecated: use `populationExpression` (`population.id eq "<id>"`) instead.
    #[deprecated(
        note = "populations: use `populationExpression` (`population.id eq \"<id>\"`) instead"
    )]
    pub populations: Option<serde_json::Value>,
    /// `deprovision`: Whether users leaving the scope are deprovisioned; deprecated.
    ///
    /// Deprecated: use `managed` of the propagation store instead.
    #[deprecated(note = "deprovision: use `managed` of the propagation store instead")]
    pub deprovision: Option<bool>,
    /// `parentRule`: The inbound rule whose users this writeback rule writes back to; its
    /// presence makes the rule a writeback rule.
    pub parent_rule: Option<Reference>,
    /// `environment`: The environment the rule belongs to. Read-only in the rule data model,
    /// but required by the Workday workflow's request models, whose bodies send it: accepted in
    /// requests, never required (C7).
    pub environment: Option<Reference>,
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl RuleRequest {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        plan: Reference,
        source_store: Reference,
        target_store: Reference,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            plan,
            source_store,
            target_store,
            active: None,
            configuration: None,
            groups: None,
            population_expression: None,
            populations: None,
            deprovision: None,
            parent_rule: None,
            environment: None,
        }
    }
}

impl RuleRequest {
    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
    /// Sets `active`.
    #[must_use]
    pub fn with_active(mut self, active: bool) -> Self {
        self.active = Some(active);
        self
    }
    /// Sets `populationExpression`.
    #[must_use]
    pub fn with_population_expression(
        mut self,
        population_expression: impl Into<String>,
    ) -> Self {
        self.population_expression = Some(population_expression.into());
        self
    }
}

/// A rule request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")]
pub(crate) struct RuleRequestWire {
    /// `name`: The rule's name.
    #[serde(rename = "name")]
    name: String,
    /// `description`: A description of the rule.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `plan`: The plan the rule belongs to.
    #[serde(rename = "plan", deserialize_with = "super::object")]
    plan: Reference,
    /// `sourceStore`: The store users come from.
    #[serde(rename = "sourceStore", deserialize_with = "super::object")]
    source_store: Reference,
    /// `targetStore`: The store users are provisioned to.
    #[serde(rename = "targetStore", deserialize_with = "super::object")]
    target_store: Reference,
    /// `active`: Whether the rule provisions; PingOne's default is `false`.
    #[serde(
        rename = "active",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    active: Option<bool>,
    /// `configuration`: LDAP Gateway settings: required for an `LdapGateway` source or target
    /// (checked across files), ignored otherwise.
    #[serde(
        rename = "configuration",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    configuration: Option<OutboundLdapConfiguration>,
    /// `groups`: The groups in the provisioning scope, each by its ID.
    #[serde(
        rename = "groups",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    groups: Option<Vec<Reference>>,
    /// `populationExpression`: A SCIM filter over the source store's user attributes that
    /// selects the users to provision (`population.id eq "..."`).
    #[serde(
        rename = "populationExpression",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    population_expression: Option<String>,
    /// `populations`: The populations in scope, each by its ID; deprecated.
    ///
    /// Deprecated: use `populationExpression` (`population.id eq "<id>"`) instead.
    #[serde(
        rename = "populations",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    populations: Option<serde_json::Value>,
    /// `deprovision`: Whether users leaving the scope are deprovisioned; deprecated.
    ///
    /// Deprecated: use `managed` of the propagation store instead.
    #[serde(
        rename = "deprovision",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    deprovision: Option<bool>,
    /// `parentRule`: The inbound rule whose users this writeback rule writes back to; its
    /// presence makes the rule a writeback rule.
    #[serde(
        rename = "parentRule",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    parent_rule: Option<Reference>,
    /// `environment`: The environment the rule belongs to. Read-only in the rule data model,
    /// but required by the Workday workflow's request models, whose bodies send it: accepted in
    /// requests, never required (C7).
    #[serde(
        rename = "environment",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    environment: Option<Reference>,
    /// `id`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "id", default, skip_serializing)]
    id: Option<serde::de::IgnoredAny>,
    /// `createdAt`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "createdAt", default, skip_serializing)]
    created_at: Option<serde::de::IgnoredAny>,
    /// `updatedAt`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "updatedAt", default, skip_serializing)]
    updated_at: Option<serde::de::IgnoredAny>,
    /// `_links`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "_links", default, skip_serializing)]
    links: Option<serde::de::IgnoredAny>,
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl TryFrom<RuleRequestWire> for RuleRequest {
    type Error = String;
    fn try_from(body: RuleRequestWire) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            description: body.description,
            plan: body.plan,
            source_store: body.source_store,
            target_store: body.target_store,
            active: body.active,
            configuration: body.configuration,
            groups: body.groups,
            population_expression: body.population_expression,
            populations: body.populations,
            deprovision: body.deprovision,
            parent_rule: body.parent_rule,
            environment: body.environment,
        })
    }
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl From<RuleRequest> for RuleRequestWire {
    fn from(value: RuleRequest) -> Self {
        Self {
            name: value.name,
            description: value.description,
            plan: value.plan,
            source_store: value.source_store,
            target_store: value.target_store,
            active: value.active,
            configuration: value.configuration,
            groups: value.groups,
            population_expression: value.population_expression,
            populations: value.populations,
            deprovision: value.deprovision,
            parent_rule: value.parent_rule,
            environment: value.environment,
            id: None,
            created_at: None,
            updated_at: None,
            links: None,
        }
    }
}

/// A propagation rule: it connects a source store to a target store in a plan. A rule with
/// `parentRule` is a writeback rule. As PingOne returns it; members this model does not
/// know are accepted and dropped, since the API may add members.
///
/// Deserializing checks every error-level rule of the declarations (as `rule` response), so
/// a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "RuleResponseWire")]
#[non_exhaustive]
pub struct RuleResponse {
    /// `name`: The rule's name.
    pub name: String,
    /// `description`: A description of the rule.
    pub description: Option<String>,
    /// `plan`: The plan the rule belongs to.
    pub plan: Reference,
    /// `sourceStore`: The store users come from.
    pub source_store: Reference,
    /// `targetStore`: The store users are provisioned to.
    pub target_store: Reference,
    /// `active`: Whether the rule provisions; PingOne's default is `false`.
    pub active: Option<bool>,
    /// `configuration`: LDAP Gateway settings: required for an `LdapGateway` source or target
    /// (checked across files), ignored otherwise.
    pub configuration: Option<OutboundLdapConfiguration>,
    /// `groups`: The groups in the provisioning scope, each by its ID.
    pub groups: Option<Vec<Reference>>,
    /// `populationExpression`: A SCIM filter over the source store's user attributes that
    /// selects the users to provision (`population.id eq "..."`).
    pub population_expression: Option<String>,
    /// `populations`: The populations in scope, each by its ID; deprecated.
    ///
    /// Deprecated: use `populationExpression` (`population.id eq "<id>"`) instead.
    #[deprecated(
        note = "populations: use `populationExpression` (`population.id eq \"<id>\"`) instead"
    )]
    pub populations: Option<serde_json::Value>,
    /// `deprovision`: Whether users leaving the scope are deprovisioned; deprecated.
    ///
    /// Deprecated: use `managed` of the propagation store instead.
    #[deprecated(note = "deprovision: use `managed` of the propagation store instead")]
    pub deprovision: Option<bool>,
    /// `parentRule`: The inbound rule whose users this writeback rule writes back to; its
    /// presence makes the rule a writeback rule.
    pub parent_rule: Option<Reference>,
    /// `environment`: The environment the rule belongs to. Read-only in the rule data model,
    /// but required by the Workday workflow's request models, whose bodies send it: accepted in
    /// requests, never required (C7).
    pub environment: Option<Reference>,
    /// `id`: The rule's ID, a UUID; set by PingOne.
    pub id: Option<String>,
    /// `createdAt`: When the rule was created, an RFC 3339 date-time; set by PingOne.
    pub created_at: Option<String>,
    /// `updatedAt`: When the rule was last updated, an RFC 3339 date-time; set by PingOne
    /// (inferred: in the response, not in the model).
    pub updated_at: Option<String>,
    /// `_links`: Links to related resources; set by PingOne.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl RuleResponse {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        plan: Reference,
        source_store: Reference,
        target_store: Reference,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            plan,
            source_store,
            target_store,
            active: None,
            configuration: None,
            groups: None,
            population_expression: None,
            populations: None,
            deprovision: None,
            parent_rule: None,
            environment: None,
            id: None,
            created_at: None,
            updated_at: None,
            links: None,
        }
    }
}

/// A rule as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct RuleResponseWire {
    /// `name`: The rule's name.
    #[serde(rename = "name")]
    name: String,
    /// `description`: A description of the rule.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `plan`: The plan the rule belongs to.
    #[serde(rename = "plan", deserialize_with = "super::lenient_required")]
    plan: Reference,
    /// `sourceStore`: The store users come from.
    #[serde(rename = "sourceStore", deserialize_with = "super::lenient_required")]
    source_store: Reference,
    /// `targetStore`: The store users are provisioned to.
    #[serde(rename = "targetStore", deserialize_with = "super::lenient_required")]
    target_store: Reference,
    /// `active`: Whether the rule provisions; PingOne's default is `false`.
    #[serde(
        rename = "active",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    active: Option<bool>,
    /// `configuration`: LDAP Gateway settings: required for an `LdapGateway` source or target
    /// (checked across files), ignored otherwise.
    #[serde(
        rename = "configuration",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    configuration: Option<OutboundLdapConfiguration>,
    /// `groups`: The groups in the provisioning scope, each by its ID.
    #[serde(
        rename = "groups",
        default,
        deserialize_with = "super::lenient_objects",
        skip_serializing_if = "Option::is_none"
    )]
    groups: Option<Vec<Reference>>,
    /// `populationExpression`: A SCIM filter over the source store's user attributes that
    /// selects the users to provision (`population.id eq "..."`).
    #[serde(
        rename = "populationExpression",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    population_expression: Option<String>,
    /// `populations`: The populations in scope, each by its ID; deprecated.
    ///
    /// Deprecated: use `populationExpression` (`population.id eq "<id>"`) instead.
    #[serde(
        rename = "populations",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    populations: Option<serde_json::Value>,
    /// `deprovision`: Whether users leaving the scope are deprovisioned; deprecated.
    ///
    /// Deprecated: use `managed` of the propagation store instead.
    #[serde(
        rename = "deprovision",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    deprovision: Option<bool>,
    /// `parentRule`: The inbound rule whose users this writeback rule writes back to; its
    /// presence makes the rule a writeback rule.
    #[serde(
        rename = "parentRule",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    parent_rule: Option<Reference>,
    /// `environment`: The environment the rule belongs to. Read-only in the rule data model,
    /// but required by the Workday workflow's request models, whose bodies send it: accepted in
    /// requests, never required (C7).
    #[serde(
        rename = "environment",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    environment: Option<Reference>,
    /// `id`: The rule's ID, a UUID; set by PingOne.
    #[serde(
        rename = "id",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    id: Option<String>,
    /// `createdAt`: When the rule was created, an RFC 3339 date-time; set by PingOne.
    #[serde(
        rename = "createdAt",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    created_at: Option<String>,
    /// `updatedAt`: When the rule was last updated, an RFC 3339 date-time; set by PingOne
    /// (inferred: in the response, not in the model).
    #[serde(
        rename = "updatedAt",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    updated_at: Option<String>,
    /// `_links`: Links to related resources; set by PingOne.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl TryFrom<RuleResponseWire> for RuleResponse {
    type Error = String;
    fn try_from(body: RuleResponseWire) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            description: body.description,
            plan: body.plan,
            source_store: body.source_store,
            target_store: body.target_store,
            active: body.active,
            configuration: body.configuration,
            groups: body.groups,
            population_expression: body.population_expression,
            populations: body.populations,
            deprovision: body.deprovision,
            parent_rule: body.parent_rule,
            environment: body.environment,
            id: body.id,
            created_at: body.created_at,
            updated_at: body.updated_at,
            links: body.links,
        })
    }
}

#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")]
impl From<RuleResponse> for RuleResponseWire {
    fn from(value: RuleResponse) -> Self {
        Self {
            name: value.name,
            description: value.description,
            plan: value.plan,
            source_store: value.source_store,
            target_store: value.target_store,
            active: value.active,
            configuration: value.configuration,
            groups: value.groups,
            population_expression: value.population_expression,
            populations: value.populations,
            deprovision: value.deprovision,
            parent_rule: value.parent_rule,
            environment: value.environment,
            id: value.id,
            created_at: value.created_at,
            updated_at: value.updated_at,
            links: value.links,
        }
    }
}

/// `sourceAttribute` or `expression`: exactly one of the two is present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappingSource {
    /// `sourceAttribute`: The attribute of the source store whose value is copied; exactly one
    /// of `sourceAttribute` and `expression`.
    SourceAttribute(String),
    /// `expression`: A PingOne Expression Language expression whose result is the value;
    /// exactly one of `expression` and `sourceAttribute`. Its syntax is not checked (no
    /// published grammar).
    Expression(String),
}

impl MappingSource {
    /// The key this value is sent as.
    #[must_use]
    pub const fn key(&self) -> &'static str {
        match self {
            Self::SourceAttribute(_) => "sourceAttribute",
            Self::Expression(_) => "expression",
        }
    }
}

/// An attribute mapping of a rule: a target attribute filled from a source attribute or
/// from a PingOne Expression Language expression (exactly one of the two). The body of a
/// create or update request. Read-only members are accepted and dropped; unknown members
/// are refused.
///
/// Deserializing checks every error-level rule of the declarations (as `mapping` request),
/// so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "MappingRequestWire")]
#[non_exhaustive]
pub struct MappingRequest {
    /// `targetAttribute`: The attribute of the target store that the mapping fills; not empty.
    pub target_attribute: String,
    /// `sourceAttribute` or `expression`: exactly one of the two.
    pub source: MappingSource,
    /// `name`: The mapping's name (C2).
    pub name: Option<String>,
    /// `attributeMappingType`: Whether the mapping is a user or a group attribute mapping (C1).
    pub attribute_mapping_type: Option<serde_json::Value>,
    /// `rule`: The rule the mapping belongs to; immutable. Not needed in a create request (the
    /// rule is in the URL), sent by updates (C15).
    pub rule: Option<Reference>,
}

impl MappingRequest {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(target_attribute: impl Into<String>, source: MappingSource) -> Self {
        Self {
            target_attribute: target_attribute.into(),
            source,
            name: None,
            attribute_mapping_type: None,
            rule: None,
        }
    }
}

impl MappingRequest {
    /// Sets `name`.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}

/// A mapping request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")]
pub(crate) struct MappingRequestWire {
    /// `targetAttribute`: The attribute of the target store that the mapping fills; not empty.
    #[serde(rename = "targetAttribute")]
    target_attribute: String,
    /// `sourceAttribute`: The attribute of the source store whose value is copied; exactly one
    /// of `sourceAttribute` and `expression`.
    #[serde(
        rename = "sourceAttribute",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    source_attribute: Option<String>,
    /// `expression`: A PingOne Expression Language expression whose result is the value;
    /// exactly one of `expression` and `sourceAttribute`. Its syntax is not checked (no
    /// published grammar).
    #[serde(
        rename = "expression",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    expression: Option<String>,
    /// `name`: The mapping's name (C2).
    #[serde(
        rename = "name",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    name: Option<String>,
    /// `attributeMappingType`: Whether the mapping is a user or a group attribute mapping (C1).
    #[serde(
        rename = "attributeMappingType",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    attribute_mapping_type: Option<serde_json::Value>,
    /// `rule`: The rule the mapping belongs to; immutable. Not needed in a create request (the
    /// rule is in the URL), sent by updates (C15).
    #[serde(
        rename = "rule",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    rule: Option<Reference>,
    /// `id`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "id", default, skip_serializing)]
    id: Option<serde::de::IgnoredAny>,
    /// `environment`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "environment", default, skip_serializing)]
    environment: Option<serde::de::IgnoredAny>,
}

impl TryFrom<MappingRequestWire> for MappingRequest {
    type Error = String;
    fn try_from(body: MappingRequestWire) -> Result<Self, Self::Error> {
        Ok(Self {
            target_attribute: body.target_attribute,
            source: match (body.source_attribute, body.expression) {
                (Some(value), None) => MappingSource::SourceAttribute(value),
                (None, Some(value)) => MappingSource::Expression(value),
                (Some(_), Some(_)) => {
                    return Err(
                        "`sourceAttribute` and `expression` are both present: send exactly one"
                            .to_owned(),
                    );
                }
                (None, None) => {
                    return Err(
                        "missing field: one of `sourceAttribute` and `expression` is required"
                            .to_owned(),
                    );
                }
            },
            name: body.name,
            attribute_mapping_type: body.attribute_mapping_type,
            rule: body.rule,
        })
    }
}

impl From<MappingRequest> for MappingRequestWire {
    fn from(value: MappingRequest) -> Self {
        let (source_attribute, expression) = match value.source {
            MappingSource::SourceAttribute(value) => (Some(value), None),
            MappingSource::Expression(value) => (None, Some(value)),
        };
        Self {
            target_attribute: value.target_attribute,
            source_attribute,
            expression,
            name: value.name,
            attribute_mapping_type: value.attribute_mapping_type,
            rule: value.rule,
            id: None,
            environment: None,
        }
    }
}

/// An attribute mapping of a rule: a target attribute filled from a source attribute or
/// from a PingOne Expression Language expression (exactly one of the two). As PingOne
/// returns it; members this model does not know are accepted and dropped, since the API may
/// add members.
///
/// Deserializing checks every error-level rule of the declarations (as `mapping` response),
/// so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "MappingResponseWire")]
#[non_exhaustive]
pub struct MappingResponse {
    /// `targetAttribute`: The attribute of the target store that the mapping fills; not empty.
    pub target_attribute: String,
    /// `sourceAttribute` or `expression`: exactly one of the two.
    pub source: MappingSource,
    /// `name`: The mapping's name (C2).
    pub name: Option<String>,
    /// `attributeMappingType`: Whether the mapping is a user or a group attribute mapping (C1).
    pub attribute_mapping_type: Option<serde_json::Value>,
    /// `rule`: The rule the mapping belongs to; immutable. Not needed in a create request (the
    /// rule is in the URL), sent by updates (C15).
    pub rule: Option<Reference>,
    /// `id`: The mapping's ID, a UUID; set by PingOne.
    pub id: Option<String>,
    /// `environment`: The environment the mapping belongs to; set by PingOne.
    pub environment: Option<EnvironmentRef>,
}

impl MappingResponse {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(target_attribute: impl Into<String>, source: MappingSource) -> Self {
        Self {
            target_attribute: target_attribute.into(),
            source,
            name: None,
            attribute_mapping_type: None,
            rule: None,
            id: None,
            environment: None,
        }
    }
}

/// A mapping as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct MappingResponseWire {
    /// `targetAttribute`: The attribute of the target store that the mapping fills; not empty.
    #[serde(rename = "targetAttribute")]
    target_attribute: String,
    /// `sourceAttribute`: The attribute of the source store whose value is copied; exactly one
    /// of `sourceAttribute` and `expression`.
    #[serde(
        rename = "sourceAttribute",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    source_attribute: Option<String>,
    /// `expression`: A PingOne Expression Language expression whose result is the value;
    /// exactly one of `expression` and `sourceAttribute`. Its syntax is not checked (no
    /// published grammar).
    #[serde(
        rename = "expression",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    expression: Option<String>,
    /// `name`: The mapping's name (C2).
    #[serde(
        rename = "name",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    name: Option<String>,
    /// `attributeMappingType`: Whether the mapping is a user or a group attribute mapping (C1).
    #[serde(
        rename = "attributeMappingType",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    attribute_mapping_type: Option<serde_json::Value>,
    /// `rule`: The rule the mapping belongs to; immutable. Not needed in a create request (the
    /// rule is in the URL), sent by updates (C15).
    #[serde(
        rename = "rule",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    rule: Option<Reference>,
    /// `id`: The mapping's ID, a UUID; set by PingOne.
    #[serde(
        rename = "id",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    id: Option<String>,
    /// `environment`: The environment the mapping belongs to; set by PingOne.
    #[serde(
        rename = "environment",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    environment: Option<EnvironmentRef>,
}

impl TryFrom<MappingResponseWire> for MappingResponse {
    type Error = String;
    fn try_from(body: MappingResponseWire) -> Result<Self, Self::Error> {
        Ok(Self {
            target_attribute: body.target_attribute,
            source: match (body.source_attribute, body.expression) {
                (Some(value), None) => MappingSource::SourceAttribute(value),
                (None, Some(value)) => MappingSource::Expression(value),
                (Some(_), Some(_)) => {
                    return Err(
                        "`sourceAttribute` and `expression` are both present: send exactly one"
                            .to_owned(),
                    );
                }
                (None, None) => {
                    return Err(
                        "missing field: one of `sourceAttribute` and `expression` is required"
                            .to_owned(),
                    );
                }
            },
            name: body.name,
            attribute_mapping_type: body.attribute_mapping_type,
            rule: body.rule,
            id: body.id,
            environment: body.environment,
        })
    }
}

impl From<MappingResponse> for MappingResponseWire {
    fn from(value: MappingResponse) -> Self {
        let (source_attribute, expression) = match value.source {
            MappingSource::SourceAttribute(value) => (Some(value), None),
            MappingSource::Expression(value) => (None, Some(value)),
        };
        Self {
            target_attribute: value.target_attribute,
            source_attribute,
            expression,
            name: value.name,
            attribute_mapping_type: value.attribute_mapping_type,
            rule: value.rule,
            id: value.id,
            environment: value.environment,
        }
    }
}

/// The body of an LdapGateway store metadata request: only `LDAP_TYPE`. Unknown members are
/// refused.
///
/// Deserializing checks every error-level rule of the declarations (as
/// `metadata:LdapGateway` request), so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(into = "LdapGatewayMetadataRequestWire")]
#[non_exhaustive]
pub struct LdapGatewayMetadataRequest {
    /// `LDAP_TYPE`: The directory behind the gateway: `PingDirectory` or `Microsoft Active
    /// Directory`.
    pub ldap_type: Option<LdapType>,
}

impl LdapGatewayMetadataRequest {
    /// Sets `LDAP_TYPE`.
    #[must_use]
    pub fn with_ldap_type(mut self, ldap_type: LdapType) -> Self {
        self.ldap_type = Some(ldap_type);
        self
    }
}

/// A metadata:LdapGateway request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LdapGatewayMetadataRequestWire {
    /// `LDAP_TYPE`: The directory behind the gateway: `PingDirectory` or `Microsoft Active
    /// Directory`.
    #[serde(
        rename = "LDAP_TYPE",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    ldap_type: Option<LdapType>,
}

impl TryFrom<LdapGatewayMetadataRequestWire> for LdapGatewayMetadataRequest {
    type Error = String;
    fn try_from(body: LdapGatewayMetadataRequestWire) -> Result<Self, Self::Error> {
        Ok(Self { ldap_type: body.ldap_type })
    }
}

impl From<LdapGatewayMetadataRequest> for LdapGatewayMetadataRequestWire {
    fn from(value: LdapGatewayMetadataRequest) -> Self {
        Self { ldap_type: value.ldap_type }
    }
}

/// A read-all `stores` list, as the API returns it. Members this model does not know are
/// accepted and dropped.
///
/// Deserializing checks every error-level rule of the declarations (as `list:stores`
/// response), so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "StoreListWire")]
#[non_exhaustive]
pub struct StoreList {
    /// `_embedded`: The listed objects.
    pub embedded: EmbeddedStores,
    /// `_links`: Links to related resources.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    pub count: Option<u64>,
    /// `size`: How many objects this page holds.
    pub size: Option<u64>,
}

impl StoreList {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(embedded: EmbeddedStores) -> Self {
        Self {
            embedded,
            links: None,
            count: None,
            size: None,
        }
    }
}

/// A list:stores as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct StoreListWire {
    /// `_embedded`: The listed objects.
    #[serde(rename = "_embedded", deserialize_with = "super::lenient_required")]
    embedded: EmbeddedStores,
    /// `_links`: Links to related resources.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    #[serde(
        rename = "count",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    count: Option<u64>,
    /// `size`: How many objects this page holds.
    #[serde(
        rename = "size",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    size: Option<u64>,
}

impl TryFrom<StoreListWire> for StoreList {
    type Error = String;
    fn try_from(body: StoreListWire) -> Result<Self, Self::Error> {
        Ok(Self {
            embedded: body.embedded,
            links: body.links,
            count: body.count,
            size: body.size,
        })
    }
}

impl From<StoreList> for StoreListWire {
    fn from(value: StoreList) -> Self {
        Self {
            embedded: value.embedded,
            links: value.links,
            count: value.count,
            size: value.size,
        }
    }
}

/// A read-all `plans` list, as the API returns it. Members this model does not know are
/// accepted and dropped.
///
/// Deserializing checks every error-level rule of the declarations (as `list:plans`
/// response), so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "PlanListWire")]
#[non_exhaustive]
pub struct PlanList {
    /// `_embedded`: The listed objects.
    pub embedded: EmbeddedPlans,
    /// `_links`: Links to related resources.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    pub count: Option<u64>,
    /// `size`: How many objects this page holds.
    pub size: Option<u64>,
}

impl PlanList {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(embedded: EmbeddedPlans) -> Self {
        Self {
            embedded,
            links: None,
            count: None,
            size: None,
        }
    }
}

/// A list:plans as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct PlanListWire {
    /// `_embedded`: The listed objects.
    #[serde(rename = "_embedded", deserialize_with = "super::lenient_required")]
    embedded: EmbeddedPlans,
    /// `_links`: Links to related resources.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    #[serde(
        rename = "count",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    count: Option<u64>,
    /// `size`: How many objects this page holds.
    #[serde(
        rename = "size",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    size: Option<u64>,
}

impl TryFrom<PlanListWire> for PlanList {
    type Error = String;
    fn try_from(body: PlanListWire) -> Result<Self, Self::Error> {
        Ok(Self {
            embedded: body.embedded,
            links: body.links,
            count: body.count,
            size: body.size,
        })
    }
}

impl From<PlanList> for PlanListWire {
    fn from(value: PlanList) -> Self {
        Self {
            embedded: value.embedded,
            links: value.links,
            count: value.count,
            size: value.size,
        }
    }
}

/// A read-all `rules` list, as the API returns it. Members this model does not know are
/// accepted and dropped.
///
/// Deserializing checks every error-level rule of the declarations (as `list:rules`
/// response), so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "RuleListWire")]
#[non_exhaustive]
pub struct RuleList {
    /// `_embedded`: The listed objects.
    pub embedded: EmbeddedRules,
    /// `_links`: Links to related resources.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    pub count: Option<u64>,
    /// `size`: How many objects this page holds.
    pub size: Option<u64>,
}

impl RuleList {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(embedded: EmbeddedRules) -> Self {
        Self {
            embedded,
            links: None,
            count: None,
            size: None,
        }
    }
}

/// A list:rules as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct RuleListWire {
    /// `_embedded`: The listed objects.
    #[serde(rename = "_embedded", deserialize_with = "super::lenient_required")]
    embedded: EmbeddedRules,
    /// `_links`: Links to related resources.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    #[serde(
        rename = "count",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    count: Option<u64>,
    /// `size`: How many objects this page holds.
    #[serde(
        rename = "size",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    size: Option<u64>,
}

impl TryFrom<RuleListWire> for RuleList {
    type Error = String;
    fn try_from(body: RuleListWire) -> Result<Self, Self::Error> {
        Ok(Self {
            embedded: body.embedded,
            links: body.links,
            count: body.count,
            size: body.size,
        })
    }
}

impl From<RuleList> for RuleListWire {
    fn from(value: RuleList) -> Self {
        Self {
            embedded: value.embedded,
            links: value.links,
            count: value.count,
            size: value.size,
        }
    }
}

/// A read-all `mappings` list, as the API returns it. Members this model does not know are
/// accepted and dropped.
///
/// Deserializing checks every error-level rule of the declarations (as `list:mappings`
/// response), so a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "MappingListWire")]
#[non_exhaustive]
pub struct MappingList {
    /// `_embedded`: The listed objects.
    pub embedded: EmbeddedMappings,
    /// `_links`: Links to related resources.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    pub count: Option<u64>,
    /// `size`: How many objects this page holds.
    pub size: Option<u64>,
}

impl MappingList {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(embedded: EmbeddedMappings) -> Self {
        Self {
            embedded,
            links: None,
            count: None,
            size: None,
        }
    }
}

/// A list:mappings as returned, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct MappingListWire {
    /// `_embedded`: The listed objects.
    #[serde(rename = "_embedded", deserialize_with = "super::lenient_required")]
    embedded: EmbeddedMappings,
    /// `_links`: Links to related resources.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
    /// `count`: How many objects there are.
    #[serde(
        rename = "count",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    count: Option<u64>,
    /// `size`: How many objects this page holds.
    #[serde(
        rename = "size",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    size: Option<u64>,
}

impl TryFrom<MappingListWire> for MappingList {
    type Error = String;
    fn try_from(body: MappingListWire) -> Result<Self, Self::Error> {
        Ok(Self {
            embedded: body.embedded,
            links: body.links,
            count: body.count,
            size: body.size,
        })
    }
}

impl From<MappingList> for MappingListWire {
    fn from(value: MappingList) -> Self {
        Self {
            embedded: value.embedded,
            links: value.links,
            count: value.count,
            size: value.size,
        }
    }
}

/// The setup file: which file holds the object each reference name stands for, and whether
/// the setup holds every object its references need. Unknown members are refused.
///
/// Deserializing checks every error-level rule of the declarations (as `setup` request), so
/// a value of this type is one PingOne accepts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "SetupDocumentWire")]
#[non_exhaustive]
pub struct SetupDocument {
    /// `setup`: The version of the setup file's format: `1`.
    pub setup: u64,
    /// `complete`: `true`: every reference must resolve in the setup (an unresolved one is a
    /// `reference` error); otherwise unresolved references are not reported.
    pub complete: Option<bool>,
    /// `objects`: Each name (`planID`, `sourceStoreID`, ...) with the file of its object.
    pub objects: Option<std::collections::BTreeMap<String, SetupEntry>>,
}

impl SetupDocument {
    /// A value with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(setup: u64) -> Self {
        Self {
            setup,
            complete: None,
            objects: None,
        }
    }
}

impl SetupDocument {
    /// Sets `complete`.
    #[must_use]
    pub fn with_complete(mut self, complete: bool) -> Self {
        self.complete = Some(complete);
        self
    }
}

/// A setup request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SetupDocumentWire {
    /// `setup`: The version of the setup file's format: `1`.
    #[serde(rename = "setup", deserialize_with = "super::required_count")]
    setup: u64,
    /// `complete`: `true`: every reference must resolve in the setup (an unresolved one is a
    /// `reference` error); otherwise unresolved references are not reported.
    #[serde(
        rename = "complete",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    complete: Option<bool>,
    /// `objects`: Each name (`planID`, `sourceStoreID`, ...) with the file of its object.
    #[serde(
        rename = "objects",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    objects: Option<std::collections::BTreeMap<String, SetupEntry>>,
}

impl TryFrom<SetupDocumentWire> for SetupDocument {
    type Error = String;
    fn try_from(body: SetupDocumentWire) -> Result<Self, Self::Error> {
        Ok(Self {
            setup: body.setup,
            complete: body.complete,
            objects: body.objects,
        })
    }
}

impl From<SetupDocument> for SetupDocumentWire {
    fn from(value: SetupDocument) -> Self {
        Self {
            setup: value.setup,
            complete: value.complete,
            objects: value.objects,
        }
    }
}

/// The body of a store metadata request (`POST .../propagation/storeMetadata/{Type}`),
/// a variant per store type of the path. The path, not the body, names the type, so
/// [`parse_metadata`](crate::validate::parse_metadata) takes it; serializing writes
/// the body.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum MetadataRequest {
    /// `POST .../propagation/storeMetadata/Aquera`: the type's store configuration, checked as
    /// a store's; `None` for `{}`, which is always valid.
    Aquera(Option<AqueraConfiguration>),
    /// `POST .../propagation/storeMetadata/AzureActiveDirectorySAML2`: the type's store
    /// configuration, checked as a store's; `None` for `{}`, which is always valid.
    AzureActiveDirectorySaml2(Option<AzureActiveDirectorySaml2Configuration>),
    /// `POST .../propagation/storeMetadata/directory`: no metadata page was found for the type,
    /// so only "an object" is checked; its members are kept as sent.
    Directory(serde_json::Map<String, serde_json::Value>),
    /// `POST .../propagation/storeMetadata/GitHubEMU`: "required but should be empty"; PingOne
    /// ignores any content (a warning), so the model keeps none and sends `{}`.
    GitHubEmu,
    /// `POST .../propagation/storeMetadata/GoogleApps`: no metadata page was found for the
    /// type, so only "an object" is checked; its members are kept as sent.
    GoogleApps(serde_json::Map<String, serde_json::Value>),
    /// `POST .../propagation/storeMetadata/LdapGateway`: The body of an LdapGateway store
    /// metadata request: only `LDAP_TYPE`.
    LdapGateway(LdapGatewayMetadataRequest),
    /// `POST .../propagation/storeMetadata/PingOne`: the type's store configuration, checked as
    /// a store's; `None` for `{}`, which is always valid.
    PingOne(Option<PingOneConfiguration>),
    /// `POST .../propagation/storeMetadata/Salesforce`: the type's store configuration, checked
    /// as a store's, where `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG`,
    /// `PERMISSION_SET_MANAGEMENT` may be absent; `None` for `{}`, which is always valid.
    Salesforce(Option<SalesforceConfiguration>),
    /// `POST .../propagation/storeMetadata/SalesforceContacts`: the type's store configuration,
    /// checked as a store's, where `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG`,
    /// `PERMISSION_SET_MANAGEMENT` may be absent; `None` for `{}`, which is always valid.
    SalesforceContacts(Option<SalesforceContactsConfiguration>),
    /// `POST .../propagation/storeMetadata/scim`: the type's store configuration, checked as a
    /// store's; `None` for `{}`, which is always valid.
    Scim(Option<ScimConfiguration>),
    /// `POST .../propagation/storeMetadata/ServiceNow`: "required but should be empty"; PingOne
    /// ignores any content (a warning), so the model keeps none and sends `{}`.
    ServiceNow,
    /// `POST .../propagation/storeMetadata/Slack`: "required but should be empty"; PingOne
    /// ignores any content (a warning), so the model keeps none and sends `{}`.
    Slack,
    /// `POST .../propagation/storeMetadata/Workday`: "required but should be empty"; PingOne
    /// ignores any content (a warning), so the model keeps none and sends `{}`.
    Workday,
    /// `POST .../propagation/storeMetadata/Zoom`: "required but should be empty"; PingOne
    /// ignores any content (a warning), so the model keeps none and sends `{}`.
    Zoom,
}

impl MetadataRequest {
    /// The store type of the request's path.
    #[must_use]
    pub fn store_type(&self) -> StoreType {
        match self {
            Self::Aquera(_) => StoreType::Aquera,
            Self::AzureActiveDirectorySaml2(_) => StoreType::AzureActiveDirectorySaml2,
            Self::Directory(_) => StoreType::Directory,
            Self::GitHubEmu => StoreType::GitHubEmu,
            Self::GoogleApps(_) => StoreType::GoogleApps,
            Self::LdapGateway(_) => StoreType::LdapGateway,
            Self::PingOne(_) => StoreType::PingOne,
            Self::Salesforce(_) => StoreType::Salesforce,
            Self::SalesforceContacts(_) => StoreType::SalesforceContacts,
            Self::Scim(_) => StoreType::Scim,
            Self::ServiceNow => StoreType::ServiceNow,
            Self::Slack => StoreType::Slack,
            Self::Workday => StoreType::Workday,
            Self::Zoom => StoreType::Zoom,
        }
    }
    /// The typed body of a metadata request of `store_type` (already checked).
    pub(crate) fn from_checked(
        store_type: StoreType,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Self, String> {
        match store_type {
            StoreType::Aquera if body.is_empty() => Ok(Self::Aquera(None)),
            StoreType::Aquera => {
                AqueraConfiguration::from_checked(body).map(|c| Self::Aquera(Some(c)))
            }
            StoreType::AzureActiveDirectorySaml2 if body.is_empty() => {
                Ok(Self::AzureActiveDirectorySaml2(None))
            }
            StoreType::AzureActiveDirectorySaml2 => {
                AzureActiveDirectorySaml2Configuration::from_checked(body)
                    .map(|c| Self::AzureActiveDirectorySaml2(Some(c)))
            }
            StoreType::Directory => Ok(Self::Directory(body)),
            StoreType::GitHubEmu => Ok(Self::GitHubEmu),
            StoreType::GoogleApps => Ok(Self::GoogleApps(body)),
            StoreType::LdapGateway => {
                serde_json::from_value::<
                    LdapGatewayMetadataRequestWire,
                >(serde_json::Value::Object(body))
                    .map_err(|e| e.to_string())
                    .and_then(LdapGatewayMetadataRequest::try_from)
                    .map(Self::LdapGateway)
            }
            StoreType::PingOne if body.is_empty() => Ok(Self::PingOne(None)),
            StoreType::PingOne => {
                PingOneConfiguration::from_checked(body).map(|c| Self::PingOne(Some(c)))
            }
            StoreType::Salesforce if body.is_empty() => Ok(Self::Salesforce(None)),
            StoreType::Salesforce => {
                SalesforceConfiguration::from_checked(body)
                    .map(|c| Self::Salesforce(Some(c)))
            }
            StoreType::SalesforceContacts if body.is_empty() => {
                Ok(Self::SalesforceContacts(None))
            }
            StoreType::SalesforceContacts => {
                SalesforceContactsConfiguration::from_checked(body)
                    .map(|c| Self::SalesforceContacts(Some(c)))
            }
            StoreType::Scim if body.is_empty() => Ok(Self::Scim(None)),
            StoreType::Scim => {
                ScimConfiguration::from_checked(body).map(|c| Self::Scim(Some(c)))
            }
            StoreType::ServiceNow => Ok(Self::ServiceNow),
            StoreType::Slack => Ok(Self::Slack),
            StoreType::Workday => Ok(Self::Workday),
            StoreType::Zoom => Ok(Self::Zoom),
        }
    }
    /// The body on the wire.
    pub(crate) fn to_wire(&self) -> serde_json::Map<String, serde_json::Value> {
        match self {
            Self::Aquera(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::AzureActiveDirectorySaml2(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::Directory(body) => body.clone(),
            Self::GitHubEmu => serde_json::Map::new(),
            Self::GoogleApps(body) => body.clone(),
            Self::LdapGateway(body) => super::generated::to_map(body),
            Self::PingOne(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::Salesforce(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::SalesforceContacts(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::Scim(configuration) => {
                configuration
                    .as_ref()
                    .map_or_else(serde_json::Map::new, super::generated::to_map)
            }
            Self::ServiceNow => serde_json::Map::new(),
            Self::Slack => serde_json::Map::new(),
            Self::Workday => serde_json::Map::new(),
            Self::Zoom => serde_json::Map::new(),
        }
    }
}

impl Serialize for MetadataRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_wire().serialize(serializer)
    }
}

/// Calls `$then!` with every payload type of this file: the type, its wire struct,
/// its object kind and request or response.
macro_rules! for_each_payload {
    ($then:ident) => {
        $then ! { PlanRequest : PlanRequestWire, crate ::validate::ObjectKind::Plan,
        crate ::validate::PayloadKind::Request; PlanResponse : PlanResponseWire, crate
        ::validate::ObjectKind::Plan, crate ::validate::PayloadKind::Response;
        RuleRequest : RuleRequestWire, crate ::validate::ObjectKind::Rule, crate
        ::validate::PayloadKind::Request; RuleResponse : RuleResponseWire, crate
        ::validate::ObjectKind::Rule, crate ::validate::PayloadKind::Response;
        MappingRequest : MappingRequestWire, crate ::validate::ObjectKind::Mapping, crate
        ::validate::PayloadKind::Request; MappingResponse : MappingResponseWire, crate
        ::validate::ObjectKind::Mapping, crate ::validate::PayloadKind::Response;
        LdapGatewayMetadataRequest : LdapGatewayMetadataRequestWire, crate
        ::validate::ObjectKind::Metadata("LdapGateway"), crate
        ::validate::PayloadKind::Request; StoreList : StoreListWire, crate
        ::validate::ObjectKind::List(crate ::validate::ListKind::Stores), crate
        ::validate::PayloadKind::Response; PlanList : PlanListWire, crate
        ::validate::ObjectKind::List(crate ::validate::ListKind::Plans), crate
        ::validate::PayloadKind::Response; RuleList : RuleListWire, crate
        ::validate::ObjectKind::List(crate ::validate::ListKind::Rules), crate
        ::validate::PayloadKind::Response; MappingList : MappingListWire, crate
        ::validate::ObjectKind::List(crate ::validate::ListKind::Mappings), crate
        ::validate::PayloadKind::Response; SetupDocument : SetupDocumentWire, crate
        ::validate::ObjectKind::Setup, crate ::validate::PayloadKind::Request; }
    };
}

pub(crate) use for_each_payload;

/// Every struct of this file serde reads field by field: the declaration whose
/// keys it holds, and the wire names serde reads, recorded from the struct itself.
#[cfg(test)]
pub(crate) fn wire_fields() -> [(&'static str, &'static [&'static str]); 18] {
    [
        ("Reference", super::wire_names::fields_of(Reference::deserialize)),
        ("EmbeddedStores", super::wire_names::fields_of(EmbeddedStores::deserialize)),
        ("EmbeddedPlans", super::wire_names::fields_of(EmbeddedPlans::deserialize)),
        ("EmbeddedRules", super::wire_names::fields_of(EmbeddedRules::deserialize)),
        (
            "EmbeddedMappings",
            super::wire_names::fields_of(EmbeddedMappings::deserialize),
        ),
        ("SetupEntry", super::wire_names::fields_of(SetupEntry::deserialize)),
        ("Plan", super::wire_names::fields_of(PlanRequestWire::deserialize)),
        ("Plan", super::wire_names::fields_of(PlanResponseWire::deserialize)),
        ("Rule", super::wire_names::fields_of(RuleRequestWire::deserialize)),
        ("Rule", super::wire_names::fields_of(RuleResponseWire::deserialize)),
        ("Mapping", super::wire_names::fields_of(MappingRequestWire::deserialize)),
        ("Mapping", super::wire_names::fields_of(MappingResponseWire::deserialize)),
        (
            "LdapGatewayMetadataRequest",
            super::wire_names::fields_of(LdapGatewayMetadataRequestWire::deserialize),
        ),
        ("StoreList", super::wire_names::fields_of(StoreListWire::deserialize)),
        ("PlanList", super::wire_names::fields_of(PlanListWire::deserialize)),
        ("RuleList", super::wire_names::fields_of(RuleListWire::deserialize)),
        ("MappingList", super::wire_names::fields_of(MappingListWire::deserialize)),
        ("Setup", super::wire_names::fields_of(SetupDocumentWire::deserialize)),
    ]
}
