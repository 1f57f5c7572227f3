use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::StoreConfiguration;
use super::formats;
use super::{FromObject, ZoomConfiguration, object, present, present_object, string_enum};

string_enum! {
    /// The documented store types (`type`), spelled exactly as PingOne spells them.
    #[non_exhaustive]
    StoreType {
        /// Aquera.
        Aquera = "Aquera",
        /// Microsoft Entra ID (Azure AD) over SAML 2.
        AzureActiveDirectorySaml2 = "AzureActiveDirectorySAML2",
        /// A PingOne directory.
        Directory = "directory",
        /// GitHub Enterprise Managed Users.
        GitHubEmu = "GitHubEMU",
        /// Google Workspace.
        GoogleApps = "GoogleApps",
        /// An LDAP gateway.
        LdapGateway = "LdapGateway",
        /// Another PingOne environment.
        PingOne = "PingOne",
        /// Salesforce.
        Salesforce = "Salesforce",
        /// Salesforce contacts.
        SalesforceContacts = "SalesforceContacts",
        /// A generic SCIM service.
        Scim = "scim",
        /// ServiceNow.
        ServiceNow = "ServiceNow",
        /// Slack.
        Slack = "Slack",
        /// Workday.
        Workday = "Workday",
        /// Zoom.
        Zoom = "Zoom",
    }
}

string_enum! {
    /// Whether the store provisions (`status`); PingOne's default is `INACTIVE`.
    StoreStatus {
        /// Provisioning runs.
        Active = "ACTIVE",
        /// Provisioning is paused.
        Inactive = "INACTIVE",
    }
}

string_enum! {
    /// The state of the last synchronization (`syncStatus.syncState`).
    SyncState {
        /// A synchronization is running.
        Syncing = "SYNCING",
        /// The last synchronization failed.
        Failed = "FAILED",
    }
}

/// The store's icon (`image`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Image {
    /// The icon's address, an absolute `http(s)` URL.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub href: Option<String>,
}

impl Image {
    const KEYS: [&'static str; 1] = ["href"];
}

/// The environment a store belongs to (`environment`, read-only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvironmentRef {
    /// The environment's ID, a UUID.
    pub id: String,
}

/// A link of `_links` (read-only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// The linked resource, an absolute URL.
    pub href: String,
}

/// The outcome of the store's synchronizations (`syncStatus`, read-only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SyncStatus {
    /// A human-readable account of the last synchronization.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub details: Option<String>,
    /// Users that failed to synchronize.
    #[serde(
        default,
        deserialize_with = "count",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_count: Option<u64>,
    /// Users that failed to deprovision.
    #[serde(
        default,
        deserialize_with = "count",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_deprovision_count: Option<u64>,
    /// Users synchronized.
    #[serde(
        default,
        deserialize_with = "count",
        skip_serializing_if = "Option::is_none"
    )]
    pub success_count: Option<u64>,
    /// Users in scope.
    #[serde(
        default,
        deserialize_with = "count",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_total: Option<u64>,
    /// When the last synchronization ran, an RFC 3339 date-time.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_sync_at: Option<String>,
    /// `SYNCING` or `FAILED`.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_state: Option<SyncState>,
}

/// A count: a JSON number whose value is a whole number of zero or more. `3.0` counts
/// as `3`, as JSON Schema's `integer` has it.
fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    let number = serde_json::Number::deserialize(deserializer)?;
    formats::as_count(&number)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom("expected a whole number of zero or more"))
}

/// The body of a create or update request for a store (`POST .../propagation/stores`,
/// `PUT .../propagation/stores/{storeID}`).
///
/// Deserializing checks every error-level rule, so a value of this type is a body
/// PingOne accepts. Read-only members (`id`, `createdAt`, ...) are accepted and
/// dropped; unknown members are refused.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "RequestBody")]
#[non_exhaustive]
pub struct StoreRequest {
    /// `name`: the store's name, not blank.
    pub name: String,
    /// `type` and `configuration`.
    pub store: StoreConfiguration,
    /// `description`.
    pub description: Option<String>,
    /// `status`: `ACTIVE` or `INACTIVE` (PingOne's default).
    pub status: Option<StoreStatus>,
    /// `managed`.
    pub managed: Option<bool>,
    /// `image`.
    pub image: Option<Image>,
}

