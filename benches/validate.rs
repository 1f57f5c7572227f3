//! The validator against the parse floor and the `jsonschema` crate, all in one run.
//!
//! Six payloads (`benches/payloads/`): the seed's example request, a realistic 1 KB
//! `Zoom` request, the same request with 5 faults, the seed's example response, and
//! realistic 1 KB requests of two other store types (`scim` with `OAuth 2 Client
//! Credentials`, `Salesforce`), so that the targets are checked beyond one type. For each:
//!
//! - `parse_floor`: `serde_json::from_slice::<Value>`, what any validator of a `Value`
//!   pays first;
//! - `validate_value`: `validate_value` with `Options::request()` (or `response()`) on a
//!   parsed `Value`;
//! - `jsonschema_is_valid` and `jsonschema_iter_errors`: the `jsonschema` crate, format
//!   validation on, compiled once from `schemas/store-*.schema.json`; `iter_errors`
//!   collects every error;
//! - `validate_str`: `validate_str` with the same options, end to end: the spanned
//!   parse, the walk, line and column.
//!
//! Run with `cargo bench --bench validate` (about six minutes); `benches/ratios.sh`
//! prints the ratios the targets are stated in, from criterion's estimates of the last
//! run.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

use pingone_store::schema::{Draft, request_schema, response_schema};
use pingone_store::{Options, validate_str, validate_value};
use serde_json::Value;

/// One payload of the benchmark.
struct Case {
    /// The benchmark group's name.
    name: &'static str,
    /// The payload's text.
    text: &'static str,
    /// Whether it is a response (else a request).
    response: bool,
}

const CASES: [Case; 6] = [
    Case {
        name: "seed_request",
        text: include_str!("payloads/seed-request.json"),
        response: false,
    },
    Case {
        name: "request_1kb",
        text: include_str!("payloads/request-1kb.json"),
        response: false,
    },
    Case {
        name: "request_5_faults",
        text: include_str!("payloads/request-5-faults.json"),
        response: false,
    },
    Case {
        name: "seed_response",
        text: include_str!("payloads/seed-response.json"),
        response: true,
    },
    Case {
        name: "scim_request_1kb",
        text: include_str!("payloads/request-scim-1kb.json"),
        response: false,
    },
    Case {
        name: "salesforce_request_1kb",
        text: include_str!("payloads/request-salesforce-1kb.json"),
        response: false,
    },
];

/// The committed schema file, or the same schema generated from the types when the
/// file is not there (the test suite holds the two equal).
fn schema(file: &str, generate: fn(Draft) -> Value) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).expect("the schema file is JSON"),
        Err(_) => {
            eprintln!(
                "note: {} not found, using the schema generated from the types",
                path.display()
            );
            generate(Draft::Draft2020_12)
        }
    }
}

/// Compiles a schema the way the comparison asks: format validation on.
fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

fn benches(c: &mut Criterion) {
    let request = compile(&schema("store-request.schema.json", request_schema));
    let response = compile(&schema("store-response.schema.json", response_schema));

    for case in &CASES {
        let value: Value = serde_json::from_str(case.text).expect("the payload is JSON");
        let (validator, options) = if case.response {
            (&response, Options::response())
        } else {
            (&request, Options::request())
        };
        // The two validators must agree on the verdict, or the comparison is moot.
        assert_eq!(
            validator.is_valid(&value),
            validate_value(&value, options).is_valid(),
            "{}: jsonschema and pingone-store disagree",
            case.name
        );

        let mut group = c.benchmark_group(case.name);
        group.throughput(criterion::Throughput::Bytes(case.text.len() as u64));
        group.bench_function("parse_floor", |b| {
            b.iter(|| serde_json::from_slice::<Value>(black_box(case.text.as_bytes())));
        });
        group.bench_function("validate_value", |b| {
            b.iter(|| validate_value(black_box(&value), options));
        });
        group.bench_function("jsonschema_is_valid", |b| {
            b.iter(|| validator.is_valid(black_box(&value)));
        });
        group.bench_function("jsonschema_iter_errors", |b| {
            b.iter(|| validator.iter_errors(black_box(&value)).collect::<Vec<_>>());
        });
        group.bench_function("validate_str", |b| {
            b.iter(|| validate_str(black_box(case.text), options));
        });
        group.finish();
    }
}

criterion_group! {
    name = validate;
    // Ten seconds a benchmark, not criterion's usual few: the shared 2-core machine
    // these targets were measured on runs at two speeds about 1.6x apart, in phases of
    // one to a few seconds (criterion's samples show them). A 3-second window can fall
    // in one phase and its partner in the other, which read one ratio anywhere from
    // 0.8x to 1.7x; 10-second windows span several phases each.
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(10));
    targets = benches
}
criterion_main!(validate);
