//! "Did you mean ...": the nearest allowed spelling of a mistyped key or value.

/// The candidate nearest to `input`, if it is near enough to be a typo: compared case-
/// and separator-insensitively, then by edit distance, so `zoom` finds `Zoom` and
/// `OAUTH_CLIENTID` finds `OAUTH_CLIENT_ID`.
pub(crate) fn nearest<'c>(input: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let folded = fold(input);
    if folded.is_empty() {
        return None;
    }
    let length = folded.chars().count();
    let limit = (length / 3).max(1);
    // One buffer for every folded candidate, and no edit distance for a candidate whose
    // length alone puts it over the limit (the distance is at least the difference in
    // length): the first nearest candidate wins, as before.
    let mut buffer = String::new();
    let mut best: Option<(usize, &'c str)> = None;
    for &candidate in candidates {
        buffer.clear();
        buffer.extend(folded_chars(candidate));
        if buffer.chars().count().abs_diff(length) > limit {
            continue;
        }
        let distance = strsim::levenshtein(&folded, &buffer);
        if distance <= limit && best.is_none_or(|(nearest, _)| distance < nearest) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

fn fold(s: &str) -> String {
    folded_chars(s).collect()
}

/// The characters of `s` without separators, in lower case.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_case_and_separator_mistakes() {
        let keys = ["OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "SCIM_URL"];
        assert_eq!(nearest("OAUTH_CLIENTID", &keys), Some("OAUTH_CLIENT_ID"));
        assert_eq!(nearest("scim_url", &keys), Some("SCIM_URL"));
        assert_eq!(nearest("SCIM_ULR", &keys), Some("SCIM_URL"));
        assert_eq!(nearest("zoom", &["Slack", "Zoom"]), Some("Zoom"));
        assert_eq!(
            nearest(
                "oauth bearer token",
                &["OAuth Bearer Token", "JWT Bearer Token"]
            ),
            Some("OAuth Bearer Token")
        );
    }

    #[test]
    fn stays_silent_when_nothing_is_close() {
        assert_eq!(nearest("colour", &["SCIM_URL", "REMOVE_ACTION"]), None);
        assert_eq!(nearest("", &["a"]), None);
    }
}
