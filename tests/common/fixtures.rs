//! What a fixture's name says about its payload, for the test files that walk
//! `tests/fixtures/`.
//!
//! Use it from a test file with `#[path = "common/fixtures.rs"] mod fixtures;`.

use pingone_store::PayloadKind;
use pingone_store::validate::ObjectKind;

/// The payload kind and flavour a fixture's name gives (`*.rule.json`, `*.response.*`; a
/// store when the name names no kind); `None` for a `*.shape.json` fixture, whose shape
/// decides, and for a name that names a metadata type that is not a store type.
pub fn fixture_kind(name: &str) -> Option<(ObjectKind, PayloadKind)> {
    if name.ends_with(".shape.json") {
        return None;
    }
    let flavour = if name.contains(".response.") {
        PayloadKind::Response
    } else {
        PayloadKind::Request
    };
    let kind = match ObjectKind::from_file_name(name) {
        None => ObjectKind::Store,
        Some(kind) => kind.ok()?,
    };
    Some((kind, flavour))
}
