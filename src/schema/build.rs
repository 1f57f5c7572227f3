//! JSON Schemas built from the declarations ([`crate::model::decl`]).
//!
//! Each error-level rule of a declaration becomes a keyword; warnings become
//! annotations (`deprecated`, `readOnly`, `writeOnly`, descriptions), never failures, so
//! that a JSON Schema validator gives the same verdict as [`crate::validate_value`], for requests
//! and responses alike.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::Draft;
use crate::model::decl::{
    BoolRule, Case, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Relation, Selection, Switch,
    Text, ValueRule,
};
use crate::model::formats;
use crate::validate::{ObjectKind, PayloadKind};

/// Builds the schema of one root declaration for one kind of payload and one dialect.
pub(crate) struct Builder {
    kind: PayloadKind,
    draft: Draft,
    /// The definitions referenced so far, by name.
    defs: BTreeMap<&'static str, Value>,
    /// Whether each key's warning-level rules and sources are written as
    /// `x-pingone-rule` and `x-pingone-sources` annotations (the OpenAPI document's
    /// convention, propagation.md Part D).
    rule_notes: bool,
    /// Whether the request updates an existing object (a `PUT`): keys declared
    /// [`Need::InUpdate`] carry their `required` warning as a note.
    update: bool,
}

impl Builder {
    pub(crate) fn new(kind: PayloadKind, draft: Draft) -> Self {
        Self {
            kind,
            draft,
            defs: BTreeMap::new(),
            rule_notes: false,
            update: false,
        }
    }

    /// This builder for the body of an update request (a `PUT`) rather than a create.
    pub(crate) const fn for_update(mut self) -> Self {
        self.update = true;
        self
    }

    /// This builder writing each key's warning-level rules and sources as annotations.
    pub(crate) const fn with_rule_notes(mut self) -> Self {
        self.rule_notes = true;
        self
    }

    /// The root schema: `root`'s object, with every definition it references.
    pub(crate) fn root(mut self, root: &'static ObjectDecl) -> Map<String, Value> {
        let mut schema = self.object(root);
        let defs_key = match self.draft {
            Draft::Draft2020_12 => "$defs",
            Draft::Draft07 => "definitions",
        };
        let defs: Map<String, Value> = std::mem::take(&mut self.defs)
            .into_iter()
            .map(|(name, def)| (name.to_owned(), def))
            .collect();
        schema.insert(defs_key.into(), Value::Object(defs));
        schema
    }

    fn reference(&self, name: &str) -> Value {
        match self.draft {
            Draft::Draft2020_12 => json!({ "$ref": format!("#/$defs/{name}") }),
            Draft::Draft07 => json!({ "$ref": format!("#/definitions/{name}") }),
        }
    }

    fn editor(&self) -> bool {
        self.draft == Draft::Draft07
    }

    /// The schema of an object declaration (not a reference to it).
    fn object(&mut self, decl: &'static ObjectDecl) -> Map<String, Value> {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut conditions = Vec::new();
        for (index, key) in decl.keys.iter().enumerate() {
            properties.insert(key.name.into(), Value::Object(self.key(decl, key)));
            let withheld = key.secret && self.kind == PayloadKind::Response;
            let needed = !withheld
                && match key.need {
                    Need::Required => true,
                    Need::ReadOnlyRequired => self.kind == PayloadKind::Response,
                    Need::Optional | Need::Doubtful(_) | Need::InUpdate(_) | Need::ReadOnly => {
                        false
                    }
                };
            if let ValueRule::SelectedBy(selection) = key.value {
                conditions.extend(self.selection(key.name, selection, needed));
                if !selection.optional_for.is_empty() {
                    continue;
                }
            }
            if needed {
                required.push(Value::from(key.name));
            }
            // Once per pair, by its first key, as the walker reports it.
            if let Some(Relation::ExactlyOneWith(other)) = key.relation
                && decl.key(other).is_some_and(|(j, _)| j > index)
            {
                // `properties` with `true` names each required key where it is
                // required, for ajv's strict mode (`strictRequired`).
                let branch =
                    |name: &str| json!({ "properties": { name: true }, "required": [name] });
                conditions.push(json!({ "oneOf": [branch(key.name), branch(other)] }));
            }
        }
        let mut schema = Map::new();
        self.describe(&mut schema, decl.doc);
        schema.insert("type".into(), "object".into());
        if self.kind == PayloadKind::Request {
            schema.insert("additionalProperties".into(), false.into());
        }
        schema.insert("properties".into(), Value::Object(properties));
        if !required.is_empty() {
            schema.insert("required".into(), Value::Array(required));
        }
        if let Some(switch) = decl.switch {
            let withheld = |key: &str| {
                self.kind == PayloadKind::Response
                    && decl.key(key).is_some_and(|(_, declared)| declared.secret)
            };
            conditions.push(switch_schema(
                switch,
                decl.switch_default(),
                withheld,
                self.editor(),
            ));
        }
        match conditions.len() {
            0 => {}
            1 => {
                let Some(Value::Object(condition)) = conditions.pop() else {
                    unreachable!("conditions are objects")
                };
                schema.extend(condition);
            }
            _ => _ = schema.insert("allOf".into(), Value::Array(conditions)),
        }
        schema
    }

