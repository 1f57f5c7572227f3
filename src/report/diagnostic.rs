use std::fmt;

use serde::Serialize;

use crate::pointer::JsonPointer;
use crate::source::{Location, Span};

/// How bad a finding is: an error makes a payload invalid, a warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The payload is invalid: PingOne would refuse it or provisioning would fail.
    Error,
    /// The payload is valid but probably not what was meant.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $severity:ident, $summary:literal;)*) => {
        /// The stable identifier of a kind of finding (`required`, `enum`, ...).
        ///
        /// The kebab-case names are a contract: tools match on them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code, in a fixed order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name, as in output formats.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity a finding of this code has unless an option changes it
            /// (`unknown-property` is an error in requests and a warning in responses).
            #[must_use]
            pub const fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One sentence that explains the rule, for help texts (SARIF rules).
            #[must_use]
            pub const fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            /// The code with this name, if any.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($name => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    /// The text is not JSON.
    Syntax = "syntax", Error, "The text must be one well-formed JSON document (RFC 8259).";
    /// An object holds the same key twice.
    DuplicateKey = "duplicate-key", Error, "An object must not hold the same key twice: which one PingOne keeps is not defined.";
    /// A value has the wrong JSON type.
    Type = "type", Error, "A value must have the JSON type its field expects (a count, a whole number); `null` is never accepted in place of a value.";
    /// A required member is missing.
    Required = "required", Error, "A required member is missing; where another key decides it (`AUTHENTICATION_METHOD`), the message says why it is required.";
    /// A string is empty or blank.
    Empty = "empty", Error, "A string that names or authenticates something must not be empty or blank.";
    /// A value is not one of the allowed values.
    Enum = "enum", Error, "A value must be one of the documented values, spelled exactly (case matters).";
    /// A string is not a valid URL, UUID or date-time.
    Format = "format", Error, "A URL must be an absolute `http` or `https` URL, an ID a hyphenated UUID, a timestamp an RFC 3339 date-time.";
    /// A number is outside its allowed range.
    Range = "range", Error, "A count must be zero or more.";
    /// A member that the model does not know.
    UnknownProperty = "unknown-property", Error, "A member that PingOne does not define: an error in requests (PingOne rejects it), a warning in responses.";
    /// A read-only member sent in a request.
    ReadOnly = "read-only", Warning, "A member that PingOne sets itself (`id`, `createdAt`, `_links`...) is ignored in a request.";
    /// A deprecated authentication method or key.
    Deprecated = "deprecated", Warning, "A deprecated key, value or authentication method is sent: the message names what to use instead.";
    /// A key of the authentication method not in use.
    Ignored = "ignored", Warning, "A key of the authentication method not in use is ignored by PingOne.";
    /// An `http:` URL.
    InsecureUrl = "insecure-url", Warning, "An `http:` URL where the service needs HTTPS: it will not work, and credentials would travel in clear text.";
    /// A template variable such as `{{oauthClientId}}`.
    Placeholder = "placeholder", Warning, "A template variable (`{{name}}`) must be replaced before the payload is sent.";
    /// The bytes are not UTF-8.
    Encoding = "encoding", Error, "A payload file must be UTF-8 text.";
    /// The text starts with a UTF-8 byte order mark.
    ByteOrderMark = "byte-order-mark", Warning, "A UTF-8 byte order mark is not part of JSON (RFC 8259 section 8.1); some tools reject it.";
    /// A file larger than the size limit.
    TooLarge = "too-large", Error, "A payload file larger than the size limit is not read.";
    /// A file whose payload kind cannot be decided.
    AmbiguousKind = "ambiguous-kind", Error, "A file whose payload kind (store, plan, rule, mapping, metadata, list) its name and shape do not decide is not checked: name the kind.";
    /// Two members that exclude each other.
    Conflict = "conflict", Error, "Two members that exclude each other are both present (a mapping's `expression` and `sourceAttribute`).";
    /// Neither of two members of which exactly one is required.
    OneOf = "one-of", Error, "An object has neither of two members of which exactly one is required (a mapping's `expression` or `sourceAttribute`).";
    /// A `populationExpression` that is not a SCIM filter.
    Filter = "filter", Warning, "A rule's `populationExpression` must be a SCIM filter (RFC 7644 section 3.4.2.2: `population.id eq \"...\"`).";
    /// A rule whose stores do not form a documented direction.
    Direction = "direction", Error, "A rule's source and target stores must form a documented direction: `directory` to an external store (outbound), `Workday` or `LdapGateway` to `PingOne` (inbound).";
    /// A reference that does not resolve, or resolves to the wrong kind of object.
    Reference = "reference", Error, "A reference (`plan.id`, `sourceStore.id`, a mapping's rule) must name an object of the right kind in the setup; unresolved references are reported only in a setup that declares itself complete.";
    /// Two plans in one setup.
    OnePlan = "one-plan", Error, "PingOne allows one propagation plan per environment.";
    /// An active rule without mappings.
    NoMappings = "no-mappings", Warning, "An active rule needs attribute mappings (a Workday connection needs `wid` and `externalId` mapped).";
    /// An active rule whose plan or stores are not active.
    Inactive = "inactive", Warning, "An active rule whose plan or source or target store is not active does not provision.";
    /// A mapping update that moves the mapping to another rule.
    Immutable = "immutable", Error, "A mapping's `rule.id` cannot change: it must name the rule the mapping belongs to.";
    /// Two mappings of one rule with the same target attribute (opt-in).
    DuplicateTarget = "duplicate-target", Warning, "Two mappings of one rule fill the same `targetAttribute`; off by default, since no source forbids it.";
}

