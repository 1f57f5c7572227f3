//! A plain loop over one entry point, for `valgrind` (callgrind's instruction counts,
//! dhat's allocation counts), where criterion's own work would blur the figures.
//!
//! ```sh
//! cargo bench --bench profile --no-run          # build; the binary is in target/release/deps
//! valgrind --tool=callgrind target/release/deps/profile-HASH str request_1kb 1000
//! valgrind --tool=dhat      target/release/deps/profile-HASH value request_1kb 1000
//! ```
//!
//! Arguments: the entry point (`none`, `parse`, `value`, `str`, `is_valid`,
//! `iter_errors`), the payload (`seed_request`, `request_1kb`, `request_5_faults`,
//! `seed_response`, `scim_request_1kb`, `salesforce_request_1kb`, or the path of a
//! request file) and the number of calls. `none` does the set-up only: subtract its
//! figures to get the cost of the calls. `benches/profile.sh` runs the whole table.

use std::hint::black_box;
use std::path::Path;

use pingone_store::schema::{Draft, request_schema, response_schema};
use pingone_store::{Options, validate_str, validate_value};
use serde_json::Value;

fn main() {
    // `cargo bench` adds `--bench`; keep only the positional arguments.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    let [entry, payload, calls] = args.as_slice() else {
        eprintln!("usage: profile ENTRY PAYLOAD CALLS (see the source's header)");
        return;
    };
    let calls: usize = calls.parse().expect("CALLS is a number");
    let (text, response) = match payload.as_str() {
        "seed_request" => (include_str!("payloads/seed-request.json"), false),
        "request_1kb" => (include_str!("payloads/request-1kb.json"), false),
        "request_5_faults" => (include_str!("payloads/request-5-faults.json"), false),
        "seed_response" => (include_str!("payloads/seed-response.json"), true),
        "scim_request_1kb" => (include_str!("payloads/request-scim-1kb.json"), false),
        "salesforce_request_1kb" => (include_str!("payloads/request-salesforce-1kb.json"), false),
        // Any other payload, as a request: a file, read once and kept for the run.
        path => match std::fs::read_to_string(path) {
            Ok(text) => (&*text.leak(), false),
            Err(error) => panic!("unknown payload {path}: {error}"),
        },
    };
    let value: Value = serde_json::from_str(text).expect("the payload is JSON");
    let validator = matches!(entry.as_str(), "is_valid" | "iter_errors").then(|| {
        let (file, generate): (_, fn(Draft) -> Value) = if response {
            ("store-response.schema.json", response_schema)
        } else {
            ("store-request.schema.json", request_schema)
        };
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schemas")
            .join(file);
        let schema = std::fs::read(path).map_or_else(
            |_| generate(Draft::Draft2020_12),
            |bytes| serde_json::from_slice(&bytes).expect("the schema file is JSON"),
        );
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the schema compiles")
    });
    let mut findings = 0usize;
    for _ in 0..calls {
        findings += match entry.as_str() {
            "none" => 0,
            "parse" => {
                usize::from(serde_json::from_slice::<Value>(black_box(text.as_bytes())).is_ok())
            }
            "value" if response => validate_value(black_box(&value), Options::response()).len(),
            "value" => validate_value(black_box(&value), Options::request()).len(),
            "str" if response => validate_str(black_box(text), Options::response()).len(),
            "str" => validate_str(black_box(text), Options::request()).len(),
            "is_valid" => usize::from(
                validator
                    .as_ref()
                    .is_some_and(|v| v.is_valid(black_box(&value))),
            ),
            "iter_errors" => validator
                .as_ref()
                .map_or(0, |v| v.iter_errors(black_box(&value)).count()),
            other => panic!("unknown entry point {other}"),
        };
    }
    println!("{entry} {payload} x{calls}: {findings} findings in all");
}
