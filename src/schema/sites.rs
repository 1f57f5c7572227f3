//! Where each rule applies, read from the declarations: the keys each code can be
//! reported at, object by object and store type by store type, with the severity the
//! declarations give it there. `explain`, `rules` and `docs/rules.md` print it, so their
//! prose covers every store type and cannot drift from the validator.

use std::fmt::Write as _;

use crate::model::decl::{BoolRule, Case, Need, ObjectDecl, Requirement, Text, ValueRule};
use crate::model::declarations::STORE;
use crate::report::{Code, Severity};

/// One place a code applies: a key of a declared object.
struct Site {
    /// The object: `store`, `image`, or a store type's configuration (`Zoom`).
    object: String,
    /// The key, spelled as on the wire.
    key: &'static str,
    /// The severity the declarations give the finding there (before any option).
    severity: Severity,
    /// When it applies, if not always (`AUTHENTICATION_METHOD` is `JWT Bearer Token`).
    condition: Option<String>,
}

/// Every declared object, labelled for a reader: the store, its nested objects by key,
/// and each store type's configuration by its `type`.
fn objects() -> Vec<(String, &'static ObjectDecl)> {
    let mut out = vec![("store".to_owned(), &STORE)];
    // The store types' configurations come after the store's own nested objects.
    let mut selected = Vec::new();
    let mut next = 0;
    while next < out.len() {
        let (label, decl) = (out[next].0.clone(), out[next].1);
        next += 1;
        for key in decl.keys {
            let child = match key.value {
                ValueRule::Object(child) => (nested(&label, key.name), child),
                ValueRule::MapOf(child) => (nested(&label, &format!("{}.*", key.name)), child),
                ValueRule::SelectedBy(selection) => {
                    let cases = selection.cases.iter();
                    selected.extend(cases.map(|(value, child)| (format!("`{value}`"), *child)));
                    continue;
                }
                _ => continue,
            };
            if !out.iter().any(|(_, seen)| std::ptr::eq(*seen, child.1)) {
                out.push(child);
            }
        }
    }
    out.extend(selected);
    out
}

fn nested(parent: &str, key: &str) -> String {
    if parent == "store" {
        format!("`{key}`")
    } else {
        format!("{}.{key}`", parent.trim_end_matches('`'))
    }
}

