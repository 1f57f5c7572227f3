// @generated from src/model/declarations by `cargo xtask codegen`. Do not edit by hand.

//! The typed models, generated from the declarations: the store of a request and of a
//! response with its nested objects and value sets, and the `configuration` of each store
//! type. A field per declared key, wire names as declared, secrets as [`Secret`], a closed
//! value set as an enum. Where `AUTHENTICATION_METHOD` decides which keys are required
//! (`Zoom`, `scim`), the method is an enum whose variants carry those keys, the required
//! ones not optional. Deserializing a store checks the configuration with the validator
//! first, so these types hold what PingOne accepts.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use super::Secret;

/// The documented store types (`type`), spelled exactly as PingOne spells them.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum StoreType {
    /// `Aquera`: Aquera.
    #[serde(rename = "Aquera")]
    Aquera,
    /// `AzureActiveDirectorySAML2`: Microsoft Entra ID (Azure AD) over SAML 2.
    #[serde(rename = "AzureActiveDirectorySAML2")]
    AzureActiveDirectorySaml2,
    /// `directory`: A PingOne directory.
    #[serde(rename = "directory")]
    Directory,
    /// `GitHubEMU`: GitHub Enterprise Managed Users.
    #[serde(rename = "GitHubEMU")]
    GitHubEmu,
    /// `GoogleApps`: Google Workspace.
    #[serde(rename = "GoogleApps")]
    GoogleApps,
    /// `LdapGateway`: An LDAP gateway.
    #[serde(rename = "LdapGateway")]
    LdapGateway,
    /// `PingOne`: Another PingOne environment.
    #[serde(rename = "PingOne")]
    PingOne,
    /// `Salesforce`: Salesforce.
    #[serde(rename = "Salesforce")]
    Salesforce,
    /// `SalesforceContacts`: Salesforce contacts.
    #[serde(rename = "SalesforceContacts")]
    SalesforceContacts,
    /// `scim`: A generic SCIM service.
    #[serde(rename = "scim")]
    Scim,
    /// `ServiceNow`: ServiceNow.
    #[serde(rename = "ServiceNow")]
    ServiceNow,
    /// `Slack`: Slack.
    #[serde(rename = "Slack")]
    Slack,
    /// `Workday`: Workday.
    #[serde(rename = "Workday")]
    Workday,
    /// `Zoom`: Zoom.
    #[serde(rename = "Zoom")]
    Zoom,
}

impl StoreType {
    /// Every value, in documentation order.
    pub const ALL: &'static [StoreType] = &[
        StoreType::Aquera,
        StoreType::AzureActiveDirectorySaml2,
        StoreType::Directory,
        StoreType::GitHubEmu,
        StoreType::GoogleApps,
        StoreType::LdapGateway,
        StoreType::PingOne,
        StoreType::Salesforce,
        StoreType::SalesforceContacts,
        StoreType::Scim,
        StoreType::ServiceNow,
        StoreType::Slack,
        StoreType::Workday,
        StoreType::Zoom,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &[
        "Aquera",
        "AzureActiveDirectorySAML2",
        "directory",
        "GitHubEMU",
        "GoogleApps",
        "LdapGateway",
        "PingOne",
        "Salesforce",
        "SalesforceContacts",
        "scim",
        "ServiceNow",
        "Slack",
        "Workday",
        "Zoom",
    ];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            StoreType::Aquera => "Aquera",
            StoreType::AzureActiveDirectorySaml2 => "AzureActiveDirectorySAML2",
            StoreType::Directory => "directory",
            StoreType::GitHubEmu => "GitHubEMU",
            StoreType::GoogleApps => "GoogleApps",
            StoreType::LdapGateway => "LdapGateway",
            StoreType::PingOne => "PingOne",
            StoreType::Salesforce => "Salesforce",
            StoreType::SalesforceContacts => "SalesforceContacts",
            StoreType::Scim => "scim",
            StoreType::ServiceNow => "ServiceNow",
            StoreType::Slack => "Slack",
            StoreType::Workday => "Workday",
            StoreType::Zoom => "Zoom",
        }
    }
}

impl std::fmt::Display for StoreType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StoreType {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "Aquera" => Ok(StoreType::Aquera),
            "AzureActiveDirectorySAML2" => Ok(StoreType::AzureActiveDirectorySaml2),
            "directory" => Ok(StoreType::Directory),
            "GitHubEMU" => Ok(StoreType::GitHubEmu),
            "GoogleApps" => Ok(StoreType::GoogleApps),
            "LdapGateway" => Ok(StoreType::LdapGateway),
            "PingOne" => Ok(StoreType::PingOne),
            "Salesforce" => Ok(StoreType::Salesforce),
            "SalesforceContacts" => Ok(StoreType::SalesforceContacts),
            "scim" => Ok(StoreType::Scim),
            "ServiceNow" => Ok(StoreType::ServiceNow),
            "Slack" => Ok(StoreType::Slack),
            "Workday" => Ok(StoreType::Workday),
            "Zoom" => Ok(StoreType::Zoom),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// Whether the store provisions (`status`); PingOne's default is `INACTIVE`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum StoreStatus {
    /// `ACTIVE`: Provisioning runs.
    #[serde(rename = "ACTIVE")]
    Active,
    /// `INACTIVE`: Provisioning is paused.
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl StoreStatus {
    /// The value PingOne assumes when the key is absent (its declared default).
    pub const DEFAULT: Self = Self::Inactive;
    /// Every value, in documentation order.
    pub const ALL: &'static [StoreStatus] = &[
        StoreStatus::Active,
        StoreStatus::Inactive,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["ACTIVE", "INACTIVE"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            StoreStatus::Active => "ACTIVE",
            StoreStatus::Inactive => "INACTIVE",
        }
    }
}

impl std::fmt::Display for StoreStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StoreStatus {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ACTIVE" => Ok(StoreStatus::Active),
            "INACTIVE" => Ok(StoreStatus::Inactive),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The state of the last synchronization (`syncStatus.syncState`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum SyncState {
    /// `SYNCING`: A synchronization is running.
    #[serde(rename = "SYNCING")]
    Syncing,
    /// `FAILED`: The last synchronization failed.
    #[serde(rename = "FAILED")]
    Failed,
}

impl SyncState {
    /// Every value, in documentation order.
    pub const ALL: &'static [SyncState] = &[SyncState::Syncing, SyncState::Failed];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["SYNCING", "FAILED"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SyncState::Syncing => "SYNCING",
            SyncState::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for SyncState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SyncState {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "SYNCING" => Ok(SyncState::Syncing),
            "FAILED" => Ok(SyncState::Failed),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// Which name of a PingOne group the target group takes (`GROUP_NAME_SOURCE`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum GroupNameSource {
    /// `Common Name`: The group's common name.
    #[serde(rename = "Common Name")]
    CommonName,
    /// `Distinguished Name`: The group's distinguished name.
    #[serde(rename = "Distinguished Name")]
    DistinguishedName,
}

impl GroupNameSource {
    /// Every value, in documentation order.
    pub const ALL: &'static [GroupNameSource] = &[
        GroupNameSource::CommonName,
        GroupNameSource::DistinguishedName,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["Common Name", "Distinguished Name"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            GroupNameSource::CommonName => "Common Name",
            GroupNameSource::DistinguishedName => "Distinguished Name",
        }
    }
}

impl std::fmt::Display for GroupNameSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for GroupNameSource {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "Common Name" => Ok(GroupNameSource::CommonName),
            "Distinguished Name" => Ok(GroupNameSource::DistinguishedName),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// What PingOne does in the target when a user leaves the provisioning scope
/// (`REMOVE_ACTION`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum RemoveAction {
    /// `Disable`: Deactivate the user.
    #[serde(rename = "Disable")]
    Disable,
    /// `Delete`: Delete the user.
    #[serde(rename = "Delete")]
    Delete,
}

impl RemoveAction {
    /// Every value, in documentation order.
    pub const ALL: &'static [RemoveAction] = &[
        RemoveAction::Disable,
        RemoveAction::Delete,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["Disable", "Delete"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RemoveAction::Disable => "Disable",
            RemoveAction::Delete => "Delete",
        }
    }
}

impl std::fmt::Display for RemoveAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RemoveAction {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "Disable" => Ok(RemoveAction::Disable),
            "Delete" => Ok(RemoveAction::Delete),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The directory behind the gateway (`LDAP_TYPE`): "The only valid `LDAP_TYPE` values are
/// `PingDirectory` and `Microsoft Active Directory`".
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum LdapType {
    /// `PingDirectory`: PingDirectory.
    #[serde(rename = "PingDirectory")]
    PingDirectory,
    /// `Microsoft Active Directory`: Microsoft Active Directory.
    #[serde(rename = "Microsoft Active Directory")]
    MicrosoftActiveDirectory,
}

impl LdapType {
    /// Every value, in documentation order.
    pub const ALL: &'static [LdapType] = &[
        LdapType::PingDirectory,
        LdapType::MicrosoftActiveDirectory,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &[
        "PingDirectory",
        "Microsoft Active Directory",
    ];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LdapType::PingDirectory => "PingDirectory",
            LdapType::MicrosoftActiveDirectory => "Microsoft Active Directory",
        }
    }
}

impl std::fmt::Display for LdapType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for LdapType {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "PingDirectory" => Ok(LdapType::PingDirectory),
            "Microsoft Active Directory" => Ok(LdapType::MicrosoftActiveDirectory),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The default authentication method of provisioned users (`DEFAULT_AUTH_METHOD`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum PingOneDefaultAuthMethod {
    /// `Email 1`: The user's first email address.
    #[serde(rename = "Email 1")]
    Email1,
    /// `SMS 1`: The user's first SMS number.
    #[serde(rename = "SMS 1")]
    Sms1,
    /// `Voice 1`: The user's first voice number.
    #[serde(rename = "Voice 1")]
    Voice1,
}

impl PingOneDefaultAuthMethod {
    /// Every value, in documentation order.
    pub const ALL: &'static [PingOneDefaultAuthMethod] = &[
        PingOneDefaultAuthMethod::Email1,
        PingOneDefaultAuthMethod::Sms1,
        PingOneDefaultAuthMethod::Voice1,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["Email 1", "SMS 1", "Voice 1"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            PingOneDefaultAuthMethod::Email1 => "Email 1",
            PingOneDefaultAuthMethod::Sms1 => "SMS 1",
            PingOneDefaultAuthMethod::Voice1 => "Voice 1",
        }
    }
}

impl std::fmt::Display for PingOneDefaultAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PingOneDefaultAuthMethod {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "Email 1" => Ok(PingOneDefaultAuthMethod::Email1),
            "SMS 1" => Ok(PingOneDefaultAuthMethod::Sms1),
            "Voice 1" => Ok(PingOneDefaultAuthMethod::Voice1),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The SCIM attribute that identifies a user (`UNIQUE_USER_IDENTIFIER`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum ScimUniqueUserIdentifier {
    /// `userName`: The SCIM `userName`.
    #[serde(rename = "userName")]
    UserName,
    /// `workEmail`: The user's work email.
    #[serde(rename = "workEmail")]
    WorkEmail,
}

impl ScimUniqueUserIdentifier {
    /// Every value, in documentation order.
    pub const ALL: &'static [ScimUniqueUserIdentifier] = &[
        ScimUniqueUserIdentifier::UserName,
        ScimUniqueUserIdentifier::WorkEmail,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["userName", "workEmail"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ScimUniqueUserIdentifier::UserName => "userName",
            ScimUniqueUserIdentifier::WorkEmail => "workEmail",
        }
    }
}

impl std::fmt::Display for ScimUniqueUserIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ScimUniqueUserIdentifier {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "userName" => Ok(ScimUniqueUserIdentifier::UserName),
            "workEmail" => Ok(ScimUniqueUserIdentifier::WorkEmail),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// What PingOne does in the target when a user leaves the provisioning scope
/// (`REMOVE_ACTION`); the community SDK says it must be `Disable` for this type.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum RemoveActionDisableAdvised {
    /// `Disable`: Deactivate the user.
    #[serde(rename = "Disable")]
    Disable,
    /// `Delete`: Delete the user.
    #[serde(rename = "Delete")]
    Delete,
}

impl RemoveActionDisableAdvised {
    /// Every value, in documentation order.
    pub const ALL: &'static [RemoveActionDisableAdvised] = &[
        RemoveActionDisableAdvised::Disable,
        RemoveActionDisableAdvised::Delete,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["Disable", "Delete"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RemoveActionDisableAdvised::Disable => "Disable",
            RemoveActionDisableAdvised::Delete => "Delete",
        }
    }
}

impl std::fmt::Display for RemoveActionDisableAdvised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RemoveActionDisableAdvised {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "Disable" => Ok(RemoveActionDisableAdvised::Disable),
            "Delete" => Ok(RemoveActionDisableAdvised::Delete),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The attribute that identifies a Slack user (`UNIQUE_USER_IDENTIFIER`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum SlackUniqueUserIdentifier {
    /// `primaryEmail`: The user's primary email.
    #[serde(rename = "primaryEmail")]
    PrimaryEmail,
    /// `userName`: The user's name.
    #[serde(rename = "userName")]
    UserName,
}

impl SlackUniqueUserIdentifier {
    /// Every value, in documentation order.
    pub const ALL: &'static [SlackUniqueUserIdentifier] = &[
        SlackUniqueUserIdentifier::PrimaryEmail,
        SlackUniqueUserIdentifier::UserName,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &["primaryEmail", "userName"];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SlackUniqueUserIdentifier::PrimaryEmail => "primaryEmail",
            SlackUniqueUserIdentifier::UserName => "userName",
        }
    }
}

impl std::fmt::Display for SlackUniqueUserIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SlackUniqueUserIdentifier {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "primaryEmail" => Ok(SlackUniqueUserIdentifier::PrimaryEmail),
            "userName" => Ok(SlackUniqueUserIdentifier::UserName),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// How PingOne authenticates to Zoom (`AUTHENTICATION_METHOD`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema
)]
#[non_exhaustive]
pub enum AuthenticationMethod {
    /// `OAuth Bearer Token`: A Zoom Server-to-Server OAuth app: account ID, client ID and
    /// secret, token URL.
    #[serde(rename = "OAuth Bearer Token")]
    OAuthBearerToken,
    /// `JWT Bearer Token`: A Zoom JWT app: API key and secret. The documented default, and
    /// deprecated: Zoom ended JWT apps on 2023-09-08.
    #[serde(rename = "JWT Bearer Token")]
    JwtBearerToken,
}

