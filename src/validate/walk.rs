//! The rules of the contract, applied by one walk over the payload: a generic
//! interpreter of the declarations ([`crate::model::decl`]), with no per-key code.
//!
//! The walk never allocates on a valid payload: pointers are a linked list on the stack
//! ([`Path`]) and become a [`JsonPointer`] only when a diagnostic is made.

use std::borrow::Cow;

use super::PayloadKind;
use super::index::KeyIndex;
use super::json::{Count, Json};
use super::suggest::nearest;
use crate::model::decl::{
    BoolRule, Case, Choice, KeyDecl, Need, ObjectDecl, Relation, Requirement, Selection, Switch,
    Text, ValueRule,
};
use crate::model::declarations::STORE;
use crate::model::formats::{
    HttpScheme, contains_template, http_url_scheme, is_blank, is_date_time, is_uuid,
};
use crate::model::scim_filter::{FilterFault, filter_fault};
use crate::model::shown::Place;
use crate::pointer::{JsonPointer, Segment};
use crate::report::{Code, Diagnostic, Report, Severity};
use crate::source::Span;
use crate::source::parser::SMALL_BLOCK;

/// Where the walk is: a pointer as a linked list of borrowed segments.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    /// A member the payload names, whatever its key.
    Key(&'a Path<'a>, &'a str),
    /// A declared key: its pointer segment borrows the declaration's static name.
    Declared(&'a Path<'a>, &'static str),
    /// An item of an array, by its 0-based index.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Self {
        Path::Key(self, key)
    }

    pub(crate) fn declared(&'a self, key: &'static str) -> Self {
        Path::Declared(self, key)
    }

    pub(crate) fn index(&'a self, index: usize) -> Self {
        Path::Index(self, index)
    }

    /// The path this step extends, and this step as a pointer segment (a payload's key
    /// copied, a declared one borrowed).
    fn step(self) -> Option<(&'a Path<'a>, Segment)> {
        match self {
            Path::Root => None,
            Path::Key(parent, key) => Some((parent, Segment::Key(Cow::Owned(key.to_owned())))),
            Path::Declared(parent, key) => Some((parent, Segment::Key(Cow::Borrowed(key)))),
            Path::Index(parent, index) => Some((parent, Segment::Index(index))),
        }
    }

    /// The key of the member this path is, or of the array whose item it is.
    fn last_key(&self) -> Option<&'a str> {
        match *self {
            Path::Root => None,
            Path::Key(_, key) | Path::Declared(_, key) => Some(key),
            Path::Index(parent, _) => parent.last_key(),
        }
    }

    /// How many segments the path has.
    pub(crate) fn depth(self) -> usize {
        let mut depth = 0;
        let mut at = self;
        while let Some((parent, _)) = at.step() {
            depth += 1;
            at = *parent;
        }
        depth
    }

    pub(crate) fn to_pointer(self) -> JsonPointer {
        let mut pointer = JsonPointer::root();
        self.push_onto(&mut pointer);
        pointer
    }

    /// Appends this path's segments, outermost first, to `pointer`; the recursion is as
    /// deep as the path, which the parser's depth limit bounds.
    fn push_onto(self, pointer: &mut JsonPointer) {
        if let Some((parent, segment)) = self.step() {
            parent.push_onto(pointer);
            pointer.push(segment);
        }
    }
}

