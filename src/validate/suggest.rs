//! "Did you mean ...": the nearest allowed spelling of a mistyped key or value.

/// The candidate nearest to `input`, if it is near enough to be a typo: compared case-
/// and separator-insensitively, then by edit distance, so `zoom` finds `Zoom` and
/// `OAUTH_CLIENTID` finds `OAUTH_CLIENT_ID`.
pub(crate) fn nearest<'c>(input: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let mut folded = Vec::new();
    fold_into(input, &mut folded);
    let input = folded;
    if input.is_empty() {
        return None;
    }
    // Case and separator slips (`zoom`, `scim_url`) are the usual mistakes, and the
    // comparison stops at the first differing character: try them before any distance.
    let folded_equal = |candidate: &&&str| {
        candidate
            .chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .eq(input.iter().copied())
    };
    if let Some(&exact) = candidates.iter().find(folded_equal) {
        return Some(exact);
    }
    let limit = (input.len() / 3).max(1);
    // Buffers shared by every candidate; a candidate whose length alone puts it over the
    // limit is skipped, and a distance computation stops once every path exceeds it.
    let mut candidate_chars = Vec::new();
    let mut rows = (
        Vec::with_capacity(input.len() + 1),
        Vec::with_capacity(input.len() + 1),
    );
    let mut best: Option<(usize, &'c str)> = None;
    for &candidate in candidates {
        // Only a candidate strictly nearer than the best so far can win.
        let bound = match best {
            Some((0, _)) => break,
            Some((nearest, _)) => nearest - 1,
            None => limit,
        };
        fold_into(candidate, &mut candidate_chars);
        if candidate_chars.len().abs_diff(input.len()) > bound {
            continue;
        }
        if let Some(distance) = bounded_levenshtein(&input, &candidate_chars, bound, &mut rows) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// The edit distance of `a` and `b` when it is at most `bound`, else `None`.
///
/// Only the cells within `bound` of the diagonal can lead to a distance within the
/// bound (Ukkonen's band): the others are left at "too far".
fn bounded_levenshtein(
    a: &[char],
    b: &[char],
    bound: usize,
    rows: &mut (Vec<usize>, Vec<usize>),
) -> Option<usize> {
    const FAR: usize = usize::MAX / 2;
    let (previous, current) = rows;
    previous.clear();
    previous.extend((0..=a.len()).map(|i| if i <= bound { i } else { FAR }));
    for (j, &cb) in b.iter().enumerate() {
        let row = j + 1;
        current.clear();
        current.resize(a.len() + 1, FAR);
        if row <= bound {
            current[0] = row;
        }
        let first = row.saturating_sub(bound).max(1);
        let last = (row + bound).min(a.len());
        let mut row_min = current[0];
        for i in first..=last {
            let substitution = previous[i - 1] + usize::from(a[i - 1] != cb);
            let cell = substitution.min(previous[i] + 1).min(current[i - 1] + 1);
            current[i] = cell;
            row_min = row_min.min(cell);
        }
        if row_min > bound {
            return None;
        }
        std::mem::swap(previous, current);
    }
    previous.last().copied().filter(|&d| d <= bound)
}

/// Puts the characters of `s` into `out`, without separators, in lower case.
fn fold_into(s: &str, out: &mut Vec<char>) {
    out.clear();
    out.reserve(s.len());
    for c in s.chars() {
        match c {
            '_' | '-' | ' ' => {}
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => out.extend(c.to_lowercase()),
        }
    }
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
    fn bounded_distance_matches_the_plain_one() {
        let words = [
            "",
            "a",
            "ab",
            "kitten",
            "sitting",
            "saturday",
            "sunday",
            "oauthclientid",
            "oauthclientsecret",
        ];
        let mut rows = (Vec::new(), Vec::new());
        for a in words {
            for b in words {
                let (a_chars, b_chars): (Vec<char>, Vec<char>) =
                    (a.chars().collect(), b.chars().collect());
                let plain = strsim::levenshtein(a, b);
                for bound in 0..8 {
                    let expected = (plain <= bound).then_some(plain);
                    assert_eq!(
                        bounded_levenshtein(&a_chars, &b_chars, bound, &mut rows),
                        expected,
                        "{a} {b} {bound}"
                    );
                }
            }
        }
    }

    #[test]
    fn stays_silent_when_nothing_is_close() {
        assert_eq!(nearest("colour", &["SCIM_URL", "REMOVE_ACTION"]), None);
        assert_eq!(nearest("", &["a"]), None);
    }
}