impl AuthenticationMethod {
    /// The value PingOne assumes when the key is absent (its declared default).
    pub const DEFAULT: Self = Self::JwtBearerToken;
    /// Every value, in documentation order.
    pub const ALL: &'static [AuthenticationMethod] = &[
        AuthenticationMethod::OAuthBearerToken,
        AuthenticationMethod::JwtBearerToken,
    ];
    /// Every value's wire spelling, in documentation order.
    pub const NAMES: &'static [&'static str] = &[
        "OAuth Bearer Token",
        "JWT Bearer Token",
    ];
    /// The spelling on the wire.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            AuthenticationMethod::OAuthBearerToken => "OAuth Bearer Token",
            AuthenticationMethod::JwtBearerToken => "JWT Bearer Token",
        }
    }
}

impl std::fmt::Display for AuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AuthenticationMethod {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "OAuth Bearer Token" => Ok(AuthenticationMethod::OAuthBearerToken),
            "JWT Bearer Token" => Ok(AuthenticationMethod::JwtBearerToken),
            _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
        }
    }
}

/// The store's icon (`image`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Image {
    /// `href`: The icon's address, an absolute `http(s)` URL.
    #[serde(
        rename = "href",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub href: Option<String>,
}

impl super::DeclaredObject for Image {
    const KEYS: &'static [&'static str] = &["href"];
}

/// The environment a store belongs to (`environment`, read-only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentRef {
    /// `id`: The environment's ID, a UUID.
    #[serde(rename = "id")]
    pub id: String,
}

impl EnvironmentRef {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

impl super::DeclaredObject for EnvironmentRef {
    const KEYS: &'static [&'static str] = &["id"];
}

/// The outcome of the store's synchronizations (`syncStatus`, read-only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SyncStatus {
    /// `details`: A human-readable account of the last synchronization.
    #[serde(
        rename = "details",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub details: Option<String>,
    /// `failedCount`: Users that failed to synchronize.
    #[serde(
        rename = "failedCount",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_count: Option<u64>,
    /// `failedDeprovisionCount`: Users that failed to deprovision.
    #[serde(
        rename = "failedDeprovisionCount",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_deprovision_count: Option<u64>,
    /// `successCount`: Users synchronized.
    #[serde(
        rename = "successCount",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    pub success_count: Option<u64>,
    /// `userTotal`: Users in scope.
    #[serde(
        rename = "userTotal",
        default,
        deserialize_with = "super::count",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_total: Option<u64>,
    /// `lastSyncAt`: When the last synchronization ran, an RFC 3339 date-time.
    #[serde(
        rename = "lastSyncAt",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_sync_at: Option<String>,
    /// `syncState`: `SYNCING` or `FAILED`.
    #[serde(
        rename = "syncState",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_state: Option<SyncState>,
}

impl super::DeclaredObject for SyncStatus {
    const KEYS: &'static [&'static str] = &[
        "details",
        "failedCount",
        "failedDeprovisionCount",
        "successCount",
        "userTotal",
        "lastSyncAt",
        "syncState",
    ];
}

/// A link of `_links` (read-only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Link {
    /// `href`: The linked resource, an absolute URL.
    #[serde(rename = "href")]
    pub href: String,
}

impl Link {
    /// An object with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}

impl super::DeclaredObject for Link {
    const KEYS: &'static [&'static str] = &["href"];
}

/// A PingOne propagation store. The body of a create or update request (`POST
/// .../propagation/stores`, `PUT .../propagation/stores/{storeID}`).
///
/// Deserializing checks every error-level rule, so a value of this type is a body PingOne
/// accepts. Read-only members (`id`, `createdAt`, ...) are accepted and dropped; unknown
/// members are refused.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "RequestBody")]
#[non_exhaustive]
pub struct StoreRequest {
    /// `name`: The store's name; not empty or blank.
    pub name: String,
    /// `type` and `configuration`: the store type with its configuration.
    pub store: StoreConfiguration,
    /// `description`: A description of the store.
    pub description: Option<String>,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    ///
    /// PingOne's default: `INACTIVE`.
    pub status: Option<StoreStatus>,
    /// `managed`: Whether the store is managed by PingOne.
    pub managed: Option<bool>,
    /// `image`: The store's icon.
    pub image: Option<Image>,
}

impl StoreRequest {
    /// A request with its required members; the optional ones are absent.
    #[must_use]
    pub fn new(name: impl Into<String>, store: StoreConfiguration) -> Self {
        Self {
            name: name.into(),
            store,
            description: None,
            status: None,
            managed: None,
            image: None,
        }
    }
}

impl StoreRequest {
    /// Sets `description`.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
    /// Sets `status`.
    #[must_use]
    pub fn with_status(mut self, status: StoreStatus) -> Self {
        self.status = Some(status);
        self
    }
    /// Sets `managed`.
    #[must_use]
    pub fn with_managed(mut self, managed: bool) -> Self {
        self.managed = Some(managed);
        self
    }
}

/// A store request, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")]
pub(crate) struct RequestBody {
    /// `name`: The store's name; not empty or blank.
    #[serde(rename = "name")]
    name: String,
    /// `type`: The store type, spelled exactly as PingOne spells it (case matters).
    #[serde(rename = "type")]
    r#type: StoreType,
    /// `configuration`: The type's connection settings; its keys depend on `type`. Absent only
    /// where the declarations allow it.
    #[serde(default)]
    configuration: Map<String, Value>,
    /// `description`: A description of the store.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    ///
    /// PingOne's default: `INACTIVE`.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<StoreStatus>,
    /// `managed`: Whether the store is managed by PingOne.
    #[serde(
        rename = "managed",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    managed: Option<bool>,
    /// `image`: The store's icon.
    #[serde(
        rename = "image",
        default,
        deserialize_with = "super::present_object",
        skip_serializing_if = "Option::is_none"
    )]
    image: Option<Image>,
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
    /// `syncStatus`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "syncStatus", default, skip_serializing)]
    sync_status: Option<serde::de::IgnoredAny>,
    /// `_links`: read-only, set by PingOne; accepted and dropped in a request.
    #[serde(rename = "_links", default, skip_serializing)]
    links: Option<serde::de::IgnoredAny>,
}

impl TryFrom<RequestBody> for StoreRequest {
    type Error = String;
    fn try_from(body: RequestBody) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            store: StoreConfiguration::from_wire(body.r#type, body.configuration)?,
            description: body.description,
            status: body.status,
            managed: body.managed,
            image: body.image,
        })
    }
}

impl From<StoreRequest> for RequestBody {
    fn from(value: StoreRequest) -> Self {
        Self {
            name: value.name,
            r#type: value.store.store_type(),
            configuration: value.store.to_wire(),
            description: value.description,
            status: value.status,
            managed: value.managed,
            image: value.image,
            id: None,
            environment: None,
            created_at: None,
            updated_at: None,
            sync_status: None,
            links: None,
        }
    }
}

/// A PingOne propagation store. As PingOne returns it (`201 Created`, `GET`).
///
/// Deserializing checks every error-level rule; members this model does not know are
/// accepted and dropped, since the API may add members.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "ResponseBody")]
#[non_exhaustive]
pub struct StoreResponse {
    /// `name`: The store's name; not empty or blank.
    pub name: String,
    /// `type` and `configuration`: the store type with its configuration.
    pub store: StoreConfiguration,
    /// `description`: A description of the store.
    pub description: Option<String>,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    ///
    /// PingOne's default: `INACTIVE`.
    pub status: Option<StoreStatus>,
    /// `managed`: Whether the store is managed by PingOne.
    pub managed: Option<bool>,
    /// `image`: The store's icon.
    pub image: Option<Image>,
    /// `id`: The store's ID, a UUID; set by PingOne.
    pub id: String,
    /// `environment`: The environment the store belongs to; set by PingOne.
    pub environment: EnvironmentRef,
    /// `createdAt`: When the store was created, an RFC 3339 date-time; set by PingOne.
    pub created_at: String,
    /// `updatedAt`: When the store was last updated, an RFC 3339 date-time; set by PingOne.
    pub updated_at: String,
    /// `syncStatus`: The outcome of the store's synchronizations; set by PingOne.
    pub sync_status: Option<SyncStatus>,
    /// `_links`: Links to related resources; set by PingOne.
    pub links: Option<std::collections::BTreeMap<String, Link>>,
}

impl StoreResponse {
    /// The store that PingOne returns for `request`: its members, plus the read-only `id`,
    /// `environment.id`, `createdAt` and `updatedAt`; no `syncStatus` or `_links` (set them on
    /// the value).
    #[must_use]
    pub fn from_request(
        request: StoreRequest,
        id: impl Into<String>,
        environment_id: impl Into<String>,
        created_at: impl Into<String>,
        updated_at: impl Into<String>,
    ) -> Self {
        Self {
            name: request.name,
            store: request.store,
            description: request.description,
            status: request.status,
            managed: request.managed,
            image: request.image,
            id: id.into(),
            environment: EnvironmentRef {
                id: environment_id.into(),
            },
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            sync_status: None,
            links: None,
        }
    }
}

