//! `"type": "GitHubEMU"`: store-types.md B.4.

use super::common::HTTPS_ADVISED;
use super::zoom::REMOVE_ACTION;
use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-githubemu";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_EXAMPLE: &[Source] = &[Source::RequestModel(PAGE), Source::Example(PAGE)];

/// Why a GitHubEMU store without `status` is a warning (A2.2).
pub(crate) const STATUS_DOUBT: &str =
    "required on the GitHubEMU create page, but optional on every other store page";

/// The `configuration` of a GitHub Enterprise Managed Users store.
pub static GITHUB_EMU: ObjectDecl = ObjectDecl {
    name: "GitHubEmuConfiguration",
    doc: "The `configuration` of a `GitHubEMU` store (GitHub Enterprise Managed Users), key \
          for key as on the wire. The GitHubEMU page also marks the store's `status` \
          Required.",
    keys: &[
        KeyDecl {
            doc: "The base URL of the GitHub API, such as `https://store.example.com/`.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("BASE_URL", ValueRule::Text(Text::HttpsUrl(HTTPS_ADVISED)))
        },
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("CREATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Create users in GitHub.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users in GitHub.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "How group memberships are handled (merge with or overwrite GitHub's); \
                  PingOne's example sends `Overwrite`. No value set is documented.",
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::AdminGuide("p1_provisioning_configuring_outbound_group_provisioning"),
            ],
            ..KeyDecl::new("GROUP_MEMBERSHIP_HANDLING", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The GitHub access token PingOne provisions with.",
            need: Need::Required,
            secret: true,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("OAUTH_ACCESS_TOKEN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in GitHub to a user who leaves the scope.",
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("REMOVE_ACTION", ValueRule::Choice(&REMOVE_ACTION))
        },
        KeyDecl {
            doc: "The old removal switch. Deprecated.",
            deprecated: Some("use `DEPROVISION_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("REMOVE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("UPDATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Update users in GitHub.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
