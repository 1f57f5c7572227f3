use serde::{Deserialize, Serialize};

use super::{Secret, present, string_enum};

string_enum! {
    /// How PingOne authenticates to Zoom (`AUTHENTICATION_METHOD`).
    AuthenticationMethod {
        /// A Zoom Server-to-Server OAuth app: account ID, client ID and secret, token URL.
        OAuthBearerToken = "OAuth Bearer Token",
        /// A Zoom JWT app: API key and secret. The documented default, and deprecated:
        /// Zoom ended JWT apps on 2023-09-08.
        JwtBearerToken = "JWT Bearer Token",
    }
}

impl AuthenticationMethod {
    /// The method PingOne assumes when `AUTHENTICATION_METHOD` is absent.
    pub const DEFAULT: Self = Self::JwtBearerToken;

    /// The configuration keys this method requires, in documentation order.
    #[must_use]
    pub const fn required_keys(self) -> &'static [&'static str] {
        match self {
            Self::OAuthBearerToken => &OAUTH_KEYS,
            Self::JwtBearerToken => &JWT_KEYS,
        }
    }
}

/// The keys `OAuth Bearer Token` requires.
pub(crate) const OAUTH_KEYS: [&str; 4] = [
    "OAUTH_ACCOUNT_ID",
    "OAUTH_CLIENT_ID",
    "OAUTH_CLIENT_SECRET",
    "OAUTH_TOKEN_URL",
];
/// The keys `JWT Bearer Token` requires.
pub(crate) const JWT_KEYS: [&str; 2] = ["API_KEY", "API_SECRET"];

string_enum! {
    /// What PingOne does in Zoom when a user leaves the provisioning scope (`REMOVE_ACTION`).
    RemoveAction {
        /// Deactivate the Zoom user.
        Disable = "Disable",
        /// Delete the Zoom user.
        Delete = "Delete",
    }
}

/// The keys of `OAuth Bearer Token`: a Zoom Server-to-Server OAuth app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuthCredentials {
    /// `OAUTH_ACCOUNT_ID`: the Zoom account ID.
    pub account_id: String,
    /// `OAUTH_CLIENT_ID`: the app's client ID.
    pub client_id: String,
    /// `OAUTH_CLIENT_SECRET`: the app's client secret.
    pub client_secret: Secret,
    /// `OAUTH_TOKEN_URL`: Zoom's token endpoint, for example `https://zoom.us/oauth/token`.
    pub token_url: String,
}

impl OAuthCredentials {
    /// The four keys of a Server-to-Server OAuth app.
    #[must_use]
    pub fn new(
        account_id: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        token_url: impl Into<String>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            token_url: token_url.into(),
        }
    }
}

/// The keys of `JWT Bearer Token`: a Zoom JWT app (deprecated by Zoom and PingOne).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JwtCredentials {
    /// `API_KEY`: the JWT app's API key.
    pub api_key: Secret,
    /// `API_SECRET`: the JWT app's API secret.
    pub api_secret: Secret,
}

impl JwtCredentials {
    /// The key and secret of a JWT app.
    #[must_use]
    pub fn new(api_key: impl Into<Secret>, api_secret: impl Into<Secret>) -> Self {
        Self {
            api_key: api_key.into(),
            api_secret: api_secret.into(),
        }
    }
}

/// The authentication method with exactly the keys it requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZoomAuthentication {
    /// `OAuth Bearer Token`.
    OAuth(OAuthCredentials),
    /// `JWT Bearer Token` (deprecated).
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

/// The `configuration` of a store of `"type": "Zoom"`.
///
/// Deserializing checks every rule: a missing key of the method in use fails, and so
/// does an empty key or a URL that is not an absolute `http(s)` URL (template variables
/// such as `{{oauthClientId}}` pass). Keys of the method not in use are checked for
/// their type and format, then dropped, as PingOne ignores them. Serializing always
/// writes `AUTHENTICATION_METHOD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(into = "ZoomConfigurationBody")]
#[non_exhaustive]
pub struct ZoomConfiguration {
    /// `SCIM_URL`: Zoom's SCIM 2 endpoint, for example `https://api.zoom.us/scim2`.
    pub scim_url: String,
    /// `AUTHENTICATION_METHOD` and the keys it requires.
    pub authentication: ZoomAuthentication,
    /// `CREATE_USERS`: create users in Zoom.
    pub create_users: Option<bool>,
    /// `UPDATE_USERS`: update users in Zoom.
    pub update_users: Option<bool>,
    /// `DISABLE_USERS`: disable users in Zoom.
    pub disable_users: Option<bool>,
    /// `DEPROVISION_USERS`: deprovision users in Zoom.
    pub deprovision_users: Option<bool>,
    /// `REMOVE_ACTION`: what happens to a user who leaves the scope.
    pub remove_action: Option<RemoveAction>,
}

