//! Starting payloads for editors (VS Code's `defaultSnippets`), built from the
//! declarations: one per modelled store type and value of its switch.

use serde_json::{Map, Value, json};

use crate::model::decl::{Case, KeyDecl, Need, ObjectDecl, Text, ValueRule};
use crate::model::declarations::CONFIGURATIONS;

/// A `defaultSnippets` array: a complete, valid starting request for each store type and
/// authentication method, with tab stops on the values to fill in.
pub(super) fn starting_payloads() -> Value {
    let mut snippets = Vec::new();
    for (store_type, decl) in CONFIGURATIONS.cases {
        let cases: Vec<Option<&Case>> = match decl.switch {
            Some(switch) => switch
                .cases
                .iter()
                .filter(|case| case.deprecated.is_none())
                .map(Some)
                .collect(),
            None => vec![None],
        };
        for case in cases {
            let mut stop = 1;
            let configuration = configuration(decl, case, &mut stop);
            let label = match case {
                Some(case) => format!("{store_type} store ({})", case.value),
                None => format!("{store_type} store"),
            };
            snippets.push(json!({
                "label": label,
                "description": format!("A request that creates a `{store_type}` store"),
                "body": {
                    "name": format!("${{{stop}:{store_type} provisioning}}"),
                    "type": store_type,
                    "configuration": configuration
                }
            }));
        }
    }
    Value::Array(snippets)
}

fn configuration(decl: &ObjectDecl, case: Option<&Case>, stop: &mut usize) -> Value {
    let mut body = Map::new();
    for key in decl.keys {
        let by_case = case.is_some_and(|c| c.requires.iter().any(|r| r.key == key.name));
        let is_switch = decl.switch.is_some_and(|s| s.key == key.name);
        if is_switch {
            if let Some(case) = case {
                body.insert(key.name.into(), case.value.into());
            }
            continue;
        }
        if key.need == Need::Required || by_case {
            body.insert(key.name.into(), placeholder(key, stop));
        }
    }
    Value::Object(body)
}

fn placeholder(key: &KeyDecl, stop: &mut usize) -> Value {
    let at = *stop;
    *stop += 1;
    match key.value {
        ValueRule::Text(Text::Url | Text::HttpsUrl(_)) => format!("${{{at}:https://}}").into(),
        ValueRule::Bool(_) => format!("^${{{at}:true}}").into(),
        ValueRule::Choice(choice) => {
            let first = choice.names().next().unwrap_or_default();
            format!("${{{at}:{first}}}").into()
        }
        _ => format!("${{{at}:{}}}", key.name.to_lowercase()).into(),
    }
}
