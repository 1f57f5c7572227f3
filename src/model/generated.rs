// @generated from src/model/declarations by tests/generated.rs:
// `PINGONE_STORE_BLESS=1 cargo test --test generated`. Do not edit by hand.

//! The typed `configuration` of each store type other than `Zoom`, generated from
//! the declarations: a field per declared key, wire names as declared, secrets as
//! [`Secret`]. Deserializing a store checks the configuration with the validator
//! first, so these types hold what PingOne accepts.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Secret, StoreType, ZoomConfiguration};

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
            StoreType::Aquera => from_map(configuration).map(Self::Aquera),
            StoreType::AzureActiveDirectorySaml2 => {
                from_map(configuration).map(Self::AzureActiveDirectorySaml2)
            }
            StoreType::Directory => Ok(Self::Directory),
            StoreType::GitHubEmu => from_map(configuration).map(Self::GitHubEmu),
            StoreType::GoogleApps => from_map(configuration).map(Self::GoogleApps),
            StoreType::LdapGateway => from_map(configuration).map(Self::LdapGateway),
            StoreType::PingOne => from_map(configuration).map(Self::PingOne),
            StoreType::Salesforce => from_map(configuration).map(Self::Salesforce),
            StoreType::SalesforceContacts => from_map(configuration).map(Self::SalesforceContacts),
            StoreType::Scim => from_map(configuration).map(Self::Scim),
            StoreType::ServiceNow => from_map(configuration).map(Self::ServiceNow),
            StoreType::Slack => from_map(configuration).map(Self::Slack),
            StoreType::Workday => from_map(configuration).map(Self::Workday),
            StoreType::Zoom => super::zoom::from_wire(configuration).map(Self::Zoom),
        }
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

fn from_map<T: serde::de::DeserializeOwned>(
    configuration: Map<String, Value>,
) -> Result<T, String> {
    serde_json::from_value(Value::Object(configuration))
        .map_err(|e| format!("invalid `configuration`: {e}"))
}

fn to_map<T: Serialize>(configuration: &T) -> Map<String, Value> {
    match serde_json::to_value(configuration) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// The `configuration` of a store of `"type": "Aquera"`.
///
/// The `configuration` of an Aquera store, key for key as on the wire. `BASIC_AUTH_USER` and `BASIC_AUTH_PASSWORD` are required whatever `AUTHENTICATION_METHOD` says (the request model and the examples agree).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AqueraConfiguration {
    /// `ACCESS_TOKEN`: An OAuth access token for the Aquera account.
    #[serde(
        rename = "ACCESS_TOKEN",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token: Option<Secret>,
    /// `AUTHENTICATION_METHOD`: How PingOne authenticates: `OAuth Bearer Token` or `Basic Auth` (community SDK), or `None` (PingOne's own examples).
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "createNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Aquera.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `GROUP_NAME_SOURCE`: `Common Name` or `Distinguished Name`: which name of a PingOne group the Aquera group takes.
    #[serde(
        rename = "GROUP_NAME_SOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_name_source: Option<String>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Aquera to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
    /// `SCIM_URL`: The SCIM endpoint, an absolute URL such as `https://api.aquera.io/scim/`.
    #[serde(rename = "SCIM_URL")]
    pub scim_url: String,
    /// `UPDATE_USERS`: Update users in Aquera.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "updateNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
    /// `USER_FILTER`: A SCIM filter expression; sent by PingOne's examples, not in the request model.
    #[serde(
        rename = "USER_FILTER",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_filter: Option<String>,
    /// `UNIQUE_USER_IDENTIFIER`: The user attribute that identifies a user; sent by PingOne's examples, not in the request model.
    #[serde(
        rename = "UNIQUE_USER_IDENTIFIER",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unique_user_identifier: Option<String>,
    /// `USERS_RESOURCE`: The path of the user resource; sent by PingOne's examples, not in the request model.
    #[serde(
        rename = "USERS_RESOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub users_resource: Option<String>,
    /// `SCIM_VERSION`: The SCIM version; sent by PingOne's metadata example, not in the request model.
    #[serde(
        rename = "SCIM_VERSION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scim_version: Option<String>,
    /// `AUTHORIZATION_TYPE`: The authorization header type; sent by PingOne's metadata example, not in the request model.
    #[serde(
        rename = "AUTHORIZATION_TYPE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_type: Option<String>,
}

