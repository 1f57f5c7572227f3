//! Typed models of the PingOne propagation store (base model) and of each store type's
//! configuration, for requests (create and update take the same body) and responses.
//!
//! The types hold only payloads PingOne accepts: where `AUTHENTICATION_METHOD` decides
//! which keys are required (Zoom, scim), the method is an enum whose variants carry
//! exactly the keys that method requires, and deserializing (serde) runs the same checks
//! as [`validator::Validate`]. Wire names are spelled as PingOne spells them
//! (`SCIM_URL`, `createdAt`, `_links`). The configurations are generated from
//! [`declarations`] (see `src/model/generated.rs`), the store and its nested objects too.

pub mod decl;
pub mod declarations;
pub(crate) mod formats;
// Printed by prettyplease (`cargo xtask codegen`), not by rustfmt.
#[rustfmt::skip]
pub(crate) mod generated;
pub use generated::*;
mod secret;
mod store;
mod zoom;

#[cfg(feature = "render")]
pub(crate) use secret::folded_hides_value;
pub use secret::{Secret, hides_value, is_secret_key, secret_keys};

/// The body of `POST /environments/{envID}/propagation/stores`.
pub type CreateStoreRequest = StoreRequest;
/// The body of `PUT /environments/{envID}/propagation/stores/{storeID}`: the same as create.
pub type UpdateStoreRequest = StoreRequest;

/// Deserializes a present member, so that `null` is refused rather than read as absent
/// (PingOne treats `null` as a wrong type). Pair with `#[serde(default)]`.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Deserializes `T` from a JSON object only. serde's derived structs also accept an
/// array of their fields in order (`["zoom", ...]`), which no JSON payload means.
pub(crate) struct FromObject<T>(pub(crate) T);

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for FromObject<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
        T::deserialize(serde_json::Value::Object(map))
            .map(Self)
            .map_err(serde::de::Error::custom)
    }
}

/// [`present`] for a member whose value is an object.
pub(crate) fn present_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    <FromObject<T> as serde::Deserialize>::deserialize(deserializer).map(|object| Some(object.0))
}

/// Deserializes a required member whose value is an object.
pub(crate) fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    <FromObject<T> as serde::Deserialize>::deserialize(deserializer).map(|object| object.0)
}

/// A declared object's struct (`Image`, `SyncStatus`): its keys as on the wire.
pub(crate) trait DeclaredObject {
    /// The declared keys.
    const KEYS: &'static [&'static str];
}

/// An object of a response: the members its declaration does not name are dropped
/// before serde reads it (the API may add members), so a struct that refuses unknown
/// members in a request (`Image`) still reads a response.
pub(crate) fn lenient_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: DeclaredObject + serde::de::DeserializeOwned,
{
    let mut map = <serde_json::Map<String, serde_json::Value> as serde::Deserialize>::deserialize(
        deserializer,
    )?;
    map.retain(|key, _| T::KEYS.contains(&key.as_str()));
    serde_json::from_value(serde_json::Value::Object(map))
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// An object of objects (`_links`), each read by [`FromObject`].
pub(crate) fn map_of_objects<'de, D, T>(
    deserializer: D,
) -> Result<Option<std::collections::BTreeMap<String, T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let map =
        <std::collections::BTreeMap<String, FromObject<T>> as serde::Deserialize>::deserialize(
            deserializer,
        )?;
    Ok(Some(
        map.into_iter()
            .map(|(name, FromObject(object))| (name, object))
            .collect(),
    ))
}

/// A count: a JSON number whose value is a whole number of zero or more. `3.0` counts
/// as `3`, as JSON Schema's `integer` has it.
pub(crate) fn count<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u64>, D::Error> {
    let number = <serde_json::Number as serde::Deserialize>::deserialize(deserializer)?;
    formats::as_count(&number)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom("expected a whole number of zero or more"))
}

/// The error of parsing a string enum such as [`StoreType`]: the string is not one of
/// the allowed spellings (case matters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownValue {
    allowed: &'static [&'static str],
}

impl UnknownValue {
    /// The allowed spellings.
    #[must_use]
    pub fn allowed(&self) -> &'static [&'static str] {
        self.allowed
    }
}

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("expected one of ")?;
        for (i, name) in self.allowed.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownValue {}
