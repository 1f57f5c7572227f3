//! `"type": "Workday"`: store-types.md B.13 (an inbound source).

use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-workday";
const WORKFLOW: &str = "create-a-workday-propagation-connection, step 4";
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];
const MODEL_AND_EXAMPLE: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::CommunitySdk,
];
const MODEL_AND_EXAMPLES: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::Example(PAGE),
    Source::Example(WORKFLOW),
    Source::CommunitySdk,
];

/// The `configuration` of a Workday store.
pub static WORKDAY: ObjectDecl = ObjectDecl {
    name: "WorkdayConfiguration",
    doc: "The `configuration` of a `Workday` store (an inbound source), key for key as on the \
          wire.",
    keys: &[
        KeyDecl {
            doc: "Leave contingent workers out.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("excludeContingentWorkers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Leave employees out.",
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("excludeEmployees", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Leave inactive workers out.",
            sources: MODEL_AND_EXAMPLE,
            ..KeyDecl::new("excludeInactiveWorkers", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "The Workday API host, such as `example.workday.com` (a host name, not \
                  checked).",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("host", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "Integration system IDs, comma-separated.",
            sources: &[Source::RequestModel(PAGE), Source::Example(PAGE)],
            ..KeyDecl::new("integrationSystemIds", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The password of the Workday integration user.",
            need: Need::Required,
            secret: true,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("password", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The Workday tenant ID.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("tenantId", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The user name of the Workday integration user.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new("username", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The Workday subdomain; sent by PingOne's examples, not in the request model.",
            undocumented: Some("both of PingOne's own Workday examples send it"),
            sources: &[Source::Example(PAGE), Source::Example(WORKFLOW)],
            ..KeyDecl::new("subdomain", ValueRule::Text(Text::Any))
        },
    ],
    switch: None,
};