/// What is wrong with a string field (at most one thing: each fault hides the later ones).
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextFault {
    Empty,
    Blank,
    /// Empty (`true`) or blank where the sources doubt the key is needed: a warning.
    BlankAdvised(bool, &'static str),
    /// Not a SCIM filter.
    Filter(FilterFault),
    NotUrl,
    InsecureUrl(&'static str),
    NotUuid,
    NotDateTime,
    NotPayloadKind,
    Placeholder,
}

/// The rule of a string field applied to `s`.
#[inline]
fn text_fault(s: &str, rule: Text) -> Option<TextFault> {
    if rule != Text::Any && is_blank(s) {
        if let Text::NotBlankAdvised(why) = rule {
            return Some(TextFault::BlankAdvised(s.is_empty(), why));
        }
        return Some(if s.is_empty() {
            TextFault::Empty
        } else {
            TextFault::Blank
        });
    }
    let fault = match rule {
        Text::Url | Text::HttpsUrl(_) => match http_url_scheme(s) {
            Some(HttpScheme::Http) => match rule {
                Text::HttpsUrl(why) => TextFault::InsecureUrl(why),
                _ => return None,
            },
            Some(_) => return None, // a URL holds no `{`: no template either
            None if contains_template(s) => TextFault::Placeholder,
            None => TextFault::NotUrl,
        },
        Text::Uuid if !is_uuid(s) => TextFault::NotUuid,
        Text::DateTime if !is_date_time(s) => TextFault::NotDateTime,
        Text::Uuid | Text::DateTime => return None,
        Text::PayloadKind if super::ObjectKind::of_payload_name(s).is_some() => return None,
        Text::PayloadKind => TextFault::NotPayloadKind,
        Text::IdRef if is_uuid(s) => return None,
        Text::IdRef if contains_template(s) => TextFault::Placeholder,
        Text::IdRef => TextFault::NotUuid,
        Text::ScimFilter => match filter_fault(s) {
            Some(fault) => TextFault::Filter(fault),
            None if contains_template(s) => TextFault::Placeholder,
            None => return None,
        },
        Text::Any | Text::NotBlank | Text::NotBlankAdvised(_) if contains_template(s) => {
            TextFault::Placeholder
        }
        Text::Any | Text::NotBlank | Text::NotBlankAdvised(_) => return None,
    };
    Some(fault)
}

/// The keys of one object seen so far, by their index in the declaration.
#[derive(Clone, Copy, Default)]
struct Seen(u64);

impl Seen {
    fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }

    fn has(self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }
}

pub(crate) struct Walker<'d> {
    /// The severity policy and the finding cap, applied as findings are found.
    pub(crate) options: super::Options,
    /// Where findings go; past its limit it counts them without keeping them.
    pub(crate) diagnostics: &'d mut Report,
    /// The selection and value the object being walked was chosen by (`type`), for
    /// messages about keys of other store types.
    pub(crate) context: Option<(&'static Selection, &'static str)>,
    /// What the payload's kind changes at the root object only.
    pub(crate) root_rules: RootRules,
    /// Whether a deprecated key in a response is a finding: yes for stores (as before
    /// the other kinds), no for the other kinds, whose responses PingOne fills with
    /// deprecated members itself (a rule's `deprovision`).
    pub(crate) deprecated_in_responses: bool,
    /// The next object walked accepts string members of any name
    /// ([`ValueRule::Open`]); taken by that object, so it does not reach nested ones.
    open: bool,
    /// Where the payload being walked starts (its depth: 1 for an item of a bare array)
    /// and what the allow-list shows of it: the declaration of its kind.
    conceal_root: (usize, Place),
}

/// What a payload's kind changes at its root object (a store metadata request is a
/// store configuration, with these differences).
#[derive(Clone, Copy, Default)]
pub(crate) struct RootRules {
    /// Keys whose absence is no finding at the root, although the declaration
    /// requires them.
    pub(crate) excused: &'static [&'static str],
    /// Unknown root members with their own message: `(key, why)`. When one is present,
    /// the root's missing keys are not reported: the hint says where they went (the
    /// community SDK nests the configuration under `configuration`).
    pub(crate) hints: &'static [(&'static str, &'static str)],
    /// A hinted member was found at the root.
    pub(crate) hinted: bool,
}

impl<'d> Walker<'d> {
    /// A walker of payloads of `options.kind` that reports into `diagnostics`.
    pub(crate) fn new(options: super::Options, diagnostics: &'d mut Report) -> Self {
        Self {
            options,
            diagnostics,
            context: None,
            root_rules: RootRules::default(),
            deprecated_in_responses: true,
            open: false,
            conceal_root: (0, Place::ROOT),
        }
    }
}

