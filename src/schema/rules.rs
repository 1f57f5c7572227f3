//! The rules document (`docs/rules.md`): every key of every declared object with its
//! JSON type, rule, severity and sources, generated from the declarations.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::model::decl::{
    BoolRule, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Relation, Text, ValueRule,
};
use crate::model::declarations::{
    CONFIGURATIONS, LDAP_GATEWAY_METADATA, MAPPING, MAPPING_LIST, METADATA, MetadataForm, PLAN,
    PLAN_LIST, RULE, RULE_LIST, SETUP, STORE, STORE_LIST,
};
use crate::report::Code;

/// The rules document, as committed in `docs/rules.md`.
#[must_use]
pub fn rules_document() -> String {
    let mut out = String::new();
    out.push_str(
        "<!-- Generated from the declarations (src/model/declarations) by \
         `cargo xtask codegen`; do not edit by hand. -->\n\n\
         # Rules\n\n\
         Every key of every object the validator checks, with its JSON type, its rule, what \
         a missing or wrong value costs (error or warning) and the sources the rule rests \
         on. A rule is an error only where the official sources agree; where they disagree, \
         or only a community source states it, it is a warning that says the doubt \
         (store-types.md, Part A).\n\n",
    );
    out.push_str(
        "## Codes\n\nThe default severity is the code's. Where the sources disagree, or only a \
         community source states a rule, the declarations make its finding a warning instead: \
         the last column counts those keys, and each code's section below lists every key it \
         applies to with its severity.\n\n\
         | code | default severity | meaning | a warning instead at |\n|---|---|---|---|\n",
    );
    for code in Code::ALL {
        let spread = super::warning_instead(*code).map_or_else(
            || "-".to_owned(),
            |keys| format!("{keys} key{}", if keys == 1 { "" } else { "s" }),
        );
        let _ = writeln!(
            out,
            "| `{code}` | {} | {} | {spread} |",
            crate::validate::default_severities(*code),
            code.summary()
        );
    }
    out.push('\n');
    for code in Code::ALL {
        let _ = writeln!(out, "### `{code}`\n\n{}\n", code.documentation());
        let sites = super::applies_to(*code);
        if !sites.is_empty() {
            let _ = writeln!(out, "Where it applies:\n\n{sites}");
        }
    }
    out.push_str("## Objects\n\n");
    let mut done = BTreeSet::new();
    object(
        &mut out,
        &STORE,
        "the store (request and response)",
        &mut done,
    );
    for (store_type, decl) in CONFIGURATIONS.cases {
        let title = format!("`configuration` of `\"type\": \"{store_type}\"`");
        object(&mut out, decl, &title, &mut done);
    }
    other_payloads(&mut out, &mut done);
    out
}

