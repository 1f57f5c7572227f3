//! The fixture corpus: every file of `tests/fixtures/valid/` validates with no error,
//! every file of `tests/fixtures/invalid/` with at least one, and each file's whole
//! report is pinned by an insta snapshot.
//!
//! A file's name says what it is: `.response.` anywhere in it makes a response (else a
//! request), `.update.` an update request (a `PUT`, as `--kind update`); a name ending in `.<kind>.json` (`.rule.json`, `.metadata.LdapGateway.json`,
//! as the linter reads names) names the payload kind; `.shape.json` leaves the kind to
//! the payload's shape; any other name is a store.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use pingone_store::validate::ObjectKind;
use pingone_store::{Code, Options, PayloadKind, Report, validate_bytes};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", root.display());
    files
}

fn options_of(path: &Path) -> Options {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let flavour = if name.contains(".response.") {
        PayloadKind::Response
    } else {
        PayloadKind::Request
    };
    let object = if name.ends_with(".shape.json") {
        None
    } else {
        match ObjectKind::from_file_name(&name) {
            Some(kind) => Some(kind.unwrap_or_else(|e| panic!("{name}: {e}"))),
            None => Some(ObjectKind::Store),
        }
    };
    Options::new(flavour)
        .object(object)
        .update(name.contains(".update."))
}

fn report_of(path: &Path) -> Report {
    let bytes = fs::read(path).expect("a readable fixture");
    validate_bytes(&bytes, options_of(path))
}

/// The whole report, one diagnostic a line: `line:column severity[code] pointer: message`.
fn render(report: &Report) -> String {
    report
        .iter()
        .map(|d| {
            let at = d
                .location
                .map_or_else(|| "-".to_owned(), |l| format!("{}:{}", l.line, l.column));
            format!(
                "{at} {}[{}] `{}`: {}\n",
                d.severity, d.code, d.pointer, d.message
            )
        })
        .collect()
}

fn snapshot_name(path: &Path) -> String {
    let dir = path
        .parent()
        .and_then(Path::file_name)
        .unwrap_or_default()
        .to_string_lossy();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    format!("{dir}__{stem}")
}

#[test]
fn valid_fixtures_have_no_error() {
    for path in fixtures("valid") {
        let report = report_of(&path);
        assert!(
            report.is_valid(),
            "{} should be valid:\n{}",
            path.display(),
            render(&report)
        );
        insta::assert_snapshot!(snapshot_name(&path), render(&report));
    }
}

#[test]
fn invalid_fixtures_have_an_error() {
    for path in fixtures("invalid") {
        let report = report_of(&path);
        assert!(
            !report.is_valid(),
            "{} should be invalid:\n{}",
            path.display(),
            render(&report)
        );
        insta::assert_snapshot!(snapshot_name(&path), render(&report));
    }
}

#[test]
fn every_diagnostic_has_a_line_and_column() {
    for path in fixtures("valid").into_iter().chain(fixtures("invalid")) {
        let bytes = fs::read(&path).expect("a readable fixture");
        let text = pingone_store::source_text(&bytes);
        for diagnostic in report_of(&path).iter() {
            let location = diagnostic
                .location
                .unwrap_or_else(|| panic!("{}: {diagnostic} has no location", path.display()));
            assert!(location.line >= 1 && location.column >= 1);
            // The report's one-pass location agrees with the standalone helper.
            if let (Some(span), false) = (diagnostic.span, diagnostic.code == Code::Encoding) {
                let expected = pingone_store::Location::of(&text, span.start);
                assert_eq!(location, expected, "{}: {diagnostic}", path.display());
            }
        }
    }
}

#[test]
fn every_code_of_the_contract_has_a_fixture() {
    let seen: BTreeSet<Code> = fixtures("valid")
        .into_iter()
        .chain(fixtures("invalid"))
        .flat_map(|path| report_of(&path).into_iter().map(|d| d.code))
        .collect();
    let missing: Vec<&Code> = Code::ALL
        .iter()
        // `too-large` is the linter's; the cross-file codes need a setup.
        .filter(|code| !seen.contains(code) && !code.across_files() && **code != Code::TooLarge)
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}

#[test]
fn secrets_never_reach_a_report() {
    // Every credential in the fixtures starts with `s3cr3t`.
    for path in fixtures("valid").into_iter().chain(fixtures("invalid")) {
        let rendered = render(&report_of(&path));
        assert!(
            !rendered.contains("s3cr3t"),
            "{} leaks a secret:\n{rendered}",
            path.display()
        );
    }
}