/// A store response, member for member as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct ResponseBody {
    /// `name`: The store's name; not empty or blank.
    #[serde(rename = "name")]
    name: String,
    /// `type`: The store type, spelled exactly as PingOne spells it (case matters).
    #[serde(rename = "type")]
    r#type: StoreType,
    /// `configuration`: The type's connection settings; its keys depend on `type`. Absent only
    /// where the declarations allow it.
    #[serde(default)]
    configuration: Map<String, Value>,
    /// `description`: A description of the store.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `status`: `ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.
    ///
    /// PingOne's default: `INACTIVE`.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<StoreStatus>,
    /// `managed`: Whether the store is managed by PingOne.
    #[serde(
        rename = "managed",
        default,
        deserialize_with = "super::present",
        skip_serializing_if = "Option::is_none"
    )]
    managed: Option<bool>,
    /// `image`: The store's icon.
    #[serde(
        rename = "image",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    image: Option<Image>,
    /// `id`: The store's ID, a UUID; set by PingOne.
    #[serde(rename = "id")]
    id: String,
    /// `environment`: The environment the store belongs to; set by PingOne.
    #[serde(rename = "environment", deserialize_with = "super::lenient_required")]
    environment: EnvironmentRef,
    /// `createdAt`: When the store was created, an RFC 3339 date-time; set by PingOne.
    #[serde(rename = "createdAt")]
    created_at: String,
    /// `updatedAt`: When the store was last updated, an RFC 3339 date-time; set by PingOne.
    #[serde(rename = "updatedAt")]
    updated_at: String,
    /// `syncStatus`: The outcome of the store's synchronizations; set by PingOne.
    #[serde(
        rename = "syncStatus",
        default,
        deserialize_with = "super::lenient_object",
        skip_serializing_if = "Option::is_none"
    )]
    sync_status: Option<SyncStatus>,
    /// `_links`: Links to related resources; set by PingOne.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "super::map_of_objects",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<std::collections::BTreeMap<String, Link>>,
}

impl TryFrom<ResponseBody> for StoreResponse {
    type Error = String;
    fn try_from(body: ResponseBody) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            store: StoreConfiguration::from_wire(body.r#type, body.configuration)?,
            description: body.description,
            status: body.status,
            managed: body.managed,
            image: body.image,
            id: body.id,
            environment: body.environment,
            created_at: body.created_at,
            updated_at: body.updated_at,
            sync_status: body.sync_status,
            links: body.links,
        })
    }
}

impl From<StoreResponse> for ResponseBody {
    fn from(value: StoreResponse) -> Self {
        Self {
            name: value.name,
            r#type: value.store.store_type(),
            configuration: value.store.to_wire(),
            description: value.description,
            status: value.status,
            managed: value.managed,
            image: value.image,
            id: value.id,
            environment: value.environment,
            created_at: value.created_at,
            updated_at: value.updated_at,
            sync_status: value.sync_status,
            links: value.links,
        }
    }
}

/// The store's `type` with its `configuration`: a variant per documented type.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum StoreConfiguration {
    /// `"type": "Aquera"`.
    Aquera(AqueraConfiguration),
    /// `"type": "AzureActiveDirectorySAML2"`.
    AzureActiveDirectorySaml2(AzureActiveDirectorySaml2Configuration),
    /// `"type": "directory"`: no configuration.
    Directory,
    /// `"type": "GitHubEMU"`.
    GitHubEmu(GitHubEmuConfiguration),
    /// `"type": "GoogleApps"`.
    GoogleApps(GoogleAppsConfiguration),
    /// `"type": "LdapGateway"`.
    LdapGateway(LdapGatewayConfiguration),
    /// `"type": "PingOne"`.
    PingOne(PingOneConfiguration),
    /// `"type": "Salesforce"`.
    Salesforce(SalesforceConfiguration),
    /// `"type": "SalesforceContacts"`.
    SalesforceContacts(SalesforceContactsConfiguration),
    /// `"type": "scim"`.
    Scim(ScimConfiguration),
    /// `"type": "ServiceNow"`.
    ServiceNow(ServiceNowConfiguration),
    /// `"type": "Slack"`.
    Slack(SlackConfiguration),
    /// `"type": "Workday"`.
    Workday(WorkdayConfiguration),
    /// `"type": "Zoom"`.
    Zoom(ZoomConfiguration),
}

impl StoreConfiguration {
    /// The store's `type`.
    #[must_use]
    pub fn store_type(&self) -> StoreType {
        match self {
            Self::Aquera(_) => StoreType::Aquera,
            Self::AzureActiveDirectorySaml2(_) => StoreType::AzureActiveDirectorySaml2,
            Self::Directory => StoreType::Directory,
            Self::GitHubEmu(_) => StoreType::GitHubEmu,
            Self::GoogleApps(_) => StoreType::GoogleApps,
            Self::LdapGateway(_) => StoreType::LdapGateway,
            Self::PingOne(_) => StoreType::PingOne,
            Self::Salesforce(_) => StoreType::Salesforce,
            Self::SalesforceContacts(_) => StoreType::SalesforceContacts,
            Self::Scim(_) => StoreType::Scim,
            Self::ServiceNow(_) => StoreType::ServiceNow,
            Self::Slack(_) => StoreType::Slack,
            Self::Workday(_) => StoreType::Workday,
            Self::Zoom(_) => StoreType::Zoom,
        }
    }
    /// The typed configuration of a store of `store_type` (already checked).
    pub(crate) fn from_wire(
        store_type: StoreType,
        configuration: Map<String, Value>,
    ) -> Result<Self, String> {
        match store_type {
            StoreType::Aquera => {
                AqueraConfiguration::from_checked(configuration).map(Self::Aquera)
            }
            StoreType::AzureActiveDirectorySaml2 => {
                AzureActiveDirectorySaml2Configuration::from_checked(configuration)
                    .map(Self::AzureActiveDirectorySaml2)
            }
            StoreType::Directory => Ok(Self::Directory),
            StoreType::GitHubEmu => {
                GitHubEmuConfiguration::from_checked(configuration).map(Self::GitHubEmu)
            }
            StoreType::GoogleApps => {
                GoogleAppsConfiguration::from_checked(configuration)
                    .map(Self::GoogleApps)
            }
            StoreType::LdapGateway => {
                LdapGatewayConfiguration::from_checked(configuration)
                    .map(Self::LdapGateway)
            }
            StoreType::PingOne => {
                PingOneConfiguration::from_checked(configuration).map(Self::PingOne)
            }
            StoreType::Salesforce => {
                SalesforceConfiguration::from_checked(configuration)
                    .map(Self::Salesforce)
            }
            StoreType::SalesforceContacts => {
                SalesforceContactsConfiguration::from_checked(configuration)
                    .map(Self::SalesforceContacts)
            }
            StoreType::Scim => {
                ScimConfiguration::from_checked(configuration).map(Self::Scim)
            }
            StoreType::ServiceNow => {
                ServiceNowConfiguration::from_checked(configuration)
                    .map(Self::ServiceNow)
            }
            StoreType::Slack => {
                SlackConfiguration::from_checked(configuration).map(Self::Slack)
            }
            StoreType::Workday => {
                WorkdayConfiguration::from_checked(configuration).map(Self::Workday)
            }
            StoreType::Zoom => {
                ZoomConfiguration::from_checked(configuration).map(Self::Zoom)
            }
        }
            .map_err(|e| format!("invalid `configuration`: {e}"))
    }
    /// The configuration object on the wire.
    pub(crate) fn to_wire(&self) -> Map<String, Value> {
        match self {
            Self::Aquera(configuration) => to_map(configuration),
            Self::AzureActiveDirectorySaml2(configuration) => to_map(configuration),
            Self::Directory => Map::new(),
            Self::GitHubEmu(configuration) => to_map(configuration),
            Self::GoogleApps(configuration) => to_map(configuration),
            Self::LdapGateway(configuration) => to_map(configuration),
            Self::PingOne(configuration) => to_map(configuration),
            Self::Salesforce(configuration) => to_map(configuration),
            Self::SalesforceContacts(configuration) => to_map(configuration),
            Self::Scim(configuration) => to_map(configuration),
            Self::ServiceNow(configuration) => to_map(configuration),
            Self::Slack(configuration) => to_map(configuration),
            Self::Workday(configuration) => to_map(configuration),
            Self::Zoom(configuration) => to_map(configuration),
        }
    }
}

pub(crate) fn to_map<T: Serialize>(configuration: &T) -> Map<String, Value> {
    match serde_json::to_value(configuration) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A configuration type, built from a configuration object the validator checked.
pub(crate) trait Configuration: Sized {
    /// The store type whose configuration this is.
    const STORE_TYPE: StoreType;
    /// The typed value of a checked configuration object.
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String>;
    /// The declaration this type is generated from.
    fn declaration() -> Option<&'static super::decl::ObjectDecl> {
        super::declarations::CONFIGURATIONS.case(Self::STORE_TYPE.as_str())
    }
}

/// Calls `$then!` with every configuration type, for the impls that belong to other
/// layers: deserializing through the validator, the schema.
macro_rules! for_each_configuration {
    ($then:ident) => {
        $then ! { AqueraConfiguration, AzureActiveDirectorySaml2Configuration,
        GitHubEmuConfiguration, GoogleAppsConfiguration, LdapGatewayConfiguration,
        PingOneConfiguration, SalesforceConfiguration, SalesforceContactsConfiguration,
        ScimConfiguration, ServiceNowConfiguration, SlackConfiguration,
        WorkdayConfiguration, ZoomConfiguration }
    };
}

pub(crate) use for_each_configuration;

/// The `configuration` of a store of `"type": "Aquera"`.
///
/// The `configuration` of an Aquera store, key for key as on the wire. `BASIC_AUTH_USER`
/// and `BASIC_AUTH_PASSWORD` are required whatever `AUTHENTICATION_METHOD` says (the
/// request model and the examples agree).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct AqueraConfiguration {
    /// `ACCESS_TOKEN`: An OAuth access token for the Aquera account.
    #[serde(rename = "ACCESS_TOKEN", default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<Secret>,
    /// `AUTHENTICATION_METHOD`: How PingOne authenticates: `OAuth Bearer Token` or `Basic Auth`
    /// (community SDK), or `None` (PingOne's own examples).
    #[serde(rename = "AUTHENTICATION_METHOD")]
    pub authentication_method: String,
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication.
    #[serde(
        rename = "BASIC_AUTH_PASSWORD",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub basic_auth_password: Secret,
    /// `BASIC_AUTH_USER`: The user of basic authentication.
    #[serde(rename = "BASIC_AUTH_USER")]
    pub basic_auth_user: String,
    /// `CREATE_USERS`: Create users in Aquera.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(rename = "createNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub create_new_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Aquera.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `disableNewUsers`: The old spelling of `DISABLE_USERS`. Deprecated.
    ///
    /// Deprecated: use `DISABLE_USERS`.
    #[serde(
        rename = "disableNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_new_users: Option<bool>,
    /// `GROUP_NAME_SOURCE`: `Common Name` or `Distinguished Name`: which name of a PingOne
    /// group the Aquera group takes.
    #[serde(
        rename = "GROUP_NAME_SOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_name_source: Option<GroupNameSource>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Aquera to a user who leaves the
    /// scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `SCIM_URL`: The SCIM endpoint, an absolute URL such as `https://api.aquera.io/scim/`.
    #[serde(rename = "SCIM_URL")]
    pub scim_url: String,
    /// `UPDATE_USERS`: Update users in Aquera.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(rename = "updateNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub update_new_users: Option<bool>,
    /// `USER_FILTER`: A SCIM filter expression; sent by PingOne's examples, not in the request
    /// model.
    #[serde(rename = "USER_FILTER", default, skip_serializing_if = "Option::is_none")]
    pub user_filter: Option<String>,
    /// `UNIQUE_USER_IDENTIFIER`: The user attribute that identifies a user; sent by PingOne's
    /// examples, not in the request model.
    #[serde(
        rename = "UNIQUE_USER_IDENTIFIER",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unique_user_identifier: Option<String>,
    /// `USERS_RESOURCE`: The path of the user resource; sent by PingOne's examples, not in the
    /// request model.
    #[serde(rename = "USERS_RESOURCE", default, skip_serializing_if = "Option::is_none")]
    pub users_resource: Option<String>,
    /// `SCIM_VERSION`: The SCIM version; sent by PingOne's metadata example, not in the request
    /// model.
    #[serde(rename = "SCIM_VERSION", default, skip_serializing_if = "Option::is_none")]
    pub scim_version: Option<String>,
    /// `AUTHORIZATION_TYPE`: The authorization header type; sent by PingOne's metadata example,
    /// not in the request model.
    #[serde(
        rename = "AUTHORIZATION_TYPE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_type: Option<String>,
}