/// The payloads of the propagation API beside the store (propagation.md Part B), and how
/// a file's kind is decided.
fn other_payloads(out: &mut String, done: &mut BTreeSet<usize>) {
    out.push_str(
        "## Other payloads\n\n\
         Beside stores, the linter checks the other bodies of the Identity Propagation API \
         (propagation.md Part B). Which one a file is, is decided in this order, the first \
         step that yields a kind deciding:\n\n\
         1. **Explicit**: `--payload KIND`, or `payload = \"KIND\"` in the `[[kind]]` entry of \
         `.pingone-store.toml` that matches the file. `KIND` is `store`, `plan`, `rule`, \
         `mapping`, `metadata:<Type>` (a store type, exact spelling), `revision`, \
         `list:stores`, `list:plans`, `list:rules` or `list:mappings`.\n\
         2. **File name**: a name ending in `.<kind>.json`, `<kind>` one of `store`, `plan`, \
         `rule`, `mapping`, `revision`, `stores`, `plans`, `rules`, `mappings` (the lists) or \
         `metadata.<Type>` (`ldap.metadata.LdapGateway.json`).\n\
         3. **Shape**: a root array is a bare list (an `unknown-property` warning; each item \
         is decided on its own); `_embedded` makes a list of the kind of its one array; \
         members only a rule has (`sourceStore`, `targetStore`, `plan`, `parentRule`, \
         `populationExpression`, `populations`, `deprovision`, `groups`), only a mapping has \
         (`targetAttribute`, `sourceAttribute`, `expression`, `attributeMappingType`, \
         `rule`) or only a store has (`type`, `configuration`, `syncStatus`, `managed`, \
         `image`) make that kind, members of two of them an `ambiguous-kind` error; a \
         payload of only `name`, `status`, `id`, `environment`, `_links`, `createdAt`, \
         `updatedAt` with `name` is a plan; a payload of store configuration keys only is an \
         `ambiguous-kind` error (only the request path names a metadata type); anything \
         else is a store, as before the other kinds existed.\n\n\
         A file whose kind is ambiguous gets that one finding and no other. Request or \
         response is `--kind`, or a `[[kind]]` entry's `kind`; when neither is given and the \
         payload kind was decided by its file name or shape, a root `id` or `_embedded` \
         makes a plan, rule or mapping a response (a store stays a request, as before). A \
         list is always a response.\n\n",
    );
    object(out, &PLAN, "the plan (request and response)", done);
    object(out, &RULE, "the rule (request and response)", done);
    object(out, &MAPPING, "the mapping (request and response)", done);
    out.push_str(
        "### Store metadata requests\n\n\
         `POST /propagation/storeMetadata/{Type}` (`--payload metadata:<Type>`). `{}` is \
         always accepted except where the table says otherwise; a response is only checked \
         to be a JSON object (the metadata response model was not retrievable). `type` or \
         `configuration` at the root (the community SDK's wrapped form) is an \
         `unknown-property` error that says so.\n\n\
         | path type | body |\n|---|---|\n",
    );
    for decl in METADATA {
        let body = match decl.form {
            MetadataForm::Configuration(configuration, []) => format!(
                "the store configuration (`{}`), checked with the store rules; `{{}}` accepted",
                configuration.name
            ),
            MetadataForm::Configuration(configuration, optional) => format!(
                "the store configuration (`{}`), checked with the store rules, but {} may be \
                 absent; `{{}}` accepted",
                configuration.name,
                optional
                    .iter()
                    .map(|key| format!("`{key}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            MetadataForm::Own(own) => format!("see `{}` (`{{}}` included)", own.name),
            MetadataForm::Empty => "\"required but should be empty\": `{}`; any content is one \
                                    `ignored` warning"
                .to_owned(),
            MetadataForm::Unpublished => "no metadata page was found: only \"a JSON object\" is \
                                          checked, and no finding says so"
                .to_owned(),
        };
        let _ = writeln!(out, "| `{}` | {body} |", decl.store_type);
    }
    out.push('\n');
    object(
        out,
        &LDAP_GATEWAY_METADATA,
        "the LdapGateway metadata request",
        done,
    );
    out.push_str(
        "### Revisions\n\n\
         `POST /propagation/revisions` (`--payload revision`) takes no body: an empty file or \
         `{}` is accepted, any other body is one `ignored` warning. A response is only \
         checked to be JSON.\n\n",
    );
    for (list, title) in [
        (&STORE_LIST, "the read-all store list (a response)"),
        (&PLAN_LIST, "the read-all plan list (a response)"),
        (&RULE_LIST, "the read-all rule list (a response)"),
        (&MAPPING_LIST, "the read-all mapping list (a response)"),
    ] {
        object(out, list, title, done);
    }
    out.push_str(
        "## Checks across files\n\n\
         The payloads linted in one run form a setup (propagation.md A5): after the \
         per-file checks, which they never change, references are resolved and checked \
         across files. A reference (`plan.id`, `sourceStore.id`, `targetStore.id`, \
         `parentRule.id`, a mapping's `rule.id`) that is a template variable \
         (`{{ruleID}}`) resolves through the setup file `pingone-setup.json` (below), which \
         binds each name to the file of its object; a UUID resolves to the response or \
         list item with that `id`. A mapping's rule is its setup entry's `rule`, else its \
         `rule.id`. An unresolved reference is reported only when the setup declares \
         `\"complete\": true`; a template variable the setup file does not bind is a \
         `reference` warning. Each finding is at the referring member of the referring \
         file and names the other file. A Postman collection is a setup of its own: a \
         name is bound to the create request whose test script sets it \
         (`pm.environment.set(\"ruleID\", ...)`), a mapping create's rule is its body's \
         `rule.id`, else its URL's `rules/{{ruleID}}`, a rule create's plan its body's \
         `plan.id`, else its URL's `plans/{{planID}}/rules`, and each finding names the \
         other request by its item path; a setup file in the run adds the run's files to \
         each collection's setup (the setup file's bindings win over the scripts').\n\n\
         | check | code | severity |\n|---|---|---|\n\
         | an outbound-only store (`Zoom`, `Slack`, ...) as a rule's source | `direction` | error (`scim`: warning) |\n\
         | two external stores (\"PingOne must be either the source or target\") | `direction` | error |\n\
         | an inbound rule to a `directory` store, an outbound rule from a `PingOne` store | `direction` | error |\n\
         | two PingOne-side stores; a writeback rule not to Workday or not to its parent's source | `direction` | warning |\n\
         | a rule to an `LdapGateway` store without `configuration.BASE_DN` or `RDN_ATTRIBUTE` | `required` | error |\n\
         | a rule from an `LdapGateway` store without `configuration` | `required` | error |\n\
         | `configuration` on a rule with no `LdapGateway` store | `ignored` | warning |\n\
         | a reference to an object of the wrong kind; a setup-file entry whose file is not in the run | `reference` | error |\n\
         | an active rule without mappings (in a setup of more than one payload); a Workday rule without its `wid`/`externalId` mapping | `no-mappings` | warning |\n\
         | an active rule whose stores or plan are not `ACTIVE` | `inactive` | warning |\n\
         | two plans: the same environment / environment unknown | `one-plan` | error / warning |\n\
         | a mapping whose `rule.id` is not its rule | `immutable` | error |\n\n\
         Not checked: attribute names against store metadata (the metadata responses were \
         not retrievable), duplicate target attributes (`duplicate-target`).\n\n",
    );
    object(out, &SETUP, "the setup file `pingone-setup.json`", done);
}

fn object(out: &mut String, decl: &'static ObjectDecl, title: &str, done: &mut BTreeSet<usize>) {
    object_in(out, decl, title, done, false);
}

/// [`object`], for an object that is `open` (one of the shapes of a [`ValueRule::Open`]
/// value: which applies depends on other files, so its required keys are required only by
/// the checks across files) or not.
fn object_in(
    out: &mut String,
    decl: &'static ObjectDecl,
    title: &str,
    done: &mut BTreeSet<usize>,
    open: bool,
) {
    if !done.insert(std::ptr::from_ref(decl) as usize) {
        return;
    }
    let _ = writeln!(out, "### {title}\n\n{}\n", decl.doc);
    if decl.keys.is_empty() {
        out.push_str("No keys: any key is an `unknown-property` finding.\n\n");
        return;
    }
    out.push_str("| key | JSON type | rule | when missing | notes | sources |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    let mut children = Vec::new();
    for key in decl.keys {
        let (json, rule) = describe(key);
        let missing = match key.need {
            Need::Optional => "optional".to_owned(),
            Need::Required if open => {
                "`required` error from the checks across files only (a file alone cannot tell \
                 whether this object applies)"
                    .to_owned()
            }
            Need::Required => "`required` error".to_owned(),
            Need::Doubtful(doubt) => format!("`required` warning: {doubt}"),
            Need::InUpdate(doubt) => format!(
                "optional in a create request; in an update request (`PUT`, `--kind update`) a \
                 `required` warning: {doubt}"
            ),
            Need::ReadOnlyRequired => "read-only; `required` error in responses".to_owned(),
            Need::ReadOnly => "read-only".to_owned(),
        };
        let missing = match conditional(decl, key.name) {
            Some(condition) => format!("{missing}; {condition}"),
            None => missing,
        };
        let mut notes = Vec::new();
        match key.default {
            Some(DefaultValue::Text(text)) => notes.push(format!("default `{text}`")),
            Some(DefaultValue::Bool(value)) => notes.push(format!("default `{value}`")),
            None => {}
        }
        if key.secret {
            notes.push("secret: never shown".to_owned());
        }
        if let Some(instead) = key.deprecated {
            notes.push(format!("`deprecated` warning: {instead}"));
        }
        if let Some(why) = key.undocumented {
            notes.push(format!("`unknown-property` warning: {why}"));
        }
        match key.relation {
            Some(Relation::ExactlyOneWith(other)) => notes.push(format!(
                "exactly one of this and `{other}`: both a `conflict` error, neither a `one-of` error"
            )),
            Some(Relation::IgnoredWith(other, why)) => notes.push(format!(
                "with `{other}` present, an `ignored` warning: {why}"
            )),
            None => {}
        }
        let sources: Vec<String> = key.sources.iter().map(|s| s.cite()).collect();
        let _ = writeln!(
            out,
            "| `{}` | {json} | {rule} | {missing} | {} | {} |",
            key.name,
            notes.join("; "),
            sources.join("; ")
        );
        match key.value {
            ValueRule::Object(child)
            | ValueRule::MapOf(child)
            | ValueRule::ArrayOf(child)
            | ValueRule::ArrayOfOrColumns(child, _) => children.push((child, false)),
            ValueRule::Open(child) => children.push((child, true)),
            _ => {}
        }
    }
    out.push('\n');
    for (child, open) in children {
        object_in(out, child, &format!("`{}`", child.name), done, open);
    }
}

/// The requirement a switch puts on `key`, in words.
fn conditional(decl: &ObjectDecl, key: &str) -> Option<String> {
    let switch = decl.switch?;
    let parts: Vec<String> = switch
        .cases
        .iter()
        .filter_map(|case| {
            let requirement = case.requires.iter().find(|r| r.key == key)?;
            let severity = match requirement.doubt {
                None => "error".to_owned(),
                Some(doubt) => format!("warning ({doubt})"),
            };
            Some(format!(
                "`required` {severity} when `{}` is `{}`{}",
                switch.key,
                case.value,
                if decl.switch_default() == Some(case.value) {
                    " or absent"
                } else {
                    ""
                }
            ))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn describe(key: &KeyDecl) -> (&'static str, String) {
    match key.value {
        ValueRule::Text(text) => ("string", text_rule(text)),
        ValueRule::Bool(BoolRule::Any) => ("boolean", "`true` or `false`".to_owned()),
        ValueRule::Bool(BoolRule::Advised(value, why)) => (
            "boolean",
            format!("`true` or `false`; `enum` warning unless `{value}`: {why}"),
        ),
        ValueRule::Bool(BoolRule::TextTolerated(why)) => (
            "boolean",
            format!("`true` or `false`; a string is a `type` warning: {why}"),
        ),
        ValueRule::Count => ("integer", "zero or more (`range` error)".to_owned()),
        ValueRule::Choice(choice) => ("string", choice_rule(choice)),
        ValueRule::Object(decl) => ("object", format!("see `{}`", decl.name)),
        ValueRule::MapOf(decl) => ("object", format!("each member a `{}`", decl.name)),
        ValueRule::SelectedBy(selection) => (
            "object",
            format!("chosen by `{}` (see below)", selection.by),
        ),
        ValueRule::ArrayOf(decl) => ("array", format!("each item a `{}`", decl.name)),
        ValueRule::ArrayOfOrColumns(decl, why) => (
            "array",
            format!(
                "each item a `{}`; one object of arrays (each key's values) is a `type` \
                 warning: {why}",
                decl.name
            ),
        ),
        ValueRule::Open(decl) => (
            "object",
            format!(
                "`{}` (its required keys required across files only), or another object \
                 whose members are strings; members of other names are accepted when \
                 strings",
                decl.name
            ),
        ),
        ValueRule::ChoiceOrBool(choice, why) => (
            "string",
            format!(
                "{}; a boolean is a `type` warning: {why}",
                choice_rule(choice)
            ),
        ),
    }
}

fn text_rule(text: Text) -> String {
    match text {
        Text::Any => "any string".to_owned(),
        Text::NotBlank => "not empty or blank (`empty` error)".to_owned(),
        Text::Url => "absolute `http(s)` URL (`format` error)".to_owned(),
        Text::HttpsUrl(why) => format!(
            "absolute `http(s)` URL (`format` error); `http` is an `insecure-url` warning: {why}"
        ),
        Text::Uuid => "UUID (`format` error)".to_owned(),
        Text::DateTime => "RFC 3339 date-time (`format` error)".to_owned(),
        Text::IdRef => {
            "UUID (`format` error), or a template variable (`placeholder` warning)".to_owned()
        }
        Text::NotBlankAdvised(why) => format!("any string; blank is an `empty` warning: {why}"),
        Text::ScimFilter => "SCIM filter, RFC 7644 (`filter` warning)".to_owned(),
        Text::PayloadKind => format!(
            "a payload kind: {} (`enum` error)",
            crate::validate::ObjectKind::PAYLOAD_SPELLINGS
        ),
    }
}

fn choice_rule(choice: &Choice) -> String {
    let values: Vec<String> = choice.names().map(|v| format!("`{v}`")).collect();
    let mut rule = match choice.open {
        None => format!("one of {} (`enum` error)", values.join(", ")),
        Some(doubt) => format!(
            "known values {} (else `enum` warning: {doubt})",
            values.join(", ")
        ),
    };
    if let Some((advised, why)) = choice.advised {
        let advised: Vec<String> = advised.iter().map(|v| format!("`{v}`")).collect();
        let _ = write!(
            rule,
            "; advised {} (`enum` warning: {why})",
            advised.join(", ")
        );
    }
    rule
}
