//! Offset maps from a derived text back to the text it came from: a decoded JSON string
//! to its escaped source, a body with its variables substituted to the body as written.

use std::ops::Range;

/// One run of a derived text that maps to its origin in one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Where the run starts in the derived text.
    derived: usize,
    /// Where it starts in the origin.
    origin: usize,
    /// `None`: each byte of the run is the byte at the same distance in the origin (a
    /// copied run). `Some(len)`: the whole run came from `len` bytes of the origin (an
    /// escape, a substituted variable), and every offset in it maps to their start.
    atomic: Option<usize>,
}

/// A map from byte offsets of a derived text to byte offsets of its origin, built once
/// in one pass over the text (pieces only where the two texts stop running in step),
/// looked up by a binary search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    pieces: Vec<Piece>,
    /// The derived text's length, and the origin offset it maps to.
    end: (usize, usize),
}

impl OffsetMap {
    /// Records that derived bytes from `derived` on are copied from `origin` on.
    pub(crate) fn copied(&mut self, derived: usize, origin: usize) {
        if let Some(last) = self.pieces.last()
            && last.atomic.is_none()
            && derived - last.derived == origin - last.origin
        {
            return;
        }
        self.pieces.push(Piece {
            derived,
            origin,
            atomic: None,
        });
    }

    /// Records that derived bytes from `derived` on, up to the next piece, all come
    /// from `origin` (`len` bytes of it).
    pub(crate) fn atomic(&mut self, derived: usize, origin: Range<usize>) {
        self.pieces.push(Piece {
            derived,
            origin: origin.start,
            atomic: Some(origin.len()),
        });
    }

    /// Closes the map: the derived text is `derived` bytes long and ends at `origin`.
    pub(crate) fn finish(&mut self, derived: usize, origin: usize) {
        self.end = (derived, origin);
    }

    /// The origin offset of derived offset `offset`: its own byte, or the start of the
    /// escape or variable that produced it.
    pub(crate) fn start(&self, offset: usize) -> usize {
        if offset >= self.end.0 {
            return self.end.1;
        }
        match self.piece(offset) {
            None => offset,
            Some(piece) => match piece.atomic {
                Some(_) => piece.origin,
                None => piece.origin + (offset - piece.derived),
            },
        }
    }

    /// The origin offset where a span ending at derived `offset` ends: inside an escape
    /// or a variable, at its end.
    pub(crate) fn end(&self, offset: usize) -> usize {
        if offset >= self.end.0 {
            return self.end.1;
        }
        match self.piece(offset) {
            Some(piece) if piece.derived < offset => match piece.atomic {
                Some(len) => piece.origin + len,
                None => piece.origin + (offset - piece.derived),
            },
            _ => self.start(offset),
        }
    }

    fn piece(&self, offset: usize) -> Option<&Piece> {
        let after = self.pieces.partition_point(|piece| piece.derived <= offset);
        after.checked_sub(1).map(|index| &self.pieces[index])
    }
}

/// The text of the JSON string whose content (between its quotes) is
/// `source[content]`, already checked by the parser, and the map from each of its
/// offsets to the offset in `source` of the text that produced it: a character
/// written as is maps to itself, an escape (`\n`, `\"`, `\uXXXX`, a surrogate pair) to
/// its backslash; the end maps to the closing quote.
pub(crate) fn decode(source: &str, content: Range<usize>) -> (String, OffsetMap) {
    let bytes = source.as_bytes();
    let mut text = String::with_capacity(content.len());
    let mut map = OffsetMap::default();
    let mut at = content.start;
    while at < content.end {
        let Some(backslash) = memchr::memchr(b'\\', &bytes[at..content.end]).map(|i| at + i) else {
            map.copied(text.len(), at);
            text.push_str(&source[at..content.end]);
            break;
        };
        if backslash > at {
            map.copied(text.len(), at);
            text.push_str(&source[at..backslash]);
        }
        let (decoded, len) = escape(source, backslash);
        map.atomic(text.len(), backslash..backslash + len);
        text.push(decoded);
        at = backslash + len;
    }
    map.finish(text.len(), content.end);
    (text, map)
}

/// The character the escape at `backslash` stands for, and the escape's length.
fn escape(source: &str, backslash: usize) -> (char, usize) {
    let bytes = source.as_bytes();
    let simple = match bytes.get(backslash + 1) {
        Some(b'n') => '\n',
        Some(b't') => '\t',
        Some(b'r') => '\r',
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{c}',
        Some(b'u') => {
            let hex = |at: usize| {
                source
                    .get(at..at + 4)
                    .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            };
            let Some(first) = hex(backslash + 2) else {
                return ('\u{fffd}', 2);
            };
            if (0xD800..0xDC00).contains(&first)
                && source.get(backslash + 6..backslash + 8) == Some("\\u")
                && let Some(second) = hex(backslash + 8)
                && (0xDC00..0xE000).contains(&second)
            {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return (char::from_u32(code).unwrap_or('\u{fffd}'), 12);
            }
            return (char::from_u32(first).unwrap_or('\u{fffd}'), 6);
        }
        Some(&other) => char::from(other),
        None => return ('\\', 1),
    };
    (simple, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_map_to_their_backslash() {
        let source = r#""a\n\"b\\c\u00e9\uD83D\uDE00d""#;
        let (text, map) = decode(source, 1..source.len() - 1);
        assert_eq!(text, "a\n\"b\\c\u{e9}\u{1f600}d");
        let origin = |needle: &str| map.start(text.find(needle).expect("in the text"));
        assert_eq!(origin("a"), 1);
        assert_eq!(origin("\n"), 2);
        assert_eq!(origin("\""), 4);
        assert_eq!(origin("b"), 6);
        assert_eq!(origin("\\"), 7);
        assert_eq!(origin("c"), 9);
        assert_eq!(origin("\u{e9}"), 10);
        assert_eq!(origin("\u{1f600}"), 16);
        assert_eq!(origin("d"), 28);
        // The end maps to the closing quote; a span ending inside an escape ends after it.
        assert_eq!(map.start(text.len()), source.len() - 1);
        assert_eq!(map.end(text.find('\u{e9}').unwrap() + 1), 16);
    }

    #[test]
    fn a_string_without_escapes_is_one_piece() {
        let source = "x\"plain text\"";
        let (text, map) = decode(source, 2..source.len() - 1);
        assert_eq!(text, "plain text");
        assert_eq!(map.pieces.len(), 1);
        assert_eq!(map.start(6), 8);
    }
}
