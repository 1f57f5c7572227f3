//! Typed models of the PingOne propagation store (base model) and of each store type's
//! configuration, for requests (create and update take the same body) and responses; and
//! of the other payloads of the propagation API: plans, rules, mappings, store metadata
//! requests, the read-all lists and the setup file.
//!
//! The types hold only payloads PingOne accepts: where `AUTHENTICATION_METHOD` decides
//! which keys are required (Zoom, scim), the method is an enum whose variants carry
//! exactly the keys that method requires; a mapping's source is one of its two keys
//! ([`MappingSource`]); and deserializing (serde) runs the same checks as
//! [`validator::Validate`]. Wire names are spelled as PingOne spells them
//! (`SCIM_URL`, `createdAt`, `_links`). Every model is generated from [`declarations`]
//! (see `src/model/generated.rs` and `src/model/generated_propagation.rs`).

// Not API: the declarations, the allow-list and generator helpers are public only for
// the command line, xtask and the tests (docs/api.md); hidden from the docs, they may
// change in any release.
#[doc(hidden)]
pub mod decl;
#[doc(hidden)]
pub mod declarations;
pub(crate) mod formats;
// Printed by prettyplease (`cargo xtask codegen`), not by rustfmt.
#[rustfmt::skip]
pub(crate) mod generated;
// Printed by prettyplease (`cargo xtask codegen`), not by rustfmt.
#[rustfmt::skip]
pub(crate) mod generated_propagation;
pub(crate) mod scim_filter;
pub use generated::*;
pub use generated_propagation::*;
mod secret;
#[doc(hidden)]
pub mod shown;
mod store;
mod zoom;

pub use secret::Secret;
#[doc(hidden)]
pub use secret::{hides_value, is_secret_key, secret_keys};

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

/// [`lenient_object`] for a required member.
pub(crate) fn lenient_required<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: DeclaredObject + serde::de::DeserializeOwned,
{
    lenient_object(deserializer)
        .and_then(|object| object.ok_or_else(|| serde::de::Error::custom("expected an object")))
}

/// An array of objects of a response (a rule's `groups`), each read as
/// [`lenient_object`] reads one: the members its declaration does not name are dropped.
pub(crate) fn lenient_objects<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: DeclaredObject + serde::de::DeserializeOwned,
{
    let items =
        <Vec<serde_json::Map<String, serde_json::Value>> as serde::Deserialize>::deserialize(
            deserializer,
        )?;
    items
        .into_iter()
        .map(|mut map| {
            map.retain(|key, _| T::KEYS.contains(&key.as_str()));
            serde_json::from_value(serde_json::Value::Object(map))
        })
        .collect::<Result<Vec<T>, _>>()
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

/// [`count`] for a required member.
pub(crate) fn required_count<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<u64, D::Error> {
    count(deserializer)?.ok_or_else(|| serde::de::Error::custom("expected a whole number"))
}

/// The wire names serde reads for a struct, as its derived `Deserialize` declares them:
/// the drift test holds them to the declarations key by key.
#[cfg(test)]
pub(crate) mod wire_names {
    use std::cell::Cell;
    use std::rc::Rc;

    use serde::de::{Error as _, Visitor, value::Error};

    /// A deserializer that records the field names a struct asks for, and reads nothing.
    pub(crate) struct FieldRecorder(Rc<Cell<&'static [&'static str]>>);

    impl<'de> serde::Deserializer<'de> for FieldRecorder {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0.set(fields);
            Err(Error::custom("recorded"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    /// The field names `read` asks the deserializer for.
    pub(crate) fn fields_of<T>(
        read: impl FnOnce(FieldRecorder) -> Result<T, Error>,
    ) -> &'static [&'static str] {
        let fields = Rc::new(Cell::new(&[][..]));
        let _ = read(FieldRecorder(Rc::clone(&fields)));
        fields.get()
    }

    /// Every generated struct reads exactly its declaration's keys, in declaration
    /// order: a field added to a generated struct by hand, or a key added to a
    /// declaration without `cargo xtask codegen`, fails here.
    #[test]
    fn generated_structs_read_the_declared_keys() {
        let stores = super::generated::wire_fields();
        // 4 nested objects, 2 store bodies, 13 configurations.
        assert_eq!(stores.len(), 19);
        let others = super::generated_propagation::wire_fields();
        // `Reference`, 4 `_embedded` objects, `SetupEntry` (not the open `configuration`
        // of a rule, whose other members serde reads as a map); a request and a response
        // of a plan, a rule and a mapping; the LdapGateway metadata request, 4 lists, the
        // setup file.
        assert_eq!(others.len(), 6 + 6 + 1 + 4 + 1);
        for (name, fields) in stores.into_iter().chain(others) {
            let decl = super::declarations::every_kind()
                .find(|decl| decl.name == name)
                .unwrap_or_else(|| panic!("`{name}` is not declared"));
            let declared: Vec<&str> = decl.key_names().collect();
            assert_eq!(
                fields, declared,
                "the generated struct of `{name}` differs from its declaration; \
                 run `cargo xtask codegen`"
            );
        }
    }
}
