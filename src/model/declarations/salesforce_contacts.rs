//! `"type": "SalesforceContacts"`: store-types.md B.9 (the Salesforce keys and
//! `RECORD_TYPE`).

use super::salesforce::{META, salesforce_keys};
use crate::model::decl::{BoolRule, Choice, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const PAGE: &str = "create-store-salesforcecontacts";
const MODEL: &[Source] = &[Source::RequestModel(PAGE)];
const MODEL_AND_SDK: &[Source] = &[Source::RequestModel(PAGE), Source::CommunitySdk];
const DOUBT_SOURCES: &[Source] = &[
    Source::RequestModel(PAGE),
    Source::RequestModel(META),
    Source::CommunitySdk,
];

/// Why a missing `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` or `PERMISSION_SET_MANAGEMENT`
/// is a warning (A2.2).
const CREATE_PAGE_ONLY: &str = "required on the create page, but optional in the Salesforce \
                                metadata request model and in the community SDK";

/// `RECORD_TYPE` of a SalesforceContacts store.
pub static RECORD_TYPE: Choice = Choice {
    name: "SalesforceRecordType",
    doc: "Whether the connector maintains Salesforce Leads or Contacts (`RECORD_TYPE`). \
          PingOne's page writes `LEAD` and `CONTACT`, the community SDK `Lead` and \
          `Contact`.",
    values: &[
        ("LEAD", "Salesforce Leads, as PingOne's page spells it."),
        (
            "CONTACT",
            "Salesforce Contacts, as PingOne's page spells it.",
        ),
        ("Lead", "Salesforce Leads, as the community SDK spells it."),
        (
            "Contact",
            "Salesforce Contacts, as the community SDK spells it.",
        ),
    ],
    open: Some(
        "PingOne's page writes `LEAD` and `CONTACT`, the community SDK `Lead` and `Contact`, \
         and no example shows a value",
    ),
    advised: None,
    aliases: &[],
};

/// The `configuration` of a SalesforceContacts store.
pub static SALESFORCE_CONTACTS: ObjectDecl = ObjectDecl {
    name: "SalesforceContactsConfiguration",
    doc: "The `configuration` of a `SalesforceContacts` store (Salesforce Leads or Contacts), \
          key for key as on the wire: the keys of `Salesforce`, with the same doubt on \
          `ENABLE_COMMUNITIES`, `FREEZE_USER_FLAG` and `PERMISSION_SET_MANAGEMENT`, and \
          `RECORD_TYPE`.",
    keys: salesforce_keys!(
        model: MODEL_AND_SDK,
        firm: MODEL_AND_SDK,
        deprecated: MODEL,
        doubt: CREATE_PAGE_ONLY,
        doubt_sources: DOUBT_SOURCES,
        KeyDecl {
            doc: "Whether the connector is for Salesforce Leads or Contacts: `LEAD` or \
                  `CONTACT` (PingOne's page), `Lead` or `Contact` (community SDK).",
            need: Need::Required,
            sources: MODEL_AND_SDK,
            ..KeyDecl::new("RECORD_TYPE", ValueRule::Choice(&RECORD_TYPE))
        },
    ),
    switch: None,
};
