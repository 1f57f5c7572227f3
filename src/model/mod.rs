//! Typed models of the PingOne propagation store (base model) and of each store type's
//! configuration, for requests (create and update take the same body) and responses.
//!
//! The types hold only payloads PingOne accepts: where `AUTHENTICATION_METHOD` decides
//! which keys are required (Zoom, scim), the method is an enum whose variants carry
//! exactly the keys that method requires, and deserializing (serde) runs the same checks
//! as [`validator::Validate`]. Wire names are spelled as PingOne spells them
//! (`SCIM_URL`, `createdAt`, `_links`). The configurations are generated from
//! [`declarations`] (see `src/model/generated.rs`).

pub mod decl;
pub mod declarations;
pub(crate) mod formats;
pub(crate) mod generated;
pub(crate) mod scim_filter;
pub use generated::*;
mod secret;
mod store;
mod zoom;

#[cfg(feature = "render")]
pub(crate) use secret::folded_hides_value;
pub use secret::{Secret, hides_value, is_secret_key, secret_keys};
pub use store::{
    EnvironmentRef, Image, Link, StoreRequest, StoreResponse, StoreStatus, StoreType, SyncState,
    SyncStatus,
};
pub(crate) use store::{RequestBody, ResponseBody};

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

/// Defines a string enum: serde and schemars spellings, [`Self::ALL`], `as_str` and `FromStr`.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $doc:literal])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        pub enum $name {
            $($(#[doc = $doc])* #[serde(rename = $wire)] $variant,)+
        }

        impl $name {
            /// Every value, in documentation order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// Every value's wire spelling, in documentation order.
            pub const NAMES: &'static [&'static str] = &[$($wire,)+];

            /// The spelling on the wire.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire,)+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    _ => Err($crate::model::UnknownValue { allowed: Self::NAMES }),
                }
            }
        }
    };
}
pub(crate) use string_enum;

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
