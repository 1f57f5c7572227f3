//! Value sets and texts shared by several store types (store-types.md A2.4, A2.5).

use crate::model::decl::Choice;

/// Why `http:` is a warning on the URLs of every type but Zoom (store-types.md A2.5).
pub(crate) const HTTPS_ADVISED: &str = "credentials sent over `http` travel unencrypted";

/// `REMOVE_ACTION` of ServiceNow and Slack: `Disable` or `Delete`, but only `Disable`
/// is advised (the community SDK's "must be set to `Disable`", store-types.md A2.4).
pub static REMOVE_ACTION_DISABLE_ADVISED: Choice = Choice {
    name: "RemoveActionDisableAdvised",
    doc: "What PingOne does in the target when a user leaves the provisioning scope \
          (`REMOVE_ACTION`); the community SDK says it must be `Disable` for this type.",
    values: &[
        ("Disable", "Deactivate the user."),
        ("Delete", "Delete the user."),
    ],
    open: None,
    advised: Some((
        &["Disable"],
        "the community SDK says it must be `Disable` for this store type",
    )),
    aliases: &[],
};

/// `GROUP_NAME_SOURCE` of Aquera and scim.
pub static GROUP_NAME_SOURCE: Choice = Choice {
    name: "GroupNameSource",
    doc: "Which name of a PingOne group the target group takes (`GROUP_NAME_SOURCE`).",
    values: &[
        ("Common Name", "The group's common name."),
        ("Distinguished Name", "The group's distinguished name."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};
