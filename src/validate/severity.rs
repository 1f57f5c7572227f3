//! The severity policy: how bad a finding of each code is, decided here once.
//!
//! A code has a default severity per payload kind ([`default_severity`]); [`Options`]
//! can set a code to `error`, `warning` or `off` ([`RuleLevel`]) and turn every
//! warning into an error. [`Options::severity`] combines the three, and every
//! diagnostic of the validator, the linter and the typed `check` goes through it.
//!
//! [`Options`]: super::Options
//! [`Options::severity`]: super::Options::severity

use std::fmt;
use std::str::FromStr;

use super::PayloadKind;
use crate::report::{Code, Severity};

/// The severity a finding of `code` has in a payload of `kind` unless [`Options`]
/// change it: [`Code::default_severity`], except that `unknown-property` is a warning
/// in responses (the API may add members).
///
/// [`Options`]: super::Options
#[must_use]
pub const fn default_severity(code: Code, kind: PayloadKind) -> Severity {
    match (code, kind) {
        (Code::UnknownProperty, PayloadKind::Response) => Severity::Warning,
        _ => code.default_severity(),
    }
}

/// A code's default severity in words, as the rules document and `pingone-store rules`
/// state it: `error`, or `warning in requests, error in responses` where the kinds differ.
#[must_use]
pub fn default_severities(code: Code) -> String {
    if is_opt_in(code) {
        return format!("off (a {} when turned on)", code.default_severity());
    }
    let request = default_severity(code, PayloadKind::Request);
    let response = default_severity(code, PayloadKind::Response);
    if request == response {
        request.to_string()
    } else {
        format!("{request} in requests, {response} in responses")
    }
}

/// Whether `code` is off unless a level is set for it (`duplicate-target`: a check no
/// source states, propagation.md A1 "never invent constraints").
#[must_use]
pub const fn is_opt_in(code: Code) -> bool {
    matches!(code, Code::DuplicateTarget)
}

/// Whether `code` can only be an error: the file could not be checked at all (it does
/// not parse, is not UTF-8, or was not read), so making it a warning or turning it off
/// would pass a payload nobody looked at.
#[must_use]
pub const fn is_fixed(code: Code) -> bool {
    matches!(code, Code::Syntax | Code::Encoding | Code::TooLarge)
}

/// What a rule is set to: a severity, or off (its findings are dropped).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleLevel {
    /// Findings of the rule are errors.
    Error,
    /// Findings of the rule are warnings.
    Warning,
    /// The rule is not checked: its findings are dropped.
    Off,
}

impl RuleLevel {
    /// Every level, as configuration files spell them.
    pub const ALL: &'static [RuleLevel] = &[Self::Error, Self::Warning, Self::Off];

    /// `"error"`, `"warning"` or `"off"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Off => "off",
        }
    }
}

impl From<Severity> for RuleLevel {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => Self::Error,
            Severity::Warning => Self::Warning,
        }
    }
}

impl fmt::Display for RuleLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RuleLevel {
    type Err = crate::Error;

    /// `"error"`, `"warning"` or `"off"`, spelled exactly.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|level| level.as_str() == text)
            .ok_or_else(|| {
                crate::Error::unknown_name("level", text, Self::ALL.iter().map(|l| l.as_str()))
            })
    }
}

/// The error of setting a rule that can only be an error ([`is_fixed`]) to a warning
/// or off.
pub(crate) fn fixed_rule(code: Code, level: RuleLevel) -> crate::Error {
    crate::Error::new(
        crate::error::Category::Setting,
        format!(
            "`{code}` cannot be set to `{level}`: a file it reports was not checked at all, so it is always an error"
        ),
    )
}

/// The level set for each code, by its position in [`Code::ALL`]; `None` keeps the
/// default.
pub(super) type Overrides = [Option<RuleLevel>; Code::ALL.len()];

/// The position of `code` in [`Code::ALL`] (the codes are declared in that order).
pub(super) const fn index(code: Code) -> usize {
    code as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_positions_are_their_places_in_all() {
        for (position, &code) in Code::ALL.iter().enumerate() {
            assert_eq!(index(code), position, "{code}");
        }
    }

    #[test]
    fn levels_parse_as_they_print() {
        for &level in RuleLevel::ALL {
            assert_eq!(level.as_str().parse(), Ok(level));
        }
        assert!("Error".parse::<RuleLevel>().is_err());
    }
}
