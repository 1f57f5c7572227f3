//! The `pingone` format: for each file, the `400 INVALID_DATA` body PingOne would send
//! for it (`null` for a valid file), so that tools written against PingOne's errors can
//! be tried without calling the API.

use serde::Serialize;

use super::{MaskedFile, json::to_pretty};
use crate::report::{Code, Diagnostic};

/// PingOne's top-level message for `INVALID_DATA`.
const MESSAGE: &str =
    "The request could not be completed. One or more validation errors were in the request.";

#[derive(Serialize)]
struct Output<'a> {
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    /// The request of a collection the body belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    response: Option<Body<'a>>,
}

#[derive(Serialize)]
struct Body<'a> {
    id: String,
    code: &'static str,
    message: &'static str,
    details: Vec<Detail<'a>>,
}

#[derive(Serialize)]
struct Detail<'a> {
    code: &'static str,
    target: String,
    message: String,
    #[serde(rename = "innerError", skip_serializing_if = "Option::is_none")]
    inner_error: Option<InnerError<'a>>,
}

#[derive(Serialize)]
struct InnerError<'a> {
    #[serde(rename = "allowedValues")]
    allowed_values: &'a [&'static str],
}

pub(super) fn render(files: &[MaskedFile]) -> String {
    let files = files
        .iter()
        .map(|file| File {
            path: &file.path,
            item: file.item.as_ref().map(|item| item.path.as_str()),
            response: (!file.report.is_valid()).then(|| Body {
                id: uuid_of(&match &file.item {
                    // Each request of a collection is its own call.
                    Some(item) => format!("{}\0{}", file.path, item.path),
                    None => file.path.clone(),
                }),
                code: "INVALID_DATA",
                message: MESSAGE,
                details: file.report.errors().map(detail).collect(),
            }),
        })
        .collect();
    to_pretty(&Output { files })
}

fn detail(diagnostic: &Diagnostic) -> Detail<'_> {
    let code = match diagnostic.code {
        Code::Required => "REQUIRED_VALUE",
        Code::Empty => "EMPTY_VALUE",
        _ => "INVALID_VALUE",
    };
    let inner_error = (!diagnostic.allowed.is_empty()).then(|| InnerError {
        allowed_values: &diagnostic.allowed,
    });
    Detail {
        code,
        target: diagnostic.pointer.dotted(),
        message: diagnostic.message.clone(),
        inner_error,
    }
}

/// A UUID (version 8, RFC 9562) made from the FNV-1a hashes of the path: the same path
/// gives the same `id` on every run, so output can be compared and snapshotted.
fn uuid_of(path: &str) -> String {
    let high = fnv1a(path.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let low = fnv1a(path.as_bytes(), 0x6c62_272e_07bb_0142);
    let mut bits = (u128::from(high) << 64) | u128::from(low);
    bits = (bits & !(0xF << 76)) | (0x8 << 76); // version 8
    bits = (bits & !(0b11 << 62)) | (0b10 << 62); // RFC 9562 variant
    let hex = format!("{bits:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// FNV-1a 64 of `bytes`, from `basis` (the offset basis, or a hash to go on from).
pub(super) fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    bytes.iter().fold(basis, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuid_v8() {
        let id = uuid_of("examples/payloads/a.json");
        assert_eq!(id, uuid_of("examples/payloads/a.json"));
        assert_ne!(id, uuid_of("examples/payloads/b.json"));
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "8");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"));
    }
}
