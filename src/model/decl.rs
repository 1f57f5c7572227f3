//! The declarations: every rule of the contract, written once as data.
//!
//! Each JSON object the product checks (the base store of a request or a response, each
//! store type's `configuration`, `image`, `environment`, `syncStatus`, a link) is one
//! [`ObjectDecl`]: its keys, each key's JSON type and text rule, when it is required,
//! whether it is read-only, deprecated or a secret, and the sources the rule rests on.
//! Everything else derives from these tables:
//!
//! - the validator ([`crate::validate`]) is a generic interpreter of them, with no
//!   per-key code;
//! - the JSON Schemas ([`crate::schema`]) are built from them;
//! - what output may show of a payload ([`KeyDecl::shows_value`], applied by
//!   [`crate::model::shown`]) and the set of secret keys
//!   ([`secret_keys`](super::secret_keys));
//! - the candidates of "did you mean" suggestions and the allowed values that
//!   diagnostics carry;
//! - the rules document (`docs/rules.md`, [`crate::schema::rules_document`]);
//! - the property tests' payload generators (`tests/common/strategy.rs`);
//! - the typed models (`StoreRequest`, `Image`, `StoreType`, `ZoomConfiguration`, ...,
//!   and `PlanRequest`, `RuleRequest`, `MappingRequest`, `MetadataRequest`, the lists),
//!   generated into `src/model/generated.rs` and `src/model/generated_propagation.rs` by
//!   `cargo xtask codegen` (the generator is the `codegen` module, behind the `codegen`
//!   feature).
//!
//! The typed models check a payload with the same interpreter before serde builds them,
//! and a test holds every generated struct's wire names to the declarations key by key.

/// One JSON object of the contract.
#[derive(Debug)]
pub struct ObjectDecl {
    /// The name of the object's schema definition (`ZoomConfiguration`, `Image`).
    pub name: &'static str,
    /// What the object is, in markdown (one paragraph).
    pub doc: &'static str,
    /// The keys, in documentation order.
    pub keys: &'static [KeyDecl],
    /// A key whose value decides which other keys are required (`AUTHENTICATION_METHOD`).
    pub switch: Option<&'static Switch>,
}

/// One key of an object.
#[derive(Debug)]
pub struct KeyDecl {
    /// The key, spelled as on the wire (case matters).
    pub name: &'static str,
    /// What the key holds, in markdown (one paragraph).
    pub doc: &'static str,
    /// The JSON type and the rule of its value.
    pub value: ValueRule,
    /// When the key must be present.
    pub need: Need,
    /// The value is a credential: never shown in any output.
    pub secret: bool,
    /// `Some(what to use instead)`: the key is deprecated; sending it is a `deprecated`
    /// warning whose message ends with this text.
    pub deprecated: Option<&'static str>,
    /// `Some(why)`: the key is not in the official request model, but an official
    /// example sends it; sending it is an `unknown-property` warning, not an error.
    pub undocumented: Option<&'static str>,
    /// The value PingOne assumes when the key is absent: exported as the schemas'
    /// `default`, the typed model's `DEFAULT`, and for a switch key the case in force
    /// when it is absent.
    pub default: Option<DefaultValue>,
    /// What the rule rests on.
    pub sources: &'static [Source],
    /// The value is free text that output may show (the store's `name`): without this
    /// flag only a value whose rule bounds its content is shown
    /// ([`KeyDecl::shows_value`]).
    pub shown_text: bool,
    /// `Some`: the key's presence depends on another key of the same object.
    pub relation: Option<Relation>,
}

/// The value PingOne assumes for an absent key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultValue {
    /// A string (of a text or a value set).
    Text(&'static str),
    /// A boolean.
    Bool(bool),
}

impl DefaultValue {
    /// The default as a string, when it is one.
    #[must_use]
    pub const fn as_text(self) -> Option<&'static str> {
        match self {
            Self::Text(text) => Some(text),
            Self::Bool(_) => None,
        }
    }
}