    /// The schema of one key's value, with its annotations.
    fn key(&mut self, decl: &ObjectDecl, key: &'static KeyDecl) -> Map<String, Value> {
        let read_only = matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired);
        let mut schema = Map::new();
        self.describe(&mut schema, key.doc);
        if !(read_only && self.kind == PayloadKind::Request) {
            schema.extend(self.value(key.value));
        }
        if read_only {
            schema.insert("readOnly".into(), true.into());
        }
        if key.secret {
            schema.insert("writeOnly".into(), true.into());
        }
        match key.default {
            Some(DefaultValue::Text(text)) => _ = schema.insert("default".into(), text.into()),
            Some(DefaultValue::Bool(value)) => _ = schema.insert("default".into(), value.into()),
            None => {}
        }
        let deprecated = key
            .deprecated
            .or_else(|| deprecated_by_switch(decl, key.name));
        if self.rule_notes {
            let notes = warning_rules(key, deprecated, (self.kind, self.update));
            if !notes.is_empty() {
                schema.insert("x-pingone-rule".into(), Value::Array(notes));
            }
            if !key.sources.is_empty() {
                let cited = key.sources.iter().map(|s| Value::from(s.cite())).collect();
                schema.insert("x-pingone-sources".into(), Value::Array(cited));
            }
        }
        if let Some(why) = deprecated {
            schema.insert("deprecated".into(), true.into());
            if self.editor() {
                schema.insert(
                    "deprecationMessage".into(),
                    format!("`{}` is deprecated: {why}", key.name).into(),
                );
            }
        }
        schema
    }

    fn value(&mut self, rule: ValueRule) -> Map<String, Value> {
        let value = match rule {
            ValueRule::Text(text) => self.text(text),
            ValueRule::Bool(BoolRule::Any | BoolRule::Advised(..)) => json!({ "type": "boolean" }),
            // A string is only a warning, so the schema accepts it.
            ValueRule::Bool(BoolRule::TextTolerated(_)) => {
                json!({ "anyOf": [{ "type": "boolean" }, { "type": "string" }] })
            }
            ValueRule::Count => json!({ "type": "integer", "minimum": 0 }),
            ValueRule::Choice(choice) if choice.open.is_some() => {
                let mut schema = Map::new();
                schema.insert("type".into(), "string".into());
                schema.insert("examples".into(), choice.names().map(Value::from).collect());
                Value::Object(schema)
            }
            ValueRule::Choice(choice) => {
                if !self.defs.contains_key(choice.name) {
                    let def = self.choice(choice);
                    self.defs.insert(choice.name, def);
                }
                self.reference(choice.name)
            }
            ValueRule::Object(decl) => self.object_reference(decl),
            ValueRule::MapOf(decl) => {
                json!({ "type": "object", "additionalProperties": self.object_reference(decl) })
            }
            ValueRule::SelectedBy(_) => json!({ "type": "object" }),
            ValueRule::ArrayOf(decl) => {
                json!({ "type": "array", "items": self.object_reference(decl) })
            }
            // The column form is only a warning, so the schema accepts it too.
            ValueRule::ArrayOfOrColumns(decl, _) => {
                let items = self.object_reference(decl);
                let mut columns = Map::new();
                for key in decl.keys {
                    let item = Value::Object(self.value(key.value));
                    columns.insert(key.name.into(), json!({ "type": "array", "items": item }));
                }
                let required: Vec<&str> = decl
                    .keys
                    .iter()
                    .filter(|key| key.need == Need::Required)
                    .map(|key| key.name)
                    .collect();
                json!({
                    "anyOf": [
                        { "type": "array", "items": items },
                        {
                            "type": "object",
                            "required": required,
                            "properties": columns,
                            "additionalProperties": false
                        }
                    ]
                })
            }
            ValueRule::Open(decl) => self.open(decl),
            // A boolean is only a warning, so the schema accepts it.
            ValueRule::ChoiceOrBool(choice, _) => json!({
                "anyOf": [
                    { "type": "boolean" },
                    { "type": "string", "examples": choice.names().collect::<Vec<_>>() }
                ]
            }),
        };
        match value {
            Value::Object(map) => map,
            _ => unreachable!("schemas here are objects"),
        }
    }

    /// [`ValueRule::Open`]: `oneOf` the declared object and another object of string
    /// members that is not it (it lacks one of the declared object's required keys), so
    /// that a valid value matches exactly one. Both accept members of other names when
    /// they are strings and hold the declared keys to their rules, as the linter does:
    /// which object applies depends on other files.
    fn open(&mut self, decl: &'static ObjectDecl) -> Value {
        let strings = json!({ "type": "string" });
        if !self.defs.contains_key(decl.name) {
            self.defs.insert(decl.name, Value::Null);
            let mut def = self.object(decl);
            def.insert("additionalProperties".into(), strings.clone());
            self.defs.insert(decl.name, Value::Object(def));
        }
        let mut other = self.object(decl);
        let required = other.remove("required").unwrap_or_else(|| json!([]));
        other.insert("additionalProperties".into(), strings);
        other.insert("not".into(), json!({ "required": required }));
        let what = format!(
            "Another object than `{}` (an inbound rule's, whose keys were not published): \
             members that are strings, without all of its required keys.",
            decl.name
        );
        other.insert("description".into(), what.into());
        other.remove("x-pingone-sources");
        json!({ "oneOf": [self.reference(decl.name), Value::Object(other)] })
    }

    fn object_reference(&mut self, decl: &'static ObjectDecl) -> Value {
        if !self.defs.contains_key(decl.name) {
            // Reserve the name first: a declaration may refer to itself.
            self.defs.insert(decl.name, Value::Null);
            let def = Value::Object(self.object(decl));
            self.defs.insert(decl.name, def);
        }
        self.reference(decl.name)
    }

    fn choice(&self, choice: &Choice) -> Value {
        let notes: Vec<String> = choice
            .values
            .iter()
            .map(|(value, doc)| format!("- `{value}`: {doc}"))
            .collect();
        let mut schema = Map::new();
        self.describe(
            &mut schema,
            &format!("{}\n\n{}", choice.doc, notes.join("\n")),
        );
        schema.insert("type".into(), "string".into());
        schema.insert("enum".into(), choice.names().map(Value::from).collect());
        if self.editor() {
            let docs: Value = choice
                .values
                .iter()
                .map(|(_, doc)| Value::from(*doc))
                .collect();
            schema.insert("enumDescriptions".into(), docs.clone());
            schema.insert("markdownEnumDescriptions".into(), docs);
        }
        Value::Object(schema)
    }

    fn text(&self, text: Text) -> Value {
        match text {
            // A blank value is only a warning.
            // A filter fault and a blank value are only warnings.
            Text::Any | Text::NotBlankAdvised(_) | Text::ScimFilter => json!({ "type": "string" }),
            Text::IdRef => json!({
                "type": "string",
                "anyOf": [
                    { "format": "uuid", "pattern": formats::UUID_PATTERN },
                    { "pattern": formats::TEMPLATE_PATTERN }
                ]
            }),
            Text::NotBlank => {
                let mut schema = json!({ "type": "string", "pattern": formats::NOT_BLANK_PATTERN });
                if self.editor() {
                    schema["errorMessage"] = "must not be empty or blank".into();
                }
                schema
            }
            Text::Url | Text::HttpsUrl(_) => json!({
                "type": "string",
                "anyOf": [
                    { "format": "uri", "pattern": formats::HTTP_URL_PATTERN },
                    { "pattern": formats::TEMPLATE_PATTERN }
                ]
            }),
            Text::Uuid => {
                json!({ "type": "string", "format": "uuid", "pattern": formats::UUID_PATTERN })
            }
            Text::DateTime => json!({
                "type": "string",
                "format": "date-time",
                "pattern": formats::DATE_TIME_PATTERN
            }),
            Text::PayloadKind => json!({
                "type": "string",
                "enum": ObjectKind::payload_kinds()
                    .map(|kind| kind.to_string())
                    .collect::<Vec<_>>()
            }),
        }
    }

    /// For each selected declaration, `if` the selecting key has its value `then` the
    /// selected key follows it.
    fn selection(&mut self, key: &str, selection: &'static Selection, needed: bool) -> Vec<Value> {
        let mut conditions = Vec::new();
        for (value, decl) in selection.cases {
            let then = json!({ "properties": { key: self.object_reference(decl) } });
            conditions.push(json!({
                "if": {
                    "properties": { selection.by: { "const": value } },
                    "required": [selection.by]
                },
                "then": then
            }));
        }
        for (value, requirement) in selection.sibling_needs {
            if requirement.doubt.is_none() {
                conditions.push(json!({
                    "if": {
                        "properties": { selection.by: { "const": value } },
                        "required": [selection.by]
                    },
                    "then": { "required": [requirement.key] }
                }));
            }
        }
        if needed && !selection.optional_for.is_empty() {
            conditions.push(json!({
                "if": {
                    "properties": { selection.by: { "enum": selection.optional_for } },
                    "required": [selection.by]
                },
                "else": { "properties": { key: true }, "required": [key] }
            }));
        }
        conditions
    }

    fn describe(&self, schema: &mut Map<String, Value>, doc: &str) {
        if doc.is_empty() {
            return;
        }
        schema.insert("description".into(), doc.into());
        if self.editor() {
            schema.insert("markdownDescription".into(), doc.into());
        }
    }
}

