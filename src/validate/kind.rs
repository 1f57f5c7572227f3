//! Which payload a file is (propagation.md A4): a store, a plan, a rule, a mapping, a
//! store metadata request of one type, a revision, or a read-all list; decided by an
//! explicit choice, then the file name, then the payload's shape. And the walk of each
//! kind: its root declaration, with what the kind changes at the root.

use std::fmt;
use std::str::FromStr;

use serde_json::Value;

use super::json::Json;
use super::setup::SETUP_FILE_NAME;
use super::suggest::nearest;
use super::walk::{Path, RootRules, Walker};
use super::{Options, PayloadKind};
use crate::model::decl::ObjectDecl;
use crate::model::declarations::{
    CONFIGURATIONS, MAPPING, MAPPING_LIST, MetadataForm, PLAN, PLAN_LIST, RULE, RULE_LIST,
    SDK_WRAPPER, SETUP, STORE, STORE_LIST, STORE_TYPE, metadata,
};
use crate::model::shown::Place;
use crate::report::{Code, Example, Severity};
use crate::source::Span;

/// The kinds' spellings up to `list:rules`, for [`ObjectKind::SPELLINGS`] and
/// [`ObjectKind::PAYLOAD_SPELLINGS`].
macro_rules! payload_spellings {
    () => {
        "`store`, `plan`, `rule`, `mapping`, `metadata:<Type>` (a store type such as `LdapGateway`), `revision`, `list:stores`, `list:plans`, `list:rules`"
    };
}

/// Which object a payload is, beside whether it is a request or a response
/// ([`PayloadKind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectKind {
    /// A propagation store (`/propagation/stores`): what the linter checked before the
    /// other kinds existed, and still its fallback.
    #[default]
    Store,
    /// A propagation plan (`/propagation/plans`).
    Plan,
    /// A propagation rule (`/propagation/plans/{planID}/rules`, `/propagation/rules`).
    Rule,
    /// An attribute mapping of a rule (`/propagation/rules/{ruleID}/mappings`).
    Mapping,
    /// A store metadata request (`/propagation/storeMetadata/{Type}`), by the store type
    /// of its path, spelled as PingOne spells it (`LdapGateway`). Build it with
    /// [`ObjectKind::metadata`] or parse `metadata:<Type>`; an undocumented spelling is
    /// an `enum` error at the payload's root.
    Metadata(&'static str),
    /// A revision (`POST /propagation/revisions`): no body.
    Revision,
    /// A read-all list (`{"_embedded": {"rules": [...]}}`), always a response.
    List(ListKind),
    /// The setup file, `pingone-setup.json`, that binds reference names to files for
    /// the checks across files.
    Setup,
}

/// The object a read-all list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// `_embedded.stores`.
    Stores,
    /// `_embedded.plans`.
    Plans,
    /// `_embedded.rules`.
    Rules,
    /// `_embedded.mappings`.
    Mappings,
}

impl ListKind {
    /// Every list, in the order of the API reference.
    pub const ALL: &'static [Self] = &[Self::Stores, Self::Plans, Self::Rules, Self::Mappings];

    /// The member of `_embedded` that holds the items (`rules`).
    #[must_use]
    pub const fn member(self) -> &'static str {
        match self {
            Self::Stores => "stores",
            Self::Plans => "plans",
            Self::Rules => "rules",
            Self::Mappings => "mappings",
        }
    }

    fn of_member(member: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|list| list.member() == member)
    }
}

