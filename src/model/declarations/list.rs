//! The read-all list envelopes (propagation.md B.6, A3): `{"_embedded": {"<kind>": [...]}}`.

use super::mapping::MAPPING;
use super::plan::PLAN;
use super::rule::RULE;
use super::{LINK, STORE};
use crate::model::decl::{KeyDecl, Need, ObjectDecl, Source, ValueRule};

const ENTITY_ARRAY: &[Source] = &[Source::CommunitySdk];

macro_rules! list {
    ($list:ident, $embedded:ident, $name:literal, $embedded_name:literal, $member:literal, $item:expr, $sources:expr) => {
        #[doc = concat!("The `_embedded` object of a read-all `", $member, "` list.")]
        pub static $embedded: ObjectDecl = ObjectDecl {
            name: $embedded_name,
            doc: concat!("The `_embedded` object of a read-all `", $member, "` list."),
            keys: &[KeyDecl {
                doc: concat!("The ", $member, ", each as the API returns it."),
                need: Need::Required,
                sources: $sources,
                ..KeyDecl::new($member, ValueRule::ArrayOf($item))
            }],
            switch: None,
        };

        #[doc = concat!("A read-all `", $member, "` list, as the API returns it.")]
        pub static $list: ObjectDecl = ObjectDecl {
            name: $name,
            doc: concat!("A read-all `", $member, "` list, as the API returns it."),
            keys: &[
                KeyDecl {
                    doc: "The listed objects.",
                    need: Need::Required,
                    sources: $sources,
                    ..KeyDecl::new("_embedded", ValueRule::Object(&$embedded))
                },
                KeyDecl {
                    doc: "Links to related resources.",
                    sources: ENTITY_ARRAY,
                    ..KeyDecl::new("_links", ValueRule::MapOf(&LINK))
                },
                KeyDecl {
                    doc: "How many objects there are.",
                    sources: ENTITY_ARRAY,
                    ..KeyDecl::new("count", ValueRule::Count)
                },
                KeyDecl {
                    doc: "How many objects this page holds.",
                    sources: ENTITY_ARRAY,
                    ..KeyDecl::new("size", ValueRule::Count)
                },
            ],
            switch: None,
        };
    };
}

list!(
    STORE_LIST,
    EMBEDDED_STORES,
    "StoreList",
    "EmbeddedStores",
    "stores",
    &STORE,
    &[Source::Example(
        "read-all-stores, Postman documentation mirror"
    )]
);
list!(
    PLAN_LIST,
    EMBEDDED_PLANS,
    "PlanList",
    "EmbeddedPlans",
    "plans",
    &PLAN,
    ENTITY_ARRAY
);
list!(
    RULE_LIST,
    EMBEDDED_RULES,
    "RuleList",
    "EmbeddedRules",
    "rules",
    &RULE,
    &[Source::Other(
        "community Terraform provider (`ExtractEmbeddedArray`)"
    )]
);
list!(
    MAPPING_LIST,
    EMBEDDED_MAPPINGS,
    "MappingList",
    "EmbeddedMappings",
    "mappings",
    &MAPPING,
    &[Source::Other(
        "community Terraform provider (`ExtractEmbeddedArray`)"
    )]
);
