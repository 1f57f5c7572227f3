#![doc = include_str!("../README.md")]

pub mod model;
pub mod pointer;
pub mod postman;
pub mod report;
pub mod schema;
pub mod source;
pub mod validate;

pub use model::{
    AuthenticationMethod, CreateStoreRequest, JwtCredentials, OAuthCredentials, RemoveAction,
    Secret, StoreConfiguration, StoreRequest, StoreResponse, StoreStatus, StoreType,
    UpdateStoreRequest, ZoomAuthentication, ZoomConfiguration,
};
pub use pointer::{JsonPointer, Segment};
pub use report::{Code, Diagnostic, Report, Severity};
pub use source::{Location, Span};
pub use validate::{
    Checked, Options, PayloadKind, parse_request, parse_response, source_text, validate_bytes,
    validate_request, validate_request_str, validate_response, validate_response_str, validate_str,
    validate_value,
};
