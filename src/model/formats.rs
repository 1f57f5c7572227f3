//! The leaf rules on strings, shared by the `validator` attributes of the model, the
//! exported JSON Schemas and the JSON walker, so that all three give the same verdict.

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
    // Almost no string holds a `{`: a cheap scan rules those out before the exact search.
    has_open_brace(s.as_bytes()) && holds_template(s)
}

/// Whether `bytes` holds a `{`, without an early exit: thirty-two bytes at a time
/// (which the compiler vectorises), then eight.
#[inline]
fn has_open_brace(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const BRACES: u64 = u64::from_ne_bytes([b'{'; 8]);
    // Nonzero when a byte of `word` is `{` (the classic zero-byte test on `word ^ BRACES`).
    let braces = |word: u64| {
        let x = word ^ BRACES;
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    let word = |at: usize| {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        u64::from_ne_bytes(word)
    };
    let Some(last) = bytes.len().checked_sub(8) else {
        return bytes.contains(&b'{');
    };
    let blocks = bytes.chunks_exact(32);
    let mut at = bytes.len() - blocks.remainder().len();
    let in_blocks = blocks.fold(false, |found, block| {
        found | block.iter().fold(false, |found, &b| found | (b == b'{'))
    });
    let mut found = 0;
    while at < last {
        found |= braces(word(at));
        at += 8;
    }
    // The last word may overlap the one before: a byte seen twice does no harm.
    in_blocks | ((found | braces(word(last))) != 0)
}

/// The exact search behind [`contains_template`].
#[inline(never)]
fn holds_template(s: &str) -> bool {
    double_braces(s).any(|open| {
        let inner = s[open + 2..].trim_start();
        let name_len = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .unwrap_or(inner.len());
        name_len > 0 && inner[name_len..].trim_start().starts_with("}}")
    })
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

/// The scheme of `s` when it is an absolute `http` or `https` URL with an authority, by
/// RFC 3986. Such a URL never holds a `{`, so it holds no template variable either.
pub(crate) fn http_url_scheme(s: &str) -> Option<HttpScheme> {
    let bytes = s.as_bytes();
    let (scheme, scheme_len) = match bytes.get(4) {
        Some(b':') => (HttpScheme::Http, 4),
        Some(b's' | b'S') if bytes.get(5) == Some(&b':') => (HttpScheme::Https, 5),
        _ => return None,
    };
    // `| 0x20` lowercases the letters of `http` and maps nothing else onto them.
    let http = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) | 0x2020_2020;
    let has_authority = bytes.get(scheme_len + 1..scheme_len + 3) == Some(b"//")
        && bytes
            .get(scheme_len + 3)
            .is_some_and(|b| !matches!(b, b'/' | b'?' | b'#'));
    if !(http == u32::from_le_bytes(*b"http") && has_authority) {
        return None;
    }
    let rest = &bytes[scheme_len + 3..];
    // The usual URL: a host name alone, then a path of plain characters.
    let host = run_of(rest, IN_HOST);
    let valid = match rest.get(host) {
        None => true,
        Some(b'/') if all_of(&rest[host..], IN_PATH) => true,
        _ => is_http_uri_rest(s, rest),
    };
    valid.then_some(scheme)
}

/// The check of what follows `http(s)://` in a URL the usual path did not settle.
#[cold]
#[inline(never)]
fn is_http_uri_rest(s: &str, rest: &[u8]) -> bool {
    is_simple_http_uri(rest).unwrap_or_else(|| fluent_uri::Uri::parse(s).is_ok())
}

/// The contexts in which a URI byte continues a run of plain characters, as bits of
/// [`URI_RUNS`]: one bit a context, so that eight bytes are checked with one test.
const IN_HOST: u8 = 1; // RFC 3986 `unreserved` and `sub-delims`
const IN_AUTHORITY: u8 = 2; // those and `:`
const IN_PATH: u8 = 4; // those, `@` and `/`
const IN_QUERY: u8 = 8; // those and `?`

/// The context bits of every byte.
static URI_RUNS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
            )
        {
            table[b] = IN_HOST | IN_AUTHORITY | IN_PATH | IN_QUERY;
        }
        b += 1;
    }
    table[b':' as usize] = IN_AUTHORITY | IN_PATH | IN_QUERY;
    table[b'@' as usize] = IN_PATH | IN_QUERY;
    table[b'/' as usize] = IN_PATH | IN_QUERY;
    table[b'?' as usize] = IN_QUERY;
    table
};