impl Code {
    /// Whether findings of this code come from the checks across the files of a setup
    /// (a rule's stores, a mapping's rule), never from one payload alone.
    #[must_use]
    pub const fn across_files(self) -> bool {
        matches!(
            self,
            Self::Direction
                | Self::Reference
                | Self::OnePlan
                | Self::NoMappings
                | Self::Inactive
                | Self::Immutable
                | Self::DuplicateTarget
        )
    }
}

impl Code {
    /// Why a code that earlier versions reported is gone, for a configuration that still
    /// names it: `None` for a name that never was a code.
    #[must_use]
    pub fn retired(name: &str) -> Option<&'static str> {
        match name {
            "unmodelled-type" => Some(
                "every documented store type is checked now, so no configuration is left \
                 unchecked; remove the line",
            ),
            _ => None,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Code {
    type Err = crate::Error;

    /// The code with this kebab-case name ([`Code::from_name`]).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or_else(|| {
            let message = match Self::retired(name) {
                Some(why) => format!("rule `{name}` was removed: {why}"),
                None => format!("unknown rule `{name}`"),
            };
            crate::Error::new(crate::error::Category::Name, message)
        })
    }
}

/// One finding: what is wrong, where, and how bad it is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The stable code of the rule.
    pub code: Code,
    /// The offending place (for a missing member, the member itself); a key inside a
    /// value the declarations do not show is `***`.
    pub pointer: JsonPointer,
    /// The bytes of the offending place in the source text (for a missing member, its
    /// parent object); `None` when the payload was given as a `serde_json::Value`.
    pub span: Option<Span>,
    /// 1-based line and column of `span`, filled in by the text entry points.
    pub location: Option<Location>,
    /// What is wrong: lower case, no trailing period, JSON names in backticks.
    /// Never holds a value the declarations do not show, nor a key inside one: the
    /// validator builds it safe ([`crate::model::shown::conceal`]).
    pub message: String,
    /// The allowed values, for an `enum` finding: what PingOne's own error body lists as
    /// `allowedValues`. Empty for other findings.
    pub allowed: Vec<&'static str>,
}

impl Diagnostic {
    /// A diagnostic of `code` with the code's default severity and no position.
    #[must_use]
    pub fn new(code: Code, pointer: JsonPointer, message: impl Into<String>) -> Self {
        Self {
            severity: code.default_severity(),
            code,
            pointer,
            span: None,
            location: None,
            message: message.into(),
            allowed: Vec::new(),
        }
    }

    /// This diagnostic with another severity.
    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// This diagnostic placed at `span`.
    #[must_use]
    pub fn with_span(mut self, span: Option<Span>) -> Self {
        self.span = span;
        self
    }

    /// Whether the severity is error.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The 1-based line, when known.
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.location.map(|l| l.line)
    }

    /// The 1-based column in characters, when known.
    #[must_use]
    pub fn column(&self) -> Option<usize> {
        self.location.map(|l| l.column)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = self.location {
            write!(f, "{}:{}: ", location.line, location.column)?;
        }
        write!(
            f,
            "{}[{}] at `{}`: {}",
            self.severity, self.code, self.pointer, self.message
        )
    }
}

impl Serialize for Diagnostic {
    /// The shape of the `json` output format: `severity`, `code`, `pointer`, `line`,
    /// `column` (`null` when unknown) and `message`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diagnostic", 6)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("pointer", &self.pointer)?;
        s.serialize_field("line", &self.line())?;
        s.serialize_field("column", &self.column())?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
}