/// How a key's presence depends on a sibling key of its object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// Exactly one of this key and the sibling must be present (a mapping's `expression`
    /// and `sourceAttribute`): both are a `conflict` error at the second in source order,
    /// neither a `one-of` error at the object. Both keys of the pair declare it.
    ExactlyOneWith(&'static str),
    /// When the sibling is present, this key is ignored by PingOne: an `ignored` warning
    /// with this reason (a writeback rule's `populationExpression`).
    IgnoredWith(&'static str, &'static str),
}

impl KeyDecl {
    /// An optional key with no source recorded and no flags: the base for a `const`
    /// declaration written with struct update syntax (`..KeyDecl::new("NAME", rule)`).
    #[must_use]
    pub const fn new(name: &'static str, value: ValueRule) -> Self {
        Self {
            name,
            doc: "",
            value,
            need: Need::Optional,
            secret: false,
            deprecated: None,
            undocumented: None,
            default: None,
            sources: &[],
            shown_text: false,
            relation: None,
        }
    }

    /// Whether output may show this key's value: the allow-list of shown values, decided
    /// here and nowhere else ([`crate::model::shown`] applies it). A value is shown when
    /// the key is not a secret and its rule bounds what it can hold, so that a user can
    /// read it to fix a finding (a choice, a URL, a UUID or an ID reference, a date-time,
    /// a boolean, a count), or when the key is free text flagged [`KeyDecl::shown_text`]. Every other
    /// value (`description`, an identifier of free form, a secret) is `***`.
    #[must_use]
    pub const fn shows_value(&self) -> bool {
        !self.secret
            && (self.shown_text
                || matches!(
                    self.value,
                    ValueRule::Choice(_)
                        | ValueRule::ChoiceOrBool(..)
                        | ValueRule::Bool(_)
                        | ValueRule::Count
                        | ValueRule::Text(
                            Text::Url
                                | Text::HttpsUrl(_)
                                | Text::Uuid
                                | Text::IdRef
                                | Text::DateTime
                                | Text::PayloadKind
                        )
                ))
    }
}