impl AqueraConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        authentication_method: impl Into<String>,
        basic_auth_password: impl Into<Secret>,
        basic_auth_user: impl Into<String>,
        scim_url: impl Into<String>,
    ) -> Self {
        Self {
            access_token: None,
            authentication_method: authentication_method.into(),
            basic_auth_password: basic_auth_password.into(),
            basic_auth_user: basic_auth_user.into(),
            create_users: None,
            create_new_users: None,
            disable_users: None,
            disable_new_users: None,
            group_name_source: None,
            remove_action: None,
            scim_url: scim_url.into(),
            update_users: None,
            update_new_users: None,
            user_filter: None,
            unique_user_identifier: None,
            users_resource: None,
            scim_version: None,
            authorization_type: None,
        }
    }
}

impl Serialize for AqueraConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for AqueraConfiguration {
    const STORE_TYPE: StoreType = StoreType::Aquera;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "AzureActiveDirectorySAML2"`.
///
/// The `configuration` of an `AzureActiveDirectorySAML2` store (Microsoft Entra ID), key
/// for key as on the wire. `DefaultPassword` and `DoBase64Conversion`, which the type's
/// metadata lists, are rule mappings, not configuration keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct AzureActiveDirectorySaml2Configuration {
    /// `ClientId`: The Azure Active Directory client ID.
    #[serde(rename = "ClientId")]
    pub client_id: String,
    /// `ClientSecret`: The Azure Active Directory client secret.
    #[serde(
        rename = "ClientSecret",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub client_secret: Secret,
    /// `CREATE_NEW_USERS`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `CREATE_USERS`: Create users in the directory.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USER_ACTION_PROV_OPT`: The old deprovisioning switch. Deprecated.
    ///
    /// Deprecated: use `DEPROVISION_USERS` and `REMOVE_ACTION`.
    #[serde(
        rename = "DEPROVISION_USER_ACTION_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_user_action_prov_opt: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in the directory.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in the directory.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `PROVISION_DISABLED_USERS_PROV_OPT`: Provision users that are disabled in PingOne; the
    /// community SDK says it defaults to `true` and, if sent, must be `true`.
    ///
    /// PingOne's default: `true`.
    #[serde(
        rename = "PROVISION_DISABLED_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users_prov_opt: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in the directory to a user who
    /// leaves the scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `REMOVE_USERS_PROV_OPT`: The old removal switch. Deprecated.
    ///
    /// Deprecated: use `DEPROVISION_USERS`.
    #[serde(
        rename = "REMOVE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_users_prov_opt: Option<bool>,
    /// `RemoveLicensesWhenSkuIdEmpty`: Remove a user's licenses when its `skuId` is empty.
    #[serde(rename = "RemoveLicensesWhenSkuIdEmpty")]
    pub remove_licenses_when_sku_id_empty: bool,
    /// `TenantDomain`: The account's Azure Active Directory domain (a domain name, not
    /// checked).
    #[serde(rename = "TenantDomain")]
    pub tenant_domain: String,
    /// `UPDATE_NEW_USERS`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
    /// `UPDATE_USERS`: Update users in the directory.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl AzureActiveDirectorySaml2Configuration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        remove_licenses_when_sku_id_empty: bool,
        tenant_domain: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            create_new_users: None,
            create_users: None,
            deprovision_user_action_prov_opt: None,
            deprovision_users: None,
            disable_users: None,
            provision_disabled_users_prov_opt: None,
            remove_action: None,
            remove_users_prov_opt: None,
            remove_licenses_when_sku_id_empty,
            tenant_domain: tenant_domain.into(),
            update_new_users: None,
            update_users: None,
        }
    }
}

impl Serialize for AzureActiveDirectorySaml2Configuration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for AzureActiveDirectorySaml2Configuration {
    const STORE_TYPE: StoreType = StoreType::AzureActiveDirectorySaml2;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "GitHubEMU"`.
///
/// The `configuration` of a `GitHubEMU` store (GitHub Enterprise Managed Users), key for
/// key as on the wire. The GitHubEMU page also marks the store's `status` Required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct GitHubEmuConfiguration {
    /// `BASE_URL`: The base URL of the GitHub API, such as `https://store.example.com/`.
    #[serde(rename = "BASE_URL")]
    pub base_url: String,
    /// `CREATE_USERS_PROV_OPT`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users_prov_opt: Option<bool>,
    /// `CREATE_USERS`: Create users in GitHub.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in GitHub.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite
    /// GitHub's); PingOne's example sends `Overwrite`. No value set is documented.
    #[serde(
        rename = "GROUP_MEMBERSHIP_HANDLING",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_membership_handling: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The GitHub access token PingOne provisions with.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_access_token: Secret,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in GitHub to a user who leaves the
    /// scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `REMOVE_USERS_PROV_OPT`: The old removal switch. Deprecated.
    ///
    /// Deprecated: use `DEPROVISION_USERS`.
    #[serde(
        rename = "REMOVE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_users_prov_opt: Option<bool>,
    /// `UPDATE_USERS_PROV_OPT`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users_prov_opt: Option<bool>,
    /// `UPDATE_USERS`: Update users in GitHub.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl GitHubEmuConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        base_url: impl Into<String>,
        oauth_access_token: impl Into<Secret>,
    ) -> Self {
        Self {
            base_url: base_url.into(),
            create_users_prov_opt: None,
            create_users: None,
            deprovision_users: None,
            group_membership_handling: None,
            oauth_access_token: oauth_access_token.into(),
            remove_action: None,
            remove_users_prov_opt: None,
            update_users_prov_opt: None,
            update_users: None,
        }
    }
}

impl Serialize for GitHubEmuConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for GitHubEmuConfiguration {
    const STORE_TYPE: StoreType = StoreType::GitHubEmu;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "GoogleApps"`.
///
/// The `configuration` of a `GoogleApps` store (Google Workspace), key for key as on the
/// wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct GoogleAppsConfiguration {
    /// `APPLICATION_NAME`: The name of the Google application, such as `Provisioning`.
    #[serde(rename = "APPLICATION_NAME")]
    pub application_name: String,
    /// `CREATE_USERS`: Create users in Google Workspace.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Google Workspace.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Google Workspace.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `DOMAIN`: The account's domain name (not checked).
    #[serde(rename = "DOMAIN")]
    pub domain: String,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token of the Google account.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_access_token: Secret,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID.
    #[serde(rename = "OAUTH_CLIENT_ID")]
    pub oauth_client_id: String,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret.
    #[serde(
        rename = "OAUTH_CLIENT_SECRET",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_client_secret: Secret,
    /// `OAUTH_REFRESH_TOKEN`: The OAuth refresh token.
    #[serde(
        rename = "OAUTH_REFRESH_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_refresh_token: Secret,
    /// `PROVISION_DISABLED_USERS_PROV_OPT`: Provision users that are disabled in PingOne; the
    /// community SDK says it defaults to `true` and, if sent, must be `true`.
    ///
    /// PingOne's default: `true`.
    #[serde(
        rename = "PROVISION_DISABLED_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users_prov_opt: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Google Workspace to a user who
    /// leaves the scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `UPDATE_USERS`: Update users in Google Workspace.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl GoogleAppsConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        application_name: impl Into<String>,
        domain: impl Into<String>,
        oauth_access_token: impl Into<Secret>,
        oauth_client_id: impl Into<String>,
        oauth_client_secret: impl Into<Secret>,
        oauth_refresh_token: impl Into<Secret>,
    ) -> Self {
        Self {
            application_name: application_name.into(),
            create_users: None,
            deprovision_users: None,
            disable_users: None,
            domain: domain.into(),
            oauth_access_token: oauth_access_token.into(),
            oauth_client_id: oauth_client_id.into(),
            oauth_client_secret: oauth_client_secret.into(),
            oauth_refresh_token: oauth_refresh_token.into(),
            provision_disabled_users_prov_opt: None,
            remove_action: None,
            update_users: None,
        }
    }
}

impl Serialize for GoogleAppsConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for GoogleAppsConfiguration {
    const STORE_TYPE: StoreType = StoreType::GoogleApps;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "LdapGateway"`.
///
/// The `configuration` of an `LdapGateway` store, key for key as on the wire. Four keys the
/// request model requires (`CLIENT_ID`, `CLIENT_SECRET`, `GATEWAY_BASE_URL`, `OAUTH_URL`)
/// are omitted by PingOne's own example, so their absence is a warning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct LdapGatewayConfiguration {
    /// `ATTRIBUTE_METADATA`: User-defined attribute metadata.
    #[serde(
        rename = "ATTRIBUTE_METADATA",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_metadata: Option<String>,
    /// `CLIENT_ID`: The client ID PingOne uses at the gateway.
    #[serde(rename = "CLIENT_ID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `CLIENT_SECRET`: The client secret PingOne uses at the gateway (the metadata response
    /// calls it not sensitive; it is masked all the same).
    #[serde(rename = "CLIENT_SECRET", default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<Secret>,
    /// `CREATE_USERS`: Create users in the directory.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DELETE_USERS`: Delete users in the directory.
    #[serde(rename = "DELETE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub delete_users: Option<bool>,
    /// `ENVIRONMENT_ID`: The ID of the PingOne environment the connector serves, such as
    /// `{{envID}}` (the community SDK calls it a UUID; not checked).
    #[serde(rename = "ENVIRONMENT_ID")]
    pub environment_id: String,
    /// `GATEWAY_BASE_URL`: The base URL of PingOne's gateway service.
    #[serde(
        rename = "GATEWAY_BASE_URL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_base_url: Option<String>,
    /// `GATEWAY_ID`: The ID of the LDAP gateway.
    #[serde(rename = "GATEWAY_ID")]
    pub gateway_id: String,
    /// `LDAP_TYPE`: `PingDirectory` or `Microsoft Active Directory`: the only valid values.
    #[serde(rename = "LDAP_TYPE")]
    pub ldap_type: LdapType,
    /// `OAUTH_URL`: The OAuth token request endpoint.
    #[serde(rename = "OAUTH_URL", default, skip_serializing_if = "Option::is_none")]
    pub oauth_url: Option<String>,
    /// `UPDATE_USERS`: Update users in the directory.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users; sent by PingOne's example, not in the request
    /// model.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users; sent by PingOne's example, not in the request model.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`; sent by PingOne's example, not in the request
    /// model.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
}

impl LdapGatewayConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        environment_id: impl Into<String>,
        gateway_id: impl Into<String>,
        ldap_type: LdapType,
    ) -> Self {
        Self {
            attribute_metadata: None,
            client_id: None,
            client_secret: None,
            create_users: None,
            delete_users: None,
            environment_id: environment_id.into(),
            gateway_base_url: None,
            gateway_id: gateway_id.into(),
            ldap_type,
            oauth_url: None,
            update_users: None,
            deprovision_users: None,
            disable_users: None,
            remove_action: None,
        }
    }
}

