use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// A credential (`OAUTH_CLIENT_SECRET`, `API_KEY`, `API_SECRET`): serialized as its
/// value, since PingOne needs it, but shown as `***` by `Debug` and `Display`.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(
    String,
    /// Withheld by the API: not serialized back.
    #[serde(skip)]
    bool,
);

impl Secret {
    /// Wraps a credential.
    #[must_use]
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into(), false)
    }

    /// A credential the API withheld: a store response may leave out write-only
    /// values (the validator accepts that in responses, store-types.md A2.10). Its
    /// value is empty.
    #[must_use]
    pub fn withheld() -> Self {
        Self(String::new(), true)
    }

    /// Whether the API withheld this credential ([`Secret::withheld`]): it is then
    /// left out when the model is serialized.
    #[must_use]
    pub fn is_withheld(&self) -> bool {
        self.1
    }

    /// The credential itself; mind where it goes.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value, false)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned(), false)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl validator::ValidateRegex for Secret {
    fn validate_regex(&self, regex: impl validator::AsRegex) -> bool {
        self.0.validate_regex(regex)
    }
}

impl JsonSchema for Secret {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Secret".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "writeOnly": true })
    }
}

/// The keys declared secret (a password, client secret, access or refresh token, or
/// API key), over every store type: read from the declarations
/// ([`crate::model::declarations`]), each once.
///
/// Masking reads the set through [`secret_keys`] and [`is_secret_key`] only.
static SECRET_KEYS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| declared_keys(true));

/// Declared keys that hold no secret although their names look like one (they contain
/// `TOKEN`: `OAUTH_TOKEN_URL`): their values are shown.
static NOT_SECRET: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    declared_keys(false)
        .into_iter()
        .filter(|key| !SECRET_KEYS.contains(key) && contains_secret_part(&fold(key)))
        .collect()
});

/// The declared keys that are (or are not) secrets, sorted, each once.
fn declared_keys(secret: bool) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = super::declarations::all()
        .flat_map(|decl| decl.keys.iter())
        .filter(|key| key.secret == secret)
        .map(|key| key.name)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// What a key's name contains, with case, `_`, `-` and spaces ignored, when its value
/// is taken for a secret.
const SECRET_NAME_PARTS: &[&str] = &[
    "SECRET",
    "PASSWORD",
    "PASSWD",
    "TOKEN",
    "APIKEY",
    "PRIVATEKEY",
    "CREDENTIAL",
];

/// The configuration keys of the model whose values are secrets, over every store
/// type (a store type's secret key is a secret in any object).
#[must_use]
pub fn secret_keys() -> &'static [&'static str] {
    &SECRET_KEYS
}

/// Whether `key` (decoded, spelled exactly) is a secret key of the model.
#[must_use]
pub fn is_secret_key(key: &str) -> bool {
    SECRET_KEYS.contains(&key)
}

/// Whether the value of a member named `key` (decoded) is to be hidden from output: a
/// secret key of the model, or a key that looks like one. With case, `_`, `-` and
/// spaces ignored, a key looks like a secret when it contains `SECRET`, `PASSWORD`,
/// `PASSWD`, `TOKEN`, `APIKEY`, `PRIVATEKEY` or `CREDENTIAL`, or when it is one edit
/// (two for names of ten letters or more, a swap of neighbours counting as one) away
/// from a secret key (`OAUTH_CLIENT_SECERT`, `apiKey`, `API-KEY`). The keys of the
/// model that hold no secret (`OAUTH_TOKEN_URL`) are not secrets whatever they contain.
#[must_use]
pub fn hides_value(key: &str) -> bool {
    // Most members of a payload are declared keys: their answers are worked out once.
    match DECLARED_HIDDEN.binary_search_by(|(name, _)| (*name).cmp(key)) {
        Ok(found) => DECLARED_HIDDEN[found].1,
        Err(_) => look_up_hides_value(key),
    }
}

/// [`hides_value`], worked out (an edit distance to every secret key).
fn look_up_hides_value(key: &str) -> bool {
    is_secret_key(key) || folded_hides_value(&fold(key))
}

/// Every declared key with its [`hides_value`], sorted by key, each once.
static DECLARED_HIDDEN: std::sync::LazyLock<Vec<(&'static str, bool)>> =
    std::sync::LazyLock::new(|| {
        let mut keys: Vec<&'static str> = super::declarations::all()
            .flat_map(|decl| decl.keys.iter())
            .map(|key| key.name)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.into_iter()
            .map(|key| (key, look_up_hides_value(key)))
            .collect()
    });

/// [`hides_value`] of a name already folded (see [`fold`]).
fn folded_hides_value(folded: &[char]) -> bool {
    let folded_keys = folded_keys();
    if folded_keys.not_secret.iter().any(|key| key == folded) {
        return false;
    }
    contains_secret_part(folded)
        || folded_keys.secret.iter().any(|secret| {
            let limit = if secret.len() >= 10 { 2 } else { 1 };
            within_edits(folded, secret, limit)
        })
}

/// Whether `a` is at most `limit` edits from `b` (insertions, deletions, substitutions
/// and swaps of neighbours: the optimal string alignment distance). Rows on the stack
/// and a stop as soon as a row is over the limit: every member of a file is checked
/// against every secret key, so this must cost next to nothing.
fn within_edits(a: &[char], b: &[char], limit: usize) -> bool {
    const WIDTH: usize = 32;
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    if b.len() >= WIDTH {
        return strsim::generic_damerau_levenshtein(a, b) <= limit;
    }
    let n = b.len();
    let mut before = [0usize; WIDTH];
    let mut previous = [0usize; WIDTH];
    let mut current = [0usize; WIDTH];
    for (j, cell) in previous.iter_mut().enumerate().take(n + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut distance = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                distance = distance.min(before[j - 2] + 1);
            }
            current[j] = distance;
            row_min = row_min.min(distance);
        }
        if row_min > limit {
            return false;
        }
        before = previous;
        previous = current;
    }
    previous[n] <= limit
}