/// The JSON type of a value and the rule it follows.
#[derive(Clone, Copy, Debug)]
pub enum ValueRule {
    /// A JSON string.
    Text(Text),
    /// `true` or `false`.
    Bool(BoolRule),
    /// A whole number of zero or more (`3.0` counts as `3`).
    Count,
    /// A string from a set of values.
    Choice(&'static Choice),
    /// An object of its own declaration.
    Object(&'static ObjectDecl),
    /// An object whose members, of any name, are each an object of this declaration
    /// (`_links`).
    MapOf(&'static ObjectDecl),
    /// An object whose declaration is chosen by the value of a sibling key: the store's
    /// `configuration`, chosen by `type`.
    SelectedBy(&'static Selection),
    /// An array whose items are each an object of this declaration (a rule's `groups`).
    ArrayOf(&'static ObjectDecl),
    /// An array whose items are each an object of this declaration, or the same items
    /// written column-wise: one object whose every required key (and any other declared
    /// key) holds an array of that key's values (`{"id": ["a", "b"]}` for
    /// `[{"id": "a"}, {"id": "b"}]`). The column form is a `type` warning with this
    /// reason, because the sources disagree on the shape (a rule's `populations`: the
    /// data model writes `populations.id` as `String[]`, every example sends objects).
    ArrayOfOrColumns(&'static ObjectDecl, &'static str),
    /// Either the object this declaration declares, or another object whose members, of
    /// any name, are strings: a rule's `configuration`, the outbound LDAP object or an
    /// inbound one whose keys were never published. Which one applies depends on other
    /// files (the rule's stores), so a payload alone is checked as the union: the
    /// declared keys, when present, follow their rules, other members must be strings,
    /// and the declaration's required keys are not required. The schemas give a `oneOf`
    /// of the declared object and an object of strings that is not it.
    Open(&'static ObjectDecl),
    /// A string from a set of values, or a boolean that is a `type` warning with this
    /// reason (the sources disagree on the JSON type: a mapping's `attributeMappingType`).
    ChoiceOrBool(&'static Choice, &'static str),
}

/// What a string accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// Any string.
    Any,
    /// Not empty or blank.
    NotBlank,
    /// An absolute `http` or `https` URL.
    Url,
    /// An absolute `http` or `https` URL where `http` is an `insecure-url` warning; the
    /// text says why (`Zoom serves its API over HTTPS only`).
    HttpsUrl(&'static str),
    /// A UUID.
    Uuid,
    /// An RFC 3339 date-time.
    DateTime,
    /// The ID of another object: a UUID, or a template variable (`{{planID}}`) that
    /// stands for one, which is a `placeholder` warning.
    IdRef,
    /// A SCIM filter (RFC 7644 section 3.4.2.2: `population.id eq "..."`); one that does
    /// not parse is a `filter` warning that names the place (the grammar is inferred
    /// from "a SCIM filter", so never an error).
    ScimFilter,
    /// A payload kind as `--payload` spells it (`mapping`, `metadata:LdapGateway`,
    /// `list:rules`; not `setup`): another string is an `enum` error (a setup file
    /// entry's `kind`).
    PayloadKind,
    /// Any string, but an empty or blank one is an `empty` warning with this reason
    /// rather than an error (the sources disagree on whether the key is needed at all).
    NotBlankAdvised(&'static str),
}

/// What a boolean accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolRule {
    /// `true` or `false`.
    Any,
    /// Either, but only this value is advised: the other is a `enum` warning with this
    /// reason (a "must be `true`" that only a community source states).
    Advised(bool, &'static str),
    /// `true` or `false`; a string is a `type` warning with this reason rather than an
    /// error, because a community source declares the key a string (ServiceNow
    /// `DEPROVISION_USERS`). Any other JSON type is an error.
    TextTolerated(&'static str),
}

/// A set of string values.
#[derive(Debug)]
pub struct Choice {
    /// The name of the set's schema definition (`AuthenticationMethod`).
    pub name: &'static str,
    /// What the value decides, in markdown.
    pub doc: &'static str,
    /// The values with their documentation, in documentation order.
    pub values: &'static [(&'static str, &'static str)],
    /// `None`: another value is an `enum` error. `Some(doubt)`: the sources disagree on
    /// the set, so another value is an `enum` warning that says the doubt.
    pub open: Option<&'static str>,
    /// `Some((values, why))`: only these values are advised; another allowed value is an
    /// `enum` warning with this reason.
    pub advised: Option<(&'static [&'static str], &'static str)>,
    /// Spellings other tools use for a value (`GithubEMU` for `GitHubEMU`), as
    /// `(alias, value)`: still not allowed, but the `enum` error suggests the value.
    /// Compared with case ignored.
    pub aliases: &'static [(&'static str, &'static str)],
}

impl Choice {
    /// The allowed values' spellings.
    pub fn names(&self) -> impl ExactSizeIterator<Item = &'static str> + Clone + use<> {
        self.values.iter().map(|(name, _)| *name)
    }

    /// Whether `value` is one of the allowed values.
    #[must_use]
    pub fn allows(&self, value: &str) -> bool {
        self.values.iter().any(|(name, _)| *name == value)
    }

    /// The allowed value that `value` is another tool's spelling of (case ignored).
    #[must_use]
    pub fn alias_of(&self, value: &str) -> Option<&'static str> {
        self.aliases
            .iter()
            .find(|(alias, _)| alias.eq_ignore_ascii_case(value))
            .map(|(_, name)| *name)
    }
}

/// When a key must be present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// May be absent.
    Optional,
    /// Must be present in requests and responses.
    Required,
    /// Required by one official source but not another: missing is a `required`
    /// warning that says the doubt.
    Doubtful(&'static str),
    /// Optional in a create request and in a response; missing from an update request
    /// (a `PUT`, [`Options::update`](crate::Options::update)) is a `required` warning that
    /// says this doubt (a mapping's `rule`: the create request has its rule in the URL,
    /// the update request's body names it).
    InUpdate(&'static str),
    /// Set by PingOne: a `read-only` warning in a request; required in a response.
    ReadOnlyRequired,
    /// Set by PingOne: a `read-only` warning in a request; optional in a response.
    ReadOnly,
}

/// A key whose value decides which keys are required.
#[derive(Debug)]
pub struct Switch {
    /// The deciding key (`AUTHENTICATION_METHOD`); its rule is a [`ValueRule::Choice`].
    /// The case in force when it is absent is the key's declared `default`
    /// ([`ObjectDecl::switch_default`]).
    pub key: &'static str,
    /// One case per value of the key.
    pub cases: &'static [Case],
    /// A key that another case requires and this one does not is an `ignored` warning
    /// (PingOne drops it).
    pub others_ignored: bool,
    /// The typed model's names: the configuration's field that holds the case with its
    /// keys (`authentication`), and that field's enum (`ZoomAuthentication`).
    pub typed: TypedSwitch,
}

/// How the typed model names a [`Switch`] (`src/model/generated.rs` is generated from it).
#[derive(Debug)]
pub struct TypedSwitch {
    /// The configuration's field that holds the case (`authentication`).
    pub field: &'static str,
    /// The field's enum, a variant per case (`ZoomAuthentication`).
    pub enum_name: &'static str,
}

impl Switch {
    /// The case of `value`.
    #[must_use]
    pub fn case(&self, value: &str) -> Option<&'static Case> {
        self.cases.iter().find(|case| case.value == value)
    }
}

/// What one value of a [`Switch`] requires.
#[derive(Debug)]
pub struct Case {
    /// The value (`OAuth Bearer Token`).
    pub value: &'static str,
    /// How messages name this case's keys (`` `OAUTH_*` ``).
    pub keys_label: &'static str,
    /// The keys this case requires.
    pub requires: &'static [Requirement],
    /// `Some(why)`: the case is deprecated; choosing it explicitly, and each of its keys
    /// that is present (whatever the case in use), is a `deprecated` warning with this
    /// reason.
    pub deprecated: Option<&'static str>,
    /// The typed model's names for this case.
    pub typed: TypedCase,
}

/// How the typed model names a [`Case`].
#[derive(Debug)]
pub struct TypedCase {
    /// The variant of the switch's enum (`OAuth`).
    pub variant: &'static str,
    /// The struct of the keys the case carries (`OAuthCredentials`).
    pub credentials: &'static str,
}

/// A key required by a [`Case`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The key.
    pub key: &'static str,
    /// `None`: missing is an error. `Some(doubt)`: missing is a warning that says it.
    pub doubt: Option<&'static str>,
}

impl Requirement {
    /// A requirement every source agrees on.
    #[must_use]
    pub const fn firm(key: &'static str) -> Self {
        Self { key, doubt: None }
    }

    /// A requirement the sources disagree on.
    #[must_use]
    pub const fn doubtful(key: &'static str, doubt: &'static str) -> Self {
        Self {
            key,
            doubt: Some(doubt),
        }
    }

    /// Whether every source agrees: missing is then an error, else a warning.
    #[must_use]
    pub const fn is_firm(&self) -> bool {
        self.doubt.is_none()
    }
}

/// The declaration chosen by a sibling key's value.
#[derive(Debug)]
pub struct Selection {
    /// The sibling key (`type`); its rule is a [`ValueRule::Choice`].
    pub by: &'static str,
    /// For each value of the sibling key, its declaration.
    pub cases: &'static [(&'static str, &'static ObjectDecl)],
    /// For each value that takes no object at all (`directory`): the object may be
    /// absent or `{}`.
    pub optional_for: &'static [&'static str],
    /// Keys of the enclosing object (beside `by`) that one value requires although the
    /// object's own declaration does not: `(value, requirement)` (GitHubEMU's page marks
    /// the store's `status` Required, every other page Optional). Missing is a `required`
    /// finding at the enclosing object, with the requirement's severity and doubt.
    pub sibling_needs: &'static [(&'static str, Requirement)],
}

impl Selection {
    /// The declaration for `value`: `None` when the value is unknown.
    #[must_use]
    pub fn case(&self, value: &str) -> Option<&'static ObjectDecl> {
        self.cases
            .iter()
            .find(|(name, _)| *name == value)
            .map(|(_, decl)| *decl)
    }

    /// The keys of the enclosing object that `value` requires beyond its declaration.
    pub fn sibling_needs_of(&self, value: &str) -> impl Iterator<Item = &'static Requirement> {
        self.sibling_needs
            .iter()
            .filter(move |(name, _)| *name == value)
            .map(|(_, requirement)| requirement)
    }

