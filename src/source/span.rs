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
        LineIndex::new(text).locate(offset)
    }

    /// Line 1, column 1: where findings about the whole file are placed.
    pub const START: Self = Self { line: 1, column: 1 };
}

/// The start of every line of a text, found once, so that the line of an offset is a
/// binary search and its column a count from a known point.
///
/// [`LineIndex::locate`] remembers the last place it found: offsets asked in increasing
/// order (as a report's diagnostics, sorted by span) count each character of the text at
/// most once, however many findings share one long line.
#[derive(Clone, Debug)]
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    /// Byte offset of the first byte of each line; `starts[0]` is 0.
    starts: Vec<usize>,
    /// The last located offset (on a character boundary), its 0-based line and its
    /// 1-based column.
    last: (usize, usize, usize),
}

impl<'t> LineIndex<'t> {
    /// The line starts of `text`, in one pass (`memchr`).
    #[must_use]
    pub(crate) fn new(text: &'t str) -> Self {
        let mut starts =
            Vec::with_capacity(1 + memchr::memchr_iter(b'\n', text.as_bytes()).count());
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|newline| newline + 1));
        Self {
            text,
            starts,
            last: (0, 0, 1),
        }
    }

    /// `offset` clamped to the text and moved back to the start of its character.
    #[must_use]
    pub(crate) fn char_floor(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The 0-based line that holds byte `offset` (clamped to the text).
    #[must_use]
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// The byte range of 0-based `line`, without its line break (`\n`, and a `\r` before it).
    #[must_use]
    #[cfg_attr(not(feature = "render"), allow(dead_code))]
    pub(crate) fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(self.text.len());
        let mut end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }

    /// The location of byte `offset`: past the end maps to the end, inside a multi-byte
    /// character to that character. Counts characters from the last located offset when
    /// it is earlier on the same line, else from the start of the line.
    pub(crate) fn locate(&mut self, offset: usize) -> Location {
        let offset = self.char_floor(offset);
        let line = self.line_of(offset);
        let (last_offset, last_line, last_column) = self.last;
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.starts[line], 1)
        };
        let column = column + self.text[from..offset].chars().count();
        self.last = (offset, line, column);
        Location {
            line: line + 1,
            column,
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

    #[test]
    fn one_index_locates_in_any_order() {
        let text = "{\"é\": 1, \"b\": 2,\r\n \"c\": [3]}";
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let mut index = LineIndex::new(text);
        // Forward (the counted path), then backward (recounted from the line start):
        // the same answers as a fresh index each time.
        for &offset in offsets.iter().chain(offsets.iter().rev()) {
            let fresh = LineIndex::new(text).locate(offset);
            assert_eq!(index.locate(offset), fresh, "offset {offset}");
        }
        let c = text.find("\"c\"").unwrap();
        assert_eq!(Location::of(text, c), Location { line: 2, column: 2 });
        assert_eq!(&text[index.line_range(0)], "{\"é\": 1, \"b\": 2,");
        assert_eq!(&text[index.line_range(1)], " \"c\": [3]}");
    }
}
