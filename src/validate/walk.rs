//! The rules of the contract, applied by one walk over the payload.
//!
//! The walk never allocates on a valid payload: pointers are a linked list on the stack
//! ([`Path`]) and become a [`JsonPointer`] only when a diagnostic is made.

use std::str::FromStr;

use super::PayloadKind;
use super::json::{Count, Json};
use super::suggest::nearest;
use crate::model::formats::{
    HttpScheme, contains_template, http_url_scheme, is_blank, is_date_time, is_uuid,
};
use crate::model::{
    AuthenticationMethod, RemoveAction, StoreStatus, StoreType, SyncState, ZoomKey, member_names,
};
use crate::pointer::{JsonPointer, Segment};
use crate::report::{Code, Diagnostic, Report};
use crate::source::Span;

/// Where the walk is: a pointer as a linked list of borrowed segments.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Self {
        Path::Key(self, key)
    }

    fn last_key(&self) -> Option<&'a str> {
        match *self {
            Path::Root => None,
            Path::Key(_, key) => Some(key),
        }
    }

    pub(crate) fn to_pointer(self) -> JsonPointer {
        let mut depth = 0;
        let mut at = self;
        while let Path::Key(parent, _) = at {
            depth += 1;
            at = *parent;
        }
        let mut keys = Vec::with_capacity(depth);
        let mut at = self;
        while let Path::Key(parent, key) = at {
            keys.push(Segment::Key(key.to_owned()));
            at = *parent;
        }
        keys.reverse();
        JsonPointer::from_segments(keys)
    }
}

/// What one string field accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Text {
    /// Any string.
    Any,
    /// Not empty or blank.
    NotBlank,
    /// A credential: not empty or blank, and its value is never quoted.
    Secret,
    /// An absolute `http(s)` URL.
    Url,
    /// An absolute `http(s)` URL to a Zoom endpoint (`http:` is a warning).
    ZoomUrl,
    /// A UUID.
    Uuid,
    /// An RFC 3339 date-time.
    DateTime,
}

/// What is wrong with a string field (at most one thing: each fault hides the later ones).
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextFault {
    Empty,
    Blank,
    NotUrl,
    InsecureUrl,
    NotUuid,
    NotDateTime,
    Placeholder,
}

/// The rule of a string field applied to `s`.
#[inline]
fn text_fault(s: &str, rule: Text) -> Option<TextFault> {
    if rule != Text::Any && is_blank(s) {
        return Some(if s.is_empty() {
            TextFault::Empty
        } else {
            TextFault::Blank
        });
    }
    let fault = match rule {
        Text::Url | Text::ZoomUrl => match http_url_scheme(s) {
            Some(HttpScheme::Http) if rule == Text::ZoomUrl => TextFault::InsecureUrl,
            Some(_) => return None, // a URL holds no `{`: no template either
            None if contains_template(s) => TextFault::Placeholder,
            None => TextFault::NotUrl,
        },
        Text::Uuid if !is_uuid(s) => TextFault::NotUuid,
        Text::DateTime if !is_date_time(s) => TextFault::NotDateTime,
        Text::Uuid | Text::DateTime => return None,
        Text::Any | Text::NotBlank | Text::Secret if contains_template(s) => TextFault::Placeholder,
        Text::Any | Text::NotBlank | Text::Secret => return None,
    };
    Some(fault)
}

const SYNC_STATUS_KEYS: [&str; 7] = [
    "details",
    "failedCount",
    "failedDeprovisionCount",
    "successCount",
    "userTotal",
    "lastSyncAt",
    "syncState",
];
member_names! {
    /// The members of the base store model.
    StoreKey {
        Name = "name",
        Type = "type",
        Configuration = "configuration",
        Description = "description",
        Status = "status",
        Managed = "managed",
        Image = "image",
        Id = "id",
        Environment = "environment",
        CreatedAt = "createdAt",
        UpdatedAt = "updatedAt",
        SyncStatus = "syncStatus",
        Links = "_links",
    }
}

const JWT_DEPRECATION: &str = "it uses Zoom's JWT app type, which Zoom ended on 2023-09-08; \
                               use `OAuth Bearer Token` with a Server-to-Server OAuth app";

pub(crate) struct Walker<'d> {
    pub(crate) kind: PayloadKind,
    /// The severity policy and the finding cap, applied as findings are found.
    pub(crate) options: super::Options,
    /// Where findings go; past its limit it counts them without keeping them.
    pub(crate) diagnostics: &'d mut Report,
}

