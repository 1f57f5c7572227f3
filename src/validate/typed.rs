//! The typed models, checked by the declarations: deserializing a [`StoreRequest`],
//! [`StoreResponse`], a store type's configuration or the typed model of another payload
//! kind (`PlanRequest`, `MappingResponse`, `RuleList`, ...) runs the validator first, and
//! [`validator::Validate`] on them reports the validator's errors. The model declares
//! the shape (wire names, Rust types); the rules are the declarations', applied here.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::walk::{Path, Walker};
use super::{Checked, ObjectKind, Options, PayloadKind, validate_value};
use crate::model::decl::ObjectDecl;
use crate::model::generated::Configuration;
use crate::model::{StoreRequest, StoreResponse};
use crate::report::{Diagnostic, Report};

/// The first error of `report`, as a serde error message: `` at `/pointer`: message ``.
fn first_error<E: serde::de::Error>(report: &Report) -> Option<E> {
    report
        .errors()
        .next()
        .map(|d| E::custom(format_args!("at `{}`: {}", d.pointer, d.message)))
}

/// Deserializes `T` from `value` once the validator has found no error in it.
fn checked<B, T, E>(value: Value, report: &Report) -> Result<T, E>
where
    B: DeserializeOwned,
    T: TryFrom<B, Error = String>,
    E: serde::de::Error,
{
    if let Some(error) = first_error(report) {
        return Err(error);
    }
    build::<B, T>(value).map_err(E::custom)
}

/// Builds the typed value of a payload the validator has already checked.
pub(crate) fn from_checked<T: Typed>(value: Value) -> Result<T, String> {
    build::<T::Body, T>(value)
}

/// The wire body `B` read by serde, then the typed value built from it.
fn build<B, T>(value: Value) -> Result<T, String>
where
    B: DeserializeOwned,
    T: TryFrom<B, Error = String>,
{
    let body: B = serde_json::from_value(value).map_err(|e| e.to_string())?;
    T::try_from(body)
}

/// A typed model: the wire body serde reads, and the kind of payload it is.
pub(crate) trait Typed: TryFrom<Self::Body, Error = String> {
    /// The wire-shaped struct serde derives.
    type Body: DeserializeOwned;
    /// Request or response.
    const KIND: PayloadKind;
    /// Which object.
    const OBJECT: ObjectKind;

    /// The options the validator checks a payload of this type with.
    fn options() -> Options {
        Options::new(Self::KIND).object(Some(Self::OBJECT))
    }
}

/// What [`super::parse`] needs of a typed model; public in name only, so that no type
/// outside the crate implements [`super::Payload`].
pub trait Sealed: Sized {
    /// The typed value of `text`, with its warnings, or the report of its errors.
    ///
    /// # Errors
    /// The report, when it holds an error.
    fn parse_text(text: &str) -> Result<Checked<Self>, Report>;
}

/// Deserializes a typed model: checks every error-level rule of the declarations, then
/// builds the value.
fn deserialize_checked<'de, T: Typed, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let value = Value::deserialize(deserializer)?;
    let report = validate_value(&value, T::options());
    checked::<T::Body, T, D::Error>(value, &report)
}

/// Every typed payload deserializes through the validator, reports its errors through
/// `validator::Validate` and [`check`](crate::model::PlanRequest::check), and is a
/// [`super::Payload`] that [`super::parse`] reads.
macro_rules! checked_payloads {
    ($($typed:ty: $body:ty, $object:expr, $form:expr;)+) => {$(
        impl Typed for $typed {
            type Body = $body;
            const KIND: PayloadKind = $form;
            const OBJECT: ObjectKind = $object;
        }

        impl<'de> Deserialize<'de> for $typed {
            /// Checks every error-level rule of the declarations, then builds the value.
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_checked(deserializer)
            }
        }

        impl validator::Validate for $typed {
            /// The validator's errors for this value ([`Self::check`]).
            fn validate(&self) -> Result<(), validator::ValidationErrors> {
                validation_errors(&self.check())
            }
        }

        impl Sealed for $typed {
            fn parse_text(text: &str) -> Result<Checked<Self>, Report> {
                super::parse_typed(text)
            }
        }

        impl super::Payload for $typed {}
    )+};
}

checked_payloads! {
    StoreRequest: crate::model::RequestBody, ObjectKind::Store, PayloadKind::Request;
    StoreResponse: crate::model::ResponseBody, ObjectKind::Store, PayloadKind::Response;
}