impl Serialize for LdapGatewayConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for LdapGatewayConfiguration {
    const STORE_TYPE: StoreType = StoreType::LdapGateway;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "PingOne"`.
///
/// The `configuration` of a `PingOne` store (another PingOne environment, the target of
/// inbound provisioning), key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct PingOneConfiguration {
    /// `CLIENT_ID`: The ID of the PingOne client.
    #[serde(rename = "CLIENT_ID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `CLIENT_SECRET`: The secret of the PingOne client.
    #[serde(rename = "CLIENT_SECRET", default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<Secret>,
    /// `CREATE_USERS_PROV_OPT`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users_prov_opt: Option<bool>,
    /// `CREATE_USERS`: Create users in PingOne.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DEFAULT_AUTH_METHOD`: `Email 1`, `SMS 1` or `Voice 1`: the default authentication
    /// method of provisioned users.
    #[serde(
        rename = "DEFAULT_AUTH_METHOD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_auth_method: Option<PingOneDefaultAuthMethod>,
    /// `DISABLE_USERS`: Disable users in PingOne.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `ENVIRONMENT_ID`: The ID of the target PingOne environment, such as `{{envID}}` (the
    /// community SDK calls it a UUID; not checked).
    #[serde(rename = "ENVIRONMENT_ID")]
    pub environment_id: String,
    /// `MFA_USER_DEVICE_MANAGEMENT`: How MFA devices are handled, such as `Merge with devices
    /// in PingOne` or `Overwrite devices in PingOne`. No value set is documented.
    #[serde(
        rename = "MFA_USER_DEVICE_MANAGEMENT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mfa_user_device_management: Option<String>,
    /// `PROVISION_DISABLED_USERS_PROV_OPT`: Provision users that are disabled in the source.
    #[serde(
        rename = "PROVISION_DISABLED_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users_prov_opt: Option<bool>,
    /// `REGION`: The region of the target environment: PingOne's own examples send `North
    /// America`, the community SDK a region code (`NA`, `EU`, ...).
    #[serde(rename = "REGION")]
    pub region: String,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in PingOne to a user who leaves the
    /// scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `REMOVE_USERS_PROV_OPT`: The old removal switch. Deprecated.
    ///
    /// Deprecated: use `DISABLE_USERS` and `REMOVE_ACTION`.
    #[serde(
        rename = "REMOVE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_users_prov_opt: Option<bool>,
    /// `UPDATE_USERS_PROV_OPT`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users_prov_opt: Option<bool>,
    /// `UPDATE_USERS`: Update users in PingOne.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl PingOneConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(environment_id: impl Into<String>, region: impl Into<String>) -> Self {
        Self {
            client_id: None,
            client_secret: None,
            create_users_prov_opt: None,
            create_users: None,
            default_auth_method: None,
            disable_users: None,
            environment_id: environment_id.into(),
            mfa_user_device_management: None,
            provision_disabled_users_prov_opt: None,
            region: region.into(),
            remove_action: None,
            remove_users_prov_opt: None,
            update_users_prov_opt: None,
            update_users: None,
        }
    }
}

impl Serialize for PingOneConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for PingOneConfiguration {
    const STORE_TYPE: StoreType = StoreType::PingOne;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "Salesforce"`.
///
/// The `configuration` of a `Salesforce` store, key for key as on the wire.
/// `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT` are Required on
/// the create page and Optional in the metadata request model, so their absence is a
/// warning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct SalesforceConfiguration {
    /// `ACCOUNT_ID`: The ID of the Salesforce account.
    #[serde(rename = "ACCOUNT_ID", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `CLIENT_ID`: The consumer key of the Salesforce connected app.
    #[serde(rename = "CLIENT_ID")]
    pub client_id: String,
    /// `CLIENT_SECRET`: The consumer secret of the Salesforce connected app.
    #[serde(
        rename = "CLIENT_SECRET",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub client_secret: Secret,
    /// `CREATE_NEW_USERS`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `CREATE_USERS`: Create users in Salesforce.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Salesforce.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `ENABLE_COMMUNITIES`: Integrate with Salesforce Communities (which needs `true`).
    #[serde(
        rename = "ENABLE_COMMUNITIES",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_communities: Option<bool>,
    /// `FREEZE_USER_FLAG`: Whether the user account is frozen.
    #[serde(
        rename = "FREEZE_USER_FLAG",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub freeze_user_flag: Option<bool>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token of the Salesforce account.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_access_token: Secret,
    /// `OAUTH_REFRESH_TOKEN`: The OAuth refresh token of the Salesforce account.
    #[serde(
        rename = "OAUTH_REFRESH_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_refresh_token: Secret,
    /// `PERMISSION_SET_MANAGEMENT`: How permission sets are handled, such as `Merge with
    /// permission sets in Salesforce`. No value set is documented.
    #[serde(
        rename = "PERMISSION_SET_MANAGEMENT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_set_management: Option<String>,
    /// `PROFILE_ID`: The ID of the Salesforce profile of provisioned users.
    #[serde(rename = "PROFILE_ID", default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
    /// `PROVISION_DISABLED_USERS`: Provision users that are disabled in PingOne.
    #[serde(
        rename = "PROVISION_DISABLED_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users: Option<bool>,
    /// `SALESFORCE_DOMAIN`: The Salesforce domain, such as `mycompany.my.salesforce.com`
    /// (PingOne's examples send both a domain and a URL; not checked).
    #[serde(rename = "SALESFORCE_DOMAIN")]
    pub salesforce_domain: String,
    /// `UPDATE_NEW_USERS`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
    /// `UPDATE_USERS`: Update users in Salesforce.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl SalesforceConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        oauth_access_token: impl Into<Secret>,
        oauth_refresh_token: impl Into<Secret>,
        salesforce_domain: impl Into<String>,
    ) -> Self {
        Self {
            account_id: None,
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            create_new_users: None,
            create_users: None,
            disable_users: None,
            enable_communities: None,
            freeze_user_flag: None,
            oauth_access_token: oauth_access_token.into(),
            oauth_refresh_token: oauth_refresh_token.into(),
            permission_set_management: None,
            profile_id: None,
            provision_disabled_users: None,
            salesforce_domain: salesforce_domain.into(),
            update_new_users: None,
            update_users: None,
        }
    }
}

impl Serialize for SalesforceConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for SalesforceConfiguration {
    const STORE_TYPE: StoreType = StoreType::Salesforce;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "SalesforceContacts"`.
///
/// The `configuration` of a `SalesforceContacts` store (Salesforce Leads or Contacts), key
/// for key as on the wire: the keys of `Salesforce`, with the same doubt on
/// `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT`, and
/// `RECORD_TYPE`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct SalesforceContactsConfiguration {
    /// `ACCOUNT_ID`: The ID of the Salesforce account.
    #[serde(rename = "ACCOUNT_ID", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `CLIENT_ID`: The consumer key of the Salesforce connected app.
    #[serde(rename = "CLIENT_ID")]
    pub client_id: String,
    /// `CLIENT_SECRET`: The consumer secret of the Salesforce connected app.
    #[serde(
        rename = "CLIENT_SECRET",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub client_secret: Secret,
    /// `CREATE_NEW_USERS`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `CREATE_USERS`: Create users in Salesforce.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Salesforce.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `ENABLE_COMMUNITIES`: Integrate with Salesforce Communities (which needs `true`).
    #[serde(
        rename = "ENABLE_COMMUNITIES",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_communities: Option<bool>,
    /// `FREEZE_USER_FLAG`: Whether the user account is frozen.
    #[serde(
        rename = "FREEZE_USER_FLAG",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub freeze_user_flag: Option<bool>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token of the Salesforce account.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_access_token: Secret,
    /// `OAUTH_REFRESH_TOKEN`: The OAuth refresh token of the Salesforce account.
    #[serde(
        rename = "OAUTH_REFRESH_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_refresh_token: Secret,
    /// `PERMISSION_SET_MANAGEMENT`: How permission sets are handled, such as `Merge with
    /// permission sets in Salesforce`. No value set is documented.
    #[serde(
        rename = "PERMISSION_SET_MANAGEMENT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_set_management: Option<String>,
    /// `PROFILE_ID`: The ID of the Salesforce profile of provisioned users.
    #[serde(rename = "PROFILE_ID", default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
    /// `PROVISION_DISABLED_USERS`: Provision users that are disabled in PingOne.
    #[serde(
        rename = "PROVISION_DISABLED_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users: Option<bool>,
    /// `SALESFORCE_DOMAIN`: The Salesforce domain, such as `mycompany.my.salesforce.com`
    /// (PingOne's examples send both a domain and a URL; not checked).
    #[serde(rename = "SALESFORCE_DOMAIN")]
    pub salesforce_domain: String,
    /// `UPDATE_NEW_USERS`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_NEW_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
    /// `UPDATE_USERS`: Update users in Salesforce.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `RECORD_TYPE`: Whether the connector is for Salesforce Leads or Contacts: `LEAD` or
    /// `CONTACT` (PingOne's page), `Lead` or `Contact` (community SDK).
    #[serde(rename = "RECORD_TYPE")]
    pub record_type: String,
}

impl SalesforceContactsConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        oauth_access_token: impl Into<Secret>,
        oauth_refresh_token: impl Into<Secret>,
        salesforce_domain: impl Into<String>,
        record_type: impl Into<String>,
    ) -> Self {
        Self {
            account_id: None,
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            create_new_users: None,
            create_users: None,
            disable_users: None,
            enable_communities: None,
            freeze_user_flag: None,
            oauth_access_token: oauth_access_token.into(),
            oauth_refresh_token: oauth_refresh_token.into(),
            permission_set_management: None,
            profile_id: None,
            provision_disabled_users: None,
            salesforce_domain: salesforce_domain.into(),
            update_new_users: None,
            update_users: None,
            record_type: record_type.into(),
        }
    }
}

impl Serialize for SalesforceContactsConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for SalesforceContactsConfiguration {
    const STORE_TYPE: StoreType = StoreType::SalesforceContacts;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "scim"`.
///
/// The `configuration` of a `scim` store (a generic SCIM service), key for key as on the
/// wire. `AUTHENTICATION_METHOD` decides which credentials are required: `BASIC_AUTH_USER`
/// and `BASIC_AUTH_PASSWORD` with `Basic Authentication` (with another method their absence
/// is a warning, since the request model marks them Required), `OAUTH_CLIENT_ID` and
/// `OAUTH_CLIENT_SECRET` with `OAuth 2 Client Credentials`, `OAUTH_ACCESS_TOKEN` with
/// `OAuth 2 Bearer Token`; `OAUTH_TOKEN_REQUEST` is advised with either OAuth method.
///
/// `AUTHENTICATION_METHOD` and the keys it requires are one field, [`ScimAuthentication`]:
/// each variant carries its
/// keys, the required ones not optional.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "ScimConfigurationWire")]
#[non_exhaustive]
pub struct ScimConfiguration {
    /// `AUTHENTICATION_METHOD` and the keys it requires.
    pub authentication: ScimAuthentication,
    /// `AUTHORIZATION_TYPE`: The type of the `Authorization` header: `Basic`, `Bearer`, `OAuth
    /// Client Credentials` or `Custom` in the admin guide; any string is sent.
    pub authorization_type: String,
    /// `CREATE_USERS`: Create users in the SCIM service.
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    pub create_new_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in the SCIM service.
    pub disable_users: Option<bool>,
    /// `disableNewUsers`: The old spelling of `DISABLE_USERS`. Deprecated.
    ///
    /// Deprecated: use `DISABLE_USERS`.
    pub disable_new_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite
    /// the service's); PingOne's example sends `Overwrite`. No value set is documented.
    pub group_membership_handling: Option<String>,
    /// `GROUP_NAME_SOURCE`: `Common Name` or `Distinguished Name`: which name of a PingOne
    /// group the SCIM group takes.
    pub group_name_source: Option<GroupNameSource>,
    /// `GROUPS_RESOURCE`: The path of the group resource, such as `/Groups`.
    pub groups_resource: Option<String>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in the SCIM service to a user who
    /// leaves the scope.
    pub remove_action: Option<RemoveAction>,
    /// `SCHEMA_EXTENSION_URNS`: SCIM schema extension URNs.
    pub schema_extension_urns: Option<String>,
    /// `SCIM_URL`: The SCIM endpoint, an absolute URL such as `https://scim-example.com/v2/`.
    pub scim_url: String,
    /// `SCIM_VERSION`: The SCIM version, such as `2.0`. No value set is documented.
    pub scim_version: String,
    /// `UNIQUE_USER_IDENTIFIER`: `userName` or `workEmail`: the attribute that identifies a
    /// user.
    pub unique_user_identifier: ScimUniqueUserIdentifier,
    /// `UPDATE_USERS`: Update users in the SCIM service.
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    pub update_new_users: Option<bool>,
    /// `USER_FILTER`: A SCIM filter expression that finds a user, such as `username Eq "%s"`.
    pub user_filter: String,
    /// `USERS_RESOURCE`: The path of the user resource, such as `/Users`.
    pub users_resource: String,
}

