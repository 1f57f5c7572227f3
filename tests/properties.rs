//! Properties of the validator against the typed model (serde plus `validator`), which
//! states the same rules independently.

#[path = "common/strategy.rs"]
mod strategy;

use pingone_store::report::render::{Format, LintedFile, MaskedFile, RenderOptions, render};
use pingone_store::{
    JsonPointer, Options, PayloadKind, Report, StoreRequest, source_text, validate_bytes,
    validate_str, validate_value,
};
use proptest::prelude::*;
use serde_json::Value;
use strategy::{Mutation, REQUEST_TARGETS, any_json, apply, mutation, store_request};
use validator::Validate;

/// The typed path's verdict: serde deserialization into the request type, then its
/// `validator` checks.
fn typed_accepts(value: &Value) -> bool {
    serde_json::from_value::<StoreRequest>(value.clone())
        .is_ok_and(|request| request.validate().is_ok())
}

fn json_kind(value: &Value) -> u8 {
    match value {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

/// Every diagnostic without its position, sorted: what was found, not where.
fn findings(report: &Report) -> Vec<String> {
    let mut found: Vec<String> = report
        .iter()
        .map(|d| format!("{}[{}] {}: {}", d.severity, d.code, d.pointer, d.message))
        .collect();
    found.sort();
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// (a) Every request the model can hold serializes to JSON that validates with no
    /// error and deserializes back to an equal value.
    #[test]
    fn typed_requests_are_valid_and_round_trip(request in store_request()) {
        let json = serde_json::to_value(&request).expect("a request serializes");
        let report = validate_value(&json, Options::request());
        prop_assert!(report.is_valid(), "{json:#}\n{report}");
        let text = serde_json::to_string_pretty(&request).expect("a request serializes");
        let report = validate_str(&text, Options::request());
        prop_assert!(report.is_valid(), "{text}\n{report}");
        let back: StoreRequest = serde_json::from_value(json).expect("it deserializes back");
        prop_assert_eq!(back, request);
    }

    /// (b) On random mutations of valid payloads the validator reports an error exactly
    /// when the typed path refuses the payload, and the error names the mutated place.
    #[test]
    fn validator_agrees_with_the_typed_path(request in store_request(), (target, change) in mutation(REQUEST_TARGETS)) {
        let mut json = serde_json::to_value(&request).expect("a request serializes");
        let before = json.clone();
        let touched = apply(&mut json, target, &change);

        let report = validate_value(&json, Options::request());
        prop_assert_eq!(report.is_valid(), typed_accepts(&json), "{:#}\n{}", json, report);

        let (Some(touched), false) = (touched, report.is_valid()) else { return Ok(()) };
        let touched = JsonPointer::parse(&touched).expect("a pointer");
        let parent = touched.parent().unwrap_or_default();
        prop_assert!(
            report.errors().any(|d| d.pointer.starts_with(&parent)),
            "no error under `{}` after {:?}:\n{}", parent, change, report
        );
        // A member whose JSON type changed, or an unknown member, is named exactly.
        let retyped = match &change {
            Mutation::Replace(_, value) => before.pointer(&touched.to_string()).is_some_and(|old| json_kind(old) != json_kind(value)),
            _ => false,
        };
        if retyped {
            prop_assert!(
                report.errors().any(|d| d.pointer == touched),
                "no error at `{}` after {:?}:\n{}", touched, change, report
            );
        }
    }

    /// The text entry point finds exactly what the `Value` entry point finds (text adds
    /// only positions), on valid and mutated payloads alike.
    #[test]
    fn text_and_value_entry_points_agree(json in strategy::request_payload()) {
        let text = serde_json::to_string_pretty(&json).expect("JSON");
        prop_assert_eq!(findings(&validate_str(&text, Options::request())), findings(&validate_value(&json, Options::request())));
    }

    /// (c) The validator never panics on arbitrary JSON values.
    #[test]
    fn never_panics_on_json_values(value in any_json()) {
        let _ = validate_value(&value, Options::request());
        let _ = validate_value(&value, Options::response());
    }

    /// (c) The text entry points never panic on arbitrary strings.
    #[test]
    fn never_panics_on_strings(text in "\\PC{0,200}") {
        let _ = validate_str(&text, Options::request());
        let _ = validate_str(&text, Options::response());
    }

    /// (c) Nor on arbitrary bytes, through the per-file path; every finding has a place.
    #[test]
    fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for kind in [PayloadKind::Request, PayloadKind::Response] {
            let report = validate_bytes(&bytes, Options::new(kind));
            prop_assert!(report.iter().all(|d| d.location.is_some()), "{report}");
        }
    }

    /// (c) Nor does the rest of the linter's per-file path: every output format renders
    /// the report of arbitrary bytes, source lines and secret masking included.
    #[test]
    fn every_format_renders_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let file = MaskedFile::new(LintedFile::new("any.json".to_owned(), source_text(&bytes).into_owned(), validate_bytes(&bytes, Options::new(PayloadKind::Request))));
        for &format in Format::ALL {
            let output = render(format, std::slice::from_ref(&file), RenderOptions::colour(false));
            prop_assert!(file.report.is_empty() || !output.is_empty(), "{format:?} rendered nothing");
        }
    }

    /// (d) Nor does a Postman collection whose bodies are any text (escapes, braces,
    /// variables with and without values, bare or quoted, any characters): every body is
    /// checked, every finding is placed on a line of the file, and every format renders.
    #[test]
    fn any_collection_body_is_checked_and_rendered(
        bodies in proptest::collection::vec(
            "([{}\\[\\]\":, \n\t\\\\a-z0-9é😀]|\\{\\{ ?[a-c] ?\\}\\}|\"status\": |\\{\\{\\$guid\\}\\})*",
            1..4,
        ),
        values in proptest::collection::vec("[a-z\"\\\\{}\n😀]{0,6}", 2),
    ) {
        use pingone_store::postman::{Variables, lint_collection};
        use pingone_store::report::render::CollectionItem;
        let items: Vec<Value> = bodies
            .iter()
            .map(|body| {
                serde_json::json!({
                    "name": "i",
                    "request": {
                        "method": "POST",
                        "url": "{{api}}/environments/{{env}}/propagation/stores",
                        "body": {"mode": "raw", "raw": format!("{{{body}")}
                    },
                    "response": [{"code": 201, "body": format!("[{body}")}]
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&serde_json::json!({
            "info": {"name": "c"},
            "item": [{"name": "f", "item": items}],
            "variable": [{"key": "a", "value": values[0]}]
        }))
        .expect("JSON");
        let mut environment = Variables::new();
        environment.insert("b", values[1].clone());
        let found = lint_collection(&text, &environment, Options::new(PayloadKind::Request))
            .expect("a collection");
        prop_assert_eq!(found.payloads.len(), 2 * bodies.len());
        let lines = text.lines().count();
        let files: Vec<MaskedFile> = found
            .payloads
            .into_iter()
            .map(|payload| {
                for diagnostic in payload.report.iter() {
                    let at = diagnostic.location.expect("every finding is placed");
                    assert!(at.line >= 1 && at.line <= lines, "{diagnostic} of {text}");
                }
                let item = CollectionItem::new(payload.item, payload.ends);
                MaskedFile::new(LintedFile::new("c.json".to_owned(), payload.body, payload.report).with_item(item))
            })
            .collect();
        for &format in Format::ALL {
            let output = render(format, &files, RenderOptions::colour(false));
            prop_assert!(!output.is_empty(), "{:?} rendered nothing", format);
        }
    }

    /// A report capped by `max_findings` tells about every finding all the same: the
    /// counts and the validity of the uncapped report, at most the cap listed (each one
    /// of the uncapped report's), the rest counted as omitted.
    #[test]
    fn a_capped_report_counts_every_finding(
        request in store_request(),
        at in any::<usize>(),
        byte in any::<u8>(),
        cap in 1usize..4,
        response in any::<bool>(),
        deny in any::<bool>(),
    ) {
        let mut bytes = serde_json::to_vec(&request).expect("a request serializes");
        let at = at % bytes.len();
        bytes[at] = byte;
        // Unknown members and a duplicate key, so that there is something to cap.
        bytes.splice(1..1, br#""x": 1, "y": 2, "x": 3, "#.iter().copied());
        let kind = if response { PayloadKind::Response } else { PayloadKind::Request };
        let options = Options::new(kind).deny_warnings(deny);
        let all = validate_bytes(&bytes, options);
        let capped = validate_bytes(&bytes, options.max_findings(cap));
        prop_assert_eq!(capped.error_count(), all.error_count());
        prop_assert_eq!(capped.warning_count(), all.warning_count());
        prop_assert_eq!(capped.is_valid(), all.is_valid());
        prop_assert!(capped.len() <= cap);
        prop_assert_eq!(capped.len() + capped.omitted(), all.len());
        for diagnostic in &capped {
            prop_assert!(all.diagnostics().contains(diagnostic), "{diagnostic}");
        }
    }

    /// (c) Nor on damaged JSON text: a valid payload with a slice cut out or a byte
    /// overwritten, which reaches deeper than random strings do.
    #[test]
    fn never_panics_on_damaged_payloads(request in store_request(), at in any::<usize>(), len in 0usize..8, byte in any::<u8>()) {
        let mut bytes = serde_json::to_vec_pretty(&request).expect("a request serializes");
        let at = at % bytes.len();
        if len % 2 == 0 {
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        } else {
            bytes[at] = byte;
        }
        let report = validate_bytes(&bytes, Options::new(PayloadKind::Request));
        prop_assert!(report.iter().all(|d| d.location.is_some()), "{report}");
    }
}

/// The root declaration of each payload kind beside the store, with its kind.
fn other_kinds() -> impl Strategy<Value = (pingone_store::validate::ObjectKind, Value)> {
    use pingone_store::model::declarations::{LDAP_GATEWAY_METADATA, MAPPING, PLAN, RULE, SETUP};
    use pingone_store::validate::ObjectKind;
    prop_oneof![
        strategy::declared_object(&PLAN).prop_map(|v| (ObjectKind::Plan, v)),
        strategy::declared_object(&RULE).prop_map(|v| (ObjectKind::Rule, v)),
        strategy::declared_object(&MAPPING).prop_map(|v| (ObjectKind::Mapping, v)),
        strategy::declared_object(&LDAP_GATEWAY_METADATA)
            .prop_map(|v| (ObjectKind::Metadata("LdapGateway"), v)),
        strategy::declared_object(&SETUP).prop_map(|v| (ObjectKind::Setup, v)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every object the declarations of the other kinds describe as valid validates
    /// with no error, as a value and as text: the generators follow the declarations'
    /// relations (one of `expression` and `sourceAttribute`) as the walker does.
    #[test]
    fn declared_objects_of_every_kind_are_valid((kind, value) in other_kinds()) {
        let options = Options::new(PayloadKind::Request).object(Some(kind));
        let report = pingone_store::validate_value(&value, options);
        prop_assert!(report.is_valid(), "{kind}: {value:#}\n{report}");
        let text = serde_json::to_string_pretty(&value).expect("JSON");
        let report = validate_bytes(text.as_bytes(), options);
        prop_assert!(report.is_valid(), "{kind}: {text}\n{report}");
    }
}
