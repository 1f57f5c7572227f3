//! The allow-list's promise: a marker planted in a value the declarations do not show
//! reaches no output format and no `Report` form, whatever text surrounds it.
//!
//! The input is three choice bytes (the key, the value's shape, the encoding), then a
//! prefix, a `0xFF` byte and a suffix: the text linted is the prefix, the member
//! `"KEY": VALUE` holding the marker, and the suffix, in UTF-8 or UTF-16 (LE/BE, with
//! or without a byte order mark). Inputs whose prefix or suffix could spell the marker
//! themselves (`MARK`, its digits, a `\u` escape) are skipped.

#![no_main]

#[path = "../../tests/common/utf16.rs"]
mod utf16;

use libfuzzer_sys::fuzz_target;
use pingone_store::report::render::{Format, LintedFile, MaskedFile, RenderOptions, render};
use pingone_store::{Options, PayloadKind, source_text, validate_bytes};

const MARKER: &str = "zzMARKzz";
const DIGITS: &str = "98765432123";

/// Keys whose values output may not show: secrets, look-alikes, free text, identifiers
/// of free form, names no declaration has.
const KEYS: [&str; 16] = [
    "OAUTH_CLIENT_SECRET",
    "API_KEY",
    "API_SECRET",
    "password",
    "ClientSecret",
    "apiKey",
    "OAUTH_CLIENT_\\u0053ECRET",
    "description",
    "details",
    "OAUTH_CLIENT_ID",
    "BASIC_AUTH_USER",
    "Authorization",
    "pwd",
    "paßword",
    "zqextra",
    "",
];

fn value(shape: u8) -> String {
    match shape % 10 {
        0 => format!("\"{MARKER}\""),
        1 => DIGITS.to_owned(),
        2 => format!("[\"{MARKER}\", {DIGITS}]"),
        3 => format!("{{\"k\": \"{MARKER}\"}}"),
        4 => format!("{{\"{MARKER}\": 1, \"{MARKER}\": 2}}"),
        5 => format!("\"x\r{MARKER}\""),
        6 => MARKER.to_owned(),
        7 => format!("\"{MARKER}\\\""),
        8 => format!("'{MARKER}'"),
        _ => format!("\"\"{MARKER}\""),
    }
}

fn encode(text: &str, encoding: u8) -> Vec<u8> {
    let encoding = encoding % 6;
    if encoding < 2 {
        return text.as_bytes().to_vec();
    }
    utf16::utf16(text, encoding % 2 == 0, encoding >= 4)
}

fuzz_target!(|data: &[u8]| {
    let [key, shape, encoding, rest @ ..] = data else {
        return;
    };
    let (prefix, suffix) = match rest.iter().position(|&b| b == 0xFF) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, &[][..]),
    };
    let (prefix, suffix) = (
        String::from_utf8_lossy(prefix),
        String::from_utf8_lossy(suffix),
    );
    for part in [&prefix, &suffix] {
        if part.contains("MARK") || part.contains("987654321") || part.contains("\\u") {
            return;
        }
    }
    let key = KEYS[usize::from(*key) % KEYS.len()];
    let text = format!("{prefix}\"{key}\": {}{suffix}", value(*shape));
    let bytes = encode(&text, *encoding);
    for kind in [PayloadKind::Request, PayloadKind::Response] {
        let report = validate_bytes(&bytes, Options::new(kind));
        for form in [report.to_string(), format!("{report:?}")] {
            assert!(
                !form.contains(MARKER) && !form.contains(DIGITS),
                "the report shows the marker of {text:?}: {form}"
            );
        }
        let file = MaskedFile::new(LintedFile::new(
            "fuzz.json".to_owned(),
            source_text(&bytes).into_owned(),
            report,
        ));
        for format in Format::ALL.iter().copied() {
            let output = render(
                format,
                std::slice::from_ref(&file),
                RenderOptions::colour(false),
            );
            assert!(
                !output.contains(MARKER) && !output.contains(DIGITS),
                "{format} shows the marker of {text:?}:\n{output}"
            );
        }
    }
});