impl ScimConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        authentication: ScimAuthentication,
        authorization_type: impl Into<String>,
        scim_url: impl Into<String>,
        scim_version: impl Into<String>,
        unique_user_identifier: ScimUniqueUserIdentifier,
        user_filter: impl Into<String>,
        users_resource: impl Into<String>,
    ) -> Self {
        Self {
            authentication,
            authorization_type: authorization_type.into(),
            create_users: None,
            create_new_users: None,
            disable_users: None,
            disable_new_users: None,
            group_membership_handling: None,
            group_name_source: None,
            groups_resource: None,
            remove_action: None,
            schema_extension_urns: None,
            scim_url: scim_url.into(),
            scim_version: scim_version.into(),
            unique_user_identifier,
            update_users: None,
            update_new_users: None,
            user_filter: user_filter.into(),
            users_resource: users_resource.into(),
        }
    }
}

/// `AUTHENTICATION_METHOD` of a `scim` store, with the keys it requires.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ScimAuthentication {
    /// `None`: No authentication (admin guide; PingOne's own examples send it).
    NoAuthentication(ScimNoCredentials),
    /// `Basic Authentication`: A user and password: `BASIC_AUTH_USER`, `BASIC_AUTH_PASSWORD`.
    Basic(ScimBasicCredentials),
    /// `OAuth 2 Bearer Token`: An OAuth access token: `OAUTH_ACCESS_TOKEN`.
    BearerToken(ScimBearerTokenCredentials),
    /// `OAuth 2 Client Credentials`: An OAuth client: `OAUTH_CLIENT_ID`, `OAUTH_CLIENT_SECRET`,
    /// with the token endpoint in `OAUTH_TOKEN_REQUEST`.
    ClientCredentials(ScimClientCredentials),
    /// Another value, which the sources do not agree on (a warning), with the keys
    /// it carries.
    Other(String, ScimOtherCredentials),
}

impl ScimAuthentication {
    /// The `AUTHENTICATION_METHOD` value of this variant.
    #[must_use]
    pub fn method(&self) -> &str {
        match self {
            Self::NoAuthentication(_) => "None",
            Self::Basic(_) => "Basic Authentication",
            Self::BearerToken(_) => "OAuth 2 Bearer Token",
            Self::ClientCredentials(_) => "OAuth 2 Client Credentials",
            Self::Other(method, _) => method,
        }
    }
}

/// The keys of `None`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimNoCredentials {
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_user: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    pub oauth_access_token: Option<Secret>,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    pub oauth_token_request: Option<String>,
}

/// The keys of `Basic Authentication`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScimBasicCredentials {
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_password: Secret,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_user: String,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    pub oauth_access_token: Option<Secret>,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    pub oauth_token_request: Option<String>,
}

impl ScimBasicCredentials {
    /// The keys of `Basic Authentication`, given the required ones; the others are absent.
    #[must_use]
    pub fn new(
        basic_auth_password: impl Into<Secret>,
        basic_auth_user: impl Into<String>,
    ) -> Self {
        Self {
            basic_auth_password: basic_auth_password.into(),
            basic_auth_user: basic_auth_user.into(),
            oauth_access_token: None,
            oauth_client_id: None,
            oauth_client_secret: None,
            oauth_token_request: None,
        }
    }
}

/// The keys of `OAuth 2 Bearer Token`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScimBearerTokenCredentials {
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_user: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    pub oauth_access_token: Secret,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    pub oauth_token_request: Option<String>,
}

impl ScimBearerTokenCredentials {
    /// The keys of `OAuth 2 Bearer Token`, given the required ones; the others are absent.
    #[must_use]
    pub fn new(oauth_access_token: impl Into<Secret>) -> Self {
        Self {
            basic_auth_password: None,
            basic_auth_user: None,
            oauth_access_token: oauth_access_token.into(),
            oauth_client_id: None,
            oauth_client_secret: None,
            oauth_token_request: None,
        }
    }
}

/// The keys of `OAuth 2 Client Credentials`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ScimClientCredentials {
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_user: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    pub oauth_access_token: Option<Secret>,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    pub oauth_client_id: String,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    pub oauth_client_secret: Secret,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    pub oauth_token_request: Option<String>,
}

impl ScimClientCredentials {
    /// The keys of `OAuth 2 Client Credentials`, given the required ones; the others are
    /// absent.
    #[must_use]
    pub fn new(
        oauth_client_id: impl Into<String>,
        oauth_client_secret: impl Into<Secret>,
    ) -> Self {
        Self {
            basic_auth_password: None,
            basic_auth_user: None,
            oauth_access_token: None,
            oauth_client_id: oauth_client_id.into(),
            oauth_client_secret: oauth_client_secret.into(),
            oauth_token_request: None,
        }
    }
}

/// The keys of another `AUTHENTICATION_METHOD` value.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimOtherCredentials {
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    pub basic_auth_user: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    pub oauth_access_token: Option<Secret>,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    pub oauth_token_request: Option<String>,
}

/// The `configuration` of a `scim` store, key for key as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct ScimConfigurationWire {
    /// `AUTHENTICATION_METHOD`: `None`, `Basic Authentication`, `OAuth 2 Bearer Token` or
    /// `OAuth 2 Client Credentials`: decides which credential keys are required.
    #[serde(
        rename = "AUTHENTICATION_METHOD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authentication_method: Option<String>,
    /// `AUTHORIZATION_TYPE`: The type of the `Authorization` header: `Basic`, `Bearer`, `OAuth
    /// Client Credentials` or `Custom` in the admin guide; any string is sent.
    #[serde(rename = "AUTHORIZATION_TYPE")]
    pub authorization_type: String,
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic
    /// Authentication`.
    #[serde(
        rename = "BASIC_AUTH_PASSWORD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic
    /// Authentication`.
    #[serde(
        rename = "BASIC_AUTH_USER",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_auth_user: Option<String>,
    /// `CREATE_USERS`: Create users in the SCIM service.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(rename = "createNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub create_new_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in the SCIM service.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `disableNewUsers`: The old spelling of `DISABLE_USERS`. Deprecated.
    ///
    /// Deprecated: use `DISABLE_USERS`.
    #[serde(
        rename = "disableNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_new_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite
    /// the service's); PingOne's example sends `Overwrite`. No value set is documented.
    #[serde(
        rename = "GROUP_MEMBERSHIP_HANDLING",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_membership_handling: Option<String>,
    /// `GROUP_NAME_SOURCE`: `Common Name` or `Distinguished Name`: which name of a PingOne
    /// group the SCIM group takes.
    #[serde(
        rename = "GROUP_NAME_SOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_name_source: Option<GroupNameSource>,
    /// `GROUPS_RESOURCE`: The path of the group resource, such as `/Groups`.
    #[serde(
        rename = "GROUPS_RESOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub groups_resource: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The OAuth access token; required with `OAuth 2 Bearer Token`.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_access_token: Option<Secret>,
    /// `OAUTH_CLIENT_ID`: The OAuth client ID; required with `OAuth 2 Client Credentials`.
    #[serde(
        rename = "OAUTH_CLIENT_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client
    /// Credentials`.
    #[serde(
        rename = "OAUTH_CLIENT_SECRET",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as
    /// `https://example.com/oauthtoken`; advised with either OAuth method.
    #[serde(
        rename = "OAUTH_TOKEN_REQUEST",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_token_request: Option<String>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in the SCIM service to a user who
    /// leaves the scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
    /// `SCHEMA_EXTENSION_URNS`: SCIM schema extension URNs.
    #[serde(
        rename = "SCHEMA_EXTENSION_URNS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_extension_urns: Option<String>,
    /// `SCIM_URL`: The SCIM endpoint, an absolute URL such as `https://scim-example.com/v2/`.
    #[serde(rename = "SCIM_URL")]
    pub scim_url: String,
    /// `SCIM_VERSION`: The SCIM version, such as `2.0`. No value set is documented.
    #[serde(rename = "SCIM_VERSION")]
    pub scim_version: String,
    /// `UNIQUE_USER_IDENTIFIER`: `userName` or `workEmail`: the attribute that identifies a
    /// user.
    #[serde(rename = "UNIQUE_USER_IDENTIFIER")]
    pub unique_user_identifier: ScimUniqueUserIdentifier,
    /// `UPDATE_USERS`: Update users in the SCIM service.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(rename = "updateNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub update_new_users: Option<bool>,
    /// `USER_FILTER`: A SCIM filter expression that finds a user, such as `username Eq "%s"`.
    #[serde(rename = "USER_FILTER")]
    pub user_filter: String,
    /// `USERS_RESOURCE`: The path of the user resource, such as `/Users`.
    #[serde(rename = "USERS_RESOURCE")]
    pub users_resource: String,
}

impl TryFrom<ScimConfigurationWire> for ScimConfiguration {
    type Error = String;
    fn try_from(wire: ScimConfigurationWire) -> Result<Self, Self::Error> {
        let (method, because) = match &wire.authentication_method {
            Some(method) => (method.as_str(), "is"),
            None => return Err("missing field `AUTHENTICATION_METHOD`".to_owned()),
        };
        let missing = |key: &str| {
            format!(
                "missing field `{key}`, required because `AUTHENTICATION_METHOD` {because} `{method}`"
            )
        };
        let authentication = match method {
            "None" => {
                ScimAuthentication::NoAuthentication(ScimNoCredentials {
                    basic_auth_password: wire.basic_auth_password,
                    basic_auth_user: wire.basic_auth_user,
                    oauth_access_token: wire.oauth_access_token,
                    oauth_client_id: wire.oauth_client_id,
                    oauth_client_secret: wire.oauth_client_secret,
                    oauth_token_request: wire.oauth_token_request,
                })
            }
            "Basic Authentication" => {
                ScimAuthentication::Basic(ScimBasicCredentials {
                    basic_auth_password: wire
                        .basic_auth_password
                        .unwrap_or_else(Secret::withheld),
                    basic_auth_user: wire
                        .basic_auth_user
                        .ok_or_else(|| missing("BASIC_AUTH_USER"))?,
                    oauth_access_token: wire.oauth_access_token,
                    oauth_client_id: wire.oauth_client_id,
                    oauth_client_secret: wire.oauth_client_secret,
                    oauth_token_request: wire.oauth_token_request,
                })
            }
            "OAuth 2 Bearer Token" => {
                ScimAuthentication::BearerToken(ScimBearerTokenCredentials {
                    basic_auth_password: wire.basic_auth_password,
                    basic_auth_user: wire.basic_auth_user,
                    oauth_access_token: wire
                        .oauth_access_token
                        .unwrap_or_else(Secret::withheld),
                    oauth_client_id: wire.oauth_client_id,
                    oauth_client_secret: wire.oauth_client_secret,
                    oauth_token_request: wire.oauth_token_request,
                })
            }
            "OAuth 2 Client Credentials" => {
                ScimAuthentication::ClientCredentials(ScimClientCredentials {
                    basic_auth_password: wire.basic_auth_password,
                    basic_auth_user: wire.basic_auth_user,
                    oauth_access_token: wire.oauth_access_token,
                    oauth_client_id: wire
                        .oauth_client_id
                        .ok_or_else(|| missing("OAUTH_CLIENT_ID"))?,
                    oauth_client_secret: wire
                        .oauth_client_secret
                        .unwrap_or_else(Secret::withheld),
                    oauth_token_request: wire.oauth_token_request,
                })
            }
            other => {
                ScimAuthentication::Other(
                    other.to_owned(),
                    ScimOtherCredentials {
                        basic_auth_password: wire.basic_auth_password,
                        basic_auth_user: wire.basic_auth_user,
                        oauth_access_token: wire.oauth_access_token,
                        oauth_client_id: wire.oauth_client_id,
                        oauth_client_secret: wire.oauth_client_secret,
                        oauth_token_request: wire.oauth_token_request,
                    },
                )
            }
        };
        Ok(Self {
            authentication,
            authorization_type: wire.authorization_type,
            create_users: wire.create_users,
            create_new_users: wire.create_new_users,
            disable_users: wire.disable_users,
            disable_new_users: wire.disable_new_users,
            group_membership_handling: wire.group_membership_handling,
            group_name_source: wire.group_name_source,
            groups_resource: wire.groups_resource,
            remove_action: wire.remove_action,
            schema_extension_urns: wire.schema_extension_urns,
            scim_url: wire.scim_url,
            scim_version: wire.scim_version,
            unique_user_identifier: wire.unique_user_identifier,
            update_users: wire.update_users,
            update_new_users: wire.update_new_users,
            user_filter: wire.user_filter,
            users_resource: wire.users_resource,
        })
    }
}