impl StoreRequest {
    /// A request for a Zoom store.
    #[must_use]
    pub fn zoom(name: impl Into<String>, configuration: ZoomConfiguration) -> Self {
        Self::new(name, StoreConfiguration::Zoom(configuration))
    }

    /// A request for a store of any documented type.
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

    /// Sets `image.href`.
    #[must_use]
    pub fn with_image(mut self, href: impl Into<String>) -> Self {
        self.image = Some(Image {
            href: Some(href.into()),
        });
        self
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(
    dead_code,
    reason = "read-only members are accepted and dropped, never read"
)]
pub(crate) struct RequestBody {
    /// The store's name.
    name: String,
    /// The store type, spelled exactly; `Zoom` is modelled in full.
    #[serde(rename = "type")]
    store_type: StoreType,
    /// The type's configuration; for `Zoom`, see `ZoomConfiguration`. Absent only
    /// where the declarations allow it (`directory`).
    #[serde(default)]
    configuration: Map<String, Value>,
    /// A description of the store.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `ACTIVE` or `INACTIVE` (the default).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<StoreStatus>,
    /// Whether the store is managed.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    managed: Option<bool>,
    /// The store's icon.
    #[serde(
        default,
        deserialize_with = "present_object",
        skip_serializing_if = "Option::is_none"
    )]
    image: Option<Image>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(default, skip_serializing)]
    id: Option<IgnoredAny>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(default, skip_serializing)]
    environment: Option<IgnoredAny>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(rename = "createdAt", default, skip_serializing)]
    created_at: Option<IgnoredAny>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(rename = "updatedAt", default, skip_serializing)]
    updated_at: Option<IgnoredAny>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(rename = "syncStatus", default, skip_serializing)]
    sync_status: Option<IgnoredAny>,
    /// Read-only: set by PingOne, ignored in a request.
    #[serde(rename = "_links", default, skip_serializing)]
    links: Option<IgnoredAny>,
}

impl TryFrom<RequestBody> for StoreRequest {
    type Error = String;

    fn try_from(body: RequestBody) -> Result<Self, Self::Error> {
        Ok(Self {
            name: body.name,
            store: StoreConfiguration::from_wire(body.store_type, body.configuration)?,
            description: body.description,
            status: body.status,
            managed: body.managed,
            image: body.image,
        })
    }
}

impl From<StoreRequest> for RequestBody {
    fn from(request: StoreRequest) -> Self {
        Self {
            name: request.name,
            store_type: request.store.store_type(),
            configuration: request.store.to_wire(),
            description: request.description,
            status: request.status,
            managed: request.managed,
            image: request.image,
            id: None,
            environment: None,
            created_at: None,
            updated_at: None,
            sync_status: None,
            links: None,
        }
    }
}

/// A store as PingOne returns it (`201 Created`, `GET`).
///
/// Deserializing checks every error-level rule; members this model does not know are
/// accepted and dropped, since the API may add members.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "ResponseBody")]
#[non_exhaustive]
pub struct StoreResponse {
    /// `id`: the store's UUID.
    pub id: String,
    /// `environment`: the environment the store belongs to.
    pub environment: EnvironmentRef,
    /// `createdAt`: an RFC 3339 date-time.
    pub created_at: String,
    /// `updatedAt`: an RFC 3339 date-time.
    pub updated_at: String,
    /// `name`.
    pub name: String,
    /// `type` and `configuration`.
    pub store: StoreConfiguration,
    /// `description`.
    pub description: Option<String>,
    /// `status`.
    pub status: Option<StoreStatus>,
    /// `managed`.
    pub managed: Option<bool>,
    /// `image` (may be `{}`).
    pub image: Option<Image>,
    /// `syncStatus`.
    pub sync_status: Option<SyncStatus>,
    /// `_links`, by relation (`self`, `update`, ...).
    pub links: Option<BTreeMap<String, Link>>,
}

