//! The rules document (`docs/rules.md`): every key of every declared object with its
//! JSON type, rule, severity and sources, generated from the declarations.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::model::decl::{
    BoolRule, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Text, ValueRule,
};
use crate::model::declarations::{CONFIGURATIONS, STORE};
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
    out
}

fn object(out: &mut String, decl: &'static ObjectDecl, title: &str, done: &mut BTreeSet<usize>) {
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
            Need::Required => "`required` error".to_owned(),
            Need::Doubtful(doubt) => format!("`required` warning: {doubt}"),
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
        let sources: Vec<String> = key.sources.iter().map(|s| s.cite()).collect();
        let _ = writeln!(
            out,
            "| `{}` | {json} | {rule} | {missing} | {} | {} |",
            key.name,
            notes.join("; "),
            sources.join("; ")
        );
        match key.value {
            ValueRule::Object(child) | ValueRule::MapOf(child) => children.push(child),
            _ => {}
        }
    }
    out.push('\n');
    for child in children {
        object(out, child, &format!("`{}`", child.name), done);
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
