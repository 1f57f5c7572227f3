//! The attribute mapping of a rule (propagation.md B.3, A2 C1, C2, C15, A3).

use super::ENVIRONMENT;
use super::rule::REFERENCE;
use crate::model::decl::{Choice, KeyDecl, Need, ObjectDecl, Relation, Source, Text, ValueRule};

const MODEL: &[Source] = &[Source::RequestModel(
    "propagation-mappings (mapping data model)",
)];
const MODEL_AND_EXAMPLES: &[Source] = &[
    Source::RequestModel("propagation-mappings (mapping data model)"),
    Source::Example("propagation-mappings/create-rule-mapping"),
    Source::Example("create-a-workday-propagation-connection, steps 9 and 10"),
];
const RULE_ID: &[Source] = &[
    Source::RequestModel("propagation-mappings (mapping data model)"),
    Source::CommunitySdk,
];
const NAME: &[Source] = &[
    Source::RequestModel("propagation-mappings (mapping data model)"),
    Source::RequestModel("propagation-mappings/create-rule-mapping"),
];

/// The categories of `attributeMappingType` (C1).
pub static ATTRIBUTE_MAPPING_TYPE: Choice = Choice {
    name: "AttributeMappingType",
    doc: "Whether the mapping is a user or a group attribute mapping \
          (`attributeMappingType`). Typed Boolean in the data model; the official example \
          sends the string `userAttributeMapping`, which is what is accepted.",
    values: &[(
        "userAttributeMapping",
        "A user attribute mapping (the official example).",
    )],
    open: Some("only `userAttributeMapping` appears in an official example"),
    advised: None,
    aliases: &[],
};

/// An attribute mapping: the body of `POST /propagation/rules/{ruleID}/mappings` and
/// `PUT /propagation/mappings/{mappingID}`, and the resource the API returns.
pub static MAPPING: ObjectDecl = ObjectDecl {
    name: "Mapping",
    doc: "An attribute mapping of a rule: a target attribute filled from a source attribute \
          or from a PingOne Expression Language expression (exactly one of the two).",
    keys: &[
        KeyDecl {
            doc: "The attribute of the target store that the mapping fills; not empty.",
            need: Need::Required,
            sources: MODEL_AND_EXAMPLES,
            // An attribute's name, which a user reads to fix a finding (`duplicate-target`).
            shown_text: true,
            ..KeyDecl::new("targetAttribute", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The attribute of the source store whose value is copied; exactly one of \
                  `sourceAttribute` and `expression`.",
            sources: MODEL_AND_EXAMPLES,
            // An attribute's name, which a user reads to fix a finding (`duplicate-target`).
            shown_text: true,
            relation: Some(Relation::ExactlyOneWith("expression")),
            ..KeyDecl::new("sourceAttribute", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "A PingOne Expression Language expression whose result is the value; exactly \
                  one of `expression` and `sourceAttribute`. Its syntax is not checked (no \
                  published grammar).",
            sources: MODEL,
            relation: Some(Relation::ExactlyOneWith("sourceAttribute")),
            ..KeyDecl::new("expression", ValueRule::Text(Text::Any))
        },
        KeyDecl {
            doc: "The mapping's name (C2).",
            need: Need::Doubtful(
                "required by the mapping data model, but every official example omits it",
            ),
            sources: NAME,
            // A name, as a store's: the checks across files name objects by it.
            shown_text: true,
            ..KeyDecl::new(
                "name",
                ValueRule::Text(Text::NotBlankAdvised(
                    "the mapping data model requires a name, but every official example omits it",
                )),
            )
        },
        KeyDecl {
            doc: "Whether the mapping is a user or a group attribute mapping (C1).",
            sources: MODEL_AND_EXAMPLES,
            ..KeyDecl::new(
                "attributeMappingType",
                ValueRule::ChoiceOrBool(
                    &ATTRIBUTE_MAPPING_TYPE,
                    "the model says Boolean, the official example sends a string",
                ),
            )
        },
        KeyDecl {
            doc: "The rule the mapping belongs to; immutable. Not needed in a create request \
                  (the rule is in the URL), sent by updates (C15).",
            need: Need::InUpdate(
                "required and immutable in the mapping data model, and the community SDK's update example sends it, but the create model and example omit it",
            ),
            sources: RULE_ID,
            ..KeyDecl::new("rule", ValueRule::Object(&REFERENCE))
        },
        KeyDecl {
            doc: "The mapping's ID, a UUID; set by PingOne.",
            need: Need::ReadOnly,
            sources: MODEL,
            ..KeyDecl::new("id", ValueRule::Text(Text::Uuid))
        },
        KeyDecl {
            doc: "The environment the mapping belongs to; set by PingOne.",
            need: Need::ReadOnly,
            sources: MODEL,
            ..KeyDecl::new("environment", ValueRule::Object(&ENVIRONMENT))
        },
    ],
    switch: None,
};
