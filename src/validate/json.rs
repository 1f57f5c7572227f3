//! One view of a JSON value over both inputs the walker accepts: a
//! `serde_json::Value` (no positions) and the parser's spanned tree.

use serde_json::Value;

use crate::model::formats::as_count;

use crate::source::Span;
use crate::source::parser::{self, Node};

/// The JSON type of a value, for `type` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    /// The kind with its article, as messages say it: `a string`, `null`.
    pub(crate) const fn described(self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool => "a boolean",
            Self::Number => "a number",
            Self::String => "a string",
            Self::Array => "an array",
            Self::Object => "an object",
        }
    }
}

/// Whether a number is a valid count: a whole number of zero or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Count {
    Whole,
    Negative,
    Fractional,
}

/// What the walker asks of a JSON value.
pub(crate) trait Json {
    fn kind(&self) -> Kind;
    fn as_str(&self) -> Option<&str>;
    fn as_bool(&self) -> Option<bool>;
    /// `None` when the value is not a number.
    fn count(&self) -> Option<Count>;
    /// The members in source order (for a `Value`, its map's order); `None` when the
    /// value is not an object.
    fn members(&self) -> Option<impl Iterator<Item = (&str, Option<Span>, &Self)>>;
    /// The items in order; `None` when the value is not an array.
    fn items(&self) -> Option<impl Iterator<Item = &Self>>;
    /// The bytes of the value in the source text, when known.
    fn span(&self) -> Option<Span>;
}

fn count_of_number(number: &serde_json::Number) -> Count {
    if as_count(number).is_some() {
        Count::Whole
    } else if number.as_i64().is_some()
        || number.as_f64().is_some_and(|f| f < 0.0 && f.fract() == 0.0)
    {
        Count::Negative
    } else {
        Count::Fractional
    }
}

fn count_of_text(text: &str) -> Count {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return Count::Whole;
    }
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() && f.fract() == 0.0 => {
            if f < 0.0 {
                Count::Negative
            } else {
                Count::Whole
            }
        }
        _ => Count::Fractional,
    }
}

impl Json for Value {
    fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }

    fn as_str(&self) -> Option<&str> {
        Value::as_str(self)
    }

    fn as_bool(&self) -> Option<bool> {
        Value::as_bool(self)
    }

    fn count(&self) -> Option<Count> {
        self.as_number().map(count_of_number)
    }

    fn members(&self) -> Option<impl Iterator<Item = (&str, Option<Span>, &Self)>> {
        Some(self.as_object()?.iter().map(|(k, v)| (k.as_str(), None, v)))
    }

    fn items(&self) -> Option<impl Iterator<Item = &Self>> {
        Some(self.as_array()?.iter())
    }

    fn span(&self) -> Option<Span> {
        None
    }
}

impl Json for Node<'_> {
    fn kind(&self) -> Kind {
        match &self.value {
            parser::Value::Null => Kind::Null,
            parser::Value::Bool(_) => Kind::Bool,
            parser::Value::Number(_) => Kind::Number,
            parser::Value::String(_) => Kind::String,
            parser::Value::Array(_) => Kind::Array,
            parser::Value::Object(_) => Kind::Object,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match &self.value {
            parser::Value::String(s) => Some(s),
            _ => None,
        }
    }

    fn as_bool(&self) -> Option<bool> {
        match self.value {
            parser::Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn count(&self) -> Option<Count> {
        match self.value {
            parser::Value::Number(text) => Some(count_of_text(text)),
            _ => None,
        }
    }

    fn members(&self) -> Option<impl Iterator<Item = (&str, Option<Span>, &Self)>> {
        match &self.value {
            parser::Value::Object(members) => Some(
                members
                    .iter()
                    .map(|m| (&*m.key, Some(m.key_span), &m.value)),
            ),
            _ => None,
        }
    }

    fn items(&self) -> Option<impl Iterator<Item = &Self>> {
        match &self.value {
            parser::Value::Array(items) => Some(items.iter()),
            _ => None,
        }
    }

    fn span(&self) -> Option<Span> {
        Some(self.span)
    }
}

/// The parser's tree as a `serde_json::Value`, for building the typed model from text
/// that was parsed once.
pub(crate) fn to_value(node: &Node<'_>) -> Value {
    match &node.value {
        parser::Value::Null => Value::Null,
        parser::Value::Bool(b) => Value::Bool(*b),
        parser::Value::Number(text) => text
            .parse::<serde_json::Number>()
            .map_or(Value::Null, Value::Number),
        parser::Value::String(s) => Value::String(s.to_string()),
        parser::Value::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        // Duplicates are errors, so a value built here has none; the last one wins.
        parser::Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|member| (member.key.to_string(), to_value(&member.value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_between_text_and_numbers() {
        for text in [
            "0",
            "3",
            "-0",
            "-3",
            "1.5",
            "3.0",
            "1e2",
            "-1e2",
            "18446744073709551615",
        ] {
            let number: serde_json::Number = serde_json::from_str(text).unwrap();
            assert_eq!(count_of_text(text), count_of_number(&number), "{text}");
        }
    }
}
