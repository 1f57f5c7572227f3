//! Properties of the validator against the typed model (serde plus `validator`), which
//! is an independent statement of the same rules.

mod support;

use pingone_store::{
    JsonPointer, Options, PayloadKind, StoreRequest, validate_bytes, validate_request,
    validate_request_str, validate_response, validate_response_str,
};
use proptest::prelude::*;
use serde_json::Value;
use support::payloads::{Mutation, apply, json_value, kind, mutation, places, store_request};
use validator::Validate;

/// The typed path's verdict: serde deserialization into the request type, then its
/// `validator` checks.
fn typed_accepts(value: &Value) -> bool {
    serde_json::from_value::<StoreRequest>(value.clone())
        .is_ok_and(|request| request.validate().is_ok())
}

fn pointer(path: &[String]) -> JsonPointer {
    path.iter()
        .fold(JsonPointer::root(), |p, key| p.key(key.clone()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// (a) Every request the model can hold serializes to JSON that validates with no
    /// error and deserializes back to an equal value.
    #[test]
    fn typed_requests_are_valid_and_round_trip(request in store_request()) {
        let json = serde_json::to_value(&request).expect("a request serializes");
        let report = validate_request(&json);
        prop_assert!(report.is_valid(), "{json:#}\n{report}");
        let text = serde_json::to_string_pretty(&request).expect("a request serializes");
        let report = validate_request_str(&text);
        prop_assert!(report.is_valid(), "{text}\n{report}");
        let back: StoreRequest = serde_json::from_value(json).expect("it deserializes back");
        prop_assert_eq!(back, request);
    }

    /// (b) On random mutations of valid payloads the validator reports an error exactly
    /// when the typed path refuses the payload, and the error names the mutated place.
    #[test]
    fn validator_agrees_with_the_typed_path(request in store_request(), (change, selector) in mutation()) {
        let mut json = serde_json::to_value(&request).expect("a request serializes");
        let adding = matches!(change, Mutation::Add(..));
        let candidates = places(&json, &["configuration", "image"], adding);
        let place = candidates[selector % candidates.len()].clone();
        if let Mutation::Retype(value) = &change {
            let current = place.iter().try_fold(&json, |v, k| v.get(k)).expect("the place exists");
            prop_assume!(kind(current) != kind(value));
        }
        let touched = apply(&mut json, &change, &place);

        let report = validate_request(&json);
        prop_assert_eq!(report.is_valid(), typed_accepts(&json), "{:#}\n{}", json, report);

        if !report.is_valid() {
            let touched = pointer(&touched);
            let parent = touched.parent().unwrap_or_default();
            prop_assert!(
                report.errors().any(|d| d.pointer.starts_with(&parent)),
                "no error under `{}` after {:?}:\n{}", parent, change, report
            );
            let opaque = !matches!(request.store, pingone_store::StoreConfiguration::Zoom(_))
                && touched.to_string().starts_with("/configuration/");
            if matches!(change, Mutation::Retype(_)) && !opaque {
                prop_assert!(
                    report.errors().any(|d| d.pointer == touched),
                    "no error at `{}` after {:?}:\n{}", touched, change, report
                );
            }
        }
    }

    /// The text entry point finds exactly what the `Value` entry point finds (text adds
    /// only positions), on valid and mutated payloads alike.
    #[test]
    fn text_and_value_entry_points_agree(request in store_request(), (change, selector) in mutation()) {
        let mut json = serde_json::to_value(&request).expect("a request serializes");
        let adding = matches!(change, Mutation::Add(..));
        let candidates = places(&json, &["configuration", "image"], adding);
        let place = candidates[selector % candidates.len()].clone();
        apply(&mut json, &change, &place);
        let text = serde_json::to_string_pretty(&json).expect("JSON");
        let found = |report: pingone_store::Report| {
            let mut found: Vec<String> = report
                .iter()
                .map(|d| format!("{}[{}] {}: {}", d.severity, d.code, d.pointer, d.message))
                .collect();
            found.sort();
            found
        };
        prop_assert_eq!(found(validate_request_str(&text)), found(validate_request(&json)));
    }

    /// (c) The validator never panics on arbitrary JSON values.
    #[test]
    fn never_panics_on_json_values(value in json_value()) {
        let _ = validate_request(&value);
        let _ = validate_response(&value);
    }

    /// (c) The text entry points never panic on arbitrary strings.
    #[test]
    fn never_panics_on_strings(text in "\\PC{0,200}") {
        let _ = validate_request_str(&text);
        let _ = validate_response_str(&text);
    }

    /// (c) Nor on arbitrary bytes, through the per-file path.
    #[test]
    fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let report = validate_bytes(&bytes, Options::new(PayloadKind::Request));
        for diagnostic in report.iter() {
            prop_assert!(diagnostic.location.is_some(), "{diagnostic}");
        }
    }

    /// (c) Nor on damaged JSON text: a valid payload with a slice cut out or bytes
    /// overwritten, which reaches deeper than random strings do.
    #[test]
    fn never_panics_on_damaged_payloads(request in store_request(), at in any::<usize>(), len in 0usize..8, byte in any::<u8>()) {
        let mut bytes = serde_json::to_vec_pretty(&request).expect("a request serializes");
        let at = at % bytes.len();
        let end = (at + len).min(bytes.len());
        if len % 2 == 0 {
            bytes.drain(at..end);
        } else {
            bytes[at] = byte;
        }
        let report = validate_bytes(&bytes, Options::new(PayloadKind::Request));
        for diagnostic in report.iter() {
            prop_assert!(diagnostic.location.is_some(), "{diagnostic}");
        }
    }
}