/// The warning-level rules of `key` as `{code, severity, basis}`: what a schema
/// validator lets through and the linter reports as a warning.
fn warning_rules(
    key: &KeyDecl,
    deprecated: Option<&str>,
    (kind, update): (PayloadKind, bool),
) -> Vec<Value> {
    let note =
        |code: &str, basis: &str| json!({ "code": code, "severity": "warning", "basis": basis });
    let mut notes = Vec::new();
    match key.need {
        Need::Doubtful(doubt) => notes.push(note("required", doubt)),
        Need::InUpdate(doubt) if update && kind == PayloadKind::Request => {
            notes.push(note("required", doubt));
        }
        _ => {}
    }
    if kind == PayloadKind::Request && matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired) {
        notes.push(note("read-only", "set by PingOne: ignored in a request"));
    }
    if let Some(instead) = deprecated {
        notes.push(note("deprecated", instead));
    }
    if let Some(why) = key.undocumented {
        notes.push(note("unknown-property", why));
    }
    if let Some(Relation::IgnoredWith(other, why)) = key.relation {
        notes.push(note(
            "ignored",
            &format!("when `{other}` is present: {why}"),
        ));
    }
    match key.value {
        ValueRule::Text(Text::NotBlankAdvised(why)) => notes.push(note("empty", why)),
        ValueRule::Text(Text::HttpsUrl(why)) => notes.push(note("insecure-url", why)),
        ValueRule::Bool(BoolRule::Advised(_, why)) => notes.push(note("enum", why)),
        ValueRule::Bool(BoolRule::TextTolerated(why))
        | ValueRule::ChoiceOrBool(_, why)
        | ValueRule::ArrayOfOrColumns(_, why) => {
            notes.push(note("type", why));
        }
        ValueRule::Choice(choice) => {
            if let Some(doubt) = choice.open {
                notes.push(note("enum", doubt));
            }
            if let Some((_, why)) = choice.advised {
                notes.push(note("enum", why));
            }
        }
        _ => {}
    }
    notes
}

