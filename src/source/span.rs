/// A byte range `start..end` in a source text.
///
/// Diagnostics store spans; line and column are computed from them only when a
/// report is finished (see [`Location`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The empty span at `offset`.
    #[must_use]
    pub const fn at(offset: usize) -> Self {
        Self {
            start: offset,
            end: offset,
        }
    }
}

/// A 1-based line and column in a source text; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text`; an offset past the end maps to the end,
    /// one inside a multi-byte character to that character.
    #[must_use]
    pub fn of(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Self {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_characters() {
        let text = "{\n  \"é\": 1,\n  \"x\": 2\n}";
        assert_eq!(Location::of(text, 0), Location { line: 1, column: 1 });
        let x = text.find("\"x\"").unwrap();
        assert_eq!(Location::of(text, x), Location { line: 3, column: 3 });
        let one = text.find('1').unwrap();
        assert_eq!(Location::of(text, one), Location { line: 2, column: 8 });
        // Past the end, and inside a multi-byte character.
        assert_eq!(Location::of(text, 999), Location { line: 4, column: 2 });
        let e = text.find('é').unwrap();
        assert_eq!(Location::of(text, e + 1), Location::of(text, e));
    }
}
