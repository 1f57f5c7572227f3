//! The typed configurations of the store types are generated from the
//! declarations into `src/model/generated.rs`, as schemas are: this test fails when the
//! committed file differs from what the declarations generate, and names the command
//! that regenerates it.

use std::fmt::Write as _;

use pingone_store::StoreType;
use pingone_store::model::decl::{
    BoolRule, Case, Choice, KeyDecl, Need, ObjectDecl, Switch, ValueRule,
};
use pingone_store::model::declarations::CONFIGURATIONS;

/// The Rust name of a store type's configuration struct.
fn struct_name(decl: &ObjectDecl) -> String {
    decl.name.to_owned()
}

/// A field name for a wire key: snake case of any spelling (`ServiceNow_Url`,
/// `tenantId`, `ClientSecret`, `createNewUsers`).
fn field_name(key: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = key.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' || c == ' ' {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_uppercase();
            if (prev_lower || (prev_upper && next_lower)) && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    match out.as_str() {
        "type" => "r#type".to_owned(),
        _ => out,
    }
}

/// The Rust variant of `StoreType` for a wire spelling (its `Debug` form).
fn variant(store_type: &str) -> String {
    let parsed: StoreType = store_type.parse().expect("a documented store type");
    format!("{parsed:?}")
}

/// `StoreConfiguration`: a variant per store type, and its wire conversions.
fn enum_of_configurations(out: &mut String) {
    out.push_str(
        "\n/// The store's `type` with its `configuration`: a variant per documented type.\n\
         #[derive(Clone, Debug, PartialEq)]\n\
         #[non_exhaustive]\n\
         pub enum StoreConfiguration {\n",
    );
    let mut store_type_arms = String::new();
    let mut from_arms = String::new();
    let mut to_arms = String::new();
    let mut types: Vec<String> = Vec::new();
    for (store_type, decl) in CONFIGURATIONS.cases {
        let decl = *decl;
        let variant = variant(store_type);
        if decl.keys.is_empty() {
            let _ = writeln!(
                out,
                "    /// `\"type\": \"{store_type}\"`: no configuration.\n    {variant},"
            );
            let _ = writeln!(
                store_type_arms,
                "            Self::{variant} => StoreType::{variant},"
            );
            let _ = writeln!(
                from_arms,
                "            StoreType::{variant} => Ok(Self::{variant}),"
            );
            let _ = writeln!(to_arms, "            Self::{variant} => Map::new(),");
            continue;
        }
        let name = struct_name(decl);
        let _ = writeln!(
            out,
            "    /// `\"type\": \"{store_type}\"`.\n    {variant}({name}),"
        );
        let _ = writeln!(
            store_type_arms,
            "            Self::{variant}(_) => StoreType::{variant},"
        );
        let _ = writeln!(
            from_arms,
            "            StoreType::{variant} => {name}::from_checked(configuration).map(Self::{variant}),"
        );
        types.push(name);
        let _ = writeln!(
            to_arms,
            "            Self::{variant}(configuration) => to_map(configuration),"
        );
    }
    let _ = write!(
        out,
        "}}\n\n\
         impl StoreConfiguration {{\n\
         \x20   /// The store's `type`.\n\
         \x20   #[must_use]\n\
         \x20   pub fn store_type(&self) -> StoreType {{\n\
         \x20       match self {{\n{store_type_arms}        }}\n    }}\n\n\
         \x20   /// The typed configuration of a store of `store_type` (already checked).\n\
         \x20   pub(crate) fn from_wire(\n\
         \x20       store_type: StoreType,\n\
         \x20       configuration: Map<String, Value>,\n\
         \x20   ) -> Result<Self, String> {{\n\
         \x20       match store_type {{\n{from_arms}        }}\n\
         \x20       .map_err(|e| format!(\"invalid `configuration`: {{e}}\"))\n    }}\n\n\
         \x20   /// The configuration object on the wire.\n\
         \x20   pub(crate) fn to_wire(&self) -> Map<String, Value> {{\n\
         \x20       match self {{\n{to_arms}        }}\n    }}\n\
         }}\n\n\
         fn to_map<T: Serialize>(configuration: &T) -> Map<String, Value> {{\n\
         \x20   match serde_json::to_value(configuration) {{\n\
         \x20       Ok(Value::Object(map)) => map,\n\
         \x20       _ => Map::new(),\n\
         \x20   }}\n\
         }}\n\n\
         /// A configuration type, built from a configuration object the validator checked.\n\
         pub(crate) trait Configuration: Sized {{\n\
         \x20   /// The store type whose configuration this is.\n\
         \x20   const STORE_TYPE: StoreType;\n\n\
         \x20   /// The typed value of a checked configuration object.\n\
         \x20   fn from_checked(configuration: Map<String, Value>) -> Result<Self, String>;\n\n\
         \x20   /// The declaration this type is generated from.\n\
         \x20   fn declaration() -> Option<&'static super::decl::ObjectDecl> {{\n\
         \x20       super::declarations::CONFIGURATIONS\n\
         \x20           .case(Self::STORE_TYPE.as_str())\n\
         \x20   }}\n\
         }}\n\n\
         /// Calls `$then!` with every configuration type, for the impls that belong to other\n\
         /// layers: deserializing through the validator, the schema.\n\
         macro_rules! for_each_configuration {{\n\
         \x20   ($then:ident) => {{\n\
         \x20       $then! {{ {} }}\n\
         \x20   }};\n\
         }}\n\
         pub(crate) use for_each_configuration;\n",
        types.join(", ")
    );
}

