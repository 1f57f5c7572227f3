//! The syntax of a SCIM filter (RFC 7644 section 3.4.2.2), for a rule's
//! `populationExpression` (propagation.md B.2d). PingOne calls it "a SCIM filter" and
//! names `sw`, `ew`, `co` and `eq`; the grammar and the other operators are RFC 7644's
//! (inferred), so a fault is only ever a warning.

/// The comparison operators of RFC 7644 (`pr` takes no value).
pub(crate) const OPERATORS: &[&str] = &["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

/// What is wrong with a filter, and where (a character offset, 0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FilterFault {
    /// The character position of the fault.
    pub(crate) at: usize,
    /// What was expected or found there, as a message says it.
    pub(crate) what: &'static str,
}

/// The deepest nesting of groups and value filters read: deeper is a fault, never a
/// stack overflow (a string of a million `(` is a valid JSON string).
const MAX_DEPTH: usize = 64;

/// The first fault of `filter` as a SCIM filter, if any.
pub(crate) fn filter_fault(filter: &str) -> Option<FilterFault> {
    let mut parser = Parser {
        chars: filter.chars().collect(),
        at: 0,
        depth: 0,
    };
    let result = parser.filter().and_then(|()| {
        parser.spaces();
        if parser.at < parser.chars.len() {
            Err(parser.fault("an `and` or `or` between two expressions"))
        } else {
            Ok(())
        }
    });
    result.err()
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    /// Groups and value filters open around the current place.
    depth: usize,
}

impl Parser {
    fn fault(&self, what: &'static str) -> FilterFault {
        FilterFault { at: self.at, what }
    }

    fn spaces(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| *c == ' ') {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    /// A word of letters, digits, `-`, `_`, `.`, `:` and `$` (an attribute path, an
    /// operator, a keyword).
    fn word(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || "-_.:$".contains(c))
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// `term (("and" | "or") term)*`
    fn filter(&mut self) -> Result<(), FilterFault> {
        if self.depth >= MAX_DEPTH {
            return Err(self.fault("at most 64 nested groups"));
        }
        self.depth += 1;
        let result = self.terms();
        self.depth -= 1;
        result
    }

    fn terms(&mut self) -> Result<(), FilterFault> {
        self.term()?;
        loop {
            self.spaces();
            let before = self.at;
            let word = self.word();
            if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or") {
                self.term()?;
            } else {
                self.at = before;
                return Ok(());
            }
        }
    }

    /// `["not"] "(" filter ")"` or `attrPath ("[" filter "]" | "pr" | op value)`.
    fn term(&mut self) -> Result<(), FilterFault> {
        self.spaces();
        let before = self.at;
        let word = self.word();
        if word.eq_ignore_ascii_case("not") {
            self.spaces();
            if self.peek() != Some('(') {
                return Err(self.fault("`(` after `not`"));
            }
            return self.group();
        }
        if word.is_empty() {
            if self.peek() == Some('(') {
                return self.group();
            }
            self.at = before;
            return Err(self.fault("an attribute name"));
        }
        if !word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '$') {
            self.at = before;
            return Err(self.fault("an attribute name that starts with a letter"));
        }
        if self.peek() == Some('[') {
            self.at += 1;
            self.filter()?;
            self.spaces();
            if self.peek() != Some(']') {
                return Err(self.fault("`]` closing the value filter"));
            }
            self.at += 1;
            return Ok(());
        }
        self.spaces();
        let operator_at = self.at;
        let operator = self.word();
        if operator.eq_ignore_ascii_case("pr") {
            return Ok(());
        }
        if operator.is_empty() {
            return Err(self.fault("an operator (`eq`, `sw`, `ew`, `co`, `pr`, ...)"));
        }
        if !OPERATORS
            .iter()
            .any(|known| operator.eq_ignore_ascii_case(known))
        {
            self.at = operator_at;
            return Err(self.fault(
                "a SCIM operator (`eq`, `ne`, `co`, `sw`, `ew`, `gt`, `ge`, `lt`, `le`, `pr`)",
            ));
        }
        self.spaces();
        self.value()
    }

    /// `"(" filter ")"`, at the `(`.
    fn group(&mut self) -> Result<(), FilterFault> {
        self.at += 1;
        self.filter()?;
        self.spaces();
        if self.peek() != Some(')') {
            return Err(self.fault("`)` closing the group"));
        }
        self.at += 1;
        Ok(())
    }

    /// A JSON string, number, `true`, `false` or `null`.
    fn value(&mut self) -> Result<(), FilterFault> {
        match self.peek() {
            Some('"') => {
                self.at += 1;
                loop {
                    match self.peek() {
                        None => return Err(self.fault("`\"` closing the string")),
                        Some('"') => {
                            self.at += 1;
                            return Ok(());
                        }
                        Some('\\') => self.at += 2,
                        Some(_) => self.at += 1,
                    }
                }
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_digit() || "+-.eE".contains(c))
                {
                    self.at += 1;
                }
                Ok(())
            }
            _ => {
                let word = self.word();
                if ["true", "false", "null"].contains(&word.as_str()) {
                    Ok(())
                } else {
                    Err(self.fault("a value: a quoted string, a number, `true`, `false` or `null`"))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_official_and_community_filters_parse() {
        for filter in [
            r#"supervisoryOrg eq "Human Resources""#,
            r#"population.id eq "{{wdPopID}}""#,
            r#"population.id pr"#,
            r#"(population.id eq "a" or population.id eq "b") and not (title co "intern")"#,
            r#"emails[type eq "work" and value ew "@example.com"]"#,
            r#"userName SW "j""#,
            r#"age ge 18"#,
            r#"urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x""#,
        ] {
            assert_eq!(filter_fault(filter), None, "{filter}");
        }
    }

    #[test]
    fn faults_say_where_and_what() {
        let fault = |filter| filter_fault(filter).map(|f| (f.at, f.what));
        assert_eq!(
            fault(r#"population.id equals "x""#).map(|(at, _)| at),
            Some(14)
        );
        assert_eq!(fault(r#"title eq "x"#).map(|(at, _)| at), Some(11));
        assert_eq!(fault(r#"(title eq "x""#).map(|(at, _)| at), Some(13));
        assert_eq!(fault(r#"title eq x"#).map(|(at, _)| at), Some(10));
        assert!(fault(r#"title eq "x" "y""#).is_some());
        assert!(fault("").is_some());
        assert!(fault(r#"title == "x""#).is_some());
    }

    #[test]
    fn deep_nesting_is_a_fault_not_a_stack_overflow() {
        let deep = "(".repeat(1_000_000);
        let fault = filter_fault(&deep).expect("a fault");
        assert_eq!(fault.at, 64);
        let nested = format!("{}a pr{}", "(".repeat(60), ")".repeat(60));
        assert_eq!(filter_fault(&nested), None);
        let brackets = "a[".repeat(100_000);
        assert!(filter_fault(&brackets).is_some());
    }
}
