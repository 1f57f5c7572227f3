//! Postman variables (`{{name}}`) as newman resolves them: an environment export over
//! the folders' and the collection's `variable[]`, substituted into a body in one pass.

use std::collections::HashMap;
use std::ops::Range;

use super::offsets::OffsetMap;
use crate::model::formats::{JsonTemplate, json_templates};

/// Variable values by name, from one source (an environment export, a collection's or
/// a folder's `variable[]`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Variables {
    values: HashMap<String, String>,
}

impl Variables {
    /// No variables.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name` to `value` (a later value of the same name wins, as in Postman).
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.values.insert(name.into(), value.into());
    }

    /// The value of `name`, if set.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Whether no variable is set.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The variables of a Postman environment export (`{"name", "values": [{"key",
    /// "value", "enabled"}], "_postman_variable_scope": "environment"}`): every entry
    /// whose `enabled` is not `false`. Numbers and booleans are taken as their JSON text.
    ///
    /// # Errors
    /// A message (lower case, no trailing period) when `text` is not JSON or has no
    /// `values` array of objects with a string `key`.
    pub fn from_environment(text: &str) -> Result<Self, String> {
        let root: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|error| format!("not JSON: {error}"))?;
        let Some(values) = root.get("values").and_then(serde_json::Value::as_array) else {
            return Err(
                "not a Postman environment export: it has no `values` array of `{key, value, enabled}`"
                    .to_owned(),
            );
        };
        let mut variables = Self::new();
        for (index, entry) in values.iter().enumerate() {
            let Some(key) = entry.get("key").and_then(serde_json::Value::as_str) else {
                return Err(format!("`values[{index}]` has no string `key`"));
            };
            if entry.get("enabled") == Some(&serde_json::Value::Bool(false)) {
                continue;
            }
            if let Some(value) = entry.get("value").and_then(value_text) {
                variables.insert(key, value);
            }
        }
        Ok(variables)
    }
}

/// The text a variable's JSON value stands for: a string as is, a number or boolean as
/// its JSON text; `None` for `null`, arrays and objects (not a value Postman substitutes).
pub(super) fn value_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Number(number) => Some(number.to_string()),
        serde_json::Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Where variables are looked up, narrowest first: the environment, then the folders
/// from the innermost out, then the collection.
pub(super) struct Scopes<'a> {
    /// The environment export given with `-e`.
    pub(super) environment: &'a Variables,
    /// The `variable[]` of the collection, then of each enclosing folder, outermost first.
    pub(super) chain: Vec<Variables>,
}

impl Scopes<'_> {
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.environment
            .get(name)
            .or_else(|| self.chain.iter().rev().find_map(|scope| scope.get(name)))
    }
}

/// A body with its variables substituted.
pub(super) struct Substituted {
    /// The text to check.
    pub(super) text: String,
    /// From offsets of `text` to offsets of the body as written.
    pub(super) map: OffsetMap,
    /// Each substituted value, and where it stands in `text`.
    pub(super) values: Vec<(Range<usize>, String)>,
    /// Each variable without a value that stood unquoted as a whole value
    /// (`"active": {{isActive}}`): where its quoted stand-in stands in `text`.
    pub(super) bare: Vec<Range<usize>>,
}

/// `body` with each `{{name}}` that has a value replaced by it: inside a JSON string
/// JSON-escaped, outside one as its text. A variable without a value stays as it is
/// inside a string; outside one it becomes the string `"{{name}}"`, so that the body
/// still parses and the variable is a `placeholder`. One pass: a value holding
/// `{{other}}` is not expanded again.
pub(super) fn substitute(body: &str, scopes: &Scopes<'_>) -> Substituted {
    substitute_with(body, |name| {
        scopes.get(name).map_or(Fill::Keep, Fill::Value)
    })
}

/// `body` as the checks across a collection's bodies read it: a variable in `kept`
/// (a name a create request's test script binds) stays `{{name}}`, so that a reference
/// to it resolves to the item that binds it; another takes its value in `values`, and
/// one without a value becomes empty, a reference to an object outside the collection
/// (silent, as the setup is not complete).
pub(super) fn substitute_for_setup(
    body: &str,
    values: &Variables,
    kept: &std::collections::HashSet<&str>,
) -> Substituted {
    substitute_with(body, |name| {
        if kept.contains(name) {
            Fill::Keep
        } else {
            values.get(name).map_or(Fill::Empty, Fill::Value)
        }
    })
}