impl ZoomConfiguration {
    /// A configuration that authenticates with a Server-to-Server OAuth app.
    #[must_use]
    pub fn oauth(scim_url: impl Into<String>, credentials: OAuthCredentials) -> Self {
        Self::with_authentication(scim_url.into(), ZoomAuthentication::OAuth(credentials))
    }

    /// A configuration that authenticates with a JWT app (deprecated: Zoom ended JWT
    /// apps on 2023-09-08; prefer [`ZoomConfiguration::oauth`]).
    #[must_use]
    pub fn jwt(scim_url: impl Into<String>, credentials: JwtCredentials) -> Self {
        Self::with_authentication(scim_url.into(), ZoomAuthentication::Jwt(credentials))
    }

    fn with_authentication(scim_url: String, authentication: ZoomAuthentication) -> Self {
        Self {
            scim_url,
            authentication,
            create_users: None,
            update_users: None,
            disable_users: None,
            deprovision_users: None,
            remove_action: None,
        }
    }

    /// Sets `CREATE_USERS`, `UPDATE_USERS`, `DISABLE_USERS` and `DEPROVISION_USERS`.
    #[must_use]
    pub fn with_provisioning(
        mut self,
        create: bool,
        update: bool,
        disable: bool,
        deprovision: bool,
    ) -> Self {
        self.create_users = Some(create);
        self.update_users = Some(update);
        self.disable_users = Some(disable);
        self.deprovision_users = Some(deprovision);
        self
    }

    /// Sets `REMOVE_ACTION`.
    #[must_use]
    pub fn with_remove_action(mut self, action: RemoveAction) -> Self {
        self.remove_action = Some(action);
        self
    }
}

/// The `configuration` of a Zoom store, key for key as on the wire.
///
/// The keys the authentication method requires are listed in `if`/`then`/`else`, so
/// that JSON Schema tools report the missing key itself: the `OAUTH_*` keys when
/// `AUTHENTICATION_METHOD` is `OAuth Bearer Token`, else `API_KEY` and `API_SECRET` when
/// it is `JWT Bearer Token` or absent. Another value is only an error on
/// `AUTHENTICATION_METHOD`: no key is required because of it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ZoomConfigurationBody {
    /// Zoom's SCIM 2 endpoint, an absolute URL such as `https://api.zoom.us/scim2`
    /// (Zoom serves HTTPS only).
    #[serde(rename = "SCIM_URL")]
    pub(crate) scim_url: String,

    /// `OAuth Bearer Token` (a Server-to-Server OAuth app) or `JWT Bearer Token` (a JWT
    /// app, deprecated). Absent means `JWT Bearer Token`.
    #[serde(
        rename = "AUTHENTICATION_METHOD",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) authentication_method: Option<AuthenticationMethod>,

    /// The Zoom account ID; required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_ACCOUNT_ID",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) oauth_account_id: Option<String>,

    /// The OAuth app's client ID; required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_CLIENT_ID",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) oauth_client_id: Option<String>,

    /// The OAuth app's client secret; required with `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_CLIENT_SECRET",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) oauth_client_secret: Option<Secret>,

    /// Zoom's OAuth token endpoint, such as `https://zoom.us/oauth/token`; required with
    /// `OAuth Bearer Token`.
    #[serde(
        rename = "OAUTH_TOKEN_URL",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) oauth_token_url: Option<String>,

    /// The JWT app's API key; required with `JWT Bearer Token`. Deprecated.
    #[serde(
        rename = "API_KEY",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) api_key: Option<Secret>,

    /// The JWT app's API secret; required with `JWT Bearer Token`. Deprecated.
    #[serde(
        rename = "API_SECRET",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) api_secret: Option<Secret>,

    /// Create users in Zoom.
    #[serde(
        rename = "CREATE_USERS",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) create_users: Option<bool>,

    /// Update users in Zoom.
    #[serde(
        rename = "UPDATE_USERS",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) update_users: Option<bool>,

    /// Disable users in Zoom.
    #[serde(
        rename = "DISABLE_USERS",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) disable_users: Option<bool>,

    /// Deprovision users in Zoom.
    #[serde(
        rename = "DEPROVISION_USERS",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) deprovision_users: Option<bool>,

    /// `Disable` or `Delete`: what happens in Zoom to a user who leaves the scope.
    #[serde(
        rename = "REMOVE_ACTION",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) remove_action: Option<RemoveAction>,
}