/// The payloads of `src/model/generated_propagation.rs`, which also get `check`.
macro_rules! checked_propagation_payloads {
    ($($typed:ident: $wire:ident, $object:expr, $form:expr;)+) => {
        checked_payloads! {
            $(crate::model::$typed: crate::model::generated_propagation::$wire, $object, $form;)+
        }

        $(impl crate::model::$typed {
            /// The validator's findings about this value as it would be sent or
            /// returned: serialized to a `serde_json::Value`, then checked as its payload
            /// kind (see [`StoreRequest::check`]).
            #[must_use]
            pub fn check(&self) -> Report {
                super::check_as(self, <Self as Typed>::options())
            }
        })+
    };
}

crate::model::generated_propagation::for_each_payload!(checked_propagation_payloads);

/// Validates `value` against one declared object, as the object of a payload of `kind`.
pub(crate) fn validate_object(
    value: &Value,
    decl: &'static ObjectDecl,
    kind: PayloadKind,
) -> Report {
    let options = Options::new(kind);
    let mut report = Report::with_limit(options.max_findings);
    Walker::new(options, &mut report).root(value, Path::Root, decl);
    report
}

/// The validator's errors as `validator` errors: one per diagnostic, under the wire name
/// of the member it is about, with the code, the message and the JSON Pointer.
fn validation_errors(report: &Report) -> Result<(), validator::ValidationErrors> {
    let mut errors = validator::ValidationErrors::new();
    for diagnostic in report.errors() {
        let mut error = validator::ValidationError::new(diagnostic.code.as_str())
            .with_message(diagnostic.message.clone().into());
        error.add_param("pointer".into(), &diagnostic.pointer.to_string());
        errors.add(field_of(diagnostic), error);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The declared (static) wire name of the last key of the diagnostic's pointer, or
/// `__all__` for the payload itself.
fn field_of(diagnostic: &Diagnostic) -> &'static str {
    let last = diagnostic.pointer.to_string();
    let last = last.rsplit('/').next().unwrap_or_default();
    crate::model::declarations::every_kind()
        .flat_map(|decl| decl.keys.iter())
        .map(|key| key.name)
        .find(|name| *name == last)
        .unwrap_or("__all__")
}

/// A configuration deserialized on its own: the validator checks it against its
/// declaration (as in a request: unknown keys are refused), then the typed value is built.
fn checked_configuration<T: Configuration, E: serde::de::Error>(value: Value) -> Result<T, E> {
    let decl = T::declaration().ok_or_else(|| E::custom("the type is not declared"))?;
    let report = validate_object(&value, decl, PayloadKind::Request);
    if let Some(error) = first_error(&report) {
        return Err(error);
    }
    match value {
        Value::Object(configuration) => T::from_checked(configuration).map_err(E::custom),
        _ => Err(E::custom("expected an object")),
    }
}

/// The validator's errors for a configuration built in code, by its declaration.
fn configuration_errors<T: Configuration + serde::Serialize>(
    configuration: &T,
) -> Result<(), validator::ValidationErrors> {
    match (serde_json::to_value(configuration), T::declaration()) {
        (Ok(value), Some(decl)) => {
            validation_errors(&validate_object(&value, decl, PayloadKind::Request))
        }
        _ => Ok(()),
    }
}

/// Every configuration type deserializes as a store does, and reports the validator's
/// errors through `validator::Validate`.
macro_rules! checked_configurations {
    ($($typed:ident),+ $(,)?) => {$(
        impl<'de> Deserialize<'de> for crate::model::$typed {
            /// Checks every error-level rule of the declaration, then builds the value.
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                checked_configuration(Value::deserialize(deserializer)?)
            }
        }

        impl validator::Validate for crate::model::$typed {
            /// The validator's errors for this configuration, by its declaration.
            fn validate(&self) -> Result<(), validator::ValidationErrors> {
                configuration_errors(self)
            }
        }
    )+};
}

crate::model::generated::for_each_configuration!(checked_configurations);

impl crate::model::MetadataRequest {
    /// The validator's findings about this body as it would be sent to the metadata
    /// path of its store type (see [`StoreRequest::check`]).
    #[must_use]
    pub fn check(&self) -> Report {
        let kind = ObjectKind::Metadata(self.store_type().as_str());
        super::check_as(self, Options::new(PayloadKind::Request).object(Some(kind)))
    }
}

impl validator::Validate for crate::model::MetadataRequest {
    /// The validator's errors for this body ([`Self::check`]).
    fn validate(&self) -> Result<(), validator::ValidationErrors> {
        validation_errors(&self.check())
    }
}
