//! Arbitrary bytes through the text entry points and the linter's per-file path.
//!
//! No input may panic, hang or use unbounded memory; libFuzzer's `-timeout` and
//! `-rss_limit_mb` turn the last two into findings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pingone_store::report::render::{Format, LintedFile, MaskedFile, RenderOptions, render};
use pingone_store::{
    Options, PayloadKind, parse_request, parse_response, source_text, validate_bytes,
    validate_request_str, validate_response_str,
};

fuzz_target!(|data: &[u8]| {
    // The rest of the per-file path: every output format renders the file's report,
    // source lines (with secrets masked) included.
    // Twice: every finding, and at most two (the linter's `--max-findings`).
    let files = [0, 2].map(|cap| {
        MaskedFile::new(LintedFile {
            path: "fuzz.json".to_owned(),
            source: source_text(data).into_owned(),
            report: validate_bytes(data, Options::new(PayloadKind::Request).max_findings(cap)),
            item: None,
        })
    });
    let [all, capped] = &files;
    assert_eq!(capped.report.error_count(), all.report.error_count());
    assert_eq!(capped.report.warning_count(), all.report.warning_count());
    assert_eq!(capped.report.len() + capped.report.omitted(), all.report.len());
    for format in Format::ALL.iter().copied() {
        for colour in [false, true] {
            let _ = render(format, &files, RenderOptions::colour(colour));
        }
    }
    // The per-file path of `pingone-store lint`, for both kinds of payload.
    for kind in [PayloadKind::Request, PayloadKind::Response] {
        let report = validate_bytes(data, Options::new(kind));
        let denied = validate_bytes(data, Options::new(kind).deny_placeholders(true));
        assert_eq!(report.len(), denied.len());
        // Every located diagnostic has a 1-based position.
        for diagnostic in &report {
            if let Some(location) = diagnostic.location {
                assert!(location.line >= 1 && location.column >= 1);
            }
        }
    }
    // The text entry points, when the bytes are UTF-8.
    if let Ok(text) = std::str::from_utf8(data) {
        let request = validate_request_str(text);
        let response = validate_response_str(text);
        // Without a byte order mark, the text and the bytes paths agree.
        if !text.starts_with('\u{feff}') {
            assert_eq!(
                request,
                validate_bytes(data, Options::new(PayloadKind::Request))
            );
            assert_eq!(
                response,
                validate_bytes(data, Options::new(PayloadKind::Response))
            );
        }
        // The typed models hold exactly what the validator accepts: a text with no error
        // parses into them (every store type's configuration, the authentication enums).
        assert_eq!(parse_request(text).is_ok(), request.is_valid());
        assert_eq!(parse_response(text).is_ok(), response.is_valid());
    }
});
