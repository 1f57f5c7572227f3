//! The allow-list of what output may show of a payload, applied from the declarations.
//!
//! A value reaches output only where [`KeyDecl::shows_value`] says so; this module is
//! the one place that applies it:
//!
//! - [`Place`] follows a payload down from the declaration of its kind (a store, a
//!   rule, a mapping...): a member of a declared object gets its key's place, an item of
//!   a declared array of objects its object's, everything else (an unknown member, any
//!   other array item, the inside of a value whose rule is not an object, a link whose
//!   name looks like a secret's: [`hides_value`], the second layer) is
//!   [`Place::Hidden`];
//! - [`conceal`] makes a diagnostic's pointer and message safe when it is made: a key
//!   inside a hidden value is `***` in both, so a [`crate::report::Report`]'s
//!   `Display`, `Debug` and serde forms never hold a hidden value;
//! - [`shown_words`] are the words the masking of text that does not parse keeps
//!   (declared key names, allowed values, type names, JSON keywords).
//!
//! Key names of declared objects stay visible: a misspelled key must be seen to be fixed.

use std::borrow::Cow;

use super::decl::{KeyDecl, ObjectDecl, Selection, ValueRule};
use super::declarations::STORE;
use super::hides_value;
use crate::pointer::{JsonPointer, Segment};
use crate::report::Diagnostic;

/// What output shows in place of a hidden value or key.
pub const HIDDEN: &str = "***";