/// The `configuration` of a store of `"type": "AzureActiveDirectorySAML2"`.
///
/// The `configuration` of an `AzureActiveDirectorySAML2` store (Microsoft Entra ID), key for key as on the wire. `DefaultPassword` and `DoBase64Conversion`, which the type's metadata lists, are rule mappings, not configuration keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_users: Option<bool>,
    /// `PROVISION_DISABLED_USERS_PROV_OPT`: Provision users that are disabled in PingOne; the community SDK says it defaults to `true` and, if sent, must be `true`.
    #[serde(
        rename = "PROVISION_DISABLED_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users_prov_opt: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in the directory to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
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
    /// `TenantDomain`: The account's Azure Active Directory domain (a domain name, not checked).
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "GitHubEMU"`.
///
/// The `configuration` of a `GitHubEMU` store (GitHub Enterprise Managed Users), key for key as on the wire. The GitHubEMU page also marks the store's `status` Required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in GitHub.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite GitHub's); PingOne's example sends `Overwrite`. No value set is documented.
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
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in GitHub to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "GoogleApps"`.
///
/// The `configuration` of a `GoogleApps` store (Google Workspace), key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GoogleAppsConfiguration {
    /// `APPLICATION_NAME`: The name of the Google application, such as `Provisioning`.
    #[serde(rename = "APPLICATION_NAME")]
    pub application_name: String,
    /// `CREATE_USERS`: Create users in Google Workspace.
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Google Workspace.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Google Workspace.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `PROVISION_DISABLED_USERS_PROV_OPT`: Provision users that are disabled in PingOne; the community SDK says it defaults to `true` and, if sent, must be `true`.
    #[serde(
        rename = "PROVISION_DISABLED_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users_prov_opt: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Google Workspace to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
    /// `UPDATE_USERS`: Update users in Google Workspace.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "LdapGateway"`.
///
/// The `configuration` of an `LdapGateway` store, key for key as on the wire. Four keys the request model requires (`CLIENT_ID`, `CLIENT_SECRET`, `GATEWAY_BASE_URL`, `OAUTH_URL`) are omitted by PingOne's own example, so their absence is a warning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// `CLIENT_SECRET`: The client secret PingOne uses at the gateway (the metadata response calls it not sensitive; it is masked all the same).
    #[serde(
        rename = "CLIENT_SECRET",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<Secret>,
    /// `CREATE_USERS`: Create users in the directory.
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DELETE_USERS`: Delete users in the directory.
    #[serde(
        rename = "DELETE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_users: Option<bool>,
    /// `ENVIRONMENT_ID`: The ID of the PingOne environment the connector serves, such as `{{envID}}` (the community SDK calls it a UUID; not checked).
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
    pub ldap_type: String,
    /// `OAUTH_URL`: The OAuth token request endpoint.
    #[serde(rename = "OAUTH_URL", default, skip_serializing_if = "Option::is_none")]
    pub oauth_url: Option<String>,
    /// `UPDATE_USERS`: Update users in the directory.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users; sent by PingOne's example, not in the request model.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users; sent by PingOne's example, not in the request model.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_users: Option<bool>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`; sent by PingOne's example, not in the request model.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
}

/// The `configuration` of a store of `"type": "PingOne"`.
///
/// The `configuration` of a `PingOne` store (another PingOne environment, the target of inbound provisioning), key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PingOneConfiguration {
    /// `CLIENT_ID`: The ID of the PingOne client.
    #[serde(rename = "CLIENT_ID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `CLIENT_SECRET`: The secret of the PingOne client.
    #[serde(
        rename = "CLIENT_SECRET",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DEFAULT_AUTH_METHOD`: `Email 1`, `SMS 1` or `Voice 1`: the default authentication method of provisioned users.
    #[serde(
        rename = "DEFAULT_AUTH_METHOD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_auth_method: Option<String>,
    /// `DISABLE_USERS`: Disable users in PingOne.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_users: Option<bool>,
    /// `ENVIRONMENT_ID`: The ID of the target PingOne environment, such as `{{envID}}` (the community SDK calls it a UUID; not checked).
    #[serde(rename = "ENVIRONMENT_ID")]
    pub environment_id: String,
    /// `MFA_USER_DEVICE_MANAGEMENT`: How MFA devices are handled, such as `Merge with devices in PingOne` or `Overwrite devices in PingOne`. No value set is documented.
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
    /// `REGION`: The region of the target environment: PingOne's own examples send `North America`, the community SDK a region code (`NA`, `EU`, ...).
    #[serde(rename = "REGION")]
    pub region: String,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in PingOne to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "Salesforce"`.
