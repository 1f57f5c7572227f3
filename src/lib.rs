#![doc = include_str!("../README.md")]

#[cfg(feature = "codegen")]
#[doc(hidden)]
pub mod codegen;
mod error;
pub mod model;
pub mod pointer;
pub mod postman;
pub mod report;
pub mod schema;
pub mod source;
pub mod validate;

pub use error::{Category, Error};
pub use model::{
    AuthenticationMethod, CreateStoreRequest, JwtCredentials, OAuthCredentials, RemoveAction,
    Secret, StoreConfiguration, StoreRequest, StoreResponse, StoreStatus, StoreType,
    UpdateStoreRequest, ZoomAuthentication, ZoomConfiguration,
};
pub use pointer::{JsonPointer, Segment};
pub use report::{Code, Diagnostic, Report, Severity};
pub use source::{Location, Span};
pub use validate::{
    Checked, Options, Payload, PayloadKind, parse, parse_metadata, parse_request, parse_response,
    source_text, validate_bytes, validate_str, validate_value,
};
