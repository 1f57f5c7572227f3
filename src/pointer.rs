//! JSON Pointers (RFC 6901) that name the place of a diagnostic.

use std::borrow::Cow;
use std::fmt;

use smallvec::SmallVec;

/// One reference token of a [`JsonPointer`]: an object member or an array index. The
/// set is closed (RFC 6901 has these two), so a `match` on it needs no wildcard arm.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// An object member, by key (unescaped). A declared key borrows its static name, so a
    /// diagnostic's pointer allocates only for keys the payload invents.
    Key(Cow<'static, str>),
    /// An array element, by 0-based index.
    Index(usize),
}

/// A JSON Pointer (RFC 6901): `""` is the whole document, `/configuration/SCIM_URL` a member.
///
/// Segments are stored unescaped; [`Display`](fmt::Display) escapes `~` as `~0` and `/` as `~1`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsonPointer {
    segments: Segments,
}

/// The segments of a pointer, the first [`INLINE_SEGMENTS`] held in place: a store's
/// pointers are one or two deep (`/status`, `/configuration/SCIM_URL`), so a diagnostic
/// allocates nothing for its pointer (profiled: a third of the allocations of a faulty
/// payload's check went to one-segment vectors).
type Segments = SmallVec<[Segment; INLINE_SEGMENTS]>;

/// How many segments a pointer holds without allocating.
const INLINE_SEGMENTS: usize = 2;

impl JsonPointer {
    /// The pointer to the whole document, `""`.
    #[must_use]
    pub const fn root() -> Self {
        Self {
            segments: SmallVec::new_const(),
        }
    }

    /// A pointer from its segments, outermost first.
    #[must_use]
    pub fn from_segments(segments: Vec<Segment>) -> Self {
        Self {
            segments: SmallVec::from_vec(segments),
        }
    }

    /// This pointer extended by an object member.
    #[must_use]
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.segments.push(Segment::Key(Cow::Owned(key.into())));
        self
    }

    /// Appends `segment`, in place.
    pub(crate) fn push(&mut self, segment: Segment) {
        self.segments.push(segment);
    }

    /// This pointer extended by an array index.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.segments.push(Segment::Index(index));
        self
    }

    /// The segments, outermost first.
    #[must_use]
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Whether this is the pointer to the whole document.
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.segments.is_empty()
    }

    /// The pointer to the enclosing value, or `None` for the root.
    #[must_use]
    pub fn parent(&self) -> Option<Self> {
        let (_, outer) = self.segments.split_last()?;
        Some(Self {
            segments: outer.iter().cloned().collect(),
        })
    }

    /// Whether `self` is `other` or lies inside it.
    #[must_use]
    pub fn starts_with(&self, other: &Self) -> bool {
        self.segments.starts_with(&other.segments)
    }

    /// The dotted path PingOne uses in an error's `target`: `configuration.SCIM_URL`,
    /// with array indices in brackets (`_links[0]`).
    #[must_use]
    pub fn dotted(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(index) => {
                    out.push('[');
                    out.push_str(&index.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// Parses the string form of a pointer (`/a/b~1c`).
    ///
    /// Segments made only of ASCII digits (without a leading zero) become [`Segment::Index`],
    /// since a pointer's text does not say whether it names a member or an element.
    ///
    /// # Errors
    /// When the text is neither empty nor starts with `/`, or holds a `~` not followed by
    /// `0` or `1`.
    pub fn parse(text: &str) -> Result<Self, crate::Error> {
        if text.is_empty() {
            return Ok(Self::root());
        }
        let Some(rest) = text.strip_prefix('/') else {
            return Err(crate::Error::new(
                crate::error::Category::Pointer,
                "a JSON Pointer starts with `/`",
            ));
        };
        let mut segments = Segments::new();
        for token in rest.split('/') {
            let key = unescape(token).ok_or_else(|| {
                crate::Error::new(
                    crate::error::Category::Pointer,
                    "`~` must be followed by `0` or `1`",
                )
            })?;
            let is_index = !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_digit())
                && (key == "0" || !key.starts_with('0'));
            segments.push(match key.parse::<usize>() {
                Ok(index) if is_index => Segment::Index(index),
                _ => Segment::Key(Cow::Owned(key)),
            });
        }
        Ok(Self { segments })
    }
}

fn unescape(token: &str) -> Option<String> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

impl std::str::FromStr for JsonPointer {
    type Err = crate::Error;

    /// [`JsonPointer::parse`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.segments {
            f.write_str("/")?;
            match segment {
                Segment::Key(key) => {
                    for c in key.chars() {
                        match c {
                            '~' => f.write_str("~0")?,
                            '/' => f.write_str("~1")?,
                            _ => fmt::Write::write_char(f, c)?,
                        }
                    }
                }
                Segment::Index(index) => write!(f, "{index}")?,
            }
        }
        Ok(())
    }
}

impl serde::Serialize for JsonPointer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_the_empty_string() {
        assert_eq!(JsonPointer::root().to_string(), "");
        assert_eq!(JsonPointer::parse("").unwrap(), JsonPointer::root());
    }

    #[test]
    fn escapes_tilde_and_slash_per_rfc_6901() {
        let pointer = JsonPointer::root().key("a/b").key("m~n").index(3);
        assert_eq!(pointer.to_string(), "/a~1b/m~0n/3");
        assert_eq!(JsonPointer::parse("/a~1b/m~0n/3").unwrap(), pointer);
    }

    #[test]
    fn rfc_6901_examples_round_trip() {
        for text in [
            "/foo", "/foo/0", "/", "/a~1b", "/c%d", "/e^f", "/g|h", "/i\\j", "/k\"l", "/ ", "/m~0n",
        ] {
            assert_eq!(JsonPointer::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_pointers() {
        for bad in ["foo", "/a~2"] {
            let error = bad.parse::<JsonPointer>().expect_err(bad);
            assert_eq!(error.classify(), crate::Category::Pointer, "{bad}");
        }
        assert!(JsonPointer::parse("/a~").is_err());
    }

    #[test]
    fn leading_zero_segments_are_keys() {
        let pointer = JsonPointer::parse("/01/1").unwrap();
        assert_eq!(
            pointer.segments(),
            &[Segment::Key("01".into()), Segment::Index(1)]
        );
    }

    #[test]
    fn dotted_form_matches_pingone_targets() {
        let pointer = JsonPointer::root().key("configuration").key("SCIM_URL");
        assert_eq!(pointer.dotted(), "configuration.SCIM_URL");
        assert_eq!(
            JsonPointer::root().key("a").index(0).key("b").dotted(),
            "a[0].b"
        );
    }

    #[test]
    fn parent_and_prefix() {
        let pointer = JsonPointer::root().key("configuration").key("API_KEY");
        let parent = pointer.parent().unwrap();
        assert_eq!(parent.to_string(), "/configuration");
        assert!(pointer.starts_with(&parent));
        assert!(!parent.starts_with(&pointer));
        assert_eq!(JsonPointer::root().parent(), None);
    }
}