impl From<ScimConfiguration> for ScimConfigurationWire {
    fn from(value: ScimConfiguration) -> Self {
        let mut wire = Self {
            authentication_method: Some(value.authentication.method().to_owned()),
            authorization_type: value.authorization_type,
            basic_auth_password: None,
            basic_auth_user: None,
            create_users: value.create_users,
            create_new_users: value.create_new_users,
            disable_users: value.disable_users,
            disable_new_users: value.disable_new_users,
            group_membership_handling: value.group_membership_handling,
            group_name_source: value.group_name_source,
            groups_resource: value.groups_resource,
            oauth_access_token: None,
            oauth_client_id: None,
            oauth_client_secret: None,
            oauth_token_request: None,
            remove_action: value.remove_action,
            schema_extension_urns: value.schema_extension_urns,
            scim_url: value.scim_url,
            scim_version: value.scim_version,
            unique_user_identifier: value.unique_user_identifier,
            update_users: value.update_users,
            update_new_users: value.update_new_users,
            user_filter: value.user_filter,
            users_resource: value.users_resource,
        };
        match value.authentication {
            ScimAuthentication::NoAuthentication(keys) => {
                wire.basic_auth_password = keys.basic_auth_password;
                wire.basic_auth_user = keys.basic_auth_user;
                wire.oauth_access_token = keys.oauth_access_token;
                wire.oauth_client_id = keys.oauth_client_id;
                wire.oauth_client_secret = keys.oauth_client_secret;
                wire.oauth_token_request = keys.oauth_token_request;
            }
            ScimAuthentication::Basic(keys) => {
                wire.basic_auth_password = Some(keys.basic_auth_password)
                    .filter(|s| !s.is_withheld());
                wire.basic_auth_user = Some(keys.basic_auth_user);
                wire.oauth_access_token = keys.oauth_access_token;
                wire.oauth_client_id = keys.oauth_client_id;
                wire.oauth_client_secret = keys.oauth_client_secret;
                wire.oauth_token_request = keys.oauth_token_request;
            }
            ScimAuthentication::BearerToken(keys) => {
                wire.basic_auth_password = keys.basic_auth_password;
                wire.basic_auth_user = keys.basic_auth_user;
                wire.oauth_access_token = Some(keys.oauth_access_token)
                    .filter(|s| !s.is_withheld());
                wire.oauth_client_id = keys.oauth_client_id;
                wire.oauth_client_secret = keys.oauth_client_secret;
                wire.oauth_token_request = keys.oauth_token_request;
            }
            ScimAuthentication::ClientCredentials(keys) => {
                wire.basic_auth_password = keys.basic_auth_password;
                wire.basic_auth_user = keys.basic_auth_user;
                wire.oauth_access_token = keys.oauth_access_token;
                wire.oauth_client_id = Some(keys.oauth_client_id);
                wire.oauth_client_secret = Some(keys.oauth_client_secret)
                    .filter(|s| !s.is_withheld());
                wire.oauth_token_request = keys.oauth_token_request;
            }
            ScimAuthentication::Other(_, keys) => {
                wire.basic_auth_password = keys.basic_auth_password;
                wire.basic_auth_user = keys.basic_auth_user;
                wire.oauth_access_token = keys.oauth_access_token;
                wire.oauth_client_id = keys.oauth_client_id;
                wire.oauth_client_secret = keys.oauth_client_secret;
                wire.oauth_token_request = keys.oauth_token_request;
            }
        }
        wire
    }
}

impl Configuration for ScimConfiguration {
    const STORE_TYPE: StoreType = StoreType::Scim;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        serde_json::from_value::<ScimConfigurationWire>(Value::Object(configuration))
            .map_err(|e| e.to_string())
            .and_then(Self::try_from)
    }
}

/// The `configuration` of a store of `"type": "ServiceNow"`.
///
/// The `configuration` of a `ServiceNow` store, key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct ServiceNowConfiguration {
    /// `Administrator_Password`: The password of the ServiceNow administrator.
    #[serde(
        rename = "Administrator_Password",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub administrator_password: Secret,
    /// `Administrator_Username`: The user name of the ServiceNow administrator.
    #[serde(rename = "Administrator_Username")]
    pub administrator_username: String,
    /// `CREATE_USERS`: Create users in ServiceNow.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(rename = "createNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub create_new_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in ServiceNow: a boolean on PingOne's page (the
    /// community SDK declares a string).
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<serde_json::Value>,
    /// `DISABLE_USERS`: Disable users in ServiceNow.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `disableNewUsers`: The old spelling of `DISABLE_USERS`. Deprecated.
    ///
    /// Deprecated: use `DISABLE_USERS`.
    #[serde(
        rename = "disableNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_new_users: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in ServiceNow to a user who leaves
    /// the scope; the community SDK says it must be `Disable`.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveActionDisableAdvised>,
    /// `ServiceNow_Instance_Name`: The name of the ServiceNow instance. Deprecated.
    ///
    /// Deprecated: use `ServiceNow_Url`.
    #[serde(
        rename = "ServiceNow_Instance_Name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_now_instance_name: Option<String>,
    /// `ServiceNow_Url`: The address of the ServiceNow instance, an absolute URL such as
    /// `https://my.servicenow.com`.
    #[serde(rename = "ServiceNow_Url")]
    pub service_now_url: String,
    /// `UPDATE_USERS`: Update users in ServiceNow.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(rename = "updateNewUsers", default, skip_serializing_if = "Option::is_none")]
    pub update_new_users: Option<bool>,
}

impl ServiceNowConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        administrator_password: impl Into<Secret>,
        administrator_username: impl Into<String>,
        service_now_url: impl Into<String>,
    ) -> Self {
        Self {
            administrator_password: administrator_password.into(),
            administrator_username: administrator_username.into(),
            create_users: None,
            create_new_users: None,
            deprovision_users: None,
            disable_users: None,
            disable_new_users: None,
            remove_action: None,
            service_now_instance_name: None,
            service_now_url: service_now_url.into(),
            update_users: None,
            update_new_users: None,
        }
    }
}

impl Serialize for ServiceNowConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for ServiceNowConfiguration {
    const STORE_TYPE: StoreType = StoreType::ServiceNow;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "Slack"`.
///
/// The `configuration` of a `Slack` store, key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct SlackConfiguration {
    /// `CREATE_USERS_PROV_OPT`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "CREATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users_prov_opt: Option<bool>,
    /// `CREATE_USERS`: Create users in Slack.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Slack.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Slack; the community SDK says it must be `true`.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite
    /// Slack's). No value set is documented.
    #[serde(
        rename = "GROUP_MEMBERSHIP_HANDLING",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_membership_handling: Option<String>,
    /// `OAUTH_ACCESS_TOKEN`: The Slack OAuth access token PingOne provisions with.
    #[serde(
        rename = "OAUTH_ACCESS_TOKEN",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub oauth_access_token: Secret,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Slack to a user who leaves the
    /// scope; the community SDK says it must be `Disable`.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveActionDisableAdvised>,
    /// `REMOVE_USERS_PROV_OPT`: The old removal switch. Deprecated.
    ///
    /// Deprecated: use `DEPROVISION_USERS`.
    #[serde(
        rename = "REMOVE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_users_prov_opt: Option<bool>,
    /// `UNIQUE_USER_IDENTIFIER`: `primaryEmail` or `userName`: the attribute that identifies a
    /// Slack user.
    #[serde(rename = "UNIQUE_USER_IDENTIFIER")]
    pub unique_user_identifier: SlackUniqueUserIdentifier,
    /// `UPDATE_USERS_PROV_OPT`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "UPDATE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users_prov_opt: Option<bool>,
    /// `UPDATE_USERS`: Update users in Slack.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
}

impl SlackConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        oauth_access_token: impl Into<Secret>,
        unique_user_identifier: SlackUniqueUserIdentifier,
    ) -> Self {
        Self {
            create_users_prov_opt: None,
            create_users: None,
            deprovision_users: None,
            disable_users: None,
            group_membership_handling: None,
            oauth_access_token: oauth_access_token.into(),
            remove_action: None,
            remove_users_prov_opt: None,
            unique_user_identifier,
            update_users_prov_opt: None,
            update_users: None,
        }
    }
}

impl Serialize for SlackConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for SlackConfiguration {
    const STORE_TYPE: StoreType = StoreType::Slack;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "Workday"`.
///
/// The `configuration` of a `Workday` store (an inbound source), key for key as on the
/// wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[non_exhaustive]
pub struct WorkdayConfiguration {
    /// `excludeContingentWorkers`: Leave contingent workers out.
    #[serde(
        rename = "excludeContingentWorkers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_contingent_workers: Option<bool>,
    /// `excludeEmployees`: Leave employees out.
    #[serde(
        rename = "excludeEmployees",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_employees: Option<bool>,
    /// `excludeInactiveWorkers`: Leave inactive workers out.
    #[serde(
        rename = "excludeInactiveWorkers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_inactive_workers: Option<bool>,
    /// `host`: The Workday API host, such as `example.workday.com` (a host name, not checked).
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// `integrationSystemIds`: Integration system IDs, comma-separated.
    #[serde(
        rename = "integrationSystemIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub integration_system_ids: Option<String>,
    /// `password`: The password of the Workday integration user.
    #[serde(
        rename = "password",
        default = "Secret::withheld",
        skip_serializing_if = "Secret::is_withheld"
    )]
    pub password: Secret,
    /// `tenantId`: The Workday tenant ID.
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    /// `username`: The user name of the Workday integration user.
    #[serde(rename = "username")]
    pub username: String,
    /// `subdomain`: The Workday subdomain; sent by PingOne's examples, not in the request
    /// model.
    #[serde(rename = "subdomain", default, skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<String>,
}

impl WorkdayConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(
        password: impl Into<Secret>,
        tenant_id: impl Into<String>,
        username: impl Into<String>,
    ) -> Self {
        Self {
            exclude_contingent_workers: None,
            exclude_employees: None,
            exclude_inactive_workers: None,
            host: None,
            integration_system_ids: None,
            password: password.into(),
            tenant_id: tenant_id.into(),
            username: username.into(),
            subdomain: None,
        }
    }
}

impl Serialize for WorkdayConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl Configuration for WorkdayConfiguration {
    const STORE_TYPE: StoreType = StoreType::Workday;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
    }
}

/// The `configuration` of a store of `"type": "Zoom"`.
///
/// The `configuration` of a Zoom store, key for key as on the wire. `AUTHENTICATION_METHOD`
/// decides which keys are required: the `OAUTH_*` keys with `OAuth Bearer Token`, `API_KEY`
/// and `API_SECRET` with `JWT Bearer Token` (the default when it is absent).
///
/// `AUTHENTICATION_METHOD` and the keys it requires are one field, [`ZoomAuthentication`]:
/// each variant carries its
/// keys, the required ones not optional.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "ZoomConfigurationWire")]
#[non_exhaustive]
pub struct ZoomConfiguration {
    /// `SCIM_URL`: Zoom's SCIM 2 endpoint, an absolute URL such as `https://api.zoom.us/scim2`
    /// (Zoom serves HTTPS only).
    pub scim_url: String,
    /// `AUTHENTICATION_METHOD` and the keys it requires.
    pub authentication: ZoomAuthentication,
    /// `CREATE_USERS`: Create users in Zoom.
    pub create_users: Option<bool>,
    /// `UPDATE_USERS`: Update users in Zoom.
    pub update_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Zoom.
    pub disable_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Zoom.
    pub deprovision_users: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Zoom to a user who leaves the
    /// scope.
    pub remove_action: Option<RemoveAction>,
}

