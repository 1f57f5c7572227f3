//! The leaf rules on strings, shared by the `validator` attributes of the model, the
//! exported JSON Schemas and the JSON walker, so that all three give the same verdict.

use fluent_uri::{Uri, component::Scheme};

/// JSON Schema `pattern` of a string that is not empty or blank: it holds a character
/// outside Unicode `White_Space` (what [`str::trim`] removes). The class is spelled out
/// because `\s` differs between regex dialects (ECMA-262 counts U+FEFF and not U+0085,
/// Rust's `regex` the reverse), and the schemas must give one verdict in every tool.
pub(crate) const NOT_BLANK_PATTERN: &str =
    r"[^\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

/// JSON Schema `pattern` of a string that holds a template variable (`{{ name }}`); the
/// optional white space is Unicode `White_Space`, spelled out as in [`NOT_BLANK_PATTERN`].
pub(crate) const TEMPLATE_PATTERN: &str = concat!(
    r"\{\{[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*",
    r"[A-Za-z0-9_.-]+",
    r"[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\}\}",
);

/// JSON Schema `pattern` that an absolute `http(s)` URL with an authority matches; the
/// rest of the URL grammar is the `uri` format.
pub(crate) const HTTP_URL_PATTERN: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#]";

/// JSON Schema `pattern` of a hyphenated UUID, as [`is_uuid`] has it. The `uuid` format
/// alone is not enough: draft-07 has no such format, and some tools accept `urn:uuid:`.
pub(crate) const UUID_PATTERN: &str =
    "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

/// JSON Schema `pattern` of the shape of an RFC 3339 date-time, as [`is_date_time`] has
/// it; the `date-time` format checks the calendar. Some tools' `date-time` also accepts
/// a space for `T` or an offset without `:`, which this pattern refuses.
pub(crate) const DATE_TIME_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$";

/// The regex form of [`NOT_BLANK_PATTERN`]: tests hold [`is_blank`] to it, so the
/// schemas' pattern and the walker agree.
#[cfg(test)]
pub(crate) static NOT_BLANK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(NOT_BLANK_PATTERN).expect("valid regex"));

/// Whether `s` is empty or only white space.
pub(crate) fn is_blank(s: &str) -> bool {
    // Most values start with a visible ASCII character: no need to trim them.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => false,
        _ => s.trim().is_empty(),
    }
}

/// The offsets of every `{{` in `s` (overlapping: `{{{` has two).
fn double_braces(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b'{', bytes).filter(move |&i| bytes.get(i + 1) == Some(&b'{'))
}

/// Whether `s` holds a template variable: `{{`, optional white space, one or more of
/// letters, digits, `_`, `.`, `-`, optional white space, `}}`.
#[inline]
pub(crate) fn contains_template(s: &str) -> bool {
    // Almost no string holds a `{`: `memchr` rules those out before the exact grammar
    // check. (A `memmem` search for `{{` cost three times as much on the short strings
    // of a payload: its searcher picks a strategy on every call.)
    memchr::memchr(b'{', s.as_bytes()).is_some() && holds_template(s)
}

/// The exact search behind [`contains_template`].
#[inline(never)]
fn holds_template(s: &str) -> bool {
    double_braces(s).any(|open| template_at(s, open).is_some())
}

/// A template variable found in JSON text by [`json_templates`].
pub(crate) struct JsonTemplate<'a> {
    /// Where `{{ name }}` stands in the text.
    pub(crate) range: std::ops::Range<usize>,
    /// The variable's name.
    pub(crate) name: &'a str,
    /// Whether it stands inside a JSON string (else it stands for a whole value:
    /// `"active": {{isActive}}`).
    pub(crate) in_string: bool,
}

/// Each template variable of the JSON text `text` (which need not parse), in order, and
/// whether it stands inside a string. One pass: a backslash in a string escapes the next
/// byte.
pub(crate) fn json_templates(text: &str) -> impl Iterator<Item = JsonTemplate<'_>> {
    let bytes = text.as_bytes();
    let (mut at, mut in_string) = (0, false);
    std::iter::from_fn(move || {
        while at < bytes.len() {
            match bytes[at] {
                b'\\' if in_string => at += 2,
                b'"' => {
                    in_string = !in_string;
                    at += 1;
                }
                b'{' => match template_at(text, at) {
                    Some((name, end)) => {
                        let range = at..end;
                        at = end;
                        return Some(JsonTemplate {
                            range,
                            name,
                            in_string,
                        });
                    }
                    None => at += 1,
                },
                _ => at += 1,
            }
        }
        None
    })
}

