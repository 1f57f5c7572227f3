//! The `github` format: GitHub Actions workflow commands, one per diagnostic, which
//! GitHub shows as annotations on the file and line.

use super::{
    MaskedFile, Skipped, item_prefix, location, omitted_note, pointer_suffix, push_control,
};

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

/// Escapes a command's message: as GitHub's toolkit does (`%`, `\r`, `\n` as `%25`,
/// `%0D`, `%0A`), and every other character that could drive a terminal or hide text
/// (the other C0 and C1 controls, DEL, U+2028, U+2029, the bidi controls) written as
/// `human` writes it ([`push_control`]), so that no annotation carries one.
fn escape_data(text: &str) -> String {
    escape(text, false)
}

/// Escapes a command property (`file=`, `title=`): [`escape_data`], and `:` and `,`,
/// which end a property.
fn escape_property(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => push_control(c, &mut out),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("100% a\r\nb"), "100%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(
            escape_data("\u{1b}]8;;http://x\u{7}\u{8}\u{9b}\u{202e}\u{2028}\t:,"),
            "\\u{1b}]8;;http://x\\u{7}\\u{8}\\u{9b}\\u{202e}\\u{2028}\\t:,"
        );
        assert_eq!(escape_property("\u{1b}a:\n"), "\\u{1b}a%3A%0A");
    }
}