/// Where a value stands in a payload, as the declarations see it.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// A declared object: its members' names are shown, each value as its key says.
    Object(&'static ObjectDecl),
    /// An object whose declaration a sibling chooses (`configuration`): a member is
    /// shown as every declaration that has its key agrees.
    Selected(&'static Selection),
    /// An object whose members, of any name, are objects of a declaration (`_links`).
    Map(&'static ObjectDecl),
    /// An array whose items are objects of a declaration (a rule's `groups`, a list's
    /// `_embedded.stores`).
    Array(&'static ObjectDecl),
    /// An array of objects of a declaration that may also be written column-wise
    /// ([`ValueRule::ArrayOfOrColumns`], a rule's `populations`): as an array, its items
    /// are objects of the declaration; as an object, each declared member is a
    /// [`Place::Column`].
    Columns(&'static ObjectDecl),
    /// An array whose items are each the value of one declared key (`["a", "b"]` in
    /// `{"id": ["a", "b"]}`), shown as that key says.
    Column(&'static KeyDecl),
    /// A value the declaration shows: a string, number, boolean or `null` is shown; an
    /// array or object there is not what the rule allows and is hidden whole.
    Shown,
    /// A value output never shows, with everything inside it (key names included).
    Hidden,
}

impl Place {
    /// The whole payload, when nothing says which kind it is: a store.
    pub const ROOT: Self = Self::Object(&STORE);

    /// The whole payload of `kind`, or, when the kind is unknown (a file whose shape
    /// fits several kinds), nothing shown.
    #[must_use]
    pub fn of_kind(kind: Option<crate::validate::ObjectKind>) -> Self {
        kind.and_then(crate::validate::root_declaration)
            .map_or(Self::Hidden, Self::Object)
    }

    /// The place of the items of an array standing here.
    #[must_use]
    pub fn item(self) -> Self {
        match self {
            Self::Array(decl) | Self::Columns(decl) => Self::Object(decl),
            Self::Column(key) => of_key(key),
            _ => Self::Hidden,
        }
    }

    /// The place of the value of member `key` of an object standing here. A declared
    /// key's declaration decides; a member the declarations do not name is hidden; a
    /// member of a map (a link of `_links`), whose name the payload chooses, is hidden
    /// when its name looks like a secret's ([`hides_value`], the second layer).
    #[must_use]
    pub fn member(self, key: &str) -> Self {
        match self {
            Self::Object(decl) => decl.key(key).map_or(Self::Hidden, |(_, key)| of_key(key)),
            Self::Map(_) if hides_value(key) => Self::Hidden,
            Self::Map(decl) => Self::Object(decl),
            Self::Selected(selection) => selected_member(selection, key),
            Self::Columns(decl) => decl.key(key).map_or(Self::Hidden, |(_, key)| {
                if key.secret {
                    Self::Hidden
                } else {
                    Self::Column(key)
                }
            }),
            Self::Array(_) | Self::Column(_) | Self::Shown | Self::Hidden => Self::Hidden,
        }
    }

    /// Whether the items of an array standing here are walked (each at [`Place::item`])
    /// rather than hidden whole.
    #[must_use]
    pub const fn shows_items(self) -> bool {
        matches!(self, Self::Array(_) | Self::Columns(_) | Self::Column(_))
    }

    /// Whether the names of the members of an object standing here are shown.
    #[must_use]
    pub const fn shows_keys(self) -> bool {
        matches!(
            self,
            Self::Object(_) | Self::Selected(_) | Self::Map(_) | Self::Columns(_)
        )
    }

    /// Whether a string, number, boolean or `null` standing here is shown.
    #[must_use]
    pub const fn shows_scalar(self) -> bool {
        matches!(self, Self::Shown)
    }
}

/// The place of a declared key's value.
fn of_key(key: &'static KeyDecl) -> Place {
    match key.value {
        _ if key.secret => Place::Hidden,
        // An open object's undeclared members are hidden, as any undeclared member.
        ValueRule::Object(decl) | ValueRule::Open(decl) => Place::Object(decl),
        ValueRule::MapOf(decl) => Place::Map(decl),
        ValueRule::ArrayOf(decl) => Place::Array(decl),
        ValueRule::ArrayOfOrColumns(decl, _) => Place::Columns(decl),
        ValueRule::SelectedBy(selection) => Place::Selected(selection),
        _ if key.shows_value() => Place::Shown,
        _ => Place::Hidden,
    }
}

/// The place of member `key` of a selected object: whatever the selecting value, so
/// that masking needs no sibling: shown only when every declaration that has the key
/// shows it, the first declaration's object when it is one.
fn selected_member(selection: &'static Selection, key: &str) -> Place {
    let mut declared = selection
        .cases
        .iter()
        .filter_map(|(_, decl)| decl.key(key))
        .map(|(_, key)| of_key(key));
    let Some(first) = declared.next() else {
        return Place::Hidden;
    };
    let all_shown = |place: Place| matches!(place, Place::Shown);
    match first {
        Place::Shown if declared.all(all_shown) => Place::Shown,
        Place::Shown | Place::Hidden => Place::Hidden,
        container => container,
    }
}

/// Makes `diagnostic` safe to show anywhere: every key of its pointer that stands
/// inside a hidden value becomes `***`, in the pointer and where the message quotes it
/// (`` `key` ``). The payload starts after the pointer's first `depth` segments (an item
/// of a bare array: 1), at `root`. Called where diagnostics are made (the validator's
/// walk and its duplicate-key pass), so that a report never holds a hidden key.
pub fn conceal(diagnostic: &mut Diagnostic, depth: usize, root: Place) {
    let segments = diagnostic.pointer.segments();
    let mut place = root;
    let mut hidden_from = None;
    for (at, segment) in segments.iter().enumerate().skip(depth) {
        if matches!(segment, Segment::Key(_)) && !place.shows_keys() {
            hidden_from = Some(at);
            break;
        }
        // The last segment's own place does not matter: only its parent's.
        if at + 1 < segments.len() {
            place = match segment {
                Segment::Key(key) => place.member(key),
                Segment::Index(_) => place.item(),
            };
        }
    }
    let Some(from) = hidden_from else {
        return;
    };
    let mut message = Cow::Borrowed(diagnostic.message.as_str());
    for segment in &segments[from..] {
        if let Segment::Key(key) = segment
            && !key.is_empty()
        {
            let quoted = format!("`{key}`");
            if message.contains(&quoted) {
                message = Cow::Owned(message.replace(&quoted, "`***`"));
            }
        }
    }
    let message = message.into_owned();
    let pointer = JsonPointer::from_segments(
        segments
            .iter()
            .enumerate()
            .map(|(at, segment)| match segment {
                Segment::Key(_) if at >= from => Segment::Key(Cow::Borrowed(HIDDEN)),
                other => other.clone(),
            })
            .collect(),
    );
    diagnostic.message = message;
    diagnostic.pointer = pointer;
}

/// The words output may show of text that does not parse, sorted, each once: JSON's
/// keywords, every declared key name and every allowed value (type names included).
#[must_use]
pub fn shown_words() -> &'static [&'static str] {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut words = vec!["true", "false", "null"];
        for decl in super::declarations::every_kind() {
            for key in decl.keys {
                words.push(key.name);
                match key.value {
                    ValueRule::Choice(choice) | ValueRule::ChoiceOrBool(choice, _) => {
                        words.extend(choice.names());
                    }
                    ValueRule::SelectedBy(selection) => {
                        words.extend(selection.cases.iter().map(|(name, _)| *name));
                    }
                    _ => {}
                }
            }
        }
        words.sort_unstable();
        words.dedup();
        words
    });
    &WORDS
}

/// Whether `word` is one of the [`shown_words`].
#[must_use]
pub fn is_shown_word(word: &str) -> bool {
    shown_words().binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Code;

    fn place_of(path: &[&str]) -> Place {
        path.iter()
            .fold(Place::ROOT, |place, key| place.member(key))
    }

    #[test]
    fn declared_values_that_bound_their_content_are_shown() {
        for path in [
            &["type"][..],
            &["name"],
            &["status"],
            &["managed"],
            &["id"],
            &["createdAt"],
            &["configuration", "SCIM_URL"],
            &["configuration", "AUTHENTICATION_METHOD"],
            &["configuration", "OAUTH_TOKEN_URL"],
            &["_links", "self", "href"],
            &["syncStatus", "userTotal"],
        ] {
            assert!(place_of(path).shows_scalar(), "{path:?}");
        }
    }

    #[test]
    fn free_text_secrets_and_unknown_members_are_hidden() {
        for path in [
            &["description"][..],
            &["configuration", "OAUTH_CLIENT_SECRET"],
            &["configuration", "API_KEY"],
            &["configuration", "BASIC_AUTH_USER"],
            &["configuration", "pwd"],
            &["unknown"],
            &["configuration", "unknown", "type"],
            &["_links", "API_KEY", "href"],
            &["name", "type"],
            &["syncStatus", "details"],
        ] {
            let place = place_of(path);
            assert!(!place.shows_scalar() && !place.shows_keys(), "{path:?}");
        }
    }

    #[test]
    fn a_key_inside_a_hidden_value_is_concealed_in_pointer_and_message() {
        let pointer = JsonPointer::root()
            .key("configuration")
            .key("API_KEY")
            .key("hunter2");
        let mut inside = Diagnostic::new(Code::DuplicateKey, pointer, "duplicate key `hunter2`");
        conceal(&mut inside, 0, Place::ROOT);
        assert_eq!(inside.pointer.to_string(), "/configuration/API_KEY/***");
        assert_eq!(inside.message, "duplicate key `***`");
        let pointer = JsonPointer::root().key("_links").key("API_KEY").key("s3");
        let mut link = Diagnostic::new(Code::UnknownProperty, pointer, "unknown member `s3`");
        conceal(&mut link, 0, Place::ROOT);
        assert_eq!(
            link.to_string(),
            "error[unknown-property] at `/_links/API_KEY/***`: unknown member `***`"
        );
        let pointer = JsonPointer::root().key("configuration").key("SCIM_URLL");
        let mut shown =
            Diagnostic::new(Code::UnknownProperty, pointer, "unknown member `SCIM_URLL`");
        conceal(&mut shown, 0, Place::ROOT);
        assert_eq!(shown.message, "unknown member `SCIM_URLL`");
    }

    #[test]
    fn shown_words_hold_names_values_and_keywords() {
        for word in [
            "type",
            "Zoom",
            "OAuth Bearer Token",
            "null",
            "OAUTH_CLIENT_SECRET",
            "sourceStore",
            "targetAttribute",
            "userAttributeMapping",
        ] {
            assert!(is_shown_word(word), "{word}");
        }
        assert!(!is_shown_word("hunter2"));
    }

    #[test]
    fn each_payload_kind_is_shown_from_its_own_declaration() {
        use crate::validate::ObjectKind;
        let rule = Place::of_kind(Some(ObjectKind::Rule));
        assert!(matches!(
            rule.member("sourceStore").member("id"),
            Place::Shown
        ));
        assert!(matches!(
            rule.member("groups").item().member("id"),
            Place::Shown
        ));
        let populations = rule.member("populations");
        assert!(
            matches!(populations.item().member("id"), Place::Shown)
                && matches!(populations.member("id").item(), Place::Shown),
            "a population ID is shown in both forms of `populations` (C5)"
        );
        assert!(matches!(populations.member("other").item(), Place::Hidden));
        let configuration = rule.member("configuration");
        assert!(
            configuration.shows_keys(),
            "a misspelled LDAP key must be seen"
        );
        assert!(
            matches!(
                configuration.member("UNPUBLISHED_INBOUND_KEY"),
                Place::Hidden
            ),
            "undeclared inbound keys' values are hidden (propagation.md A7)"
        );
        let mapping = Place::of_kind(Some(ObjectKind::Mapping));
        assert!(mapping.shows_keys());
        assert!(matches!(mapping.member("extra"), Place::Hidden));
        assert!(
            matches!(Place::of_kind(None), Place::Hidden),
            "a payload of no known kind shows nothing"
        );
    }
}