/// The template variable `{{ name }}` that starts at `at` in `s`: its name and the
/// offset after its `}}`. The one grammar of a variable: `{{`, optional white space,
/// one or more of letters, digits, `_`, `.`, `-`, optional white space, `}}`.
pub(crate) fn template_at(s: &str, at: usize) -> Option<(&str, usize)> {
    let rest = s.get(at..)?.strip_prefix("{{")?;
    let inner = rest.trim_start();
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .unwrap_or(inner.len());
    if name_len == 0 {
        return None;
    }
    let after = inner[name_len..].trim_start();
    after.strip_prefix("}}")?;
    let end = s.len() - after.len() + 2;
    Some((&inner[..name_len], end))
}

/// The scheme of an absolute URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HttpScheme {
    /// `http`
    Http,
    /// `https`
    Https,
}

/// Whether `s` is an absolute `http` or `https` URL with an authority, by RFC 3986.
#[cfg(test)]
pub(crate) fn is_http_url(s: &str) -> bool {
    http_url_scheme(s).is_some()
}

/// The scheme of `s` when it is an absolute `http` or `https` URL with a non-empty
/// authority, by RFC 3986 (the `fluent-uri` parser). Such a URL never holds a `{`, so it
/// holds no template variable either.
pub(crate) fn http_url_scheme(s: &str) -> Option<HttpScheme> {
    const HTTP: &Scheme = Scheme::new_or_panic("http");
    const HTTPS: &Scheme = Scheme::new_or_panic("https");
    let uri = Uri::parse(s).ok()?;
    // `Scheme`'s equality ignores case, as RFC 3986 says schemes do.
    let scheme = match uri.scheme() {
        scheme if scheme == HTTP => HttpScheme::Http,
        scheme if scheme == HTTPS => HttpScheme::Https,
        _ => return None,
    };
    let has_authority = uri.authority().is_some_and(|a| !a.as_str().is_empty());
    has_authority.then_some(scheme)
}

/// Whether `s` is a hyphenated UUID (`8-4-4-4-12` hexadecimal digits, either case).
pub(crate) fn is_uuid(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Whether `s` is an RFC 3339 date-time (`2023-12-05T17:38:42.947Z`), with real
/// calendar dates and a leap second only at 23:59 UTC.
pub(crate) fn is_date_time(s: &str) -> bool {
    let Some(t) = s.find(['T', 't']) else {
        return false;
    };
    is_full_date(&s[..t]) && is_full_time(&s[t + 1..])
}

fn digits(s: &[u8]) -> Option<u32> {
    s.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn is_full_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(&b[..4]), digits(&b[5..7]), digits(&b[8..]))
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn is_full_time(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let (Some(hour), Some(minute), Some(second)) =
        (digits(&b[..2]), digits(&b[3..5]), digits(&b[6..8]))
    else {
        return false;
    };
    if hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut i = 8;
    if b[i] == b'.' {
        let fraction = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if fraction == 0 {
            return false;
        }
        i += 1 + fraction;
    }
    let utc_minutes =
        |offset: i64| (i64::from(hour) * 60 + i64::from(minute) - offset).rem_euclid(24 * 60);
    let offset = match b.get(i) {
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-')) if b.len() - i == 6 && b[i + 3] == b':' => {
            let (Some(h), Some(m)) = (digits(&b[i + 1..i + 3]), digits(&b[i + 4..])) else {
                return false;
            };
            if h > 23 || m > 59 {
                return false;
            }
            let minutes = i64::from(h * 60 + m);
            if sign == b'+' { minutes } else { -minutes }
        }
        _ => return false,
    };
    second != 60 || utc_minutes(offset) == 23 * 60 + 59
}

