//! `explain`, `rules` and `completions`: what the program knows, printed.

use clap::CommandFactory;
use pingone_store::report::Code;
use pingone_store::report::render::MaskedText;
use pingone_store::validate::{
    PayloadKind, default_severities, default_severity, is_fixed, is_opt_in, validate_bytes,
};

use super::args::{Cli, CompletionsArgs, ExplainArgs, RulesArgs};
use super::{EXIT_FAILURE, EXIT_OK};

/// Prints the documentation of one rule.
pub(super) fn explain(args: &ExplainArgs) -> i32 {
    // clap only lets the codes' names through.
    let Some(code) = Code::from_name(&args.code) else {
        super::eprint_line(&format!("error: unknown rule `{}`", args.code));
        return EXIT_FAILURE;
    };
    write(&explanation(code))
}

/// The text `explain` prints for `code`.
fn explanation(code: Code) -> String {
    let mut out = format!("{code}: {}\n\n", code.summary());
    out.push_str(&format!("default severity: {}\n", default_severities(code)));
    if is_fixed(code) {
        out.push_str("always an error: it cannot be set to `warning` or `off`\n");
    }
    for paragraph in code.documentation().split("\n\n") {
        out.push('\n');
        out.push_str(&wrap(paragraph, 88));
    }
    let sites = pingone_store::schema::applies_to(code);
    if !sites.is_empty() {
        out.push_str("\nwhere it applies, by the declarations:\n\n");
        for line in sites.lines() {
            // A bullet's continuation lines are indented under its text.
            let wrapped = wrap(line.trim_start_matches("- "), 84);
            for (n, part) in wrapped.lines().enumerate() {
                out.push_str(if n == 0 { "  - " } else { "    " });
                out.push_str(part);
                out.push('\n');
            }
        }
    }
    if let Some(example) = code.example() {
        let what = match (example.response, example.payload) {
            (true, _) => "a response, `--kind response`".to_owned(),
            (false, "store") => "a request body".to_owned(),
            (false, "") => "a request body, its payload kind decided by its shape".to_owned(),
            (false, payload) => format!("a request body, `--payload {payload}`"),
        };
        out.push_str(&format!("\nexample ({what}):\n\n"));
        // The examples' secrets are fake, but output never shows a secret.
        let masked = MaskedText::new(example.text.trim_start_matches('\u{feff}'));
        for line in masked.as_str().lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("\nreported:\n\n");
        for diagnostic in &validate_bytes(example.text.as_bytes(), example.options()) {
            out.push_str(&format!("    {diagnostic}\n"));
        }
    }
    out
}

/// `text` as lines of at most `width` characters (a longer word stands alone), each
/// ending in a newline.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_length = 0;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if line_length > 0 && line_length + 1 + length > width {
            out.push('\n');
            line_length = 0;
        }
        if line_length > 0 {
            out.push(' ');
            line_length += 1;
        }
        out.push_str(word);
        line_length += length;
    }
    out.push('\n');
    out
}

/// Lists every rule: code, default severity in requests and responses, summary.
pub(super) fn rules(args: &RulesArgs) -> i32 {
    if args.markdown {
        return write(&pingone_store::schema::rules_document());
    }
    let width = Code::ALL
        .iter()
        .map(|code| code.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = format!(
        "{:width$}  {:8}  {:8}  {:10}  summary\n",
        "code", "request", "response", "warning at"
    );
    for &code in Code::ALL {
        let spread = pingone_store::schema::warning_instead(code).map_or_else(
            || "-".to_owned(),
            |keys| format!("{keys} key{}", if keys == 1 { "" } else { "s" }),
        );
        let level = |kind| {
            if is_opt_in(code) {
                "off"
            } else {
                default_severity(code, kind).as_str()
            }
        };
        out.push_str(&format!(
            "{:width$}  {:8}  {:8}  {:10}  {}\n",
            code.as_str(),
            level(PayloadKind::Request),
            level(PayloadKind::Response),
            spread,
            code.summary(),
        ));
    }
    out.push_str(
        "\nwarning at: the keys where a rule that is an error by default is a warning, because \
         the sources disagree or only a community source states it; `pingone-store explain \
         CODE` lists every key a rule applies to, with its severity\n",
    );
    write(&out)
}

/// Prints the completion script for a shell.
pub(super) fn completions(args: &CompletionsArgs) -> i32 {
    let mut command = Cli::command();
    let name = command.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, name, &mut script);
    write(&String::from_utf8_lossy(&script))
}

/// Writes `text` to standard output: 0, or 2 when writing failed.
fn write(text: &str) -> i32 {
    if super::print(text) {
        EXIT_OK
    } else {
        EXIT_FAILURE
    }
}
