//! Source text: byte spans, the position-keeping JSON parser and line/column lookup.

pub(crate) mod parser;
mod span;

pub(crate) use span::LineCursor;
#[cfg(feature = "render")]
pub(crate) use span::LineIndex;
pub use span::{Location, Span};
