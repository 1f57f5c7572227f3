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
        LineCursor::new(text).locate(offset)
    }

    /// Line 1, column 1: where findings about the whole file are placed.
    pub const START: Self = Self { line: 1, column: 1 };
}

/// The start of every line of a text, found once, so that the line of an offset is a
/// binary search (for showing source lines; [`LineCursor`] locates findings).
#[cfg(feature = "render")]
#[derive(Clone, Debug)]
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    /// Byte offset of the first byte of each line; `starts[0]` is 0.
    starts: Vec<usize>,
}

#[cfg(feature = "render")]
impl<'t> LineIndex<'t> {
    /// The line starts of `text`, in one pass (`memchr`).
    #[must_use]
    pub(crate) fn new(text: &'t str) -> Self {
        let mut starts =
            Vec::with_capacity(1 + memchr::memchr_iter(b'\n', text.as_bytes()).count());
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|newline| newline + 1));
        Self { text, starts }
    }

    /// `offset` clamped to the text and moved back to the start of its character.
    #[must_use]
    pub(crate) fn char_floor(&self, offset: usize) -> usize {
        char_floor(self.text, offset)
    }

    /// The 0-based line that holds byte `offset` (clamped to the text).
    #[must_use]
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// The byte range of 0-based `line`, without its line break (`\n`, and a `\r` before it).
    #[must_use]
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
}

/// `offset` clamped to `text` and moved back to the start of its character.
fn char_floor(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Locates offsets of a text one after another, without an index of its lines: from
/// the last located offset to the next, newlines are counted (`memchr`) and characters
/// only on the new offset's line. Offsets asked in increasing order (as a report's
/// diagnostics, sorted by span) read each byte of the text at most twice, however many
/// findings there are; an earlier offset starts again from the top.
#[derive(Clone, Debug)]
pub(crate) struct LineCursor<'t> {
    text: &'t str,
    /// The last located offset (on a character boundary).
    offset: usize,
    /// Its 0-based line.
    line: usize,
    /// Its 1-based column.
    column: usize,
}

impl<'t> LineCursor<'t> {
    /// A cursor at the start of `text`.
    #[must_use]
    pub(crate) const fn new(text: &'t str) -> Self {
        Self {
            text,
            offset: 0,
            line: 0,
            column: 1,
        }
    }

    /// The location of byte `offset`: past the end maps to the end, inside a multi-byte
    /// character to that character.
    pub(crate) fn locate(&mut self, offset: usize) -> Location {
        let offset = char_floor(self.text, offset);
        if offset < self.offset {
            *self = Self::new(self.text);
        }
        let between = &self.text.as_bytes()[self.offset..offset];
        match memchr::memrchr(b'\n', between) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', between).count();
                let line_start = self.offset + last + 1;
                self.column = 1 + self.text[line_start..offset].chars().count();
            }
            None => self.column += self.text[self.offset..offset].chars().count(),
        }
        self.offset = offset;
        Location {
            line: self.line + 1,
            column: self.column,
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
    fn one_cursor_locates_in_any_order() {
        let text = "{\"é\": 1, \"b\": 2,\r\n \"c\": [3]}\n\n\"d\"";
        // The reference: newlines before the offset, characters since the last one.
        let reference = |offset: usize| {
            let offset = char_floor(text, offset);
            let before = &text[..offset];
            let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
            Location {
                line: before.matches('\n').count() + 1,
                column: text[line_start..offset].chars().count() + 1,
            }
        };
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let mut cursor = LineCursor::new(text);
        // Forward (the counted path), backward (from the top each time), then by
        // leaps.
        let leaps = offsets.iter().step_by(3).chain(offsets.iter().step_by(5));
        for &offset in offsets.iter().chain(offsets.iter().rev()).chain(leaps) {
            assert_eq!(cursor.locate(offset), reference(offset), "offset {offset}");
        }
        let c = text.find("\"c\"").unwrap();
        assert_eq!(Location::of(text, c), Location { line: 2, column: 2 });
    }

    #[cfg(feature = "render")]
    #[test]
    fn the_index_finds_lines() {
        let text = "{\"é\": 1, \"b\": 2,\r\n \"c\": [3]}\n\n\"d\"";
        let c = text.find("\"c\"").unwrap();
        let index = LineIndex::new(text);
        assert_eq!(&text[index.line_range(0)], "{\"é\": 1, \"b\": 2,");
        assert_eq!(&text[index.line_range(1)], " \"c\": [3]}");
        assert_eq!(index.line_of(c), 1);
    }
}