/// The count check of `serde_json`'s numbers; the walker and the model's serde path share it.
pub(crate) fn as_count(number: &serde_json::Number) -> Option<u64> {
    if let Some(n) = number.as_u64() {
        return Some(n);
    }
    if number.as_i64().is_some() {
        return None;
    }
    let f = number.as_f64()?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (f.is_finite() && f.fract() == 0.0 && f >= 0.0).then_some(f as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn templates_follow_the_spec_grammar() {
        for yes in [
            "{{oauthClientId}}",
            "{{ name }}",
            "https://{{host}}/scim2",
            "{{a.b-c_1}}",
            "x{{{y}}}",
        ] {
            assert!(contains_template(yes), "{yes}");
        }
        for no in [
            "{{}}", "{{ }}", "{{a b}}", "{oauth}", "{{oauth}", "${oauth}", "{{a/b}}",
        ] {
            assert!(!contains_template(no), "{no}");
        }
        let re = Regex::new(TEMPLATE_PATTERN).unwrap();
        for s in [
            "{{oauthClientId}}",
            "{{ name }}",
            "{{}}",
            "{{a b}}",
            "x{{{y}}}",
            "{{a}} {{",
        ] {
            assert_eq!(contains_template(s), re.is_match(s), "{s}");
        }
    }

    #[test]
    fn blank_matches_the_schema_pattern() {
        for s in [
            "", " ", "\t\n", "\u{a0}", "a", " a ", "\u{85}", "\u{feff}", "\u{180e}", "\u{200b}",
            "\u{3000}",
        ] {
            assert_eq!(is_blank(s), !NOT_BLANK.is_match(s), "{s:?}");
        }
        let template = Regex::new(TEMPLATE_PATTERN).unwrap();
        for c in (0..=0x3000).filter_map(char::from_u32).chain(['\u{feff}']) {
            let s = c.to_string();
            assert_eq!(is_blank(&s), !NOT_BLANK.is_match(&s), "{c:?}");
            let t = format!("{{{{{c}a{c}}}}}");
            assert_eq!(contains_template(&t), template.is_match(&t), "{t:?}");
        }
    }

    #[test]
    fn uuid_and_date_time_patterns_match_the_checks() {
        let uuid = Regex::new(UUID_PATTERN).unwrap();
        let date_time = Regex::new(DATE_TIME_PATTERN).unwrap();
        for s in [
            "da166d8e-eaa7-4251-8480-85448e095bc3",
            "DA166D8E-EAA7-4251-8480-85448E095BC3",
            "urn:uuid:da166d8e-eaa7-4251-8480-85448e095bc3",
            "da166d8eeaa74251848085448e095bc3",
        ] {
            assert_eq!(is_uuid(s), uuid.is_match(s), "{s}");
        }
        for s in [
            "2023-12-05T17:38:42.947Z",
            "2023-12-05 17:38:42Z",
            "2023-12-05T17:38:42+0100",
            "2023-12-05t17:38:42+01:00",
            "2023-12-05T17:38:42.Z",
            "\u{661}023-12-05T17:38:42Z",
        ] {
            // the pattern is the shape only: where it matches, the calendar decides
            assert!(!is_date_time(s) || date_time.is_match(s), "{s}");
        }
        assert!(!date_time.is_match("2023-12-05 17:38:42Z"));
        assert!(!date_time.is_match("2023-12-05T17:38:42+0100"));
    }

    #[test]
    fn http_urls() {
        assert!(is_http_url("https://api.zoom.us/scim2"));
        assert!(is_http_url("http://localhost:8080/x?y=1#z"));
        assert!(is_http_url("HTTPS://zoom.us/oauth/token"));
        for bad in [
            "api.zoom.us/scim2",
            "ftp://zoom.us",
            "https://",
            "https:///path",
            "https://exa mple.com",
            "",
            "mailto:a@b.c",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
        // RFC 3986 beyond the usual host and path: userinfo, ports, IP literals, escapes
        for good in [
            "https://user:pw@h.example.com:443/a/b;c?d=e&f#g",
            "https://[::1]:8443/",
            "https://h/%41%7e",
            "https://h?",
            "https://@h",
        ] {
            assert!(is_http_url(good), "{good}");
        }
        for bad in [
            "https://h:x/",
            "https://a@b@c",
            "https://h/%zz",
            "https://h/{x}",
            "https://h/é",
            "https://?q",
            "https://#f",
            "https://[::1",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
        assert_eq!(http_url_scheme("HTTP://x"), Some(HttpScheme::Http));
        assert_eq!(http_url_scheme("hTTpS://x"), Some(HttpScheme::Https));
        assert_eq!(http_url_scheme("hxtp://x"), None);
    }

    #[test]
    fn uuids() {
        assert!(is_uuid("da166d8e-eaa7-4251-8480-85448e095bc3"));
        assert!(is_uuid("DA166D8E-EAA7-4251-8480-85448E095BC3"));
        assert!(!is_uuid("da166d8eeaa74251848085448e095bc3"));
        assert!(!is_uuid("da166d8e-eaa7-4251-8480-85448e095bcg"));
        assert!(!is_uuid("{da166d8e-eaa7-4251-8480-85448e095bc3}"));
    }

    #[test]
    fn date_times() {
        for good in [
            "2023-12-05T17:38:42.947Z",
            "2024-02-29t00:00:00z",
            "2023-12-05T17:38:42+01:00",
            "1998-12-31T23:59:60Z",
            "1998-12-31T15:59:60-08:00",
        ] {
            assert!(is_date_time(good), "{good}");
        }
        for bad in [
            "2023-12-05",
            "2023-02-29T00:00:00Z",
            "2023-12-05T24:00:00Z",
            "2023-12-05T17:38:42",
            "2023-12-05T17:38:42.Z",
            "2023-12-05 17:38:42Z",
            "1998-12-31T22:59:60Z",
            "2023-13-01T00:00:00Z",
            "yesterday",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }
}