/// The RFC 3986 check of what follows `http(s)://`, for URLs whose host is not an IP
/// literal (`[...]`): `None` hands those to the full parser. Being a hand check of the
/// hot path, it is held to the full parser by a test.
fn is_simple_http_uri(rest: &[u8]) -> Option<bool> {
    // The authority: every byte `unreserved`, `sub-delims`, `:`, `@` or an escape, at
    // most one `@` (after it no `@` can follow, so the host and the userinfo need no
    // check of their own), and digits only after the host's `:`.
    let mut at = None;
    let mut i = 0;
    loop {
        i += run_of(&rest[i..], IN_AUTHORITY);
        match rest.get(i) {
            Some(b'@') if at.is_none() => {
                at = Some(i);
                i += 1;
            }
            Some(b'%') if is_escape(&rest[i..]) => i += 3,
            Some(b'[') => return None,
            Some(b'/' | b'?' | b'#') | None => break,
            Some(_) => return Some(false),
        }
    }
    let host_port = &rest[at.map_or(0, |at| at + 1)..i];
    let port_ok = match host_port.iter().position(|&b| b == b':') {
        Some(colon) => host_port[colon + 1..].iter().all(u8::is_ascii_digit),
        None => true,
    };
    Some(port_ok && is_path_query_fragment(&rest[i..]))
}

/// The AND of the context bits of `chunk`'s bytes.
#[inline]
fn contexts_of(chunk: &[u8]) -> u8 {
    chunk
        .iter()
        .fold(u8::MAX, |all, &b| all & URI_RUNS[usize::from(b)])
}

/// The length of the run of bytes that continue a run in `context` at the start of
/// `bytes`.
#[inline]
fn run_of(bytes: &[u8], context: u8) -> usize {
    // Eight bytes a test: URLs are mostly long runs of plain characters.
    let mut start = 0;
    for chunk in bytes.chunks_exact(8) {
        if contexts_of(chunk) & context == 0 {
            break;
        }
        start += 8;
    }
    let tail = &bytes[start..];
    start
        + tail
            .iter()
            .position(|&b| URI_RUNS[usize::from(b)] & context == 0)
            .unwrap_or(tail.len())
}

/// Whether every byte of `bytes` continues a run in `context`: eight bytes a test and
/// no early exit, the last eight overlapping the ones before (a byte seen twice does
/// no harm).
#[inline]
fn all_of(bytes: &[u8], context: u8) -> bool {
    let Some(last) = bytes.len().checked_sub(8) else {
        return contexts_of(bytes) & context != 0;
    };
    let chunks = bytes
        .chunks_exact(8)
        .fold(u8::MAX, |all, chunk| all & contexts_of(chunk));
    chunks & contexts_of(&bytes[last..]) & context != 0
}

/// Whether `bytes` starts with a `%XX` escape.
fn is_escape(bytes: &[u8]) -> bool {
    bytes
        .get(1..3)
        .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
}

