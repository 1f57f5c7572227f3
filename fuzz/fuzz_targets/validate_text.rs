//! Arbitrary bytes through the text entry points and the linter's per-file path, as
//! every payload kind (by name and by shape), as a Postman collection, and through the
//! checks across files.
//!
//! No input may panic, hang or use unbounded memory; libFuzzer's `-timeout` and
//! `-rss_limit_mb` turn the last two into findings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pingone_store::model::{MappingRequest, PlanRequest, RuleRequest};
use pingone_store::postman::{Variables, lint_collection};
use pingone_store::report::render::{Format, LintedFile, MaskedFile, RenderOptions, render};
use pingone_store::validate::{ObjectKind, SetupFile, check_setup};
use pingone_store::{
    Options, PayloadKind, Report, parse, parse_request, parse_response, source_text,
    validate_bytes, validate_str,
};

/// Every located diagnostic has a 1-based position.
fn assert_located(report: &Report) {
    for diagnostic in report {
        if let Some(location) = diagnostic.location {
            assert!(location.line >= 1 && location.column >= 1);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // The rest of the per-file path: every output format renders the file's report,
    // source lines (with secrets masked) included.
    // Twice: every finding, and at most two (the linter's `--max-findings`).
    let files = [0, 2].map(|cap| {
        MaskedFile::new(LintedFile::new(
            "fuzz.json".to_owned(),
            source_text(data).into_owned(),
            validate_bytes(data, Options::new(PayloadKind::Request).max_findings(cap)),
        ))
    });
    let [all, capped] = &files;
    assert_eq!(capped.report.error_count(), all.report.error_count());
    assert_eq!(capped.report.warning_count(), all.report.warning_count());
    assert_eq!(
        capped.report.len() + capped.report.omitted(),
        all.report.len()
    );
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
        assert_located(&report);
        // Every other payload kind (issue 18), and the kind the shape decides.
        for object in ObjectKind::payload_kinds().map(Some).chain([None]) {
            assert_located(&validate_bytes(data, Options::new(kind).object(object)));
        }
    }
    // The text entry points, when the bytes are UTF-8.
    if let Ok(text) = std::str::from_utf8(data) {
        let request = validate_str(text, Options::request());
        let response = validate_str(text, Options::response());
        // Without a byte order mark, and unless the bytes read as UTF-16 (NUL beside
        // each of the first characters), the text and the bytes paths agree.
        let utf16 = matches!(data, [a, 0, ..] | [0, a, ..] if *a != 0);
        if !text.starts_with('\u{feff}') && !utf16 {
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
        // The propagation kinds' typed models likewise.
        let valid_as = |kind| validate_str(text, Options::request().object(Some(kind))).is_valid();
        assert_eq!(
            parse::<PlanRequest>(text).is_ok(),
            valid_as(ObjectKind::Plan)
        );
        assert_eq!(
            parse::<RuleRequest>(text).is_ok(),
            valid_as(ObjectKind::Rule)
        );
        assert_eq!(
            parse::<MappingRequest>(text).is_ok(),
            valid_as(ObjectKind::Mapping)
        );
        // A Postman collection: its bodies, each checked, and checked across each other.
        let collection = lint_collection(text, &Variables::default(), Options::request());
        for body in collection
            .into_iter()
            .flat_map(|collection| collection.payloads)
        {
            assert_located(&body.report);
        }
        // The checks across files, the text as a setup file and as each of two payloads.
        let file = |name| SetupFile {
            name,
            text,
            object: None,
        };
        let files = [
            file("pingone-setup.json"),
            file("a.rule.json"),
            file("b.json"),
        ];
        for report in check_setup(&files, &Options::request()) {
            assert_located(&report);
        }
    }
});
