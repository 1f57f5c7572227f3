//! Constructors of the Zoom configuration. The types themselves
//! ([`ZoomConfiguration`], [`ZoomAuthentication`], [`OAuthCredentials`],
//! [`JwtCredentials`]) are generated from the Zoom declaration.

use super::{
    JwtCredentials, OAuthCredentials, RemoveAction, ZoomAuthentication, ZoomConfiguration,
};

impl ZoomConfiguration {
    /// A configuration that authenticates with a Server-to-Server OAuth app.
    #[must_use]
    pub fn oauth(scim_url: impl Into<String>, credentials: OAuthCredentials) -> Self {
        Self::new(scim_url, ZoomAuthentication::OAuth(credentials))
    }

    /// A configuration that authenticates with a JWT app (deprecated: Zoom ended JWT
    /// apps on 2023-09-08; prefer [`ZoomConfiguration::oauth`]).
    #[must_use]
    pub fn jwt(scim_url: impl Into<String>, credentials: JwtCredentials) -> Self {
        Self::new(scim_url, ZoomAuthentication::Jwt(credentials))
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
