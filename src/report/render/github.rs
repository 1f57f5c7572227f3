//! The `github` format: GitHub Actions workflow commands, one per diagnostic, which
//! GitHub shows as annotations on the file and line.

use super::{MaskedFile, Skipped, item_prefix, location, omitted_note, pointer_suffix};

pub(super) fn render(files: &[MaskedFile], skipped: Skipped) -> String {
    let mut out = String::new();
    for file in files {
        let item = item_prefix(file);
        for diagnostic in &file.report {
            let at = location(diagnostic);
            let message = format!(
                "{item}{}{}",
                diagnostic.message.as_str(),
                pointer_suffix(diagnostic)
            );
            out.push_str(&format!(
                "::{} file={},line={},col={},title={}::{}\n",
                diagnostic.severity,
                escape_property(&file.path),
                at.line,
                at.column,
                escape_property(&format!("pingone-store [{}]", diagnostic.code)),
                escape_data(&message),
            ));
        }
        if let Some(note) = omitted_note(file) {
            out.push_str(&format!(
                "::notice file={},title={}::{}\n",
                escape_property(&file.path),
                escape_property("pingone-store"),
                escape_data(&format!("{item}{note}")),
            ));
        }
    }
    for line in skipped.lines() {
        out.push_str(&format!(
            "::notice title={}::{}\n",
            escape_property("pingone-store"),
            escape_data(&line),
        ));
    }
    out
}

/// Escapes a command's message as GitHub's toolkit does (`%`, `\r`, `\n`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property: the message escapes plus `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("100% a\r\nb"), "100%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