///
/// The `configuration` of a `Salesforce` store, key for key as on the wire. `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT` are Required on the create page and Optional in the metadata request model, so their absence is a warning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SalesforceConfiguration {
    /// `ACCOUNT_ID`: The ID of the Salesforce account.
    #[serde(
        rename = "ACCOUNT_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Salesforce.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `PERMISSION_SET_MANAGEMENT`: How permission sets are handled, such as `Merge with permission sets in Salesforce`. No value set is documented.
    #[serde(
        rename = "PERMISSION_SET_MANAGEMENT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_set_management: Option<String>,
    /// `PROFILE_ID`: The ID of the Salesforce profile of provisioned users.
    #[serde(
        rename = "PROFILE_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_id: Option<String>,
    /// `PROVISION_DISABLED_USERS`: Provision users that are disabled in PingOne.
    #[serde(
        rename = "PROVISION_DISABLED_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users: Option<bool>,
    /// `SALESFORCE_DOMAIN`: The Salesforce domain, such as `mycompany.my.salesforce.com` (PingOne's examples send both a domain and a URL; not checked).
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "SalesforceContacts"`.
///
/// The `configuration` of a `SalesforceContacts` store (Salesforce Leads or Contacts), key for key as on the wire: the keys of `Salesforce`, with the same doubt on `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT`, and `RECORD_TYPE`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SalesforceContactsConfiguration {
    /// `ACCOUNT_ID`: The ID of the Salesforce account.
    #[serde(
        rename = "ACCOUNT_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Salesforce.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `PERMISSION_SET_MANAGEMENT`: How permission sets are handled, such as `Merge with permission sets in Salesforce`. No value set is documented.
    #[serde(
        rename = "PERMISSION_SET_MANAGEMENT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_set_management: Option<String>,
    /// `PROFILE_ID`: The ID of the Salesforce profile of provisioned users.
    #[serde(
        rename = "PROFILE_ID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_id: Option<String>,
    /// `PROVISION_DISABLED_USERS`: Provision users that are disabled in PingOne.
    #[serde(
        rename = "PROVISION_DISABLED_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provision_disabled_users: Option<bool>,
    /// `SALESFORCE_DOMAIN`: The Salesforce domain, such as `mycompany.my.salesforce.com` (PingOne's examples send both a domain and a URL; not checked).
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
    /// `RECORD_TYPE`: Whether the connector is for Salesforce Leads or Contacts: `LEAD` or `CONTACT` (PingOne's page), `Lead` or `Contact` (community SDK).
    #[serde(rename = "RECORD_TYPE")]
    pub record_type: String,
}

/// The `configuration` of a store of `"type": "scim"`.
///
/// The `configuration` of a `scim` store (a generic SCIM service), key for key as on the wire. `AUTHENTICATION_METHOD` decides which credentials are required: `BASIC_AUTH_USER` and `BASIC_AUTH_PASSWORD` with `Basic Authentication` (with another method their absence is a warning, since the request model marks them Required), `OAUTH_CLIENT_ID` and `OAUTH_CLIENT_SECRET` with `OAuth 2 Client Credentials`, `OAUTH_ACCESS_TOKEN` with `OAuth 2 Bearer Token`; `OAUTH_TOKEN_REQUEST` is advised with either OAuth method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScimConfiguration {
    /// `AUTHENTICATION_METHOD`: `None`, `Basic Authentication`, `OAuth 2 Bearer Token` or `OAuth 2 Client Credentials`: decides which credential keys are required.
    #[serde(rename = "AUTHENTICATION_METHOD")]
    pub authentication_method: String,
    /// `AUTHORIZATION_TYPE`: The type of the `Authorization` header: `Basic`, `Bearer`, `OAuth Client Credentials` or `Custom` in the admin guide; any string is sent.
    #[serde(rename = "AUTHORIZATION_TYPE")]
    pub authorization_type: String,
    /// `BASIC_AUTH_PASSWORD`: The password of basic authentication; required with `Basic Authentication`.
    #[serde(
        rename = "BASIC_AUTH_PASSWORD",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_auth_password: Option<Secret>,
    /// `BASIC_AUTH_USER`: The user of basic authentication; required with `Basic Authentication`.
    #[serde(
        rename = "BASIC_AUTH_USER",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_auth_user: Option<String>,
    /// `CREATE_USERS`: Create users in the SCIM service.
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "createNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in the SCIM service.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite the service's); PingOne's example sends `Overwrite`. No value set is documented.
    #[serde(
        rename = "GROUP_MEMBERSHIP_HANDLING",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_membership_handling: Option<String>,
    /// `GROUP_NAME_SOURCE`: `Common Name` or `Distinguished Name`: which name of a PingOne group the SCIM group takes.
    #[serde(
        rename = "GROUP_NAME_SOURCE",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_name_source: Option<String>,
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
    /// `OAUTH_CLIENT_SECRET`: The OAuth client secret; required with `OAuth 2 Client Credentials`.
    #[serde(
        rename = "OAUTH_CLIENT_SECRET",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_client_secret: Option<Secret>,
    /// `OAUTH_TOKEN_REQUEST`: The OAuth token endpoint, an absolute URL such as `https://example.com/oauthtoken`; advised with either OAuth method.
    #[serde(
        rename = "OAUTH_TOKEN_REQUEST",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth_token_request: Option<String>,
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in the SCIM service to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
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
    /// `UNIQUE_USER_IDENTIFIER`: `userName` or `workEmail`: the attribute that identifies a user.
    #[serde(rename = "UNIQUE_USER_IDENTIFIER")]
    pub unique_user_identifier: String,
    /// `UPDATE_USERS`: Update users in the SCIM service.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "updateNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
    /// `USER_FILTER`: A SCIM filter expression that finds a user, such as `username Eq "%s"`.
    #[serde(rename = "USER_FILTER")]
    pub user_filter: String,
    /// `USERS_RESOURCE`: The path of the user resource, such as `/Users`.
    #[serde(rename = "USERS_RESOURCE")]
    pub users_resource: String,
}