/// The Rust type of a key's value: a closed value set is its enum, an open one a string.
fn rust_type(key: &KeyDecl) -> &'static str {
    match key.value {
        _ if key.secret => "Secret",
        ValueRule::Bool(BoolRule::TextTolerated(_)) => "serde_json::Value",
        ValueRule::Bool(_) => "bool",
        ValueRule::Count => "u64",
        ValueRule::Choice(choice) if choice.open.is_none() => choice.name,
        _ => "String",
    }
}

/// A Rust variant for a wire value: its words in camel case, all-capital words as
/// words (`OAuth Bearer Token` is `OAuthBearerToken`, `JWT Bearer Token` `JwtBearerToken`).
fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let all_capitals = word.chars().all(|c| !c.is_ascii_lowercase());
        for (i, c) in word.chars().enumerate() {
            match i {
                0 => out.push(c.to_ascii_uppercase()),
                _ if all_capitals => out.push(c.to_ascii_lowercase()),
                _ => out.push(c),
            }
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// A documentation line of markdown text.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The doc comment of a key's field.
fn key_doc(out: &mut String, key: &KeyDecl) {
    let doc = if key.doc.is_empty() {
        key.name
    } else {
        key.doc
    };
    let _ = writeln!(out, "    /// `{}`: {}", key.name, one_line(doc));
    if let Some(instead) = key.deprecated {
        let _ = writeln!(out, "    ///\n    /// Deprecated: {instead}.");
    }
}

/// A field of a wire struct (serde reads and writes it): required keys as their type
/// (a secret a response withholds as [`Secret::withheld`]), the others as `Option`s.
fn wire_field(out: &mut String, key: &KeyDecl, required: bool) {
    let ty = rust_type(key);
    let name = key.name;
    let field = field_name(name);
    key_doc(out, key);
    if required && key.secret {
        // A response may withhold a secret.
        let _ = writeln!(
            out,
            "    #[serde(rename = \"{name}\", default = \"Secret::withheld\", skip_serializing_if = \"Secret::is_withheld\")]\n    pub {field}: {ty},"
        );
    } else if required {
        let _ = writeln!(
            out,
            "    #[serde(rename = \"{name}\")]\n    pub {field}: {ty},"
        );
    } else {
        let _ = writeln!(
            out,
            "    #[serde(rename = \"{name}\", default, skip_serializing_if = \"Option::is_none\")]\n    pub {field}: Option<{ty}>,"
        );
    }
}

/// A field of a typed struct that serializes through its wire struct.
fn plain_field(out: &mut String, key: &KeyDecl, required: bool) {
    key_doc(out, key);
    let ty = rust_type(key);
    let field = field_name(key.name);
    if required {
        let _ = writeln!(out, "    pub {field}: {ty},");
    } else {
        let _ = writeln!(out, "    pub {field}: Option<{ty}>,");
    }
}

/// A constructor argument and the expression that stores it.
fn argument(field: &str, ty: &str) -> (String, String) {
    match ty {
        "String" | "Secret" => (
            format!("{field}: impl Into<{ty}>"),
            format!("{field}.into()"),
        ),
        _ => (format!("{field}: {ty}"), field.to_owned()),
    }
}

/// `new`, taking the required fields in declaration order and leaving the others absent;
/// or `Default` when nothing is required. `fields` is `(field, type, required)`.
fn constructor(out: &mut String, name: &str, what: &str, fields: &[(String, String, bool)]) {
    let required: Vec<_> = fields.iter().filter(|(_, _, r)| *r).collect();
    let mut arguments = Vec::new();
    let mut values = Vec::new();
    for (field, ty, is_required) in fields {
        if *is_required {
            let (argument, value) = argument(field, ty);
            arguments.push(argument);
            values.push(if value == *field {
                value
            } else {
                format!("{field}: {value}")
            });
        } else {
            values.push(format!("{field}: None"));
        }
    }
    let allow = if required.len() > 7 {
        "    #[allow(clippy::too_many_arguments, reason = \"a parameter per required key\")]\n"
    } else {
        ""
    };
    let _ = write!(
        out,
        "\nimpl {name} {{\n\
         \x20   /// {what}\n\
         \x20   #[must_use]\n{allow}\
         \x20   pub fn new({}) -> Self {{\n\
         \x20       Self {{ {} }}\n\
         \x20   }}\n\
         }}\n",
        arguments.join(", "),
        values.join(", ")
    );
}

/// `string_enum!` of every closed value set of the configurations, once each.
fn value_sets(out: &mut String) {
    let mut seen: Vec<&str> = Vec::new();
    for (_, decl) in CONFIGURATIONS.cases {
        for key in decl.keys {
            let ValueRule::Choice(choice) = key.value else {
                continue;
            };
            if choice.open.is_some() || seen.contains(&choice.name) {
                continue;
            }
            seen.push(choice.name);
            value_set(out, choice);
        }
    }
}

fn value_set(out: &mut String, choice: &Choice) {
    let _ = writeln!(
        out,
        "\nstring_enum! {{\n    /// {}\n    {} {{",
        one_line(choice.doc),
        choice.name
    );
    for (value, doc) in choice.values {
        let _ = writeln!(
            out,
            "        /// `{value}`: {}\n        {} = \"{value}\",",
            one_line(doc),
            variant_name(value)
        );
    }
    out.push_str("    }\n}\n");
}

/// The struct of a configuration without a switch: serde reads and writes it as it is.
fn plain_configuration(out: &mut String, store_type: &str, decl: &ObjectDecl) {
    let name = decl.name;
    let _ = write!(
        out,
        "\n/// The `configuration` of a store of `\"type\": \"{store_type}\"`.\n///\n/// {}\n\
         #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]\n\
         #[serde(remote = \"Self\")]\n\
         #[non_exhaustive]\n\
         pub struct {name} {{\n",
        one_line(decl.doc),
    );
    let mut fields = Vec::new();
    for key in decl.keys {
        let required = key.need == Need::Required;
        wire_field(out, key, required);
        fields.push((field_name(key.name), rust_type(key).to_owned(), required));
    }
    out.push_str("}\n");
    constructor(
        out,
        name,
        "A configuration with its required keys; the optional keys are absent.",
        &fields,
    );
    // `remote = "Self"` makes serde's derives inherent functions: `Serialize` forwards to
    // them, and `Deserialize` (in `validate::typed`) runs the validator before them.
    let _ = write!(
        out,
        "\nimpl Serialize for {name} {{\n\
         \x20   fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{\n\
         \x20       Self::serialize(self, serializer)\n\
         \x20   }}\n\
         }}\n\n\
         impl Configuration for {name} {{\n\
         \x20   const STORE_TYPE: StoreType = StoreType::{};\n\n\
         \x20   fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {{\n\
         \x20       Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())\n\
         \x20   }}\n\
         }}\n",
        variant(store_type)
    );
}

/// The keys a case's struct carries: the keys it requires; when PingOne keeps the keys
/// of the other cases, those too (optional). In declaration order, with whether the
/// case requires each firmly.
fn case_keys(
    decl: &ObjectDecl,
    switch: &Switch,
    case: Option<&Case>,
) -> Vec<(&'static KeyDecl, bool)> {
    decl.keys
        .iter()
        .filter_map(|key| {
            let requirement = case.and_then(|c| c.requires.iter().find(|r| r.key == key.name));
            let of_any_case = switch
                .cases
                .iter()
                .any(|c| c.requires.iter().any(|r| r.key == key.name));
            if requirement.is_some() || (of_any_case && !switch.others_ignored) {
                Some((key, requirement.is_some_and(|r| r.is_firm())))
            } else {
                None
            }
        })
        .collect()
}

/// A case's struct: its name, what it holds, and its keys with whether each is firmly
/// required.
type CaseStruct = (String, String, Vec<(&'static KeyDecl, bool)>);

/// Whether `key` belongs to a case rather than to the configuration itself.
fn is_case_key(switch: &Switch, key: &KeyDecl) -> bool {
    key.name == switch.key
        || switch
            .cases
            .iter()
            .any(|c| c.requires.iter().any(|r| r.key == key.name))
}

/// A configuration with a switch: the typed struct holds the case as an enum whose
/// variants carry exactly the keys they require; serde goes through a wire struct, key
/// for key as on the wire, and the conversions between the two.
fn switched_configuration(out: &mut String, store_type: &str, decl: &ObjectDecl, switch: &Switch) {
    let name = decl.name;
    let wire = format!("{name}Wire");
    let typed = &switch.typed;
    let (_, method_key) = decl.key(switch.key).expect("the switch key is declared");
    let ValueRule::Choice(choice) = method_key.value else {
        panic!("`{}` is not a value set", switch.key);
    };
    let closed = choice.open.is_none();
    let method_type = if closed { choice.name } else { "String" };
    let prefix = name.strip_suffix("Configuration").unwrap_or(name);
    let other = format!("{prefix}OtherCredentials");
    let switch_field = typed.field;
    let method_field = field_name(switch.key);

    // The typed struct.
    let _ = write!(
        out,
        "\n/// The `configuration` of a store of `\"type\": \"{store_type}\"`.\n///\n/// {}\n///\n\
         /// `{}` and the keys it requires are one field, [`{}`]: each variant carries its\n\
         /// keys, the required ones not optional.\n\
         #[derive(Clone, Debug, PartialEq, Serialize)]\n\
         #[serde(into = \"{wire}\")]\n\
         #[non_exhaustive]\n\
         pub struct {name} {{\n",
        one_line(decl.doc),
        switch.key,
        typed.enum_name,
    );
    let mut fields = Vec::new();
    for key in decl.keys {
        if key.name == switch.key {
            let _ = writeln!(
                out,
                "    /// `{}` and the keys it requires.\n    pub {switch_field}: {},",
                switch.key, typed.enum_name
            );
            fields.push((switch_field.to_owned(), typed.enum_name.to_owned(), true));
        } else if !is_case_key(switch, key) {
            let required = key.need == Need::Required;
            plain_field(out, key, required);
            fields.push((field_name(key.name), rust_type(key).to_owned(), required));
        }
    }
    out.push_str("}\n");
    constructor(
        out,
        name,
        "A configuration with its required keys; the optional keys are absent.",
        &fields,
    );

    // The enum of the cases.
    let _ = write!(
        out,
        "\n/// `{}` of a `{store_type}` store, with the keys it requires.\n\
         #[derive(Clone, Debug, PartialEq)]\n\
         #[non_exhaustive]\n\
         pub enum {} {{\n",
        switch.key, typed.enum_name
    );
    for case in switch.cases {
        let doc = choice
            .values
            .iter()
            .find(|(value, _)| *value == case.value)
            .map_or("", |(_, doc)| doc);
        let _ = writeln!(
            out,
            "    /// `{}`: {}\n    {}({}),",
            case.value,
            one_line(doc),
            case.typed.variant,
            case.typed.credentials
        );
    }
    let other_keys = case_keys(decl, switch, None);
    if !closed {
        let _ = writeln!(
            out,
            "    /// Another value, which the sources do not agree on (a warning), with the keys\n\
             \x20   /// it carries.\n    Other(String, {other}),"
        );
    }
    out.push_str("}\n");

    // `method`, and the closed set's default and required keys.
    let _ = write!(
        out,
        "\nimpl {} {{\n    /// The `{}` value of this variant.\n    #[must_use]\n",
        typed.enum_name, switch.key
    );
    if closed {
        let _ = writeln!(
            out,
            "    pub const fn method(&self) -> {method_type} {{\n        match self {{"
        );
        for case in switch.cases {
            let _ = writeln!(
                out,
                "            Self::{}(_) => {method_type}::{},",
                case.typed.variant,
                variant_name(case.value)
            );
        }
    } else {
        let _ = writeln!(
            out,
            "    pub fn method(&self) -> &str {{\n        match self {{"
        );
        for case in switch.cases {
            let _ = writeln!(
                out,
                "            Self::{}(_) => \"{}\",",
                case.typed.variant, case.value
            );
        }
        out.push_str("            Self::Other(method, _) => method,\n");
    }
    out.push_str("        }\n    }\n}\n");
    if closed {
        let _ = write!(out, "\nimpl {method_type} {{\n");
        if let Some(default) = switch.default {
            let _ = write!(
                out,
                "    /// The value PingOne assumes when `{}` is absent.\n\
                 \x20   pub const DEFAULT: Self = Self::{};\n\n",
                switch.key,
                variant_name(default)
            );
        }
        let _ = write!(
            out,
            "    /// The configuration keys this value requires, in documentation order.\n\
             \x20   #[must_use]\n\
             \x20   pub const fn required_keys(self) -> &'static [&'static str] {{\n\
             \x20       match self {{\n"
        );
        for case in switch.cases {
            let keys: Vec<String> = case
                .requires
                .iter()
                .map(|r| format!("\"{}\"", r.key))
                .collect();
            let _ = writeln!(
                out,
                "            Self::{} => &[{}],",
                variant_name(case.value),
                keys.join(", ")
            );
        }
        out.push_str("        }\n    }\n}\n");
    }

    // The structs of the cases.
    let mut case_structs: Vec<CaseStruct> = switch
        .cases
        .iter()
        .map(|case| {
            (
                case.typed.credentials.to_owned(),
                format!("The keys of `{}`", case.value),
                case_keys(decl, switch, Some(case)),
            )
        })
        .collect();
    if !closed {
        case_structs.push((
            other.clone(),
            format!("The keys of another `{}` value", switch.key),
            other_keys,
        ));
    }
    for (struct_name, what, keys) in &case_structs {
        let default = if keys.iter().any(|(_, firm)| *firm) {
            ""
        } else {
            "Default, "
        };
        let _ = write!(
            out,
            "\n/// {what}.\n\
             #[derive(Clone, Debug, {default}PartialEq)]\n\
             #[non_exhaustive]\n\
             pub struct {struct_name} {{\n"
        );
        let mut fields = Vec::new();
        for (key, firm) in keys {
            plain_field(out, key, *firm);
            fields.push((field_name(key.name), rust_type(key).to_owned(), *firm));
        }
        out.push_str("}\n");
        if default.is_empty() {
            constructor(
                out,
                struct_name,
                &format!("{what}, given the required ones; the others are absent."),
                &fields,
            );
        }
    }

    // The wire struct.
    let _ = write!(
        out,
        "\n/// The `configuration` of a `{store_type}` store, key for key as on the wire.\n\
         #[derive(Serialize, Deserialize)]\n\
         pub(crate) struct {wire} {{\n"
    );
    for key in decl.keys {
        let required = key.need == Need::Required && !is_case_key(switch, key);
        wire_field(out, key, required);
    }
    out.push_str("}\n");

    // Wire to typed.
    let because = match switch.default {
        Some(default) => format!("None => (\"{default}\", \"is absent and defaults to\"),"),
        None => format!(
            "None => return Err(\"missing field `{}`\".to_owned()),",
            switch.key
        ),
    };
    let _ = write!(
        out,
        "\nimpl TryFrom<{wire}> for {name} {{\n\
         \x20   type Error = String;\n\n\
         \x20   fn try_from(wire: {wire}) -> Result<Self, Self::Error> {{\n\
         \x20       let (method, because) = match &wire.{method_field} {{\n\
         \x20           Some(method) => (method.as_str(), \"is\"),\n\
         \x20           {because}\n\
         \x20       }};\n\
         \x20       let missing = |key: &str| format!(\"missing field `{{key}}`, required because `{}` {{because}} `{{method}}`\");\n\
         \x20       let {switch_field} = match method {{\n",
        switch.key
    );
    let take = |out: &mut String, key: &KeyDecl, firm: bool| {
        let field = field_name(key.name);
        if firm && key.secret {
            let _ = writeln!(
                out,
                "                {field}: wire.{field}.unwrap_or_else(Secret::withheld),"
            );
        } else if firm {
            let _ = writeln!(
                out,
                "                {field}: wire.{field}.ok_or_else(|| missing(\"{}\"))?,",
                key.name
            );
        } else {
            let _ = writeln!(out, "                {field}: wire.{field},");
        }
    };
    for (case, (struct_name, _, keys)) in switch.cases.iter().zip(&case_structs) {
        let _ = writeln!(
            out,
            "            \"{}\" => {}::{}({struct_name} {{",
            case.value, typed.enum_name, case.typed.variant
        );
        for (key, firm) in keys {
            take(out, key, *firm);
        }
        out.push_str("            }),\n");
    }
    if closed {
        let _ = writeln!(
            out,
            "            _ => return Err(format!(\"`{}` `{{method}}` has no case\")),",
            switch.key
        );
    } else {
        let (_, _, keys) = case_structs.last().expect("the other case");
        let _ = writeln!(
            out,
            "            other => {}::Other(other.to_owned(), {other} {{",
            typed.enum_name
        );
        for (key, firm) in keys {
            take(out, key, *firm);
        }
        out.push_str("            }),\n");
    }
    out.push_str("        };\n        Ok(Self {\n");
    for key in decl.keys {
        if key.name == switch.key {
            let _ = writeln!(out, "            {switch_field},");
        } else if !is_case_key(switch, key) {
            let field = field_name(key.name);
            let _ = writeln!(out, "            {field}: wire.{field},");
        }
    }
    out.push_str("        })\n    }\n}\n");

    // Typed to wire.
    let _ = write!(
        out,
        "\nimpl From<{name}> for {wire} {{\n\
         \x20   fn from(value: {name}) -> Self {{\n\
         \x20       let mut wire = Self {{\n"
    );
    for key in decl.keys {
        let field = field_name(key.name);
        if key.name == switch.key {
            let owned = if closed { "" } else { ".to_owned()" };
            let _ = writeln!(
                out,
                "            {field}: Some(value.{switch_field}.method(){owned}),"
            );
        } else if is_case_key(switch, key) {
            let _ = writeln!(out, "            {field}: None,");
        } else {
            let _ = writeln!(out, "            {field}: value.{field},");
        }
    }
    let _ = writeln!(out, "        }};\n        match value.{switch_field} {{");
    let put = |out: &mut String, key: &KeyDecl, firm: bool| {
        let field = field_name(key.name);
        if firm && key.secret {
            let _ = writeln!(
                out,
                "                wire.{field} = Some(keys.{field}).filter(|s| !s.is_withheld());"
            );
        } else if firm {
            let _ = writeln!(out, "                wire.{field} = Some(keys.{field});");
        } else {
            let _ = writeln!(out, "                wire.{field} = keys.{field};");
        }
    };
    for (case, (_, _, keys)) in switch.cases.iter().zip(&case_structs) {
        let binding = if keys.is_empty() { "_" } else { "keys" };
        let _ = writeln!(
            out,
            "            {}::{}({binding}) => {{",
            typed.enum_name, case.typed.variant
        );
        for (key, firm) in keys {
            put(out, key, *firm);
        }
        out.push_str("            }\n");
    }
    if !closed {
        let (_, _, keys) = case_structs.last().expect("the other case");
        let binding = if keys.is_empty() { "_" } else { "keys" };
        let _ = writeln!(
            out,
            "            {}::Other(_, {binding}) => {{",
            typed.enum_name
        );
        for (key, firm) in keys {
            put(out, key, *firm);
        }
        out.push_str("            }\n");
    }
    out.push_str("        }\n        wire\n    }\n}\n");
    let _ = write!(
        out,
        "\nimpl Configuration for {name} {{\n\
         \x20   const STORE_TYPE: StoreType = StoreType::{};\n\n\
         \x20   fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {{\n\
         \x20       serde_json::from_value::<{wire}>(Value::Object(configuration))\n\
         \x20           .map_err(|e| e.to_string())\n\
         \x20           .and_then(Self::try_from)\n\
         \x20   }}\n\
         }}\n",
        variant(store_type)
    );
}

/// The generated module.
fn generate() -> String {
    let mut out = String::from(
        "// @generated from src/model/declarations by tests/generated.rs:\n\
         // `PINGONE_STORE_BLESS=1 cargo test --test generated`. Do not edit by hand.\n\
         \n\
         //! The typed `configuration` of each store type, generated from the declarations:\n\
         //! a field per declared key, wire names as declared, secrets as [`Secret`], a\n\
         //! closed value set as an enum. Where `AUTHENTICATION_METHOD` decides which keys\n\
         //! are required (`Zoom`, `scim`), the method is an enum whose variants carry those\n\
         //! keys, the required ones not optional. Deserializing a store checks the\n\
         //! configuration with the validator first, so these types hold what PingOne accepts.\n\
         \n\
         use serde::{Deserialize, Serialize};\n\
         use serde_json::{Map, Value};\n\
         \n\
         use super::{Secret, StoreType, string_enum};\n",
    );
    enum_of_configurations(&mut out);
    value_sets(&mut out);
    for (store_type, decl) in CONFIGURATIONS.cases {
        if decl.keys.is_empty() {
            continue;
        }
        match decl.switch {
            Some(switch) => switched_configuration(&mut out, store_type, decl, switch),
            None => plain_configuration(&mut out, store_type, decl),
        }
    }
    out
}

/// `code` as `cargo fmt` leaves it, so that formatting the tree keeps the file current.
fn rustfmt(code: &str) -> String {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt runs (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .expect("a stdin")
        .write_all(code.as_bytes())
        .expect("rustfmt reads");
    let output = child.wait_with_output().expect("rustfmt ends");
    assert!(
        output.status.success(),
        "rustfmt failed on the generated code"
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn generated_models_are_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/generated.rs");
    let expected = rustfmt(&generate());
    if std::env::var_os("PINGONE_STORE_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("src/model/generated.rs is writable");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "src/model/generated.rs is stale: regenerate it with `PINGONE_STORE_BLESS=1 cargo test --test generated`"
    );
}

#[test]
fn field_names_are_snake_case() {
    assert_eq!(field_name("ServiceNow_Url"), "service_now_url");
    assert_eq!(field_name("tenantId"), "tenant_id");
    assert_eq!(field_name("ClientSecret"), "client_secret");
    assert_eq!(field_name("OAUTH_ACCESS_TOKEN"), "oauth_access_token");
    assert_eq!(field_name("createNewUsers"), "create_new_users");
    assert_eq!(
        field_name("RemoveLicensesWhenSkuIdEmpty"),
        "remove_licenses_when_sku_id_empty"
    );
}