/// `path-abempty [ "?" query ] [ "#" fragment ]`, in one pass.
fn is_path_query_fragment(tail: &[u8]) -> bool {
    let mut context = IN_PATH;
    let mut in_fragment = false;
    let mut i = 0;
    loop {
        i += run_of(&tail[i..], context);
        match tail.get(i) {
            None => return true,
            Some(b'%') if is_escape(&tail[i..]) => i += 3,
            Some(b'?') => {
                context = IN_QUERY;
                i += 1;
            }
            Some(b'#') if !in_fragment => {
                context = IN_QUERY;
                in_fragment = true;
                i += 1;
            }
            Some(_) => return false,
        }
    }
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
    fn a_brace_is_found_at_every_offset_of_every_length() {
        for len in 0..80 {
            let plain = vec![b'a'; len];
            assert!(!has_open_brace(&plain), "{len}");
            for at in 0..len {
                let mut bytes = plain.clone();
                bytes[at] = b'{';
                assert!(has_open_brace(&bytes), "{len} {at}");
                for bit in 0..8 {
                    bytes[at] = b'{' ^ (1 << bit);
                    assert!(!has_open_brace(&bytes), "{len} {at} {bit}");
                }
            }
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
        assert_eq!(http_url_scheme("HTTP://x"), Some(HttpScheme::Http));
        assert_eq!(http_url_scheme("hTTpS://x"), Some(HttpScheme::Https));
        assert_eq!(http_url_scheme("hxtp://x"), None);
    }

    #[test]
    fn the_fast_url_check_agrees_with_the_full_parser() {
        let parts = [
            "",
            "a",
            "h.example.com",
            "u:p@h",
            "h:443",
            "h:x",
            "@h",
            "a@b@c",
            "%41",
            "%4",
            "%zz",
            " ",
            "[::1]",
            "é",
            "/",
            "?",
            "#",
            "//",
            "~!$&'()*+,;=",
            ":@",
            "{",
            "\\",
            "^",
            "|",
            "\"",
            "<",
        ];
        for scheme in ["http://", "https://"] {
            for a in parts {
                for b in parts {
                    for c in parts {
                        let url = format!("{scheme}{a}{b}{c}");
                        let full = fluent_uri::Uri::parse(url.as_str()).is_ok();
                        if let Some(fast) = is_simple_http_uri(&url.as_bytes()[scheme.len()..]) {
                            assert_eq!(fast, full, "{url}");
                        }
                        // the usual path and its fallbacks, where the authority is not empty
                        let rest = &url.as_bytes()[scheme.len()..];
                        if !matches!(rest.first(), None | Some(b'/' | b'?' | b'#')) {
                            assert_eq!(is_http_url(&url), full, "{url}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn one_odd_byte_anywhere_in_a_long_url_gets_the_full_parser_verdict() {
        let base = "https://assets.example-cdn.com/a/long/path-with_many~chars!$&'()*+,;=:@/x.png";
        let odd = [
            " ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}", "%", "%4", "%41", "?", "#", "[",
            "]", "é", "\u{7f}", "\t", ":", "@", "/",
        ];
        for at in "https://".len()..base.len() {
            for byte in odd {
                let url = format!("{}{byte}{}", &base[..at], &base[at + 1..]);
                let full = fluent_uri::Uri::parse(url.as_str()).is_ok();
                // an empty authority is RFC 3986 but not an `http(s)` URL
                let empty_authority = at == "https://".len() && matches!(byte, "/" | "?" | "#");
                assert_eq!(is_http_url(&url), full && !empty_authority, "{url}");
            }
        }
    }

    proptest::proptest! {
        /// URLs made of the bytes that steer the check (class boundaries, escapes,
        /// delimiters, odd bytes) in runs long enough to cross its eight-byte chunks.
        #[test]
        fn the_url_check_agrees_with_the_full_parser(
            scheme in "[hH][tT][tT][pP][sS]?://",
            rest in "[a-z0-9.~-]{0,12}(/[a-z0-9.~-]{0,16}|[:@/?#%\\[\\]{} ^|\"]|%[0-9a-fA-F]{2}|é){0,8}",
        ) {
            let url = format!("{scheme}{rest}");
            let full = fluent_uri::Uri::parse(url.as_str()).is_ok();
            let empty_authority = matches!(rest.as_bytes().first(), None | Some(b'/' | b'?' | b'#'));
            proptest::prop_assert_eq!(is_http_url(&url), full && !empty_authority, "{}", url);
        }
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