/// The reason a key is deprecated when only a deprecated case of the switch requires it.
fn deprecated_by_switch(decl: &ObjectDecl, key: &str) -> Option<&'static str> {
    let switch = decl.switch?;
    let mut cases = switch
        .cases
        .iter()
        .filter(|case| case.requires.iter().any(|r| r.key == key));
    let first = cases.next()?;
    let why = first.deprecated?;
    cases.all(|case| case.deprecated.is_some()).then_some(why)
}

/// The keys each case requires, as a chain of `if`/`then`/`else`: the cases that need
/// the key present first, the default case (which also holds when the key is absent)
/// last. Another value requires nothing: it is only an error on the key itself.
fn switch_schema(
    switch: &Switch,
    default: Option<&str>,
    withheld: impl Fn(&str) -> bool,
    editor: bool,
) -> Value {
    let mut cases: Vec<&Case> = switch
        .cases
        .iter()
        .filter(|case| Some(case.value) != default)
        .collect();
    cases.extend(
        switch
            .cases
            .iter()
            .filter(|case| Some(case.value) == default),
    );
    let mut chain: Option<Value> = None;
    for case in cases.into_iter().rev() {
        let firm: Vec<&str> = case
            .requires
            .iter()
            .filter(|r| r.doubt.is_none() && !withheld(r.key))
            .map(|r| r.key)
            .collect();
        let mut condition = json!({
            "if": { "properties": { switch.key: { "const": case.value } } },
            // `properties` with `true` names the required keys where they are required,
            // for ajv's strict mode (`strictRequired`).
            "then": {
                "properties": firm.iter().map(|k| ((*k).to_owned(), Value::Bool(true))).collect::<Map<_, _>>(),
                "required": firm
            }
        });
        if Some(case.value) != default {
            condition["if"]["required"] = json!([switch.key]);
        }
        // VS Code shows a deprecated value as deprecated where it is written.
        if let (true, Some(why)) = (editor, case.deprecated) {
            condition["then"]["properties"][switch.key] = json!({
                "deprecationMessage": format!("`{}` is deprecated: {why}", case.value)
            });
        }
        if let Some(otherwise) = chain.take() {
            condition["else"] = otherwise;
        }
        chain = Some(condition);
    }
    chain.unwrap_or_else(|| json!({}))
}