impl ObjectKind {
    /// The kinds whose name is a single word, as `--payload` and file names spell them.
    const NAMED: &'static [(&'static str, Self)] = &[
        ("store", Self::Store),
        ("plan", Self::Plan),
        ("rule", Self::Rule),
        ("mapping", Self::Mapping),
        ("revision", Self::Revision),
        ("setup", Self::Setup),
    ];

    /// The metadata request of `store_type`, when it is one of the documented store
    /// types (exact spelling).
    #[must_use]
    pub fn metadata(store_type: &str) -> Option<Self> {
        metadata(store_type).map(|decl| Self::Metadata(decl.store_type))
    }

    /// Every kind's spelling for help texts: `store`, `plan`, `rule`, `mapping`,
    /// `metadata:<Type>`, `revision`, `list:<kind>`.
    pub const SPELLINGS: &'static str =
        concat!(payload_spellings!(), ", `list:mappings` or `setup`");

    /// The spellings of [`ObjectKind::payload_kinds`] for messages: every kind but `setup`.
    pub const PAYLOAD_SPELLINGS: &'static str =
        concat!(payload_spellings!(), " or `list:mappings`");

    /// The kind a file name gives (propagation.md A4 step 3): a name that ends in
    /// `.<kind>.json` with `<kind>` one of `store`, `plan`, `rule`, `mapping`,
    /// `revision`, `stores`, `plans`, `rules`, `mappings` (the lists), or
    /// `metadata.<Type>` (`ldap.metadata.LdapGateway.json`). `None` when the name says
    /// nothing; an error when it names a metadata type that is not a store type.
    ///
    /// # Errors
    /// an [`Error`](crate::Error) for `.metadata.<Type>.json` where `<Type>` is not one of the
    /// documented store types.
    pub fn from_file_name(name: &str) -> Option<Result<Self, crate::Error>> {
        if name == SETUP_FILE_NAME {
            return Some(Ok(Self::Setup));
        }
        let stem = name.strip_suffix(".json")?;
        let (rest, last) = stem.rsplit_once('.').unwrap_or(("", stem));
        if let Some((_, kind)) = Self::NAMED.iter().find(|(word, _)| *word == last) {
            return (!rest.is_empty() || stem.contains('.')).then_some(Ok(*kind));
        }
        if let Some(list) = ListKind::ALL.iter().find(|list| list.member() == last) {
            return (!rest.is_empty()).then_some(Ok(Self::List(*list)));
        }
        if rest == "metadata" || rest.ends_with(".metadata") {
            return Some(
                Self::metadata(last).ok_or_else(|| unknown_kind(unknown_metadata_type(last))),
            );
        }
        None
    }

    /// Every kind a payload file can be (all but [`ObjectKind::Setup`]), in the order of
    /// [`ObjectKind::SPELLINGS`], a metadata request per documented store type: the
    /// values of a setup file entry's `kind`.
    pub fn payload_kinds() -> impl Iterator<Item = Self> {
        let named = Self::NAMED
            .iter()
            .map(|(_, kind)| *kind)
            .filter(|kind| *kind != Self::Setup);
        let metadata = STORE_TYPE.names().filter_map(Self::metadata);
        named
            .chain(metadata)
            .chain(ListKind::ALL.iter().map(|list| Self::List(*list)))
    }

    /// The kind a setup file entry's `kind` names: one of [`ObjectKind::payload_kinds`],
    /// by its spelling.
    #[must_use]
    pub fn of_payload_name(name: &str) -> Option<Self> {
        name.parse().ok().filter(|kind| *kind != Self::Setup)
    }

    /// The root declaration's name, for messages and documents (`Rule`).
    #[must_use]
    pub fn name(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ObjectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Metadata(store_type) => write!(f, "metadata:{store_type}"),
            Self::List(list) => write!(f, "list:{}", list.member()),
            named => {
                let word = Self::NAMED
                    .iter()
                    .find(|(_, kind)| kind == named)
                    .map_or("store", |(word, _)| *word);
                f.write_str(word)
            }
        }
    }
}

impl FromStr for ObjectKind {
    type Err = crate::Error;