impl Walker<'_> {
    fn emit(&mut self, code: Code, path: Path<'_>, span: Option<Span>, message: String) {
        // The severity the options give the code; nothing is built for a rule that is
        // off or a finding past the cap (it is only counted).
        let Some(severity) = self.options.admit(self.diagnostics, code) else {
            return;
        };
        // A faulty payload seldom has more than eight findings: room for them at the
        // first, not regrowth at the first, the fifth and the ninth.
        if self.diagnostics.capacity() == 0 {
            self.diagnostics.reserve(8);
        }
        self.diagnostics.push(
            Diagnostic::new(code, path.to_pointer(), message)
                .with_severity(severity)
                .with_span(span),
        );
    }

    fn wrong_type<N: Json>(&mut self, value: &N, path: Path<'_>, expected: &str) {
        let found = value.kind().described();
        let message = match path.last_key() {
            Some(key) => concat(["`", key, "` must be ", expected, ", found ", found]),
            None => concat(["the payload must be ", expected, ", found ", found]),
        };
        self.emit(Code::Type, path, value.span(), message);
    }

    /// A `required` finding; `why` is appended to "missing `key`".
    fn missing(&mut self, parent: Option<Span>, path: Path<'_>, why: &[&str]) {
        let key = path.last_key().unwrap_or_default();
        let span = parent.map(|s| Span::at(s.start));
        let message = concat(
            ["missing `", key, "`"]
                .into_iter()
                .chain(why.iter().copied()),
        );
        self.emit(Code::Required, path, span, message);
    }

    fn unknown(&mut self, key: &str, key_span: Option<Span>, path: Path<'_>, known: &[&str]) {
        // Past the cap the finding is only counted (by `emit`): no suggestion to seek.
        let message = if self.diagnostics.is_full() {
            String::new()
        } else {
            match nearest(key, known) {
                Some(near) => concat(["unknown member `", key, "`: did you mean `", near, "`?"]),
                None => concat(["unknown member `", key, "`"]),
            }
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
        let (code, message) = match fault {
            TextFault::Empty => (Code::Empty, format!("`{key}` must not be empty")),
            TextFault::Blank => (Code::Empty, format!("`{key}` must not be blank")),
            TextFault::NotUrl => (
                Code::Format,
                format!("`{key}` must be an absolute `http` or `https` URL"),
            ),
            TextFault::InsecureUrl => (
                Code::InsecureUrl,
                format!("`{key}` uses `http`: Zoom serves its API over HTTPS only"),
            ),
            TextFault::NotUuid => (
                Code::Format,
                format!("`{key}` must be a UUID such as `da166d8e-eaa7-4251-8480-85448e095bc3`"),
            ),
            TextFault::NotDateTime => (
                Code::Format,
                format!("`{key}` must be an RFC 3339 date-time such as `2023-12-05T17:38:42.947Z`"),
            ),
            TextFault::Placeholder => (
                Code::Placeholder,
                format!(
                    "`{key}` holds a template variable (`{{{{...}}}}`): replace it before the payload is sent"
                ),
            ),
        };
        self.emit(code, path, value.span(), message);
    }

    fn boolean<N: Json>(&mut self, value: &N, path: Path<'_>) {
        if value.as_bool().is_none() {
            self.wrong_type(value, path, "a boolean (`true` or `false`)");
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

    /// Checks a string enum; `Some` with the value when it is allowed.
    fn choice<N: Json, E: FromStr>(
        &mut self,
        value: &N,
        path: Path<'_>,
        allowed: &[&str],
    ) -> Option<E> {
        let Some(s) = value.as_str() else {
            self.wrong_type(value, path, "a string");
            return None;
        };
        if let Ok(parsed) = s.parse() {
            return Some(parsed);
        }
        let key = path.last_key().unwrap_or_default();
        let shown: String = s.chars().take(40).collect();
        let ellipsis = if shown.len() < s.len() { "..." } else { "" };
        let message = match nearest(s, allowed) {
            Some(near) => {
                format!("`{shown}{ellipsis}` is not an allowed `{key}`: did you mean `{near}`?")
            }
            None => format!(
                "`{shown}{ellipsis}` is not an allowed `{key}`: expected one of {}",
                list(allowed)
            ),
        };
        self.emit(Code::Enum, path, value.span(), message);
        None
    }

    /// The root: the base store model, and the Zoom configuration when `type` is `Zoom`.
    pub(crate) fn store<N: Json>(&mut self, root: &N) {
        let path = Path::Root;
        let Some(members) = root.members() else {
            self.wrong_type(root, path, "a JSON object");
            return;
        };
        let mut seen = [false; StoreKey::COUNT];
        let mut store_type = None;
        let mut configuration = None;
        for (key, key_span, value) in members {
            let at = path.key(key);
            let Some(member) = StoreKey::parse(key) else {
                self.unknown(key, key_span, at, &StoreKey::NAMES);
                continue;
            };
            seen[member as usize] = true;
            match member {
                StoreKey::Name => _ = self.text(value, at, Text::NotBlank),
                StoreKey::Type => {
                    store_type = self.choice::<N, StoreType>(value, at, StoreType::NAMES);
                    if let Some(other) = store_type.filter(|t| *t != StoreType::Zoom) {
                        let message = format!(
                            "the configuration of `{other}` stores is not modelled: only the base store model is checked"
                        );
                        self.emit(Code::UnmodelledType, at, value.span(), message);
                    }
                }
                StoreKey::Configuration => configuration = Some(value),
                StoreKey::Description => _ = self.text(value, at, Text::Any),
                StoreKey::Status => {
                    _ = self.choice::<N, StoreStatus>(value, at, StoreStatus::NAMES)
                }
                StoreKey::Managed => self.boolean(value, at),
                StoreKey::Image => self.one_member_object(value, at, "href", Text::Url, false),
                _ if self.kind == PayloadKind::Request => {
                    let message = format!(
                        "`{key}` is read-only: PingOne sets it and ignores it in a request"
                    );
                    self.emit(Code::ReadOnly, at, key_span, message);
                }
                StoreKey::Id => _ = self.text(value, at, Text::Uuid),
                StoreKey::Environment => self.one_member_object(value, at, "id", Text::Uuid, true),
                StoreKey::CreatedAt | StoreKey::UpdatedAt => {
                    _ = self.text(value, at, Text::DateTime)
                }
                StoreKey::SyncStatus => self.sync_status(value, at),
                StoreKey::Links => self.links(value, at),
            }
        }
        let always = [StoreKey::Name, StoreKey::Type, StoreKey::Configuration];
        let in_responses = [
            StoreKey::Id,
            StoreKey::Environment,
            StoreKey::CreatedAt,
            StoreKey::UpdatedAt,
        ];
        let extra: &[StoreKey] = match self.kind {
            PayloadKind::Request => &[],
            PayloadKind::Response => &in_responses,
        };
        for &member in always.iter().chain(extra) {
            if !seen[member as usize] {
                self.missing(root.span(), path.key(member.name()), &[]);
            }
        }
        if let Some(config) = configuration {
            let at = path.key("configuration");
            if config.members().is_none() {
                self.wrong_type(config, at, "an object");
            } else if store_type == Some(StoreType::Zoom) {
                self.zoom(config, at);
            }
        }
    }

    /// An object of one string member, `key` (`image`, `environment`, a link).
    fn one_member_object<N: Json>(
        &mut self,
        value: &N,
        path: Path<'_>,
        key: &str,
        rule: Text,
        required: bool,
    ) {
        let Some(members) = value.members() else {
            return self.wrong_type(value, path, "an object");
        };
        let mut present = false;
        for (member, member_span, member_value) in members {
            if member == key {
                present = true;
                self.text(member_value, path.key(member), rule);
            } else {
                self.unknown(member, member_span, path.key(member), &[key]);
            }
        }
        if required && !present {
            self.missing(value.span(), path.key(key), &[]);
        }
    }

    fn sync_status<N: Json>(&mut self, value: &N, path: Path<'_>) {
        let Some(members) = value.members() else {
            return self.wrong_type(value, path, "an object");
        };
        for (key, key_span, value) in members {
            let at = path.key(key);
            match key {
                "details" => _ = self.text(value, at, Text::Any),
                "failedCount" | "failedDeprovisionCount" | "successCount" | "userTotal" => {
                    self.count(value, at);
                }
                "lastSyncAt" => _ = self.text(value, at, Text::DateTime),
                "syncState" => _ = self.choice::<N, SyncState>(value, at, SyncState::NAMES),
                _ => self.unknown(key, key_span, at, &SYNC_STATUS_KEYS),
            }
        }
    }

    fn links<N: Json>(&mut self, value: &N, path: Path<'_>) {
        let Some(members) = value.members() else {
            return self.wrong_type(value, path, "an object");
        };
        for (relation, _, link) in members {
            self.one_member_object(link, path.key(relation), "href", Text::Url, true);
        }
    }

    /// The Zoom configuration and its conditional authentication rules.
    fn zoom<N: Json>(&mut self, config: &N, path: Path<'_>) {
        let Some(members) = config.members() else {
            return; // the caller has reported it
        };
        let mut seen: [Option<Option<Span>>; ZoomKey::COUNT] = [None; ZoomKey::COUNT];
        // `None`: absent; `Some(None)`: present but not a valid method.
        let mut method: Option<Option<(AuthenticationMethod, Option<Span>)>> = None;
        for (key, key_span, value) in members {
            let at = path.key(key);
            let Some(member) = ZoomKey::parse(key) else {
                self.unknown(key, key_span, at, &ZoomKey::NAMES);
                continue;
            };
            seen[member as usize] = Some(key_span);
            match member {
                ZoomKey::ScimUrl | ZoomKey::OAuthTokenUrl => {
                    _ = self.text(value, at, Text::ZoomUrl)
                }
                ZoomKey::AuthenticationMethod => {
                    let parsed = self.choice::<N, AuthenticationMethod>(
                        value,
                        at,
                        AuthenticationMethod::NAMES,
                    );
                    method = Some(parsed.map(|m| (m, value.span())));
                }
                ZoomKey::OAuthAccountId | ZoomKey::OAuthClientId => {
                    _ = self.text(value, at, Text::NotBlank)
                }
                ZoomKey::OAuthClientSecret | ZoomKey::ApiKey | ZoomKey::ApiSecret => {
                    _ = self.text(value, at, Text::Secret);
                }
                ZoomKey::RemoveAction => {
                    _ = self.choice::<N, RemoveAction>(value, at, RemoveAction::NAMES)
                }
                ZoomKey::CreateUsers
                | ZoomKey::UpdateUsers
                | ZoomKey::DisableUsers
                | ZoomKey::DeprovisionUsers => {
                    self.boolean(value, at);
                }
            }
        }
        let present = |key: ZoomKey| seen[key as usize];
        if present(ZoomKey::ScimUrl).is_none() {
            self.missing(config.span(), path.key(ZoomKey::ScimUrl.name()), &[]);
        }
        let (method, explicit) = match method {
            Some(None) => return, // already an `enum` or `type` error: no cascade
            Some(Some((method, span))) => (method, Some(span)),
            None => (AuthenticationMethod::DEFAULT, None),
        };
        // Pieces, not a `String`: the valid path allocates nothing.
        let because: [&str; 3] = match explicit {
            Some(_) => ["`AUTHENTICATION_METHOD` is `", method.as_str(), "`"],
            None => [
                "`AUTHENTICATION_METHOD` is absent and defaults to `JWT Bearer Token`",
                "",
                "",
            ],
        };
        let oauth_keys_present = ZoomKey::OAUTH.iter().any(|&key| present(key).is_some());
        let switch_hint = if explicit.is_none() && oauth_keys_present {
            "; to use the `OAUTH_*` keys, set `AUTHENTICATION_METHOD` to `OAuth Bearer Token`"
        } else {
            ""
        };
        if let Some(span) = explicit.filter(|_| method == AuthenticationMethod::JwtBearerToken) {
            let message = format!("`JWT Bearer Token` is deprecated: {JWT_DEPRECATION}");
            self.emit(
                Code::Deprecated,
                path.key("AUTHENTICATION_METHOD"),
                span,
                message,
            );
        }
        for &required in ZoomKey::required_by(method) {
            let key = required.name();
            match present(required) {
                None => {
                    let [a, b, c] = because;
                    let why = [", required because ", a, b, c, switch_hint];
                    self.missing(config.span(), path.key(key), &why);
                }
                Some(key_span) if method == AuthenticationMethod::JwtBearerToken => {
                    let message = format!("`{key}` is deprecated: {JWT_DEPRECATION}");
                    self.emit(Code::Deprecated, path.key(key), key_span, message);
                }
                Some(_) => {}
            }
        }
        let other = match method {
            AuthenticationMethod::OAuthBearerToken => AuthenticationMethod::JwtBearerToken,
            AuthenticationMethod::JwtBearerToken => AuthenticationMethod::OAuthBearerToken,
        };
        for &ignored in ZoomKey::required_by(other) {
            if let Some(key_span) = present(ignored) {
                let key = ignored.name();
                let [a, b, c] = because;
                let message = concat(["`", key, "` is ignored because ", a, b, c, switch_hint]);
                self.emit(Code::Ignored, path.key(key), key_span, message);
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_match_the_model() {
        for (index, name) in ZoomKey::NAMES.iter().enumerate() {
            assert_eq!(ZoomKey::parse(name).map(|k| k as usize), Some(index));
        }
        for (index, name) in StoreKey::NAMES.iter().enumerate() {
            assert_eq!(StoreKey::parse(name).map(|k| k as usize), Some(index));
        }
        assert_eq!(StoreKey::parse("Name"), None);
        assert_eq!(ZoomKey::parse("scim_url"), None);
        for method in AuthenticationMethod::ALL {
            let names: Vec<&str> = ZoomKey::required_by(*method)
                .iter()
                .map(|k| k.name())
                .collect();
            assert_eq!(names, method.required_keys());
        }
    }
}