/// The values `scopes` give the variables of `body` (those without one left out): what
/// [`substitute_for_setup`] needs of the scopes, kept until the whole collection is read.
pub(super) fn values_in(body: &str, scopes: &Scopes<'_>) -> Variables {
    let mut values = Variables::new();
    for template in json_templates(body) {
        if let Some(value) = scopes.get(template.name) {
            values.insert(template.name, value);
        }
    }
    values
}

/// What a variable becomes in a substituted body.
enum Fill<'v> {
    /// This value.
    Value(&'v str),
    /// The variable as written (quoted outside a string).
    Keep,
    /// Nothing (an empty string outside a string).
    Empty,
}

fn substitute_with<'v>(body: &str, fill: impl Fn(&str) -> Fill<'v>) -> Substituted {
    let mut out = Substituted {
        text: String::with_capacity(body.len()),
        map: OffsetMap::default(),
        values: Vec::new(),
        bare: Vec::new(),
    };
    let mut copied = 0;
    for JsonTemplate {
        range,
        name,
        in_string,
    } in json_templates(body)
    {
        flush(body, &mut out, copied, range.start);
        let start = out.text.len();
        let written = &body[range.clone()];
        match fill(name) {
            Fill::Value(value) => {
                if in_string {
                    let quoted = serde_json::to_string(value).unwrap_or_default();
                    out.text.push_str(&quoted[1..quoted.len() - 1]);
                } else {
                    out.text.push_str(value);
                }
                out.values.push((start..out.text.len(), value.to_owned()));
            }
            Fill::Keep if in_string => out.text.push_str(written),
            Fill::Keep => {
                out.text.push('"');
                out.text.push_str(written);
                out.text.push('"');
                out.bare.push(start..out.text.len());
            }
            Fill::Empty if in_string => {}
            Fill::Empty => out.text.push_str("\"\""),
        }
        out.map.atomic(start, range.clone());
        copied = range.end;
    }
    flush(body, &mut out, copied, body.len());
    out.map.finish(out.text.len(), body.len());
    out
}

fn flush(body: &str, out: &mut Substituted, from: usize, to: usize) {
    if from < to {
        out.map.copied(out.text.len(), from);
        out.text.push_str(&body[from..to]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scopes(environment: &Variables) -> Scopes<'_> {
        let mut collection = Variables::new();
        collection.insert("host", "collection.example");
        collection.insert("name", "from the collection");
        Scopes {
            environment,
            chain: vec![collection],
        }
    }

    #[test]
    fn values_are_escaped_in_strings_and_bare_outside() {
        let mut environment = Variables::new();
        environment.insert("name", "a \"quoted\" name");
        environment.insert("on", "true");
        let body = r#"{"name": "{{name}}", "url": "https://{{ host }}/x", "active": {{on}}, "id": {{missing}}, "t": "{{$guid}}"}"#;
        let done = substitute(body, &scopes(&environment));
        assert_eq!(
            done.text,
            r#"{"name": "a \"quoted\" name", "url": "https://collection.example/x", "active": true, "id": "{{missing}}", "t": "{{$guid}}"}"#
        );
        assert_eq!(done.values.len(), 3);
        assert_eq!(done.bare.len(), 1);
        assert_eq!(&done.text[done.bare[0].clone()], "\"{{missing}}\"");
        // Every offset of a substituted value maps to its variable in the body.
        let true_at = done.text.find("true").unwrap();
        assert_eq!(done.map.start(true_at + 2), body.find("{{on}}").unwrap());
        assert_eq!(
            done.map.end(true_at + 4),
            body.find("{{on}}").unwrap() + "{{on}}".len()
        );
        let after = done.text.find(", \"t\"").unwrap();
        assert_eq!(done.map.start(after), body.find(", \"t\"").unwrap());
    }

    #[test]
    fn environment_exports_keep_enabled_values() {
        let variables = Variables::from_environment(
            r#"{"name": "e", "values": [{"key": "a", "value": "1", "enabled": true},
                {"key": "b", "value": "2", "enabled": false}, {"key": "c", "value": 3},
                {"key": "d", "value": true, "type": "secret"}]}"#,
        )
        .expect("an export");
        assert_eq!(variables.get("a"), Some("1"));
        assert_eq!(variables.get("b"), None);
        assert_eq!(variables.get("c"), Some("3"));
        assert_eq!(variables.get("d"), Some("true"));
        assert!(Variables::from_environment("{\"item\": []}").is_err());
        assert!(Variables::from_environment("{").is_err());
    }
}