    /// `store`, `plan`, `rule`, `mapping`, `revision`, `metadata:<Type>` (a documented
    /// store type, exact spelling), `list:stores`, `list:plans`, `list:rules`,
    /// `list:mappings`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some((_, kind)) = Self::NAMED.iter().find(|(word, _)| *word == text) {
            return Ok(*kind);
        }
        if let Some(store_type) = text.strip_prefix("metadata:") {
            return Self::metadata(store_type)
                .ok_or_else(|| unknown_kind(unknown_metadata_type(store_type)));
        }
        if let Some(list) = text.strip_prefix("list:").and_then(ListKind::of_member) {
            return Ok(Self::List(list));
        }
        Err(unknown_kind(format!(
            "unknown payload `{text}`: expected {}",
            Self::SPELLINGS
        )))
    }
}

/// Why `store_type` names no metadata request: the message of the `enum` finding and of
/// the error of a `--payload metadata:<Type>` that names no store type.
fn unknown_metadata_type(store_type: &str) -> String {
    let suggestion = STORE_TYPE
        .alias_of(store_type)
        .or_else(|| nearest(store_type, STORE_TYPE.names()));
    match suggestion {
        Some(near) => format!(
            "`{store_type}` is not a store type of a metadata request: did you mean `{near}`?"
        ),
        None => format!(
            "`{store_type}` is not a store type of a metadata request: expected one of {}",
            STORE_TYPE
                .names()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn unknown_kind(message: String) -> crate::Error {
    crate::Error::new(crate::Category::Name, message)
}

/// What a payload's shape says it is (propagation.md A4 step 4).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detection {
    /// One kind.
    Kind(ObjectKind),
    /// A root array: a list, whose items are each detected on their own.
    BareArray,
    /// Members of several kinds, or a store metadata request (whose type only the path
    /// names): the message lists the candidates and how to choose.
    Ambiguous(String),
}

/// The members that show a kind, by kind (propagation.md A4 step 4).
const SIGNATURES: &[(ObjectKind, &[&str])] = &[
    (
        ObjectKind::Rule,
        &[
            "sourceStore",
            "targetStore",
            "plan",
            "parentRule",
            "populationExpression",
            "populations",
            "deprovision",
            "groups",
        ],
    ),
    (
        ObjectKind::Mapping,
        &[
            "targetAttribute",
            "sourceAttribute",
            "expression",
            "attributeMappingType",
            "rule",
        ],
    ),
    (
        ObjectKind::Store,
        &["type", "configuration", "syncStatus", "managed", "image"],
    ),
];

/// The members a plan may have: a payload with only these, `name` among them, is a plan.
const PLAN_MEMBERS: &[&str] = &[
    "name",
    "status",
    "id",
    "environment",
    "_links",
    "createdAt",
    "updatedAt",
];

/// How to choose a kind, for `ambiguous-kind` messages.
const HOW_TO_CHOOSE: &str = "name the kind with `--payload KIND`, a `payload` in a `[[kind]]` entry of `.pingone-store.toml`, a `kind` in the file's entry of `pingone-setup.json`, or a file name ending in `.<kind>.json`";

/// The kind of a payload given as a `serde_json::Value`, by its shape alone (no file
/// name): what a caller that finds payloads elsewhere (a Postman collection) asks.
#[must_use]
pub fn detect_value(value: &Value) -> Detection {
    detect(value)
}

/// The kind of `root` by its shape.
pub(crate) fn detect<N: Json>(root: &N) -> Detection {
    if root.items().is_some() {
        return Detection::BareArray;
    }
    let Some(members) = root.members() else {
        // Not an object: the store walk says what it must be.
        return Detection::Kind(ObjectKind::Store);
    };
    let mut embedded = None;
    let mut shown: Vec<(ObjectKind, &str)> = Vec::new();
    let mut only_plan = true;
    let mut has_name = false;
    let mut count = 0;
    let mut configuration_keys = true;
    for (key, _, member) in members {
        count += 1;
        if key == "setup" && member.count().is_some() {
            return Detection::Kind(ObjectKind::Setup);
        }
        if key == "_embedded" {
            embedded = Some(member);
        }
        for (kind, signature) in SIGNATURES {
            if signature.contains(&key) && !shown.iter().any(|(seen, _)| seen == kind) {
                shown.push((
                    *kind,
                    signature[signature.iter().position(|s| *s == key).unwrap_or(0)],
                ));
            }
        }
        only_plan &= PLAN_MEMBERS.contains(&key);
        has_name |= key == "name";
        configuration_keys &= super::index::values_with_key(&CONFIGURATIONS, key)
            .next()
            .is_some();
    }
    if let Some(embedded) = embedded {
        return list_of(embedded);
    }
    match shown.as_slice() {
        [(kind, _)] => return Detection::Kind(*kind),
        [] => {}
        several => {
            let candidates: Vec<String> = several
                .iter()
                .map(|(kind, member)| format!("{kind} (`{member}`)"))
                .collect();
            return Detection::Ambiguous(format!(
                "the payload has members of several kinds: {}; {HOW_TO_CHOOSE}",
                candidates.join(", ")
            ));
        }
    }
    if only_plan && has_name {
        return Detection::Kind(ObjectKind::Plan);
    }
    if count > 0 && configuration_keys {
        return Detection::Ambiguous(metadata_candidates(root));
    }
    Detection::Kind(ObjectKind::Store)
}

/// The list an `_embedded` member shows.
fn list_of<N: Json>(embedded: &N) -> Detection {
    let arrays: Vec<&str> = embedded
        .members()
        .into_iter()
        .flatten()
        .filter(|(_, _, member)| member.items().is_some())
        .map(|(key, _, _)| key)
        .collect();
    match arrays.as_slice() {
        [one] => match ListKind::of_member(one) {
            Some(list) => Detection::Kind(ObjectKind::List(list)),
            None => Detection::Ambiguous(format!(
                "`_embedded` holds `{one}`, which is not a list of the propagation API (`stores`, `plans`, `rules`, `mappings`); {HOW_TO_CHOOSE}"
            )),
        },
        [] => Detection::Ambiguous(format!(
            "`_embedded` holds no array, so the list's kind is unknown; {HOW_TO_CHOOSE}"
        )),
        several => Detection::Ambiguous(format!(
            "`_embedded` holds several arrays ({}), so the list's kind is unknown; {HOW_TO_CHOOSE}",
            several
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The message for a payload of configuration keys only: the store types whose
/// configuration has every one of its keys (or, when none has, any of them).
fn metadata_candidates<N: Json>(root: &N) -> String {
    let keys: Vec<&str> = root
        .members()
        .into_iter()
        .flatten()
        .map(|(key, _, _)| key)
        .collect();
    let with_all: Vec<&str> = STORE_TYPE
        .names()
        .filter(|store_type| {
            keys.iter().all(|key| {
                super::index::values_with_key(&CONFIGURATIONS, key).any(|t| t == *store_type)
            })
        })
        .collect();
    let types = if with_all.is_empty() {
        STORE_TYPE
            .names()
            .filter(|store_type| {
                keys.iter().any(|key| {
                    super::index::values_with_key(&CONFIGURATIONS, key).any(|t| t == *store_type)
                })
            })
            .collect()
    } else {
        with_all
    };
    let types: Vec<String> = types.iter().map(|t| format!("`{t}`")).collect();
    format!(
        "the payload looks like a store metadata request for {}; name the type with `--payload metadata:<Type>`, a `kind` in the file's entry of `pingone-setup.json`, or a `.metadata.<Type>.json` file name",
        types.join(", ")
    )
}

/// Whether a payload whose flavour nobody chose is a response (propagation.md A4 step 5):
/// a root `id` or `_embedded` member makes it one.
pub(crate) fn flavour_of<N: Json>(root: &N) -> PayloadKind {
    let response = root
        .members()
        .into_iter()
        .flatten()
        .any(|(key, _, _)| key == "id" || key == "_embedded");
    if response {
        PayloadKind::Response
    } else {
        PayloadKind::Request
    }
}

/// The declaration a payload of `kind` follows from its root: what the walk checks it
/// against and what the allow-list shows of it. `None` for a body no declaration covers
/// (a revision, a metadata request of a type whose body is empty or unpublished).
#[must_use]
pub(crate) fn root_declaration(kind: ObjectKind) -> Option<&'static ObjectDecl> {
    Some(match kind {
        ObjectKind::Store => &STORE,
        ObjectKind::Plan => &PLAN,
        ObjectKind::Rule => &RULE,
        ObjectKind::Mapping => &MAPPING,
        ObjectKind::Setup => &SETUP,
        ObjectKind::List(ListKind::Stores) => &STORE_LIST,
        ObjectKind::List(ListKind::Plans) => &PLAN_LIST,
        ObjectKind::List(ListKind::Rules) => &RULE_LIST,
        ObjectKind::List(ListKind::Mappings) => &MAPPING_LIST,
        ObjectKind::Metadata(store_type) => match metadata(store_type)?.form {
            MetadataForm::Configuration(configuration, _) => configuration,
            MetadataForm::Own(own) => own,
            MetadataForm::Empty | MetadataForm::Unpublished => return None,
        },
        ObjectKind::Revision => return None,
    })
}

/// What the allow-list shows of the payload `root`: the declaration of `object`, or of
/// the kind its shape shows; nothing when neither decides (an ambiguous file, a bare
/// array).
pub(crate) fn root_place<N: Json>(object: Option<ObjectKind>, root: &N) -> Place {
    match object {
        Some(kind) => Place::of_kind(Some(kind)),
        None => match detect(root) {
            Detection::Kind(kind) => Place::of_kind(Some(kind)),
            Detection::Ambiguous(_) | Detection::BareArray => Place::Hidden,
        },
    }
}

impl Walker<'_> {
    /// The payload `root`, of the kind `options` name or, when they name none, of the
    /// kind its shape shows.
    pub(crate) fn payload<N: Json>(&mut self, root: &N) {
        match self.options.object {
            Some(ObjectKind::Store) => self.store(root),
            Some(kind) => {
                self.flavour(root, kind);
                self.kind(root, Path::Root, kind);
            }
            None => self.detected(root),
        }
    }

    /// Request or response by the payload, when the options ask for it and the payload
    /// is not a store (whose flavour stays what it was before the other kinds).
    fn flavour<N: Json>(&mut self, root: &N, kind: ObjectKind) {
        if self.options.detect_flavour && kind != ObjectKind::Store {
            self.options.kind = flavour_of(root);
        }
    }

    fn detected<N: Json>(&mut self, root: &N) {
        match detect(root) {
            Detection::Kind(kind) => {
                self.flavour(root, kind);
                self.kind(root, Path::Root, kind);
            }
            Detection::Ambiguous(message) => self.ambiguous(root, Path::Root, message),
            Detection::BareArray => {
                let message = "the payload is a bare array: PingOne returns lists as `_embedded` (`{\"_embedded\": {\"stores\": [...]}}`), so a bare array is not an API shape".to_owned();
                let span = root.span().map(|s| Span::at(s.start));
                self.emit_with(
                    Severity::Warning,
                    Code::UnknownProperty,
                    Path::Root,
                    span,
                    message,
                );
                let root_path = Path::Root;
                for (i, item) in root.items().into_iter().flatten().enumerate() {
                    let at = root_path.index(i);
                    match detect(item) {
                        Detection::Kind(kind) => {
                            let outer = self.options.kind;
                            self.flavour(item, kind);
                            self.kind(item, at, kind);
                            self.options.kind = outer;
                        }
                        Detection::Ambiguous(message) => self.ambiguous(item, at, message),
                        Detection::BareArray => self.wrong_type(item, at, "an object"),
                    }
                }
            }
        }
    }

    fn ambiguous<N: Json>(&mut self, value: &N, path: Path<'_>, message: String) {
        let span = value.span().map(|s| Span::at(s.start));
        self.emit(Code::AmbiguousKind, path, span, message);
    }

    /// `value` as a payload of `kind`.
    fn kind<N: Json>(&mut self, value: &N, path: Path<'_>, kind: ObjectKind) {
        self.deprecated_in_responses =
            matches!(kind, ObjectKind::Store | ObjectKind::List(ListKind::Stores));
        let forced = match kind {
            ObjectKind::Metadata(store_type) => return self.metadata(value, path, store_type),
            ObjectKind::Revision => return self.revision(value, path),
            // The product's own file: read as it is written, never as a response.
            ObjectKind::Setup => Some(PayloadKind::Request),
            // A list is only ever returned.
            ObjectKind::List(_) => Some(PayloadKind::Response),
            ObjectKind::Store | ObjectKind::Plan | ObjectKind::Rule | ObjectKind::Mapping => None,
        };
        let Some(decl) = root_declaration(kind) else {
            return;
        };
        let outer = self.options.kind;
        self.options.kind = forced.unwrap_or(outer);
        self.root(value, path, decl);
        self.options.kind = outer;
    }

    /// A revision: a request has no body ("does not require a request body"), a
    /// response is not typed.
    fn revision<N: Json>(&mut self, value: &N, path: Path<'_>) {
        let empty = value
            .members()
            .is_some_and(|mut members| members.next().is_none());
        if self.options.kind == PayloadKind::Request && !empty {
            let span = value.span().map(|s| Span::at(s.start));
            let message = "a revision request takes no body (\"This POST does not require a request body\"): the body is ignored".to_owned();
            self.emit(Code::Ignored, path, span, message);
        }
    }

    /// A store metadata request of `store_type` (propagation.md A3, B.4).
    fn metadata<N: Json>(&mut self, value: &N, path: Path<'_>, store_type: &'static str) {
        let Some(decl) = metadata(store_type) else {
            let span = value.span().map(|s| Span::at(s.start));
            let message = unknown_metadata_type(store_type);
            return self.emit(Code::Enum, path, span, message);
        };
        if value.members().is_none() {
            return self.wrong_type(value, path, "a JSON object");
        }
        // Responses are not typed (the metadata response model was not retrievable).
        if self.options.kind == PayloadKind::Response {
            return;
        }
        let empty = value
            .members()
            .is_some_and(|mut members| members.next().is_none());
        let outer = self.root_rules;
        match decl.form {
            MetadataForm::Configuration(_, _) | MetadataForm::Unpublished if empty => {}
            MetadataForm::Configuration(configuration, optional) => {
                self.root_rules = RootRules {
                    excused: optional,
                    hints: SDK_WRAPPER,
                    hinted: false,
                };
                let context = self.context.replace((&CONFIGURATIONS, decl.store_type));
                self.payload_at(path, configuration);
                self.object(value, path, configuration);
                self.context = context;
            }
            MetadataForm::Own(own) => {
                self.root_rules = RootRules {
                    excused: &[],
                    hints: SDK_WRAPPER,
                    hinted: false,
                };
                self.payload_at(path, own);
                self.object(value, path, own);
            }
            MetadataForm::Empty if empty => {}
            MetadataForm::Empty => {
                let span = value.span().map(|s| Span::at(s.start));
                let message = format!(
                    "the body of a `{store_type}` metadata request is \"required but should be empty\": any content is ignored, send `{{}}`"
                );
                self.emit(Code::Ignored, path, span, message);
            }
            MetadataForm::Unpublished => {}
        }
        self.root_rules = outer;
    }
}

impl Options {
    /// These options for payloads of `object`, or (`None`) of the kind each payload's
    /// shape shows (propagation.md A4 step 4: a store when nothing else fits).
    #[must_use]
    pub const fn object(mut self, object: Option<ObjectKind>) -> Self {
        self.object = object;
        self
    }

    /// These options deciding request or response by the payload (`true`: a root `id`
    /// or `_embedded` member makes a response, propagation.md A4 step 5) for every kind
    /// but a store, whose flavour stays [`Options::kind`] so that a store file's
    /// findings do not depend on its content's shape. For callers that were not told
    /// which flavour a payload is.
    #[must_use]
    pub const fn flavour_by_shape(mut self, detect: bool) -> Self {
        self.detect_flavour = detect;
        self
    }
}

impl Example {
    /// The options the example is checked with: its flavour and payload kind (decided
    /// by shape when [`Example::payload`] is empty).
    #[must_use]
    pub fn options(&self) -> Options {
        let flavour = if self.response {
            PayloadKind::Response
        } else {
            PayloadKind::Request
        };
        let object = if self.payload.is_empty() {
            None
        } else {
            self.payload.parse().ok()
        };
        Options::new(flavour).object(object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kinds_parse_as_they_print() {
        for text in [
            "store",
            "plan",
            "rule",
            "mapping",
            "revision",
            "metadata:LdapGateway",
            "metadata:scim",
            "list:stores",
            "list:mappings",
        ] {
            let kind: ObjectKind = text.parse().expect(text);
            assert_eq!(kind.to_string(), text);
        }
        let wrong = "metadata:LDAPGateway".parse::<ObjectKind>().unwrap_err();
        assert!(
            wrong.to_string().contains("did you mean `LdapGateway`?"),
            "{wrong}"
        );
        assert!("rules".parse::<ObjectKind>().is_err());
    }

    #[test]
    fn file_names_name_kinds() {
        let kind = |name| ObjectKind::from_file_name(name).map(|r| r.map_err(|e| e.to_string()));
        assert_eq!(
            kind("zoom-user.mapping.json"),
            Some(Ok(ObjectKind::Mapping))
        );
        assert_eq!(kind("plan.json"), None);
        assert_eq!(kind("a.plan.json"), Some(Ok(ObjectKind::Plan)));
        assert_eq!(
            kind("ldap.metadata.LdapGateway.json"),
            Some(Ok(ObjectKind::Metadata("LdapGateway")))
        );
        assert_eq!(
            kind("all.rules.json"),
            Some(Ok(ObjectKind::List(ListKind::Rules)))
        );
        assert!(matches!(kind("x.metadata.Zooom.json"), Some(Err(_))));
        assert_eq!(kind("store.response.json"), None);
        assert_eq!(kind("zoom.json"), None);
    }

    #[test]
    fn shapes_decide_in_the_documented_order() {
        let kind = |value: Value| detect_value(&value);
        assert_eq!(
            kind(json!({"sourceStore": {"id": "x"}, "name": "r"})),
            Detection::Kind(ObjectKind::Rule)
        );
        assert_eq!(
            kind(json!({"sourceAttribute": "a", "targetAttribute": "b"})),
            Detection::Kind(ObjectKind::Mapping)
        );
        assert_eq!(
            kind(json!({"name": "Default Plan"})),
            Detection::Kind(ObjectKind::Plan)
        );
        assert_eq!(kind(json!({})), Detection::Kind(ObjectKind::Store));
        assert_eq!(
            kind(json!({"name": "z", "type": "Zoom"})),
            Detection::Kind(ObjectKind::Store)
        );
        assert_eq!(
            kind(json!({"_embedded": {"rules": []}})),
            Detection::Kind(ObjectKind::List(ListKind::Rules))
        );
        assert_eq!(kind(json!([])), Detection::BareArray);
        let Detection::Ambiguous(both) = kind(json!({"plan": {}, "targetAttribute": "b"})) else {
            panic!("rule and mapping members are ambiguous");
        };
        assert!(
            both.contains("rule (`plan`), mapping (`targetAttribute`)"),
            "{both}"
        );
        let Detection::Ambiguous(metadata) = kind(json!({"LDAP_TYPE": "PingDirectory"})) else {
            panic!("configuration keys alone are ambiguous");
        };
        assert!(metadata.contains("`LdapGateway`"), "{metadata}");
    }
}
