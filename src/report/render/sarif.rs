//! The `sarif` format: SARIF 2.1.0 with one run, every code a rule.

use serde_json::{Value, json};

use super::{LintedFile, json::to_pretty, location, mask_secrets};
use crate::report::{Code, Severity};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub(super) fn render(files: &[LintedFile]) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "shortDescription": { "text": code.summary() },
                "fullDescription": { "text": code.summary() },
                "help": { "text": code.summary() },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in files {
        for diagnostic in &file.report {
            let at = location(diagnostic);
            let rule_index = Code::ALL.iter().position(|code| *code == diagnostic.code);
            results.push(json!({
                "ruleId": diagnostic.code.as_str(),
                "ruleIndex": rule_index,
                "level": level(diagnostic.severity),
                "message": { "text": mask_secrets(&diagnostic.message) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri_reference(&file.path) },
                        "region": { "startLine": at.line, "startColumn": at.column },
                    },
                }],
                "properties": { "pointer": diagnostic.pointer.to_string() },
            }));
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "pingone-store",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    to_pretty(&log)
}

const fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The path as a relative URI reference: `/`-separated, every byte other than an
/// unreserved character or `/` percent-encoded (`<stdin>` becomes `%3Cstdin%3E`).
fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte))
            }
            b'\\' => uri.push('/'),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("a dir/x.json"), "a%20dir/x.json");
        assert_eq!(uri_reference("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri_reference("é.json"), "%C3%A9.json");
    }
}
