//! The library's own failures: a name that names nothing, a JSON Pointer that is not one,
//! a setting the library refuses. Findings about a payload are never errors of this
//! kind: they are [`Diagnostic`](crate::Diagnostic)s in a [`Report`](crate::Report).

use std::fmt;

/// A failure of the library itself, as `serde_json::Error` is one type for all of
/// serde_json's: what went wrong is in [`Error::classify`] and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    category: Category,
    message: Box<str>,
}

/// What kind of failure an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// A text that should name something (a rule, a level, an output format, a value
    /// of a string enum such as `StoreType`) names nothing.
    Name,
    /// A text that should be a JSON Pointer (RFC 6901) is not one.
    Pointer,
    /// A setting the library refuses, such as turning off a rule that is always an
    /// error.
    Setting,
}

impl Error {
    /// An error of `category` whose message (lower case, no trailing period, JSON names
    /// in backticks) is `message`.
    pub(crate) fn new(category: Category, message: impl Into<Box<str>>) -> Self {
        Self {
            category,
            message: message.into(),
        }
    }

    /// An error for `name`, which is not one of `allowed` (`what` names the set: `rule`,
    /// `level`, `format`, `value`).
    pub(crate) fn unknown_name<'a>(
        what: &str,
        name: &str,
        allowed: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let allowed: Vec<String> = allowed.into_iter().map(|a| format!("`{a}`")).collect();
        Self::new(
            Category::Name,
            format!(
                "unknown {what} `{name}`: expected one of {}",
                allowed.join(", ")
            ),
        )
    }

    /// What kind of failure this is.
    #[must_use]
    pub const fn classify(&self) -> Category {
        self.category
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
