//! The propagation plan (propagation.md B.1, A3).

use super::{ENVIRONMENT, LINK};
use crate::model::decl::{Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const MODEL: &[Source] = &[
    Source::RequestModel("propagation-plans (plan data model)"),
    Source::Example("propagation-plans/create-plan"),
];
const READ: &[Source] = &[
    Source::RequestModel("propagation-plans (plan data model)"),
    Source::CommunitySdk,
];
const UNSOURCED: &[Source] = &[Source::Other(
    "unsourced for plans: the timestamps of the other propagation resources",
)];

/// Whether the plan is in use (`status`, propagation.md C4).
pub static PLAN_STATUS: Choice = Choice {
    name: "PlanStatus",
    doc: "Whether the plan is in use (`status`); PingOne's default is `INACTIVE`. `ACTIVE` \
          is inferred from the plans page (\"has an active status\"); the community SDK lists \
          only `INACTIVE`.",
    values: &[
        ("ACTIVE", "The plan is in use (inferred)."),
        ("INACTIVE", "The plan is not in use; the default."),
    ],
    open: Some(
        "the plan model names only the default `INACTIVE`, and `ACTIVE` is inferred from the plans page",
    ),
    advised: None,
    aliases: &[],
};

/// A propagation plan: the body of `POST /propagation/plans` and `PUT
/// /propagation/plans/{planID}`, and the resource the API returns.
pub static PLAN: ObjectDecl = ObjectDecl {
    name: "Plan",
    doc: "A propagation plan: one per environment; it owns the rules.",
    keys: &[
        KeyDecl {
            doc: "The plan's name; not empty or blank.",
            need: Need::Required,
            sources: MODEL,
            // A name, as a store's: the checks across files name objects by it.
            shown_text: true,
            ..KeyDecl::new("name", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "`ACTIVE` or `INACTIVE`; PingOne's default is `INACTIVE`.",
            sources: MODEL,
            ..KeyDecl::new("status", ValueRule::Choice(&PLAN_STATUS))
        },
        KeyDecl {
            doc: "The plan's ID, a UUID; set by PingOne.",
            need: Need::ReadOnly,
            sources: READ,
            ..KeyDecl::new("id", ValueRule::Text(Text::Uuid))
        },
        KeyDecl {
            doc: "The environment the plan belongs to; set by PingOne.",
            need: Need::ReadOnly,
            sources: READ,
            ..KeyDecl::new("environment", ValueRule::Object(&ENVIRONMENT))
        },
        KeyDecl {
            doc: "When the plan was created; read-only if sent (unsourced for plans).",
            need: Need::ReadOnly,
            sources: UNSOURCED,
            ..KeyDecl::new("createdAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "When the plan was last updated; read-only if sent (unsourced for plans).",
            need: Need::ReadOnly,
            sources: UNSOURCED,
            ..KeyDecl::new("updatedAt", ValueRule::Text(Text::DateTime))
        },
        KeyDecl {
            doc: "Links to related resources; set by PingOne.",
            need: Need::ReadOnly,
            sources: &[Source::CommunitySdk],
            ..KeyDecl::new("_links", ValueRule::MapOf(&LINK))
        },
    ],
    switch: None,
};
