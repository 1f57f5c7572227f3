//! `"type": "Slack"`: store-types.md B.12.

use super::common::REMOVE_ACTION_DISABLE_ADVISED;
use crate::model::decl::{BoolRule, Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-slack";
const GUIDE: &str = "p1_creating_slack_connection";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::CommunitySdk,
];

/// `UNIQUE_USER_IDENTIFIER` of a Slack store.
pub static SLACK_UNIQUE_USER_IDENTIFIER: Choice = Choice {
    name: "SlackUniqueUserIdentifier",
    doc: "The attribute that identifies a Slack user (`UNIQUE_USER_IDENTIFIER`).",
    values: &[
        ("primaryEmail", "The user's primary email."),
        ("userName", "The user's name."),
    ],
    open: None,
    advised: None,
    aliases: &[],
};

/// The `configuration` of a Slack store.
pub static SLACK: ObjectDecl = ObjectDecl {
    name: "SlackConfiguration",
    doc: "The `configuration` of a `Slack` store, key for key as on the wire.",
    keys: &[
        KeyDecl {
            doc: "The old spelling of `CREATE_USERS`. Deprecated.",
            deprecated: Some("use `CREATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("CREATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Create users in Slack.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("CREATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Deprovision users in Slack.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("DEPROVISION_USERS", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Disable users in Slack; the community SDK says it must be `true`.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new(
                "DISABLE_USERS",
                ValueRule::Bool(BoolRule::Advised(
                    true,
                    "the community SDK says it must be `true` for Slack",
                )),
            )
        },
        KeyDecl {
            doc: "How group memberships are handled (merge with or overwrite Slack's). No \
                  value set is documented.",
            sources: &[Source::RequestModel(PAGE), Source::Example(PAGE)],
            ..KeyDecl::new("GROUP_MEMBERSHIP_HANDLING", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The Slack OAuth access token PingOne provisions with.",
            need: Need::Required,
            secret: true,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::AdminGuide(GUIDE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new("OAUTH_ACCESS_TOKEN", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "`Disable` or `Delete`: what happens in Slack to a user who leaves the scope; \
                  the community SDK says it must be `Disable`.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new(
                "REMOVE_ACTION",
                ValueRule::Choice(&REMOVE_ACTION_DISABLE_ADVISED),
            )
        },
        KeyDecl {
            doc: "The old removal switch. Deprecated.",
            deprecated: Some("use `DEPROVISION_USERS`"),
            sources: &[
                Source::RequestModel(PAGE),
                Source::RequestModel("create-store-slack (previous docs site)"),
            ],
            ..KeyDecl::new("REMOVE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "`primaryEmail` or `userName`: the attribute that identifies a Slack user.",
            need: Need::Required,
            sources: &[
                Source::RequestModel(PAGE),
                Source::Example(PAGE),
                Source::AdminGuide(GUIDE),
                Source::CommunitySdk,
            ],
            ..KeyDecl::new(
                "UNIQUE_USER_IDENTIFIER",
                ValueRule::Choice(&SLACK_UNIQUE_USER_IDENTIFIER),
            )
        },
        KeyDecl {
            doc: "The old spelling of `UPDATE_USERS`. Deprecated.",
            deprecated: Some("use `UPDATE_USERS`"),
            sources: MODEL,
            ..KeyDecl::new("UPDATE_USERS_PROV_OPT", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Update users in Slack.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("UPDATE_USERS", ValueRule::Bool(BoolRule::Any))
        },
    ],
    switch: None,
};