impl Walker<'_> {
    pub(crate) fn emit(&mut self, code: Code, path: Path<'_>, span: Option<Span>, message: String) {
        let severity = super::default_severity(code, self.options.kind);
        self.emit_with(severity, code, path, span, message);
    }

    /// A finding at `proposed` severity (the code's default, or a warning where the
    /// declarations record a doubt): nothing is built for a rule that is off or a
    /// finding past the cap (it is only counted).
    pub(crate) fn emit_with(
        &mut self,
        proposed: Severity,
        code: Code,
        path: Path<'_>,
        span: Option<Span>,
        message: String,
    ) {
        self.emit_allowed(proposed, code, path, span, message, Vec::new());
    }

    /// [`Walker::emit_with`] for an `enum` finding, with the allowed values.
    fn emit_allowed(
        &mut self,
        proposed: Severity,
        code: Code,
        path: Path<'_>,
        span: Option<Span>,
        message: String,
        allowed: Vec<&'static str>,
    ) {
        let Some(severity) = self.options.admit(self.diagnostics, code, proposed) else {
            return;
        };
        // Room for the findings of a typical faulty payload at the first, not regrowth
        // at the first, the fifth and the ninth, in a block an allocator serves from
        // its fast path.
        if self.diagnostics.capacity() == 0 {
            self.diagnostics
                .reserve(SMALL_BLOCK / std::mem::size_of::<Diagnostic>());
        }
        let mut diagnostic = Diagnostic::new(code, path.to_pointer(), message)
            .with_severity(severity)
            .with_span(span);
        diagnostic.allowed = allowed;
        let (depth, place) = self.conceal_root;
        crate::model::shown::conceal(&mut diagnostic, depth, place);
        self.diagnostics.push(diagnostic);
    }

    pub(crate) fn wrong_type<N: Json>(&mut self, value: &N, path: Path<'_>, expected: &str) {
        let found = value.kind().described();
        let message = match path.last_key() {
            Some(key) if matches!(path, Path::Index(..)) => concat([
                "each item of `",
                key,
                "` must be ",
                expected,
                ", found ",
                found,
            ]),
            Some(key) => concat(["`", key, "` must be ", expected, ", found ", found]),
            None => concat(["the payload must be ", expected, ", found ", found]),
        };
        self.emit(Code::Type, path, value.span(), message);
    }

    /// A `required` finding; `why` is appended to "missing `key`".
    fn missing(&mut self, severity: Severity, parent: Option<Span>, path: Path<'_>, why: &[&str]) {
        let key = path.last_key().unwrap_or_default();
        let span = parent.map(|s| Span::at(s.start));
        let message = concat(
            ["missing `", key, "`"]
                .into_iter()
                .chain(why.iter().copied()),
        );
        self.emit_with(severity, Code::Required, path, span, message);
    }

    #[cold]
    #[inline(never)]
    fn unknown(&mut self, key: &str, key_span: Option<Span>, path: Path<'_>, decl: &ObjectDecl) {
        // Past the cap the finding is only counted (by `emit`): no suggestion to seek.
        if self.diagnostics.is_full() {
            return self.emit(Code::UnknownProperty, path, key_span, String::new());
        }
        if let Path::Key(Path::Root, _) = path
            && let Some((_, why)) = self.root_rules.hints.iter().find(|(name, _)| *name == key)
        {
            self.root_rules.hinted = true;
            let message = concat(["unknown member `", key, "`: ", why]);
            return self.emit(Code::UnknownProperty, path, key_span, message);
        }
        if let Some((selection, this)) = self.context {
            let others: Vec<&str> = super::index::values_with_key(selection, key)
                .filter(|v| *v != this)
                .collect();
            if !others.is_empty() {
                let message = format!(
                    "unknown member `{key}`: it is a key of {} stores, not of `{this}`",
                    and_list(&others)
                );
                return self.emit(Code::UnknownProperty, path, key_span, message);
            }
        }
        let message = match nearest(key, decl.key_names()) {
            Some(near) => concat(["unknown member `", key, "`: did you mean `", near, "`?"]),
            None => concat(["unknown member `", key, "`"]),
        };
        self.emit(Code::UnknownProperty, path, key_span, message);
    }

    /// Checks a string field; `false` when it is not a string at all.
    fn text<N: Json>(&mut self, value: &N, path: Path<'_>, rule: Text) -> bool {
        let Some(s) = value.as_str() else {
            self.wrong_type(value, path, "a string");
            return false;
        };
        if let Some(fault) = text_fault(s, rule) {
            self.text_finding(fault, value, path);
        }
        true
    }

    /// The diagnostic of a string field's fault, out of the valid path's way.
    #[cold]
    #[inline(never)]
    fn text_finding<N: Json>(&mut self, fault: TextFault, value: &N, path: Path<'_>) {
        let key = path.last_key().unwrap_or_default();
        // Pieces joined at their final size, not `format!`.
        let (code, message) = match fault {
            TextFault::Empty => (Code::Empty, concat(["`", key, "` must not be empty"])),
            TextFault::Blank => (Code::Empty, concat(["`", key, "` must not be blank"])),
            TextFault::Filter(fault) => {
                let at = (fault.at + 1).to_string();
                let message = concat([
                    "`",
                    key,
                    "` is not a SCIM filter (RFC 7644 section 3.4.2.2): expected ",
                    fault.what,
                    " at character ",
                    &at,
                ]);
                let span = value.span();
                return self.emit_with(Severity::Warning, Code::Filter, path, span, message);
            }
            TextFault::BlankAdvised(empty, why) => {
                let what = if empty {
                    "` is empty: "
                } else {
                    "` is blank: "
                };
                let message = concat(["`", key, what, why]);
                let span = value.span();
                return self.emit_with(Severity::Warning, Code::Empty, path, span, message);
            }
            TextFault::NotUrl => (
                Code::Format,
                concat(["`", key, "` must be an absolute `http` or `https` URL"]),
            ),
            TextFault::InsecureUrl(why) => (
                Code::InsecureUrl,
                concat(["`", key, "` uses `http`: ", why]),
            ),
            TextFault::NotUuid => (
                Code::Format,
                concat([
                    "`",
                    key,
                    "` must be a UUID such as `da166d8e-eaa7-4251-8480-85448e095bc3`",
                ]),
            ),
            TextFault::NotPayloadKind => {
                let found = value.as_str().unwrap_or_default();
                let spellings: Vec<String> = super::ObjectKind::payload_kinds()
                    .map(|kind| kind.to_string())
                    .collect();
                let near = nearest(found, spellings.iter().map(String::as_str));
                let message = match near {
                    Some(near) => format!(
                        "`{found}` is not a payload kind for `{key}`: did you mean `{near}`?"
                    ),
                    None => format!(
                        "`{found}` is not a payload kind for `{key}`: expected {}",
                        super::ObjectKind::PAYLOAD_SPELLINGS
                    ),
                };
                (Code::Enum, message)
            }
            TextFault::NotDateTime => (
                Code::Format,
                concat([
                    "`",
                    key,
                    "` must be an RFC 3339 date-time such as `2023-12-05T17:38:42.947Z`",
                ]),
            ),
            TextFault::Placeholder => (
                Code::Placeholder,
                concat([
                    "`",
                    key,
                    "` holds a template variable (`{{...}}`): replace it before the payload is sent",
                ]),
            ),
        };
        self.emit(code, path, value.span(), message);
    }

    /// An empty or blank secret whose declaration allows any text: no source states that
    /// it must not be empty, but a blank credential cannot authenticate, so a warning.
    #[cold]
    #[inline(never)]
    fn blank_secret<N: Json>(&mut self, value: &N, path: Path<'_>) {
        let key = path.last_key().unwrap_or_default();
        let what = if value.as_str().is_some_and(str::is_empty) {
            "` must not be empty: "
        } else {
            "` must not be blank: "
        };
        let message = concat([
            "`",
            key,
            what,
            "a blank credential cannot authenticate (no PingOne source states this rule, so it is a warning)",
        ]);
        self.emit_with(Severity::Warning, Code::Empty, path, value.span(), message);
    }

    /// A value of another JSON type than the rule's that the sources disagree on: a
    /// `type` warning, "`key` should be {expected_found}: {why}".
    fn tolerated_type<N: Json>(
        &mut self,
        value: &N,
        path: Path<'_>,
        expected_found: &str,
        why: &str,
    ) {
        let key = path.last_key().unwrap_or_default();
        let message = concat(["`", key, "` should be ", expected_found, ": ", why]);
        self.emit_with(Severity::Warning, Code::Type, path, value.span(), message);
    }

    fn boolean<N: Json>(&mut self, value: &N, path: Path<'_>, rule: BoolRule) {
        match (value.as_bool(), rule) {
            (None, BoolRule::TextTolerated(why)) if value.as_str().is_some() => {
                let expected = "a boolean (`true` or `false`), found a string";
                self.tolerated_type(value, path, expected, why);
            }
            (None, _) => self.wrong_type(value, path, "a boolean (`true` or `false`)"),
            (Some(found), BoolRule::Advised(advised, why)) if found != advised => {
                let key = path.last_key().unwrap_or_default();
                let advised = if advised { "true" } else { "false" };
                let message = concat(["`", key, "` should be `", advised, "`: ", why]);
                self.emit_with(Severity::Warning, Code::Enum, path, value.span(), message);
            }
            (Some(_), _) => {}
        }
    }

    fn count<N: Json>(&mut self, value: &N, path: Path<'_>) {
        let key = path.last_key().unwrap_or_default();
        match value.count() {
            Some(Count::Whole) => {}
            Some(Count::Negative) => {
                self.emit(
                    Code::Range,
                    path,
                    value.span(),
                    format!("`{key}` must be zero or more"),
                );
            }
            Some(Count::Fractional) => {
                let message = format!("`{key}` must be a whole number, found a fraction");
                self.emit(Code::Type, path, value.span(), message);
            }
            None => self.wrong_type(value, path, "a whole number"),
        }
    }

    /// Checks a string from a set; `Some` with the value when it is allowed.
    fn choice<'v, N: Json>(
        &mut self,
        value: &'v N,
        path: Path<'_>,
        choice: &Choice,
    ) -> Option<&'v str> {
        let Some(s) = value.as_str() else {
            self.wrong_type(value, path, "a string");
            return None;
        };
        if choice.allows(s) {
            if let Some((advised, why)) = choice.advised
                && !advised.contains(&s)
            {
                self.not_advised(s, value.span(), path, advised, why);
            }
            return Some(s);
        }
        self.not_allowed(s, value.span(), path, choice);
        None
    }

    #[cold]
    #[inline(never)]
    fn not_allowed(&mut self, s: &str, span: Option<Span>, path: Path<'_>, choice: &Choice) {
        let key = path.last_key().unwrap_or_default();
        // The first 40 characters.
        let end = s.char_indices().nth(40).map_or(s.len(), |(at, _)| at);
        let (shown, ellipsis) = (&s[..end], if end < s.len() { "..." } else { "" });
        let allowed: Vec<&str> = choice.names().collect();
        let expected;
        let suggestion = match choice
            .alias_of(s)
            .or_else(|| nearest(s, allowed.iter().copied()))
        {
            Some(near) => [": did you mean `", near, "`?"],
            None => {
                expected = list(&allowed);
                [": expected one of ", &expected, ""]
            }
        };
        let (severity, doubt) = match choice.open {
            None => (Severity::Error, ["", "", ""]),
            Some(doubt) => (Severity::Warning, [" (", doubt, ")"]),
        };
        let message = concat(
            ["`", shown, ellipsis, "` is not an allowed `", key, "`"]
                .into_iter()
                .chain(suggestion)
                .chain(doubt),
        );
        self.emit_allowed(severity, Code::Enum, path, span, message, allowed);
    }

    #[cold]
    #[inline(never)]
    fn not_advised(
        &mut self,
        s: &str,
        span: Option<Span>,
        path: Path<'_>,
        advised: &'static [&'static str],
        why: &str,
    ) {
        let key = path.last_key().unwrap_or_default();
        let message = format!(
            "`{s}` is allowed for `{key}`, but {} is advised: {why}",
            list(advised)
        );
        let allowed = advised.to_vec();
        self.emit_allowed(Severity::Warning, Code::Enum, path, span, message, allowed);
    }

    /// The root: the base store model, and the configuration its `type` selects.
    pub(crate) fn store<N: Json>(&mut self, root: &N) {
        self.root(root, Path::Root, &STORE);
    }

    /// A payload that should be the object `decl` declares.
    pub(crate) fn root<N: Json>(&mut self, value: &N, path: Path<'_>, decl: &'static ObjectDecl) {
        self.payload_at(path, decl);
        if value.members().is_none() {
            return self.wrong_type(value, path, "a JSON object");
        }
        self.object(value, path, decl);
    }

    /// Marks `path` as where a payload of `decl` starts, for the allow-list of what its
    /// findings may show.
    pub(crate) fn payload_at(&mut self, path: Path<'_>, decl: &'static ObjectDecl) {
        self.conceal_root = (path.depth(), Place::Object(decl));
    }

    /// One value of a declared key.
    fn value<N: Json>(&mut self, value: &N, path: Path<'_>, rule: ValueRule) {
        match rule {
            ValueRule::Text(text) => _ = self.text(value, path, text),
            ValueRule::Bool(rule) => self.boolean(value, path, rule),
            ValueRule::Count => self.count(value, path),
            ValueRule::Choice(choice) => _ = self.choice(value, path, choice),
            ValueRule::Object(decl) => {
                if value.members().is_none() {
                    return self.wrong_type(value, path, "an object");
                }
                self.object(value, path, decl);
            }
            ValueRule::MapOf(decl) => {
                let Some(members) = value.members() else {
                    return self.wrong_type(value, path, "an object");
                };
                for (name, _, member) in members {
                    let at = path.key(name);
                    if member.members().is_none() {
                        self.wrong_type(member, at, "an object");
                    } else {
                        self.object(member, at, decl);
                    }
                }
            }
            // Checked by `object` once the selecting key is known.
            ValueRule::SelectedBy(_) => {}
            ValueRule::ArrayOf(decl) => {
                let Some(items) = value.items() else {
                    return self.wrong_type(value, path, "an array");
                };
                for (i, item) in items.enumerate() {
                    let at = path.index(i);
                    if item.members().is_none() {
                        self.wrong_type(item, at, "an object");
                    } else {
                        self.object(item, at, decl);
                    }
                }
            }
            ValueRule::ArrayOfOrColumns(decl, why) => {
                if value.items().is_some() {
                    self.value(value, path, ValueRule::ArrayOf(decl));
                } else if is_columns(value, decl) {
                    self.columns(value, path, decl, why);
                } else {
                    self.wrong_type(value, path, "an array");
                }
            }
            ValueRule::Open(decl) => {
                if value.members().is_none() {
                    return self.wrong_type(value, path, "an object");
                }
                self.open = true;
                self.object(value, path, decl);
            }
            ValueRule::ChoiceOrBool(choice, why) => {
                if value.as_bool().is_some() {
                    self.tolerated_type(value, path, "a string, found a boolean", why);
                } else {
                    _ = self.choice(value, path, choice);
                }
            }
        }
    }

    /// The column form of an array of `decl` objects ([`ValueRule::ArrayOfOrColumns`];
    /// the caller has checked that `value` is one): the `type` warning, then each
    /// column's items as the values of their key.
    fn columns<N: Json>(
        &mut self,
        value: &N,
        path: Path<'_>,
        decl: &'static ObjectDecl,
        why: &str,
    ) {
        let expected = "an array of objects, found an object of arrays";
        self.tolerated_type(value, path, expected, why);
        for (name, key_span, column) in value.members().into_iter().flatten() {
            let Some((_, declared)) = decl.key(name) else {
                self.unknown(name, key_span, path.key(name), decl);
                continue;
            };
            let at = path.declared(declared.name);
            let Some(items) = column.items() else {
                self.wrong_type(column, at, "an array");
                continue;
            };
            for (i, item) in items.enumerate() {
                self.value(item, at.index(i), declared.value);
            }
        }
    }

    /// A declared object (the caller has checked that `value` is one).
    pub(crate) fn object<N: Json>(&mut self, value: &N, path: Path<'_>, decl: &'static ObjectDecl) {
        let open = std::mem::take(&mut self.open);
        let Some(members) = value.members() else {
            return;
        };
        let built;
        let index = match KeyIndex::of(decl) {
            Some(index) => index,
            None => {
                built = KeyIndex::new(decl);
                &built
            }
        };
        let mut seen = Seen::default();
        // The value of the switch key, when present: `Some(None)` when not allowed.
        let mut switch_value: Option<Option<&str>> = None;
        let mut selected: Option<(&N, &'static str)> = None;
        // The value of a key that selects a sibling's declaration (`type`), when allowed.
        let mut selector: Option<(&'static Selection, &str)> = None;
        for (key, key_span, member) in members {
            let Some((i, declared)) = index.find(decl, key) else {
                if open {
                    if member.as_str().is_none() {
                        self.wrong_type(member, path.key(key), "a string");
                    }
                } else {
                    self.unknown(key, key_span, path.key(key), decl);
                }
                continue;
            };
            let at = path.declared(declared.name);
            if index.related & (1 << i) != 0 {
                self.conflict(declared, (decl, index), seen, key_span, at);
            }
            seen.insert(i);
            if matches!(declared.need, Need::ReadOnly | Need::ReadOnlyRequired)
                && self.options.kind == PayloadKind::Request
            {
                let message =
                    format!("`{key}` is read-only: PingOne sets it and ignores it in a request");
                self.emit(Code::ReadOnly, at, key_span, message);
                continue;
            }
            if declared.deprecated.is_some() || declared.undocumented.is_some() {
                self.flagged(declared, key_span, at);
            }
            match declared.value {
                ValueRule::Choice(choice) => {
                    let allowed = self.choice(member, at, choice);
                    if index.switch == Some(i) {
                        switch_value = Some(allowed);
                    }
                    if let Some(value) = allowed
                        && index.selectors & (1 << i) != 0
                        && let Some(selection) = Self::selector(decl, key)
                    {
                        selector = Some((selection, value));
                    }
                }
                ValueRule::SelectedBy(_) => selected = Some((member, declared.name)),
                rule => {
                    self.value(member, at, rule);
                    if declared.secret
                        && matches!(rule, ValueRule::Text(Text::Any))
                        && member.as_str().is_some_and(is_blank)
                    {
                        self.blank_secret(member, at);
                    }
                }
            }
        }
        // The keys the switch's case requires are the switch's to report.
        let case = decl
            .switch
            .and_then(|switch| active_case(decl, switch, switch_value));
        if index.related != 0 {
            self.relations(value, path, (decl, index), seen);
        }
        // Only the keys whose absence is a finding (in declaration order); none in an
        // open object, which may be another object than the declared one.
        let mut absent = if open {
            0
        } else {
            index.reportable(self.options.kind) & !seen.0
        };
        while absent != 0 {
            let i = absent.trailing_zeros() as usize;
            absent &= absent - 1;
            let declared = &decl.keys[i];
            if case.is_some_and(|case| requires(case, declared.name)) {
                continue;
            }
            if matches!(path, Path::Root)
                && (self.root_rules.hinted || self.root_rules.excused.contains(&declared.name))
            {
                continue;
            }
            if let ValueRule::SelectedBy(selection) = declared.value
                && selector.is_some_and(|(_, value)| selection.optional_for.contains(&value))
            {
                continue;
            }
            match (declared.need, self.options.kind) {
                (Need::Required, _) | (Need::ReadOnlyRequired, PayloadKind::Response) => {
                    self.missing(
                        Severity::Error,
                        value.span(),
                        path.declared(declared.name),
                        &[],
                    );
                }
                (Need::Doubtful(doubt), _) => {
                    let why = [": ", doubt];
                    let at = path.declared(declared.name);
                    self.missing(Severity::Warning, value.span(), at, &why);
                }
                (Need::InUpdate(doubt), PayloadKind::Request) if self.options.is_update() => {
                    let why = [" in an update request: ", doubt];
                    let at = path.declared(declared.name);
                    self.missing(Severity::Warning, value.span(), at, &why);
                }
                _ => {}
            }
        }
        if let Some((selection, chosen)) = selector {
            for requirement in selection.sibling_needs_of(chosen) {
                if index
                    .find(decl, requirement.key)
                    .is_some_and(|(i, _)| !seen.has(i))
                {
                    let why = requirement.doubt.map_or([""; 2], |doubt| [": ", doubt]);
                    let at = path.declared(requirement.key);
                    self.missing(severity_of(requirement), value.span(), at, &why);
                }
            }
        }
        if let Some((member, key)) = selected {
            self.selected(member, path.declared(key), selector);
        }
        if let Some(case) = case {
            let explicit = switch_value.is_some();
            self.switch(value, path, (decl, index), case, explicit, seen);
        }
    }

    /// A key of an exactly-one pair whose sibling came first: a `conflict`.
    #[cold]
    #[inline(never)]
    fn conflict(
        &mut self,
        declared: &KeyDecl,
        (decl, index): (&'static ObjectDecl, &KeyIndex),
        seen: Seen,
        key_span: Option<Span>,
        at: Path<'_>,
    ) {
        let Some(Relation::ExactlyOneWith(other)) = declared.relation else {
            return;
        };
        if index.find(decl, other).is_some_and(|(j, _)| seen.has(j)) {
            let message = concat([
                "`",
                declared.name,
                "` and `",
                other,
                "` exclude each other: keep one of them",
            ]);
            self.emit(Code::Conflict, at, key_span, message);
        }
    }

    /// The relations between keys that only the whole object shows: an exactly-one
    /// pair with neither key, a key ignored because of a sibling.
    #[cold]
    #[inline(never)]
    fn relations<N: Json>(
        &mut self,
        value: &N,
        path: Path<'_>,
        (decl, index): (&'static ObjectDecl, &KeyIndex),
        seen: Seen,
    ) {
        for (i, declared) in decl.keys.iter().enumerate() {
            match declared.relation {
                Some(Relation::ExactlyOneWith(other)) if !seen.has(i) => {
                    // Reported once, by the first key of the pair.
                    let Some((j, _)) = index.find(decl, other) else {
                        continue;
                    };
                    if j > i && !seen.has(j) {
                        let message = concat([
                            "either `",
                            declared.name,
                            "` or `",
                            other,
                            "` is required, but not both",
                        ]);
                        let span = value.span().map(|s| Span::at(s.start));
                        self.emit(Code::OneOf, path, span, message);
                    }
                }
                Some(Relation::IgnoredWith(other, why))
                    if seen.has(i) && index.find(decl, other).is_some_and(|(j, _)| seen.has(j)) =>
                {
                    let span = self.key_span(value, declared.name);
                    let message = concat([
                        "`",
                        declared.name,
                        "` is ignored because `",
                        other,
                        "` is present: ",
                        why,
                    ]);
                    self.emit(Code::Ignored, path.declared(declared.name), span, message);
                }
                _ => {}
            }
        }
    }

    /// A `deprecated` or undocumented key.
    #[cold]
    #[inline(never)]
    fn flagged(&mut self, declared: &KeyDecl, key_span: Option<Span>, at: Path<'_>) {
        let key = declared.name;
        if let Some(instead) = declared.deprecated
            && (self.deprecated_in_responses || self.options.kind == PayloadKind::Request)
        {
            let message = concat(["`", key, "` is deprecated: ", instead]);
            self.emit(Code::Deprecated, at, key_span, message);
        }
        if let Some(why) = declared.undocumented {
            let message = concat(["`", key, "` is not in the request model: ", why]);
            self.emit_with(
                Severity::Warning,
                Code::UnknownProperty,
                at,
                key_span,
                message,
            );
        }
    }

    /// The selection whose declaration `key` of `decl` chooses (`type` chooses the
    /// store's `configuration`).
    fn selector(decl: &ObjectDecl, key: &str) -> Option<&'static Selection> {
        decl.keys.iter().find_map(|sibling| match sibling.value {
            ValueRule::SelectedBy(selection) if selection.by == key => Some(selection),
            _ => None,
        })
    }

    /// An object whose declaration the value of a sibling selects.
    fn selected<N: Json>(
        &mut self,
        member: &N,
        at: Path<'_>,
        selector: Option<(&'static Selection, &str)>,
    ) {
        if member.members().is_none() {
            return self.wrong_type(member, at, "an object");
        }
        let chosen = selector.and_then(|(selection, value)| {
            let (name, decl) = selection.cases.iter().find(|(name, _)| *name == value)?;
            Some((selection, *name, *decl))
        });
        if let Some((selection, name, decl)) = chosen {
            let outer = self.context.replace((selection, name));
            self.object(member, at, decl);
            self.context = outer;
        }
    }

    /// The keys a switch's case requires, deprecates or ignores; `explicit` when the
    /// switch key is present (else the case is the default).
    fn switch<N: Json>(
        &mut self,
        config: &N,
        path: Path<'_>,
        (decl, index): (&'static ObjectDecl, &KeyIndex),
        case: &'static Case,
        explicit: bool,
        seen: Seen,
    ) {
        let Some(switch) = decl.switch else {
            return;
        };
        let present = |key: &str| index.find(decl, key).is_some_and(|(i, _)| seen.has(i));
        // Pieces, not a `String`: the valid path allocates nothing.
        let because: [&str; 5] = if explicit {
            ["`", switch.key, "` is `", case.value, "`"]
        } else {
            [
                "`",
                switch.key,
                "` is absent and defaults to `",
                case.value,
                "`",
            ]
        };
        // When the value defaulted and keys only another case needs are present, say
        // how to switch to that case.
        let other_case = (!explicit)
            .then(|| {
                switch.cases.iter().find(|other| {
                    !std::ptr::eq(*other, case)
                        && other
                            .requires
                            .iter()
                            .any(|r| present(r.key) && !requires(case, r.key))
                })
            })
            .flatten();
        let hint: [&str; 6] = match other_case {
            Some(other) => [
                "; to use the ",
                other.keys_label,
                " keys, set `",
                switch.key,
                "` to `",
                other.value,
            ],
            None => [""; 6],
        };
        let hint_end = if other_case.is_some() { "`" } else { "" };
        if let Some(why) = case.deprecated.filter(|_| explicit) {
            let span = self.value_span(config, switch.key);
            let message = concat(["`", case.value, "` is deprecated: ", why]);
            self.emit(Code::Deprecated, path.declared(switch.key), span, message);
        }
        for requirement in case.requires {
            let key = requirement.key;
            let secret = index
                .find(decl, key)
                .is_some_and(|(_, declared)| declared.secret);
            if !present(key) && secret && self.options.kind == PayloadKind::Response {
                // The API may withhold write-only values.
                continue;
            }
            if !present(key) {
                let [a, b, c, d, e] = because;
                let [f, g, h, i, j, k] = hint;
                let [open, doubt, close] = requirement
                    .doubt
                    .map_or(["", "", ""], |doubt| [" (", doubt, ")"]);
                // An array on the stack, not a `Vec`.
                let why = [
                    ", required because ",
                    a,
                    b,
                    c,
                    d,
                    e,
                    f,
                    g,
                    h,
                    i,
                    j,
                    k,
                    hint_end,
                    open,
                    doubt,
                    close,
                ];
                self.missing(
                    severity_of(requirement),
                    config.span(),
                    path.declared(key),
                    &why,
                );
            } else if let Some(why) = case.deprecated {
                let span = self.key_span(config, key);
                let message = concat(["`", key, "` is deprecated: ", why]);
                self.emit(Code::Deprecated, path.declared(key), span, message);
            }
        }
        if !switch.others_ignored {
            return;
        }
        for other in switch.cases.iter().filter(|c| !std::ptr::eq(*c, case)) {
            for requirement in other.requires {
                let key = requirement.key;
                if present(key) && !requires(case, key) {
                    let span = self.key_span(config, key);
                    let [a, b, c, d, e] = because;
                    let message = concat(
                        ["`", key, "` is ignored because ", a, b, c, d, e]
                            .into_iter()
                            .chain(hint)
                            .chain([hint_end]),
                    );
                    self.emit(Code::Ignored, path.declared(key), span, message);
                    // A key of a deprecated method is deprecated whatever the method in use.
                    if let Some(why) = other.deprecated {
                        let message = concat(["`", key, "` is deprecated: ", why]);
                        self.emit(Code::Deprecated, path.declared(key), span, message);
                    }
                }
            }
        }
    }

    /// The span of the key `key` of `object`.
    fn key_span<N: Json>(&self, object: &N, key: &str) -> Option<Span> {
        object
            .members()?
            .filter(|(name, _, _)| *name == key)
            .last()
            .and_then(|(_, span, _)| span)
    }

    /// The span of the value of `key` in `object`.
    fn value_span<N: Json>(&self, object: &N, key: &str) -> Option<Span> {
        object
            .members()?
            .filter(|(name, _, _)| *name == key)
            .last()
            .and_then(|(_, _, value)| value.span())
    }
}

/// The case of a switch in force: its value's, or the default's when it is absent;
/// `None` when the value is not allowed (no requirement then: no cascade).
fn active_case(
    decl: &'static ObjectDecl,
    switch: &'static Switch,
    value: Option<Option<&str>>,
) -> Option<&'static Case> {
    match value {
        Some(Some(value)) => switch.case(value),
        Some(None) => None,
        None => decl
            .switch_default()
            .and_then(|default| switch.case(default)),
    }
}

/// `` `a`, `b` and `c` ``.
/// Whether `value` is the column form of an array of `decl` objects: an object in which
/// every key `decl` requires holds an array (`{"id": [...]}` for a `Reference`).
fn is_columns<N: Json>(value: &N, decl: &ObjectDecl) -> bool {
    let holds_array = |key: &KeyDecl| {
        value.members().is_some_and(|mut members| {
            members.any(|(name, _, column)| name == key.name && column.items().is_some())
        })
    };
    let mut required = decl.keys.iter().filter(|key| key.need == Need::Required);
    value.members().is_some() && required.clone().next().is_some() && required.all(holds_array)
}

fn and_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// The severity of a missing required key: an error where the sources agree.
fn severity_of(requirement: &Requirement) -> Severity {
    if requirement.is_firm() {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// Whether `case` requires `key`.
fn requires(case: &Case, key: &str) -> bool {
    case.requires.iter().any(|r| r.key == key)
}

/// Joins `parts` into a `String` allocated once at its final size (`format!` grows its
/// buffer as it goes, which showed in profiles of faulty payloads).
fn concat<'a>(parts: impl IntoIterator<Item = &'a str, IntoIter: Clone>) -> String {
    let parts = parts.into_iter();
    let mut out = String::with_capacity(parts.clone().map(str::len).sum());
    out.extend(parts);
    out
}

fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// The declarations fit the walker: no object has more keys than a `seen` set holds.
#[cfg(test)]
mod tests {
    use crate::model::declarations::{CONFIGURATIONS, all};

    /// The most keys one declared object has: `seen` sets are this many bits.
    const MAX_KEYS: usize = 64;

    #[test]
    fn every_declared_object_fits_the_seen_set() {
        for decl in all() {
            assert!(
                decl.keys.len() <= MAX_KEYS,
                "{} has too many keys",
                decl.name
            );
        }
        assert!(CONFIGURATIONS.cases.len() >= 14);
    }
}
