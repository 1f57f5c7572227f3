//! Whether a JSON file is a PingOne payload at all: what a directory walk uses to leave
//! out the other JSON files of a repository (`package.json`, `tsconfig.json`, editor
//! settings, JSON Schemas, lock files).
//!
//! The members that identify a payload are read from the declarations, not listed by
//! hand: a member whose object the declaration chooses by a sibling (the store's
//! `configuration`), the sibling that chooses it when its value names one of its cases
//! or comes close (`type`: `Zoom`, `zoom`, `Zooom`), and a member whose value is an
//! object of its own declaration (`image`, `syncStatus`, `_links`) when it is one. The
//! other payload kinds (plans, rules, mappings, lists, a setup file) are what shape
//! detection ([`super::kind`]) finds: any object it does not take for a store's
//! fallback, and any it finds ambiguous, is a payload.

use crate::model::decl::{ObjectDecl, ValueRule};
use crate::model::declarations::STORE;
use crate::source::parser::{self, Node, Value};

/// The root declarations of the payload kinds.
const PAYLOADS: &[&ObjectDecl] = &[&STORE];

/// Whether `text` parses as JSON and is recognisably something other than a PingOne
/// payload or a Postman collection: no object at its root (or, for a root array, in
/// it) has a member that a payload kind declares as identifying. Text that does not
/// parse is not (when in doubt, it is linted).
#[must_use]
pub fn is_foreign_json(text: &str) -> bool {
    if crate::postman::is_collection(text) {
        return false;
    }
    let Ok(parsed) = parser::parse(text) else {
        return false;
    };
    match &parsed.root.value {
        Value::Object(_) => !identified(&parsed.root),
        Value::Array(items) => !items.iter().any(identified),
        _ => true,
    }
}

/// Whether the object `node` has a member that identifies a store, or its shape makes
/// it another payload kind (or more than one).
fn identified(node: &Node<'_>) -> bool {
    let Value::Object(members) = &node.value else {
        return false;
    };
    members.iter().any(|member| {
        PAYLOADS
            .iter()
            .any(|decl| identifies(decl, &member.key, &member.value))
    }) || !matches!(
        super::kind::detect(node),
        super::kind::Detection::Kind(super::kind::ObjectKind::Store)
    )
}

/// Whether member `key` with `value` marks an object as one of `decl`.
fn identifies(decl: &ObjectDecl, key: &str, value: &Node<'_>) -> bool {
    decl.keys
        .iter()
        .filter(|declared| declared.name == key)
        .any(|declared| match declared.value {
            ValueRule::SelectedBy(_) => true,
            ValueRule::Object(_) | ValueRule::MapOf(_) => matches!(value.value, Value::Object(_)),
            _ => match &value.value {
                Value::String(text) => decl.keys.iter().any(|other| match other.value {
                    ValueRule::SelectedBy(selection) if selection.by == key => {
                        selection.cases.iter().any(|(case, _)| close(text, case))
                    }
                    _ => false,
                }),
                _ => false,
            },
        })
}

/// Whether `text` is `name` up to case and a typo or two (one for short names).
fn close(text: &str, name: &str) -> bool {
    let (text, name) = (text.to_lowercase(), name.to_lowercase());
    let allowed = if name.chars().count() >= 5 { 2 } else { 1 };
    strsim::damerau_levenshtein(&text, &name) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_json_files_are_foreign() {
        for foreign in [
            r#"{"name": "app", "version": "1.0.0", "description": "x", "type": "module"}"#,
            r#"{"compilerOptions": {"strict": true}, "include": ["src"]}"#,
            r#"{"editor.tabSize": 2}"#,
            r#"{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"name": {"type": "string"}}}"#,
            r#"["a", "b"]"#,
            "42",
        ] {
            assert!(is_foreign_json(foreign), "{foreign}");
        }
    }

    #[test]
    fn payloads_broken_or_not_are_not() {
        for payload in [
            r#"{"type": "Zoom"}"#,
            r#"{"type": "Zooom", "name": "x"}"#,
            r#"{"type": "SCIM"}"#,
            r#"{"name": "x", "configuration": {}}"#,
            r#"{"name": "x", "syncStatus": {}}"#,
            r#"[{"name": "x", "configuration": {}}]"#,
            r#"{"name": "x", "type": "Zoom""#,
            r#"{"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []}"#,
        ] {
            assert!(!is_foreign_json(payload), "{payload}");
        }
    }
}