/// `key` upper-cased, without `_`, `-` and spaces.
fn fold(key: &str) -> Vec<char> {
    key.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_uppercase)
        .collect()
}

/// The secret and not-secret keys, folded once.
struct FoldedKeys {
    secret: Vec<Vec<char>>,
    not_secret: Vec<Vec<char>>,
}

fn folded_keys() -> &'static FoldedKeys {
    static KEYS: std::sync::OnceLock<FoldedKeys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| FoldedKeys {
        secret: SECRET_KEYS.iter().map(|key| fold(key)).collect(),
        not_secret: NOT_SECRET.iter().map(|key| fold(key)).collect(),
    })
}

fn contains_secret_part(folded: &[char]) -> bool {
    static PARTS: std::sync::LazyLock<Vec<Vec<char>>> =
        std::sync::LazyLock::new(|| SECRET_NAME_PARTS.iter().map(|part| fold(part)).collect());
    PARTS.iter().any(|part| {
        folded
            .windows(part.len())
            .any(|window| window == part.as_slice())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let secret = Secret::new("hunter2");
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(secret.to_string(), "***");
        assert_eq!(secret.expose(), "hunter2");
    }

    #[test]
    fn serializes_the_value_for_the_api() {
        assert_eq!(serde_json::to_string(&Secret::new("k")).unwrap(), r#""k""#);
    }

    #[test]
    fn declared_keys_answer_from_the_table_as_worked_out() {
        let mut checked = 0;
        for key in super::super::declarations::all().flat_map(|decl| decl.keys.iter()) {
            assert_eq!(
                hides_value(key.name),
                look_up_hides_value(key.name),
                "{}",
                key.name
            );
            assert_eq!(
                hides_value(key.name),
                key.secret || look_up_hides_value(key.name)
            );
            checked += 1;
        }
        assert!(checked > 100 && DECLARED_HIDDEN.iter().any(|(_, hidden)| *hidden));
    }

    #[test]
    fn the_model_s_secret_keys_are_secrets() {
        for key in [
            "OAUTH_CLIENT_SECRET",
            "API_KEY",
            "API_SECRET",
            "ClientSecret",
            "password",
        ] {
            assert!(is_secret_key(key) && hides_value(key), "{key}");
        }
        assert!(!is_secret_key("OAUTH_CLIENT_ID"));
        assert!(!is_secret_key("oauth_client_secret"), "exact spelling");
    }

    #[test]
    fn edit_distance_agrees_with_strsim() {
        let words = [
            "OAUTHCLIENTSECRET",
            "OAUTHCLIENTSECERT",
            "OAUTHCLIENTSECRT",
            "APIKEY",
            "AIPKEY",
            "APIKY",
            "PASSWORD",
            "PASWORD",
            "MEMBERNAME000123",
            "",
            "A",
        ];
        for a in words {
            for b in words {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let distance = strsim::generic_damerau_levenshtein(&a, &b);
                for limit in 0..3 {
                    // strsim's is the unrestricted distance, equal to the alignment one
                    // on these words.
                    assert_eq!(
                        within_edits(&a, &b, limit),
                        distance <= limit,
                        "{a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn look_alike_keys_hide_their_values() {
        for key in [
            "OAUTH_CLIENT_SECERT",
            "OAUTH_CLIENT_SECRT",
            "apiKey",
            "API-KEY",
            "api key",
            "db_passwd",
            "PrivateKey",
            "refresh_token",
            "Credentials",
            "APIKY",
            "oauth_client_secret",
        ] {
            assert!(hides_value(key), "{key}");
        }
    }

    #[test]
    fn other_keys_show_their_values() {
        for key in [
            "OAUTH_CLIENT_ID",
            "OAUTH_TOKEN_URL",
            "OAUTH_TOKEN_REQUEST",
            "SCIM_URL",
            "name",
            "API_URL",
            "AUTHENTICATION_METHOD",
            "",
        ] {
            assert!(!hides_value(key), "{key}");
        }
        assert!(hides_value(&format!("{}TOKEN", "x".repeat(100))));
        assert!(!hides_value(&"x".repeat(100)));
    }
}