/// The places `code` applies, in declaration order.
fn sites(code: Code) -> Vec<Site> {
    let mut out = Vec::new();
    for (object, decl) in objects() {
        let mut add = |key: &'static str, severity: Severity, condition: Option<String>| {
            out.push(Site {
                object: object.clone(),
                key,
                severity,
                condition,
            });
        };
        for key in decl.keys {
            let name = key.name;
            match code {
                Code::Required => match (key.need, key.value) {
                    (Need::Required, ValueRule::SelectedBy(selection)) => {
                        let except = (!selection.optional_for.is_empty()).then(|| {
                            let values: Vec<String> = selection
                                .optional_for
                                .iter()
                                .map(|value| format!("`{value}`"))
                                .collect();
                            format!("except for {}", values.join(", "))
                        });
                        add(name, Severity::Error, except);
                        for (value, requirement) in selection.sibling_needs {
                            let when = format!("when `{}` is `{value}`", selection.by);
                            add(requirement.key, severity_of(requirement), Some(when));
                        }
                    }
                    (Need::Required, _) => add(name, Severity::Error, None),
                    (Need::Doubtful(_), _) => add(name, Severity::Warning, None),
                    (Need::InUpdate(_), _) => {
                        add(
                            name,
                            Severity::Warning,
                            Some("in an update request".to_owned()),
                        );
                    }
                    (Need::ReadOnlyRequired, _) => {
                        add(name, Severity::Error, Some("in responses".to_owned()));
                    }
                    (Need::Optional | Need::ReadOnly, _) => {}
                },
                Code::ReadOnly if matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired) => {
                    add(name, Severity::Warning, Some("in requests".to_owned()));
                }
                Code::Empty => match key.value {
                    ValueRule::Text(Text::NotBlank) => add(name, Severity::Error, None),
                    ValueRule::Text(Text::Any) if key.secret => add(name, Severity::Warning, None),
                    _ => {}
                },
                Code::Enum => match key.value {
                    ValueRule::Choice(choice) => {
                        let severity = if choice.open.is_some() {
                            Severity::Warning
                        } else {
                            Severity::Error
                        };
                        add(name, severity, None);
                        if choice.open.is_none() && choice.advised.is_some() {
                            add(
                                name,
                                Severity::Warning,
                                Some("for an allowed value that is not advised".to_owned()),
                            );
                        }
                    }
                    ValueRule::Bool(BoolRule::Advised(..)) => add(name, Severity::Warning, None),
                    _ => {}
                },
                Code::Format => {
                    if let ValueRule::Text(
                        Text::Url | Text::HttpsUrl(_) | Text::Uuid | Text::DateTime,
                    ) = key.value
                    {
                        add(name, Severity::Error, None);
                    }
                }
                Code::InsecureUrl if matches!(key.value, ValueRule::Text(Text::HttpsUrl(_))) => {
                    add(name, Severity::Warning, None);
                }
                Code::Range if matches!(key.value, ValueRule::Count) => {
                    add(name, Severity::Error, None);
                }
                Code::Type if matches!(key.value, ValueRule::Bool(BoolRule::TextTolerated(_))) => {
                    add(name, Severity::Warning, Some("for a string".to_owned()));
                }
                Code::Deprecated if key.deprecated.is_some() => add(name, Severity::Warning, None),
                Code::UnknownProperty if key.undocumented.is_some() => {
                    add(
                        name,
                        Severity::Warning,
                        Some("sent by an official example only".to_owned()),
                    );
                }
                _ => {}
            }
        }
        let Some(switch) = decl.switch else {
            continue;
        };
        for case in switch.cases {
            let under = under(switch.key, case);
            match code {
                Code::Required => {
                    for requirement in case.requires {
                        let severity = severity_of(requirement);
                        add(requirement.key, severity, Some(under.clone()));
                    }
                }
                Code::Deprecated if case.deprecated.is_some() => {
                    add(
                        switch.key,
                        Severity::Warning,
                        Some(format!("`{}`", case.value)),
                    );
                    for requirement in case.requires {
                        add(requirement.key, Severity::Warning, None);
                    }
                }
                Code::Ignored if switch.others_ignored => {
                    for requirement in case.requires {
                        let unless = format!("unless {under}");
                        add(requirement.key, Severity::Warning, Some(unless));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The severity of a missing required key: a warning where the sources disagree.
fn severity_of(requirement: &Requirement) -> Severity {
    if requirement.doubt.is_some() {
        Severity::Warning
    } else {
        Severity::Error
    }
}

fn under(key: &str, case: &Case) -> String {
    format!("`{key}` is `{}`", case.value)
}

/// Where `code` applies, as markdown: one bullet per object, the keys with their
/// severity and condition. Empty for a code that does not depend on the declarations
/// (`syntax`, `duplicate-key`, `encoding`...).
#[must_use]
pub fn applies_to(code: Code) -> String {
    let sites = sites(code);
    let mut out = String::new();
    if code == Code::Type {
        out.push_str("- every declared key, by its JSON type (error)\n");
    }
    let mut index = 0;
    while index < sites.len() {
        let object = &sites[index].object;
        let end = sites[index..]
            .iter()
            .position(|site| &site.object != object)
            .map_or(sites.len(), |n| index + n);
        let _ = write!(out, "- {object}: ");
        for (n, site) in sites[index..end].iter().enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "`{}` ({}", site.key, site.severity);
            if let Some(condition) = &site.condition {
                let _ = write!(out, ", {condition}");
            }
            out.push(')');
        }
        out.push('\n');
        index = end;
    }
    out
}

/// At how many declared keys a code that is an error by default is only a warning,
/// because the sources disagree or only a community source states the rule: `None` for a
/// code that is a warning by default, or that no declaration lowers.
#[must_use]
pub fn warning_instead(code: Code) -> Option<usize> {
    if code.default_severity() != Severity::Error {
        return None;
    }
    let count = sites(code)
        .iter()
        .filter(|site| site.severity == Severity::Warning)
        .count();
    (count > 0).then_some(count)
}