impl TryFrom<ZoomConfigurationBody> for ZoomConfiguration {
    type Error = String;

    fn try_from(body: ZoomConfigurationBody) -> Result<Self, Self::Error> {
        let method = body
            .authentication_method
            .unwrap_or(AuthenticationMethod::DEFAULT);
        let why = || {
            match body.authentication_method {
            Some(method) => format!("required because `AUTHENTICATION_METHOD` is `{method}`"),
            None => "required because `AUTHENTICATION_METHOD` is absent and defaults to `JWT Bearer Token`".to_owned(),
        }
        };
        let missing = |key: &str| format!("missing field `{key}`, {}", why());
        let authentication = match method {
            AuthenticationMethod::OAuthBearerToken => ZoomAuthentication::OAuth(OAuthCredentials {
                account_id: body
                    .oauth_account_id
                    .ok_or_else(|| missing("OAUTH_ACCOUNT_ID"))?,
                client_id: body
                    .oauth_client_id
                    .ok_or_else(|| missing("OAUTH_CLIENT_ID"))?,
                client_secret: body.oauth_client_secret.unwrap_or_else(Secret::withheld),
                token_url: body
                    .oauth_token_url
                    .ok_or_else(|| missing("OAUTH_TOKEN_URL"))?,
            }),
            AuthenticationMethod::JwtBearerToken => ZoomAuthentication::Jwt(JwtCredentials {
                api_key: body.api_key.unwrap_or_else(Secret::withheld),
                api_secret: body.api_secret.unwrap_or_else(Secret::withheld),
            }),
        };
        Ok(Self {
            scim_url: body.scim_url,
            authentication,
            create_users: body.create_users,
            update_users: body.update_users,
            disable_users: body.disable_users,
            deprovision_users: body.deprovision_users,
            remove_action: body.remove_action,
        })
    }
}

impl From<ZoomConfiguration> for ZoomConfigurationBody {
    fn from(config: ZoomConfiguration) -> Self {
        let mut body = Self {
            scim_url: config.scim_url,
            authentication_method: Some(config.authentication.method()),
            create_users: config.create_users,
            update_users: config.update_users,
            disable_users: config.disable_users,
            deprovision_users: config.deprovision_users,
            remove_action: config.remove_action,
            ..Self::default()
        };
        match config.authentication {
            ZoomAuthentication::OAuth(oauth) => {
                body.oauth_account_id = Some(oauth.account_id);
                body.oauth_client_id = Some(oauth.client_id);
                body.oauth_client_secret = Some(oauth.client_secret).filter(|s| !s.is_withheld());
                body.oauth_token_url = Some(oauth.token_url);
            }
            ZoomAuthentication::Jwt(jwt) => {
                body.api_key = Some(jwt.api_key).filter(|s| !s.is_withheld());
                body.api_secret = Some(jwt.api_secret).filter(|s| !s.is_withheld());
            }
        }
        body
    }
}

/// The typed Zoom configuration of a checked configuration object; keys the model does
/// not know (allowed in responses) are dropped.
pub(crate) fn from_wire(
    mut configuration: serde_json::Map<String, serde_json::Value>,
) -> Result<ZoomConfiguration, String> {
    configuration.retain(|key, _| super::declarations::ZOOM.key(key).is_some());
    serde_json::from_value::<ZoomConfigurationBody>(serde_json::Value::Object(configuration))
        .map_err(|e| e.to_string())
        .and_then(ZoomConfiguration::try_from)
        .map_err(|e| format!("invalid `configuration`: {e}"))
}
