//! The `sarif` format: SARIF 2.1.0 with one run, every code a rule.

use std::collections::BTreeMap;

use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultColumnKind,
    ResultLevel, Run, Sarif, Tool, ToolComponent, Version,
};

use super::{MaskedFile, json::to_pretty, location};
use crate::report::{Code, Diagnostic, Severity};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub(super) fn render(files: &[MaskedFile]) -> String {
    let rules: Vec<ReportingDescriptor> = Code::ALL.iter().copied().map(rule).collect();
    let results: Vec<SarifResult> = files
        .iter()
        .flat_map(|file| {
            file.report
                .iter()
                .map(move |diagnostic| result(&file.path, diagnostic))
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("pingone-store")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let run = Run::builder()
        .tool(Tool::from(driver))
        // The schema types `columnKind` and `version` as plain JSON values; the
        // crate's enums display as their SARIF spellings.
        .column_kind(ResultColumnKind::UnicodeCodePoints.to_string())
        .results(results)
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA)
        .version(Version::V2_1_0.to_string())
        .runs(vec![run])
        .build();
    to_pretty(&log)
}

/// `code` as a rule: its summary as every description, its default level.
fn rule(code: Code) -> ReportingDescriptor {
    let text = || {
        MultiformatMessageString::builder()
            .text(code.summary())
            .build()
    };
    ReportingDescriptor::builder()
        .id(code.as_str())
        .short_description(text())
        .full_description(text())
        .help(text())
        .default_configuration(
            ReportingConfiguration::builder()
                .level(level(code.default_severity()).to_string())
                .build(),
        )
        .build()
}

/// One finding: rule, level, masked message, where it is and its JSON pointer.
fn result(path: &str, diagnostic: &Diagnostic) -> SarifResult {
    let at = location(diagnostic);
    let region = Region::builder()
        .start_line(int(at.line))
        .start_column(int(at.column))
        .build();
    let physical = PhysicalLocation::builder()
        .artifact_location(ArtifactLocation::builder().uri(uri_reference(path)).build())
        .region(region)
        .build();
    let properties = PropertyBag::builder()
        .additional_properties(BTreeMap::from([(
            "pointer".to_owned(),
            diagnostic.pointer.to_string().into(),
        )]))
        .build();
    let mut result = SarifResult::builder()
        .rule_id(diagnostic.code.as_str())
        .level(level(diagnostic.severity))
        .message(Message::builder().text(diagnostic.message.as_str()).build())
        .locations(vec![
            Location::builder().physical_location(physical).build(),
        ])
        .properties(properties)
        .build();
    // Every code is in `Code::ALL`, so this is always set.
    result.rule_index = Code::ALL
        .iter()
        .position(|code| *code == diagnostic.code)
        .map(int);
    result
}

const fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
    }
}

/// A count as SARIF's integer type; no line, column or index comes near `i64::MAX`.
fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
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
