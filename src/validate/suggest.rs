//! "Did you mean ...": the nearest allowed spelling of a mistyped key or value.

use smallvec::SmallVec;

/// The candidate nearest to `input`, if it is near enough to be a typo: compared case-
/// and separator-insensitively, then by edit distance (`strsim`'s Levenshtein, at most a
/// third of the folded input's characters, at least one), so `zoom` finds `Zoom` and
/// `OAUTH_CLIENTID` finds `OAUTH_CLIENT_ID`. Of equally near candidates, the first wins.
pub(crate) fn nearest<'c>(
    input: &str,
    candidates: impl IntoIterator<Item = &'c str, IntoIter: Clone>,
) -> Option<&'c str> {
    let candidates = candidates.into_iter();
    let mut input_folded = Folded::new();
    fold_into(input, &mut input_folded);
    let input_folded = as_str(&input_folded);
    if input_folded.is_empty() {
        return None;
    }
    // Case and separator slips (`zoom`, `scim_url`) are the usual mistakes, and the
    // comparison stops at the first differing character: try them before any distance.
    if let Some(exact) = candidates
        .clone()
        .find(|candidate| folds_to(candidate, input_folded))
    {
        return Some(exact);
    }
    let mut folded = Folded::new();
    let input_len = input_folded.chars().count();
    let limit = (input_len / 3).max(1);
    candidates
        .filter_map(|candidate| {
            fold_into(candidate, &mut folded);
            let folded = as_str(&folded);
            // The difference of the lengths is a lower bound of the distance: a
            // candidate it puts over the limit needs no distance computed.
            if folded.chars().count().abs_diff(input_len) > limit {
                return None;
            }
            let distance = strsim::levenshtein(input_folded, folded);
            (distance <= limit).then_some((distance, candidate))
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// The UTF-8 bytes of a folded string, held in place when it is as short as keys and
/// values are: a suggestion allocates nothing for them.
type Folded = SmallVec<[u8; 64]>;

/// The text of `folded`, which [`fold_into`] fills with whole characters only.
fn as_str(folded: &Folded) -> &str {
    std::str::from_utf8(folded).unwrap_or_default()
}

/// Whether `c` is one of the separators a comparison ignores.
fn is_separator(c: char) -> bool {
    matches!(c, '_' | '-' | ' ')
}

/// Puts the characters of `s` into `out`, without separators, in lower case.
fn fold_into(s: &str, out: &mut Folded) {
    out.clear();
    let mut buffer = [0; 4];
    for c in s.chars().filter(|c| !is_separator(*c)) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase() as u8);
        } else {
            for lower in c.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
            }
        }
    }
}

/// Whether `s` folds ([`fold_into`]) to `folded`, compared as it is folded: most
/// candidates differ within a few characters. ASCII characters take no case-mapping
/// iterator (which cost about thirty instructions a character).
fn folds_to(s: &str, folded: &str) -> bool {
    let mut rest = folded.as_bytes();
    for c in s.chars().filter(|c| !is_separator(*c)) {
        if c.is_ascii() {
            match rest.split_first() {
                Some((&b, tail)) if b == (c as u8).to_ascii_lowercase() => rest = tail,
                _ => return false,
            }
        } else {
            let mut buffer = [0; 4];
            for lower in c.to_lowercase() {
                let bytes = lower.encode_utf8(&mut buffer).as_bytes();
                match rest.strip_prefix(bytes) {
                    Some(tail) => rest = tail,
                    None => return false,
                }
            }
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_case_and_separator_mistakes() {
        let keys = ["OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "SCIM_URL"];
        assert_eq!(nearest("OAUTH_CLIENTID", keys), Some("OAUTH_CLIENT_ID"));
        assert_eq!(nearest("scim_url", keys), Some("SCIM_URL"));
        assert_eq!(nearest("SCIM_ULR", keys), Some("SCIM_URL"));
        assert_eq!(nearest("zoom", ["Slack", "Zoom"]), Some("Zoom"));
        assert_eq!(
            nearest(
                "oauth bearer token",
                ["OAuth Bearer Token", "JWT Bearer Token"]
            ),
            Some("OAuth Bearer Token")
        );
    }

    #[test]
    fn the_first_of_equally_near_candidates_wins() {
        assert_eq!(
            nearest("SCIM_URK", ["SCIM_URL", "SCIM_URI"]),
            Some("SCIM_URL")
        );
        assert_eq!(
            nearest("SCIM_URK", ["SCIM_URI", "SCIM_URL"]),
            Some("SCIM_URI")
        );
    }

    #[test]
    fn the_distance_limit_is_a_third_of_the_input() {
        // `abcdef` folds to six characters: two edits are near enough, three are not
        assert_eq!(nearest("abcdef", ["abcdxy"]), Some("abcdxy"));
        assert_eq!(nearest("abcdef", ["abcxyz"]), None);
        // short inputs still allow one edit
        assert_eq!(nearest("ab", ["ax"]), Some("ax"));
    }

    #[test]
    fn stays_silent_when_nothing_is_close() {
        assert_eq!(nearest("colour", ["SCIM_URL", "REMOVE_ACTION"]), None);
        assert_eq!(nearest("", ["a"]), None);
    }

    #[test]
    fn folds_to_agrees_with_fold_into() {
        let words = [
            "OAUTH_CLIENT_ID",
            "oauthclientid",
            "Oauth Client-Id",
            "oauthclient",
            "ÉTÉ_Été",
            "étéété",
            "İx",
            "STRASSE",
            "Straße",
            "",
            "_-_",
            "a",
            "ab",
        ];
        for s in words {
            for t in words {
                let mut folded = Folded::new();
                fold_into(t, &mut folded);
                let mut own = Folded::new();
                fold_into(s, &mut own);
                assert_eq!(folds_to(s, as_str(&folded)), own == folded, "{s} {t}");
            }
        }
    }
}