impl ZoomConfiguration {
    /// A configuration with its required keys; the optional keys are absent.
    #[must_use]
    pub fn new(scim_url: impl Into<String>, authentication: ZoomAuthentication) -> Self {
        Self {
            scim_url: scim_url.into(),
            authentication,
            create_users: None,
            update_users: None,
            disable_users: None,
            deprovision_users: None,
            remove_action: None,
        }
    }
}

/// `AUTHENTICATION_METHOD` of a `Zoom` store, with the keys it requires.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ZoomAuthentication {
    /// `OAuth Bearer Token`: A Zoom Server-to-Server OAuth app: account ID, client ID and
    /// secret, token URL.
    OAuth(OAuthCredentials),
    /// `JWT Bearer Token`: A Zoom JWT app: API key and secret. The documented default, and
    /// deprecated: Zoom ended JWT apps on 2023-09-08.
    Jwt(JwtCredentials),
}

impl ZoomAuthentication {
    /// The `AUTHENTICATION_METHOD` value of this variant.
    #[must_use]
    pub const fn method(&self) -> AuthenticationMethod {
        match self {
            Self::OAuth(_) => AuthenticationMethod::OAuthBearerToken,
            Self::Jwt(_) => AuthenticationMethod::JwtBearerToken,
        }
    }
}

impl AuthenticationMethod {
    /// The configuration keys this value requires, in documentation order.
    #[must_use]
    pub const fn required_keys(self) -> &'static [&'static str] {
        match self {
            Self::OAuthBearerToken => {
                &[
                    "OAUTH_ACCOUNT_ID",
                    "OAUTH_CLIENT_ID",
                    "OAUTH_CLIENT_SECRET",
                    "OAUTH_TOKEN_URL",
                ]
            }
            Self::JwtBearerToken => &["API_KEY", "API_SECRET"],
        }
    }
}

/// The keys of `OAuth Bearer Token`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OAuthCredentials {
    /// `OAUTH_ACCOUNT_ID`: The Zoom account ID; required with `OAuth Bearer Token`.
    pub oauth_account_id: String,
    /// `OAUTH_CLIENT_ID`: The OAuth app's client ID; required with `OAuth Bearer Token`.
    pub oauth_client_id: String,
    /// `OAUTH_CLIENT_SECRET`: The OAuth app's client secret; required with `OAuth Bearer
    /// Token`.
    pub oauth_client_secret: Secret,
    /// `OAUTH_TOKEN_URL`: Zoom's OAuth token endpoint, such as `https://zoom.us/oauth/token`;
    /// required with `OAuth Bearer Token`.
    pub oauth_token_url: String,
}

impl OAuthCredentials {
    /// The keys of `OAuth Bearer Token`, given the required ones; the others are absent.
    #[must_use]
    pub fn new(
        oauth_account_id: impl Into<String>,
        oauth_client_id: impl Into<String>,
        oauth_client_secret: impl Into<Secret>,
        oauth_token_url: impl Into<String>,
    ) -> Self {
        Self {
            oauth_account_id: oauth_account_id.into(),
            oauth_client_id: oauth_client_id.into(),
            oauth_client_secret: oauth_client_secret.into(),
            oauth_token_url: oauth_token_url.into(),
        }
    }
}

/// The keys of `JWT Bearer Token`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct JwtCredentials {
    /// `API_KEY`: The JWT app's API key; required with `JWT Bearer Token`. Deprecated.
    pub api_key: Secret,
    /// `API_SECRET`: The JWT app's API secret; required with `JWT Bearer Token`. Deprecated.
    pub api_secret: Secret,
}

impl JwtCredentials {
    /// The keys of `JWT Bearer Token`, given the required ones; the others are absent.
    #[must_use]
    pub fn new(api_key: impl Into<Secret>, api_secret: impl Into<Secret>) -> Self {
        Self {
            api_key: api_key.into(),
            api_secret: api_secret.into(),
        }
    }
}

/// The `configuration` of a `Zoom` store, key for key as on the wire.
#[derive(Serialize, Deserialize)]
pub(crate) struct ZoomConfigurationWire {
    /// `SCIM_URL`: Zoom's SCIM 2 endpoint, an absolute URL such as `https://api.zoom.us/scim2`
    /// (Zoom serves HTTPS only).
    #[serde(rename = "SCIM_URL")]
    pub scim_url: String,
    /// `AUTHENTICATION_METHOD`: `OAuth Bearer Token` (a Server-to-Server OAuth app) or `JWT
    /// Bearer Token` (a JWT app, deprecated). Absent means `JWT Bearer Token`.
    ///
    /// PingOne's default: `JWT Bearer Token`.
    #[serde(
        rename = "AUTHENTICATION_METHOD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authentication_method: Option<AuthenticationMethod>,
    /// `OAUTH_ACCOUNT_ID`: The Zoom account ID; required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_ACCOUNT_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_account_id: Option<String>,
    /// `OAUTH_CLIENT_ID`: The OAuth app's client ID; required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_CLIENT_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_client_id: Option<String>,
    /// `OAUTH_CLIENT_SECRET`: The OAuth app's client secret; required with `OAuth Bearer
    /// Token`.
    #[serde(
        rename = "OAUTH_CLIENT_SECRET",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_URL`: Zoom's OAuth token endpoint, such as `https://zoom.us/oauth/token`;
    /// required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_TOKEN_URL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_token_url: Option<String>,
    /// `API_KEY`: The JWT app's API key; required with `JWT Bearer Token`. Deprecated.
    #[serde(rename = "API_KEY", default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Secret>,
    /// `API_SECRET`: The JWT app's API secret; required with `JWT Bearer Token`. Deprecated.
    #[serde(rename = "API_SECRET", default, skip_serializing_if = "Option::is_none")]
    pub api_secret: Option<Secret>,
    /// `CREATE_USERS`: Create users in Zoom.
    #[serde(rename = "CREATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub create_users: Option<bool>,
    /// `UPDATE_USERS`: Update users in Zoom.
    #[serde(rename = "UPDATE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub update_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Zoom.
    #[serde(rename = "DISABLE_USERS", default, skip_serializing_if = "Option::is_none")]
    pub disable_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Zoom.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Zoom to a user who leaves the
    /// scope.
    #[serde(rename = "REMOVE_ACTION", default, skip_serializing_if = "Option::is_none")]
    pub remove_action: Option<RemoveAction>,
}

impl TryFrom<ZoomConfigurationWire> for ZoomConfiguration {
    type Error = String;
    fn try_from(wire: ZoomConfigurationWire) -> Result<Self, Self::Error> {
        let (method, because) = match &wire.authentication_method {
            Some(method) => (method.as_str(), "is"),
            None => ("JWT Bearer Token", "is absent and defaults to"),
        };
        let missing = |key: &str| {
            format!(
                "missing field `{key}`, required because `AUTHENTICATION_METHOD` {because} `{method}`"
            )
        };
        let authentication = match method {
            "OAuth Bearer Token" => {
                ZoomAuthentication::OAuth(OAuthCredentials {
                    oauth_account_id: wire
                        .oauth_account_id
                        .ok_or_else(|| missing("OAUTH_ACCOUNT_ID"))?,
                    oauth_client_id: wire
                        .oauth_client_id
                        .ok_or_else(|| missing("OAUTH_CLIENT_ID"))?,
                    oauth_client_secret: wire
                        .oauth_client_secret
                        .unwrap_or_else(Secret::withheld),
                    oauth_token_url: wire
                        .oauth_token_url
                        .ok_or_else(|| missing("OAUTH_TOKEN_URL"))?,
                })
            }
            "JWT Bearer Token" => {
                ZoomAuthentication::Jwt(JwtCredentials {
                    api_key: wire.api_key.unwrap_or_else(Secret::withheld),
                    api_secret: wire.api_secret.unwrap_or_else(Secret::withheld),
                })
            }
            _ => return Err(format!("`AUTHENTICATION_METHOD` `{method}` has no case")),
        };
        Ok(Self {
            scim_url: wire.scim_url,
            authentication,
            create_users: wire.create_users,
            update_users: wire.update_users,
            disable_users: wire.disable_users,
            deprovision_users: wire.deprovision_users,
            remove_action: wire.remove_action,
        })
    }
}

impl From<ZoomConfiguration> for ZoomConfigurationWire {
    fn from(value: ZoomConfiguration) -> Self {
        let mut wire = Self {
            scim_url: value.scim_url,
            authentication_method: Some(value.authentication.method()),
            oauth_account_id: None,
            oauth_client_id: None,
            oauth_client_secret: None,
            oauth_token_url: None,
            api_key: None,
            api_secret: None,
            create_users: value.create_users,
            update_users: value.update_users,
            disable_users: value.disable_users,
            deprovision_users: value.deprovision_users,
            remove_action: value.remove_action,
        };
        match value.authentication {
            ZoomAuthentication::OAuth(keys) => {
                wire.oauth_account_id = Some(keys.oauth_account_id);
                wire.oauth_client_id = Some(keys.oauth_client_id);
                wire.oauth_client_secret = Some(keys.oauth_client_secret)
                    .filter(|s| !s.is_withheld());
                wire.oauth_token_url = Some(keys.oauth_token_url);
            }
            ZoomAuthentication::Jwt(keys) => {
                wire.api_key = Some(keys.api_key).filter(|s| !s.is_withheld());
                wire.api_secret = Some(keys.api_secret).filter(|s| !s.is_withheld());
            }
        }
        wire
    }
}

impl Configuration for ZoomConfiguration {
    const STORE_TYPE: StoreType = StoreType::Zoom;
    fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
        serde_json::from_value::<ZoomConfigurationWire>(Value::Object(configuration))
            .map_err(|e| e.to_string())
            .and_then(Self::try_from)
    }
}

/// Every generated struct serde reads: the declaration whose keys it holds, and
/// the wire names serde reads, recorded from the struct itself.
#[cfg(test)]
pub(crate) fn wire_fields() -> [(&'static str, &'static [&'static str]); 19] {
    [
        ("Image", super::wire_names::fields_of(Image::deserialize)),
        ("EnvironmentRef", super::wire_names::fields_of(EnvironmentRef::deserialize)),
        ("SyncStatus", super::wire_names::fields_of(SyncStatus::deserialize)),
        ("Link", super::wire_names::fields_of(Link::deserialize)),
        ("Store", super::wire_names::fields_of(RequestBody::deserialize)),
        ("Store", super::wire_names::fields_of(ResponseBody::deserialize)),
        (
            "AqueraConfiguration",
            super::wire_names::fields_of(AqueraConfiguration::deserialize),
        ),
        (
            "AzureActiveDirectorySaml2Configuration",
            super::wire_names::fields_of(
                AzureActiveDirectorySaml2Configuration::deserialize,
            ),
        ),
        (
            "GitHubEmuConfiguration",
            super::wire_names::fields_of(GitHubEmuConfiguration::deserialize),
        ),
        (
            "GoogleAppsConfiguration",
            super::wire_names::fields_of(GoogleAppsConfiguration::deserialize),
        ),
        (
            "LdapGatewayConfiguration",
            super::wire_names::fields_of(LdapGatewayConfiguration::deserialize),
        ),
        (
            "PingOneConfiguration",
            super::wire_names::fields_of(PingOneConfiguration::deserialize),
        ),
        (
            "SalesforceConfiguration",
            super::wire_names::fields_of(SalesforceConfiguration::deserialize),
        ),
        (
            "SalesforceContactsConfiguration",
            super::wire_names::fields_of(SalesforceContactsConfiguration::deserialize),
        ),
        (
            "ScimConfiguration",
            super::wire_names::fields_of(ScimConfigurationWire::deserialize),
        ),
        (
            "ServiceNowConfiguration",
            super::wire_names::fields_of(ServiceNowConfiguration::deserialize),
        ),
        (
            "SlackConfiguration",
            super::wire_names::fields_of(SlackConfiguration::deserialize),
        ),
        (
            "WorkdayConfiguration",
            super::wire_names::fields_of(WorkdayConfiguration::deserialize),
        ),
        (
            "ZoomConfiguration",
            super::wire_names::fields_of(ZoomConfigurationWire::deserialize),
        ),
    ]
}
