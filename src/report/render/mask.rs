//! Lexical masking of secret values, so that no output shows them.
//!
//! The masker works on text, not on a parsed document: a source line shown for a
//! syntax error comes from a file that did not parse (Ruby `=>`, single quotes, a
//! missing comma), and its secrets must be hidden all the same.

use std::borrow::Cow;
use std::ops::Range;

/// What a masked secret's content is replaced with.
pub const MASK: &str = "***";

/// The parts of a key's upper-cased name that make its value a secret.
const SECRET_KEY_PARTS: &[&str] = &["SECRET", "API_KEY", "PASSWORD"];

/// A text with the content of every secret string replaced by [`MASK`], and the map
/// from offsets in the original text to offsets in the masked one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaskedText {
    text: String,
    /// The original byte ranges that were replaced, in order.
    replaced: Vec<Range<usize>>,
}

impl MaskedText {
    /// Masks `original`: every quoted key whose name, upper-cased, contains `SECRET`,
    /// `API_KEY` or `PASSWORD`, followed by `:` or `=>` and a quoted string (double or
    /// single quotes), has that string's content replaced by `***`.
    #[must_use]
    pub fn new(original: &str) -> Self {
        let replaced = secret_ranges(original);
        if replaced.is_empty() {
            return Self {
                text: original.to_owned(),
                replaced,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut copied = 0;
        for range in &replaced {
            text.push_str(&original[copied..range.start]);
            text.push_str(MASK);
            copied = range.end;
        }
        text.push_str(&original[copied..]);
        Self { text, replaced }
    }

    /// The masked text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether anything was masked.
    #[must_use]
    pub fn is_masked(&self) -> bool {
        !self.replaced.is_empty()
    }

    /// The offset in the masked text of byte `offset` of the original text: an offset
    /// inside a masked secret maps to the start of its `***`.
    #[must_use]
    pub fn map_offset(&self, offset: usize) -> usize {
        // Walk the replacements, tracking where the original text copied so far ends
        // in both texts.
        let mut copied = 0;
        let mut masked_end = 0;
        for range in &self.replaced {
            if offset < range.start {
                break;
            }
            let mask_start = masked_end + (range.start - copied);
            if offset < range.end {
                return mask_start;
            }
            masked_end = mask_start + MASK.len();
            copied = range.end;
        }
        masked_end + (offset - copied)
    }
}

/// Masks the secrets in `text` (see [`MaskedText::new`]), borrowing when there are none.
#[must_use]
pub fn mask_secrets(text: &str) -> Cow<'_, str> {
    let masked = MaskedText::new(text);
    if masked.is_masked() {
        Cow::Owned(masked.text)
    } else {
        Cow::Borrowed(text)
    }
}

/// The byte ranges of the contents of secret strings in `text`, in order.
fn secret_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let quote = bytes[at];
        if quote != b'"' && quote != b'\'' {
            at += 1;
            continue;
        }
        let key = quoted(bytes, at);
        at = key.end_after;
        if !is_secret_key(&text[key.content.clone()]) {
            continue;
        }
        let Some(value_start) = value_after_separator(bytes, at) else {
            continue;
        };
        let value = quoted(bytes, value_start);
        if !value.content.is_empty() {
            ranges.push(value.content);
        }
        at = value.end_after;
    }
    ranges
}

/// A quoted string found in the text.
struct Quoted {
    /// The bytes between the quotes.
    content: Range<usize>,
    /// Where scanning goes on: after the closing quote, or at the end of the line for
    /// a string left open (so that a stray apostrophe cannot swallow the whole file).
    end_after: usize,
}

/// The string opened by the quote at `open`; a backslash escapes the next byte.
fn quoted(bytes: &[u8], open: usize) -> Quoted {
    let quote = bytes[open];
    let start = open + 1;
    let mut at = start;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if at + 1 < bytes.len() && bytes[at + 1] != b'\n' => at += 2,
            b'\n' | b'\r' => {
                return Quoted {
                    content: start..at,
                    end_after: at,
                };
            }
            byte if byte == quote => {
                return Quoted {
                    content: start..at,
                    end_after: at + 1,
                };
            }
            _ => at += 1,
        }
    }
    let end = bytes.len();
    Quoted {
        content: start..end,
        end_after: end,
    }
}

/// The offset of the opening quote of the value after `:` or `=>` that follows `at`
/// (whitespace allowed around the separator), if there is one.
fn value_after_separator(bytes: &[u8], at: usize) -> Option<usize> {
    let at = skip_whitespace(bytes, at);
    let after_separator = match bytes.get(at..)? {
        [b':', ..] => at + 1,
        [b'=', b'>', ..] => at + 2,
        _ => return None,
    };
    let value = skip_whitespace(bytes, after_separator);
    matches!(bytes.get(value), Some(b'"' | b'\'')).then_some(value)
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

fn is_secret_key(key: &str) -> bool {
    let key = key.to_uppercase();
    SECRET_KEY_PARTS.iter().any(|part| key.contains(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_json_secrets() {
        let text = r#"{"API_KEY": "abc", "name": "x", "OAUTH_CLIENT_SECRET":"s3"}"#;
        assert_eq!(
            mask_secrets(text),
            r#"{"API_KEY": "***", "name": "x", "OAUTH_CLIENT_SECRET":"***"}"#
        );
    }

    #[test]
    fn masks_ruby_hash_and_single_quotes() {
        assert_eq!(
            mask_secrets(r#"{"API_SECRET"=>"abc"}"#),
            r#"{"API_SECRET"=>"***"}"#
        );
        assert_eq!(mask_secrets("{'api_key' : 'abc'}"), "{'api_key' : '***'}");
        assert_eq!(
            mask_secrets("{\"db_password\":\n  \"abc\"}"),
            "{\"db_password\":\n  \"***\"}"
        );
    }

    #[test]
    fn leaves_other_strings_and_non_string_values() {
        let text = r#"{"name": "API_KEY", "API_KEY": 12, "x": "SECRET"}"#;
        assert_eq!(mask_secrets(text), text);
        assert!(matches!(mask_secrets(text), Cow::Borrowed(_)));
    }

    #[test]
    fn escaped_quotes_stay_inside_the_secret() {
        assert_eq!(
            mask_secrets(r#"{"API_KEY": "a\"b", "n": "v"}"#),
            r#"{"API_KEY": "***", "n": "v"}"#
        );
    }

    #[test]
    fn an_unterminated_secret_is_masked_to_the_end_of_its_line() {
        assert_eq!(
            mask_secrets("{\"API_KEY\": \"abc\n}"),
            "{\"API_KEY\": \"***\n}"
        );
        assert_eq!(mask_secrets("{\"API_KEY\": \"abc"), "{\"API_KEY\": \"***");
    }

    #[test]
    fn maps_offsets_around_and_inside_masks() {
        let original = r#"{"API_KEY": "abcdef", "x": 1}"#;
        let masked = MaskedText::new(original);
        let secret = original.find("abcdef").unwrap();
        let after = original.find("\"x\"").unwrap();
        assert_eq!(masked.map_offset(0), 0);
        assert_eq!(masked.map_offset(secret), secret);
        assert_eq!(masked.map_offset(secret + 3), secret);
        assert_eq!(&masked.as_str()[masked.map_offset(after)..][..3], "\"x\"");
    }
}