    /// The values whose declaration has `key` in its request model (not as an
    /// example-only key), in declaration order: for the message on a key of another type
    /// (`SCIM_URL` is a key of `Aquera`, `scim` and `Zoom` stores).
    pub fn values_with_key(&self, key: &str) -> impl Iterator<Item = &'static str> {
        self.cases.iter().filter_map(move |(value, decl)| {
            decl.key(key)
                .filter(|(_, declared)| declared.undocumented.is_none())
                .map(|_| *value)
        })
    }
}

/// What a rule rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// PingOne's official request model (the Create Store page), with its page.
    RequestModel(&'static str),
    /// An official example body, with its page.
    Example(&'static str),
    /// PingOne's admin guide, with its page.
    AdminGuide(&'static str),
    /// The community PingOne Go SDK's OpenAPI spec.
    CommunitySdk,
    /// Another page (Zoom's changelog, PingOne's error reference), with its address.
    Other(&'static str),
}

impl Source {
    /// How the rules document cites the source.
    #[must_use]
    pub fn cite(&self) -> String {
        match self {
            Self::RequestModel(page) => format!("request model ({page})"),
            Self::Example(page) => format!("official example ({page})"),
            Self::AdminGuide(page) => format!("admin guide ({page})"),
            Self::CommunitySdk => "community Go SDK spec".to_owned(),
            Self::Other(page) => (*page).to_owned(),
        }
    }
}

impl ObjectDecl {
    /// The key named `name`.
    #[inline]
    #[must_use]
    pub fn key(&self, name: &str) -> Option<(usize, &'static KeyDecl)> {
        self.keys
            .iter()
            .enumerate()
            .find(|(_, key)| key.name.len() == name.len() && key.name == name)
    }

    /// The value of the switch key in force when it is absent: the key's declared
    /// default (`JWT Bearer Token` for Zoom's `AUTHENTICATION_METHOD`).
    #[must_use]
    pub fn switch_default(&self) -> Option<&'static str> {
        let switch = self.switch?;
        let (_, key) = self.key(switch.key)?;
        key.default.and_then(DefaultValue::as_text)
    }

    /// The keys' names, in documentation order.
    pub fn key_names(&self) -> impl Iterator<Item = &'static str> + Clone + use<> {
        self.keys.iter().map(|key| key.name)
    }

    /// The objects this one's keys declare, in key order: a nested object, the members'
    /// object of a map, and every declaration a selection chooses from. Allocates
    /// nothing.
    pub fn children(&self) -> impl Iterator<Item = &'static ObjectDecl> + use<> {
        self.keys.iter().flat_map(|key| {
            let (one, chosen) = match key.value {
                ValueRule::Object(child)
                | ValueRule::MapOf(child)
                | ValueRule::ArrayOf(child)
                | ValueRule::ArrayOfOrColumns(child, _)
                | ValueRule::Open(child) => (Some(child), &[][..]),
                ValueRule::SelectedBy(selection) => (None, selection.cases),
                _ => (None, &[][..]),
            };
            one.into_iter().chain(chosen.iter().map(|(_, decl)| *decl))
        })
    }
}