/// The `configuration` of a store of `"type": "ServiceNow"`.
///
/// The `configuration` of a `ServiceNow` store, key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `createNewUsers`: The old spelling of `CREATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `CREATE_USERS`.
    #[serde(
        rename = "createNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_new_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in ServiceNow: a boolean on PingOne's page (the community SDK declares a string).
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<serde_json::Value>,
    /// `DISABLE_USERS`: Disable users in ServiceNow.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
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
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in ServiceNow to a user who leaves the scope; the community SDK says it must be `Disable`.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
    /// `ServiceNow_Instance_Name`: The name of the ServiceNow instance. Deprecated.
    ///
    /// Deprecated: use `ServiceNow_Url`.
    #[serde(
        rename = "ServiceNow_Instance_Name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_now_instance_name: Option<String>,
    /// `ServiceNow_Url`: The address of the ServiceNow instance, an absolute URL such as `https://my.servicenow.com`.
    #[serde(rename = "ServiceNow_Url")]
    pub service_now_url: String,
    /// `UPDATE_USERS`: Update users in ServiceNow.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
    /// `updateNewUsers`: The old spelling of `UPDATE_USERS`. Deprecated.
    ///
    /// Deprecated: use `UPDATE_USERS`.
    #[serde(
        rename = "updateNewUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_new_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "Slack"`.
///
/// The `configuration` of a `Slack` store, key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(
        rename = "CREATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_users: Option<bool>,
    /// `DEPROVISION_USERS`: Deprovision users in Slack.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deprovision_users: Option<bool>,
    /// `DISABLE_USERS`: Disable users in Slack; the community SDK says it must be `true`.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_users: Option<bool>,
    /// `GROUP_MEMBERSHIP_HANDLING`: How group memberships are handled (merge with or overwrite Slack's). No value set is documented.
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
    /// `REMOVE_ACTION`: `Disable` or `Delete`: what happens in Slack to a user who leaves the scope; the community SDK says it must be `Disable`.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_action: Option<String>,
    /// `REMOVE_USERS_PROV_OPT`: The old removal switch. Deprecated.
    ///
    /// Deprecated: use `DEPROVISION_USERS`.
    #[serde(
        rename = "REMOVE_USERS_PROV_OPT",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_users_prov_opt: Option<bool>,
    /// `UNIQUE_USER_IDENTIFIER`: `primaryEmail` or `userName`: the attribute that identifies a Slack user.
    #[serde(rename = "UNIQUE_USER_IDENTIFIER")]
    pub unique_user_identifier: String,
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
    #[serde(
        rename = "UPDATE_USERS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_users: Option<bool>,
}

/// The `configuration` of a store of `"type": "Workday"`.
///
/// The `configuration` of a `Workday` store (an inbound source), key for key as on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// `subdomain`: The Workday subdomain; sent by PingOne's examples, not in the request model.
    #[serde(rename = "subdomain", default, skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<String>,
}