impl StoreResponse {
    /// The store that PingOne returns for `request`: its members, plus the read-only
    /// `id`, `environment.id`, `createdAt` and `updatedAt`; no `image`, `syncStatus`
    /// or `_links` (set them on the value).
    #[must_use]
    pub fn from_request(
        request: StoreRequest,
        id: impl Into<String>,
        environment_id: impl Into<String>,
        created_at: impl Into<String>,
        updated_at: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            environment: EnvironmentRef {
                id: environment_id.into(),
            },
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            name: request.name,
            store: request.store,
            description: request.description,
            status: request.status,
            managed: request.managed,
            image: request.image,
            sync_status: None,
            links: None,
        }
    }
}

fn lenient_image<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Image>, D::Error> {
    let mut map = Map::deserialize(deserializer)?;
    map.retain(|key, _| Image::KEYS.contains(&key.as_str()));
    serde_json::from_value(Value::Object(map))
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// `_links`: an object of link objects.
fn links<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<BTreeMap<String, Link>>, D::Error> {
    let links = BTreeMap::<String, FromObject<Link>>::deserialize(deserializer)?;
    Ok(Some(
        links
            .into_iter()
            .map(|(relation, FromObject(link))| (relation, link))
            .collect(),
    ))
}

/// A store response, member for member as on the wire.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResponseBody {
    /// The store's ID, a UUID.
    id: String,
    /// The environment the store belongs to.
    #[serde(deserialize_with = "object")]
    environment: EnvironmentRef,
    /// When the store was created, an RFC 3339 date-time.
    created_at: String,
    /// When the store was last changed, an RFC 3339 date-time.
    updated_at: String,
    /// The store's name.
    name: String,
    /// The store type, spelled exactly; `Zoom` is modelled in full.
    #[serde(rename = "type")]
    store_type: StoreType,
    /// The type's configuration; for `Zoom`, see `ZoomConfiguration`. Absent only
    /// where the declarations allow it (`directory`).
    #[serde(default)]
    configuration: Map<String, Value>,
    /// A description of the store.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<String>,
    /// `ACTIVE` or `INACTIVE`.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    status: Option<StoreStatus>,
    /// Whether the store is managed.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    managed: Option<bool>,
    /// The store's icon; may be `{}`.
    #[serde(
        default,
        deserialize_with = "lenient_image",
        skip_serializing_if = "Option::is_none"
    )]
    image: Option<Image>,
    /// The outcome of the store's synchronizations.
    #[serde(
        default,
        deserialize_with = "present_object",
        skip_serializing_if = "Option::is_none"
    )]
    sync_status: Option<SyncStatus>,
    /// Links to the store's operations, by relation.
    #[serde(
        rename = "_links",
        default,
        deserialize_with = "links",
        skip_serializing_if = "Option::is_none"
    )]
    links: Option<BTreeMap<String, Link>>,
}

impl TryFrom<ResponseBody> for StoreResponse {
    type Error = String;

    fn try_from(body: ResponseBody) -> Result<Self, Self::Error> {
        Ok(Self {
            id: body.id,
            environment: body.environment,
            created_at: body.created_at,
            updated_at: body.updated_at,
            name: body.name,
            store: StoreConfiguration::from_wire(body.store_type, body.configuration)?,
            description: body.description,
            status: body.status,
            managed: body.managed,
            image: body.image,
            sync_status: body.sync_status,
            links: body.links,
        })
    }
}

impl From<StoreResponse> for ResponseBody {
    fn from(response: StoreResponse) -> Self {
        Self {
            id: response.id,
            environment: response.environment,
            created_at: response.created_at,
            updated_at: response.updated_at,
            name: response.name,
            store_type: response.store.store_type(),
            configuration: response.store.to_wire(),
            description: response.description,
            status: response.status,
            managed: response.managed,
            image: response.image,
            sync_status: response.sync_status,
            links: response.links,
        }
    }
}
