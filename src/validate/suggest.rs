//! "Did you mean ...": the nearest allowed spelling of a mistyped key or value.

/// The candidate nearest to `input`, if it is near enough to be a typo: compared case-
/// and separator-insensitively, then by edit distance, so `zoom` finds `Zoom` and
/// `OAUTH_CLIENTID` finds `OAUTH_CLIENT_ID`.
pub(crate) fn nearest<'c>(input: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let folded = fold(input);
    if folded.is_empty() {
        return None;
    }
    let limit = (folded.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|&candidate| (strsim::levenshtein(&folded, &fold(candidate)), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
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
