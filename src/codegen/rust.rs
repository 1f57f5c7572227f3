//! The typed models, generated as Rust tokens (`quote`) and printed by `prettyplease`.
//!
//! A configuration without a switch is one struct that serde reads and writes as it is
//! (through the validator first). A configuration with a switch (`AUTHENTICATION_METHOD`)
//! is a typed struct whose case is an enum carrying exactly the keys it requires, a wire
//! struct key for key as on the wire, and the conversions between the two.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::decl::{
    BoolRule, Case, Choice, DefaultValue, KeyDecl, Need, ObjectDecl, Switch, ValueRule,
};
use crate::model::declarations::CONFIGURATIONS;

use super::store;

/// The file's first lines: what generated it, and the command that regenerates it.
pub(super) fn header() -> String {
    format!(
        "// @generated from src/model/declarations by `{}`. Do not edit by hand.\n\n",
        super::COMMAND
    )
}

/// `src/model/generated.rs`.
pub(super) fn typed_models() -> String {
    let mut items = vec![module_doc(), imports()];
    items.push(value_sets());
    items.push(store::base_store());
    items.push(enum_of_configurations());
    for (store_type, decl) in CONFIGURATIONS.cases {
        if decl.keys.is_empty() {
            continue;
        }
        items.push(match decl.switch {
            Some(switch) => switched_configuration(store_type, decl, switch),
            None => plain_configuration(store_type, decl),
        });
    }
    items.push(wire_fields());
    let tokens: TokenStream = items.into_iter().collect();
    let file: syn::File = syn::parse2(tokens).expect("the generator emits a valid Rust file");
    print(file)
}

/// `file` as prettyplease prints it, with a blank line between items (prettyplease
/// leaves none) except between consecutive `use` items.
pub(super) fn print(file: syn::File) -> String {
    let mut out = header();
    out.push_str(&prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: file.attrs,
        items: Vec::new(),
    }));
    let mut previous_was_use = false;
    for item in file.items {
        let is_use = matches!(item, syn::Item::Use(_));
        if !(is_use && previous_was_use) {
            out.push('\n');
        }
        previous_was_use = is_use;
        out.push_str(&prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        }));
    }
    out
}

fn module_doc() -> TokenStream {
    inner_doc(
        "The typed models, generated from the declarations: the store of a request and of \
         a response with its nested objects and value sets, and the `configuration` of \
         each store type. A field per declared key, wire names as declared, secrets as [`Secret`], a closed \
         value set as an enum. Where `AUTHENTICATION_METHOD` decides which keys are \
         required (`Zoom`, `scim`), the method is an enum whose variants carry those keys, \
         the required ones not optional. Deserializing a store checks the configuration \
         with the validator first, so these types hold what PingOne accepts.",
    )
}

fn imports() -> TokenStream {
    quote! {
        use serde::{Deserialize, Serialize};
        use serde_json::{Map, Value};

        use super::Secret;
    }
}

/// `#[doc]` attributes, one per line of `text` wrapped at 88 columns, so that they
/// print as `///` lines.
pub(super) fn doc(text: &str) -> TokenStream {
    text.lines()
        .flat_map(|line| {
            if line.is_empty() {
                vec![String::new()]
            } else {
                wrap(line, 88).lines().map(str::to_owned).collect()
            }
        })
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            quote!(#[doc = #line])
        })
        .collect()
}

/// `#![doc]` attributes of the module, wrapped at 88 columns.
pub(super) fn inner_doc(text: &str) -> TokenStream {
    wrap(text, 88)
        .lines()
        .map(|line| {
            let line = format!(" {line}");
            quote!(#![doc = #line])
        })
        .collect()
}

/// `text` on lines of at most `width` columns, broken between words.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        if line_len > 0 && line_len + 1 + word.len() > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.len();
    }
    out
}

/// A documentation line of markdown text.
pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A field name for a wire key: snake case of any spelling (`ServiceNow_Url`,
/// `tenantId`, `ClientSecret`, `createNewUsers`).
pub(super) fn field_name(key: &str) -> String {
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
    out
}

/// The field of a wire key (`type` is `r#type`).
pub(super) fn field(key: &str) -> Ident {
    let name = field_name(key);
    if name == "type" {
        Ident::new_raw(&name, Span::call_site())
    } else {
        ident(&name)
    }
}

/// A Rust variant for a wire value: the words of [`field_name`] in camel case
/// (`OAuth Bearer Token` is `OAuthBearerToken`, `JWT Bearer Token` `JwtBearerToken`,
/// `GitHubEMU` `GitHubEmu`).
pub(super) fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for word in field_name(value).split('_').filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars);
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

pub(super) fn variant(value: &str) -> Ident {
    ident(&variant_name(value))
}

/// The Rust type of a key's value, decided here for every generated struct: a closed
/// value set is its enum, an open one a string, a secret [`Secret`], an array of objects a
/// `Vec`, an open object its struct (whose other members are a string map).
pub(super) fn rust_type(key: &KeyDecl) -> TokenStream {
    match key.value {
        _ if key.secret => quote!(Secret),
        ValueRule::Bool(BoolRule::TextTolerated(_)) => quote!(serde_json::Value),
        ValueRule::Bool(_) => quote!(bool),
        ValueRule::Count => quote!(u64),
        ValueRule::Choice(choice) if choice.open.is_none() => {
            let name = ident(choice.name);
            quote!(#name)
        }
        ValueRule::Object(decl) => {
            let name = ident(decl.name);
            quote!(#name)
        }
        ValueRule::MapOf(decl) => {
            let name = ident(decl.name);
            quote!(std::collections::BTreeMap<String, #name>)
        }
        ValueRule::SelectedBy(_) => quote!(StoreConfiguration),
        // A payload's items (a read-all list's) are the payload as the API returns it.
        ValueRule::ArrayOf(decl) if is_payload_root(decl) => {
            let name = format_ident!("{}Response", decl.name);
            quote!(Vec<#name>)
        }
        ValueRule::ArrayOf(decl) => {
            let name = ident(decl.name);
            quote!(Vec<#name>)
        }
        ValueRule::Open(decl) => {
            let name = ident(decl.name);
            quote!(#name)
        }
        // A string of the set, or a boolean the sources disagree on: kept as sent.
        ValueRule::ChoiceOrBool(..) => quote!(serde_json::Value),
        // An array of objects, or the object of arrays the sources disagree on (a
        // deprecated member): kept as sent.
        ValueRule::ArrayOfOrColumns(..) => quote!(serde_json::Value),
        ValueRule::Text(_) | ValueRule::Choice(_) => quote!(String),
    }
}

/// Whether `decl` is the root of a payload kind (the store, a plan, a rule, ...).
pub(super) fn is_payload_root(decl: &ObjectDecl) -> bool {
    crate::model::declarations::ROOTS
        .iter()
        .any(|root| std::ptr::eq(*root, decl))
}

/// Whether a constructor takes the key's value as `impl Into<_>`.
pub(super) fn takes_into(key: &KeyDecl) -> bool {
    key.secret
        || matches!(key.value, ValueRule::Text(_))
        || matches!(key.value, ValueRule::Choice(choice) if choice.open.is_some())
}

/// The doc comment of a key's field.
pub(super) fn key_doc(key: &KeyDecl) -> TokenStream {
    let text = if key.doc.is_empty() {
        key.name
    } else {
        key.doc
    };
    let mut lines = format!("`{}`: {}", key.name, one_line(text));
    match key.default {
        Some(DefaultValue::Text(value)) => {
            lines.push_str(&format!("\n\nPingOne's default: `{value}`."))
        }
        Some(DefaultValue::Bool(value)) => {
            lines.push_str(&format!("\n\nPingOne's default: `{value}`."))
        }
        None => {}
    }
    if let Some(instead) = key.deprecated {
        lines.push_str(&format!("\n\nDeprecated: {instead}."));
    }
    doc(&lines)
}

/// A field of a wire struct (serde reads and writes it): required keys as their type
/// (a secret a response withholds as [`Secret::withheld`]), the others as `Option`s.
fn wire_field(key: &KeyDecl, required: bool) -> TokenStream {
    let doc = key_doc(key);
    let ty = rust_type(key);
    let name = key.name;
    let field = field(name);
    if required && key.secret {
        quote! {
            #doc
            #[serde(rename = #name, default = "Secret::withheld", skip_serializing_if = "Secret::is_withheld")]
            pub #field: #ty,
        }
    } else if required {
        quote! {
            #doc
            #[serde(rename = #name)]
            pub #field: #ty,
        }
    } else {
        quote! {
            #doc
            #[serde(rename = #name, default, skip_serializing_if = "Option::is_none")]
            pub #field: Option<#ty>,
        }
    }
}

/// A field of a typed struct that serializes through its wire struct.
fn plain_field(key: &KeyDecl, required: bool) -> TokenStream {
    let doc = key_doc(key);
    let ty = rust_type(key);
    let field = field(key.name);
    if required {
        quote!(#doc pub #field: #ty,)
    } else {
        quote!(#doc pub #field: Option<#ty>,)
    }
}

/// A field of a constructor: its name, type, whether it takes `impl Into<_>`, and
/// whether the constructor requires it.
pub(super) struct Field {
    pub(super) name: Ident,
    pub(super) ty: TokenStream,
    pub(super) into: bool,
    pub(super) required: bool,
}

impl Field {
    pub(super) fn of_key(key: &KeyDecl, required: bool) -> Self {
        Self {
            name: field(key.name),
            ty: rust_type(key),
            into: takes_into(key),
            required,
        }
    }
}

/// `new`, taking the required fields in declaration order and leaving the others absent.
pub(super) fn constructor(name: &Ident, what: &str, fields: &[Field]) -> TokenStream {
    let required = fields.iter().filter(|f| f.required).count();
    let arguments = fields.iter().filter(|f| f.required).map(|f| {
        let (name, ty) = (&f.name, &f.ty);
        if f.into {
            quote!(#name: impl Into<#ty>)
        } else {
            quote!(#name: #ty)
        }
    });
    let values = fields.iter().map(|f| {
        let name = &f.name;
        match (f.required, f.into) {
            (true, true) => quote!(#name: #name.into()),
            (true, false) => quote!(#name),
            (false, _) => quote!(#name: None),
        }
    });
    let allow = (required > 7).then(
        || quote!(#[allow(clippy::too_many_arguments, reason = "a parameter per required key")]),
    );
    let doc = doc(what);
    quote! {
        impl #name {
            #doc
            #[must_use]
            #allow
            pub fn new(#(#arguments),*) -> Self {
                Self { #(#values),* }
            }
        }
    }
}

/// `StoreConfiguration`: a variant per store type, and its wire conversions.
fn enum_of_configurations() -> TokenStream {
    let mut variants = Vec::new();
    let mut store_type_arms = Vec::new();
    let mut from_arms = Vec::new();
    let mut to_arms = Vec::new();
    let mut types = Vec::new();
    for (store_type, decl) in CONFIGURATIONS.cases {
        let decl = *decl;
        let variant = variant(store_type);
        if decl.keys.is_empty() {
            let doc = doc(&format!("`\"type\": \"{store_type}\"`: no configuration."));
            variants.push(quote!(#doc #variant,));
            store_type_arms.push(quote!(Self::#variant => StoreType::#variant,));
            from_arms.push(quote!(StoreType::#variant => Ok(Self::#variant),));
            to_arms.push(quote!(Self::#variant => Map::new(),));
            continue;
        }
        let name = ident(decl.name);
        let doc = doc(&format!("`\"type\": \"{store_type}\"`."));
        variants.push(quote!(#doc #variant(#name),));
        store_type_arms.push(quote!(Self::#variant(_) => StoreType::#variant,));
        from_arms.push(quote! {
            StoreType::#variant => #name::from_checked(configuration).map(Self::#variant),
        });
        to_arms.push(quote!(Self::#variant(configuration) => to_map(configuration),));
        types.push(name);
    }
    quote! {
        /// The store's `type` with its `configuration`: a variant per documented type.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum StoreConfiguration {
            #(#variants)*
        }

        impl StoreConfiguration {
            /// The store's `type`.
            #[must_use]
            pub fn store_type(&self) -> StoreType {
                match self {
                    #(#store_type_arms)*
                }
            }

            /// The typed configuration of a store of `store_type` (already checked).
            pub(crate) fn from_wire(
                store_type: StoreType,
                configuration: Map<String, Value>,
            ) -> Result<Self, String> {
                match store_type {
                    #(#from_arms)*
                }
                .map_err(|e| format!("invalid `configuration`: {e}"))
            }

            /// The configuration object on the wire.
            pub(crate) fn to_wire(&self) -> Map<String, Value> {
                match self {
                    #(#to_arms)*
                }
            }
        }

        pub(crate) fn to_map<T: Serialize>(configuration: &T) -> Map<String, Value> {
            match serde_json::to_value(configuration) {
                Ok(Value::Object(map)) => map,
                _ => Map::new(),
            }
        }

        /// A configuration type, built from a configuration object the validator checked.
        pub(crate) trait Configuration: Sized {
            /// The store type whose configuration this is.
            const STORE_TYPE: StoreType;

            /// The typed value of a checked configuration object.
            fn from_checked(configuration: Map<String, Value>) -> Result<Self, String>;

            /// The declaration this type is generated from.
            fn declaration() -> Option<&'static super::decl::ObjectDecl> {
                super::declarations::CONFIGURATIONS
                    .case(Self::STORE_TYPE.as_str())
            }
        }

        /// Calls `$then!` with every configuration type, for the impls that belong to other
        /// layers: deserializing through the validator, the schema.
        macro_rules! for_each_configuration {
            ($then:ident) => {
                $then! { #(#types),* }
            };
        }
        pub(crate) use for_each_configuration;
    }
}

/// `wire_fields()`: every generated struct serde reads, with the declaration whose keys
/// it holds and the wire names serde reads, recorded from the compiled struct (not from
/// the declaration), so that the drift test sees a field added by hand.
fn wire_fields() -> TokenStream {
    let mut entries = Vec::new();
    let mut entry = |decl: &str, ty: Ident| {
        entries.push(quote!((#decl, super::wire_names::fields_of(#ty::deserialize))));
    };
    for decl in store::base_objects().into_iter().skip(1) {
        entry(decl.name, ident(decl.name));
    }
    entry(store::STORE_NAME, ident("RequestBody"));
    entry(store::STORE_NAME, ident("ResponseBody"));
    for (_, decl) in CONFIGURATIONS.cases {
        if decl.keys.is_empty() {
            continue;
        }
        match decl.switch {
            Some(_) => entry(decl.name, format_ident!("{}Wire", decl.name)),
            None => entry(decl.name, ident(decl.name)),
        }
    }
    let count = proc_macro2::Literal::usize_unsuffixed(entries.len());
    quote! {
        /// Every generated struct serde reads: the declaration whose keys it holds, and
        /// the wire names serde reads, recorded from the struct itself.
        #[cfg(test)]
        pub(crate) fn wire_fields() -> [(&'static str, &'static [&'static str]); #count] {
            [#(#entries),*]
        }
    }
}

/// The string enum of every closed value set of the configurations, once each.
fn value_sets() -> TokenStream {
    value_sets_of(store_objects(), &mut Vec::new())
}

/// The objects of `src/model/generated.rs`: the store, its nested objects and every
/// configuration.
pub(super) fn store_objects() -> impl Iterator<Item = &'static ObjectDecl> {
    store::base_objects()
        .into_iter()
        .chain(CONFIGURATIONS.cases.iter().map(|(_, decl)| *decl))
}

/// The string enum of every closed value set the keys of `objects` hold whose name is
/// not in `seen`, once each; their names join `seen`.
pub(super) fn value_sets_of(
    objects: impl Iterator<Item = &'static ObjectDecl>,
    seen: &mut Vec<&'static str>,
) -> TokenStream {
    let mut out = TokenStream::new();
    for decl in objects {
        for key in decl.keys {
            let ValueRule::Choice(choice) = key.value else {
                continue;
            };
            if choice.open.is_some() || seen.contains(&choice.name) {
                continue;
            }
            seen.push(choice.name);
            out.extend(string_enum(choice, default_of(choice)));
        }
    }
    out
}

/// The default that the keys of `choice` declare, if any (they must agree).
fn default_of(choice: &Choice) -> Option<&'static str> {
    let mut defaults = crate::model::declarations::every_kind()
        .flat_map(|decl| decl.keys)
        .filter(|key| matches!(key.value, ValueRule::Choice(c) if std::ptr::eq(c, choice)))
        .filter_map(|key| key.default.and_then(DefaultValue::as_text));
    let first = defaults.next()?;
    assert!(
        defaults.all(|other| other == first),
        "the keys of `{}` declare different defaults",
        choice.name
    );
    Some(first)
}

/// A closed value set as an enum: serde and schemars spellings, `ALL`, `NAMES`,
/// `as_str`, `Display` and `FromStr`.
fn string_enum(choice: &Choice, default: Option<&str>) -> TokenStream {
    let name = ident(choice.name);
    let enum_doc = doc(&one_line(choice.doc));
    let variants: Vec<Ident> = choice.names().map(variant).collect();
    let wires: Vec<&str> = choice.names().collect();
    let docs = choice
        .values
        .iter()
        .map(|(value, text)| doc(&format!("`{value}`: {}", one_line(text))));
    let default = default.map(|value| {
        let variant = variant(value);
        quote! {
            /// The value PingOne assumes when the key is absent (its declared default).
            pub const DEFAULT: Self = Self::#variant;
        }
    });
    quote! {
        #enum_doc
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, schemars::JsonSchema
        )]
        #[non_exhaustive]
        pub enum #name {
            #(#docs #[serde(rename = #wires)] #variants,)*
        }

        impl #name {
            #default

            /// Every value, in documentation order.
            pub const ALL: &'static [#name] = &[#(#name::#variants),*];
            /// Every value's wire spelling, in documentation order.
            pub const NAMES: &'static [&'static str] = &[#(#wires),*];

            /// The spelling on the wire.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(#name::#variants => #wires,)*
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for #name {
            type Err = crate::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    #(#wires => Ok(#name::#variants),)*
                    _ => Err(crate::Error::unknown_name("value", s, Self::NAMES.iter().copied())),
                }
            }
        }
    }
}

/// The struct of a configuration without a switch: serde reads and writes it as it is.
fn plain_configuration(store_type: &str, decl: &ObjectDecl) -> TokenStream {
    let name = ident(decl.name);
    let doc = doc(&format!(
        "The `configuration` of a store of `\"type\": \"{store_type}\"`.\n\n{}",
        one_line(decl.doc)
    ));
    let mut fields = Vec::new();
    let mut wire_fields = Vec::new();
    for key in decl.keys {
        let required = key.need == Need::Required;
        wire_fields.push(wire_field(key, required));
        fields.push(Field::of_key(key, required));
    }
    let constructor = constructor(
        &name,
        "A configuration with its required keys; the optional keys are absent.",
        &fields,
    );
    let variant = variant(store_type);
    // `remote = "Self"` makes serde's derives inherent functions: `Serialize` forwards to
    // them, and `Deserialize` (in `validate::typed`) runs the validator before them.
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(remote = "Self")]
        #[non_exhaustive]
        pub struct #name {
            #(#wire_fields)*
        }

        #constructor

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                Self::serialize(self, serializer)
            }
        }

        impl Configuration for #name {
            const STORE_TYPE: StoreType = StoreType::#variant;

            fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
                Self::deserialize(Value::Object(configuration)).map_err(|e| e.to_string())
            }
        }
    }
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

/// Whether `key` belongs to a case rather than to the configuration itself.
fn is_case_key(switch: &Switch, key: &KeyDecl) -> bool {
    key.name == switch.key
        || switch
            .cases
            .iter()
            .any(|c| c.requires.iter().any(|r| r.key == key.name))
}

/// A case's struct: its name, what it holds, and its keys with whether each is firmly
/// required.
struct CaseStruct {
    name: Ident,
    what: String,
    keys: Vec<(&'static KeyDecl, bool)>,
}

/// A configuration with a switch: the typed struct holds the case as an enum whose
/// variants carry exactly the keys they require; serde goes through a wire struct, key
/// for key as on the wire, and the conversions between the two.
fn switched_configuration(store_type: &str, decl: &ObjectDecl, switch: &Switch) -> TokenStream {
    let name = ident(decl.name);
    let wire = format_ident!("{}Wire", decl.name);
    let typed = &switch.typed;
    let enum_name = ident(typed.enum_name);
    let (_, method_key) = decl.key(switch.key).expect("the switch key is declared");
    let ValueRule::Choice(choice) = method_key.value else {
        panic!("`{}` is not a value set", switch.key);
    };
    let closed = choice.open.is_none();
    let method_type = ident(choice.name);
    let prefix = decl.name.strip_suffix("Configuration").unwrap_or(decl.name);
    let other = format_ident!("{prefix}OtherCredentials");
    let switch_field = ident(typed.field);
    let method_field = field(switch.key);
    let switch_key = switch.key;
    let mut out = TokenStream::new();

    // The typed struct.
    let struct_doc = doc(&format!(
        "The `configuration` of a store of `\"type\": \"{store_type}\"`.\n\n{}\n\n\
         `{}` and the keys it requires are one field, [`{}`]: each variant carries its\n\
         keys, the required ones not optional.",
        one_line(decl.doc),
        switch.key,
        typed.enum_name,
    ));
    let mut fields = Vec::new();
    let mut typed_fields = Vec::new();
    for key in decl.keys {
        if key.name == switch.key {
            let doc = doc(&format!("`{}` and the keys it requires.", switch.key));
            typed_fields.push(quote!(#doc pub #switch_field: #enum_name,));
            fields.push(Field {
                name: switch_field.clone(),
                ty: quote!(#enum_name),
                into: false,
                required: true,
            });
        } else if !is_case_key(switch, key) {
            let required = key.need == Need::Required;
            typed_fields.push(plain_field(key, required));
            fields.push(Field::of_key(key, required));
        }
    }
    let wire_name = wire.to_string();
    let new = constructor(
        &name,
        "A configuration with its required keys; the optional keys are absent.",
        &fields,
    );
    out.extend(quote! {
        #struct_doc
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(into = #wire_name)]
        #[non_exhaustive]
        pub struct #name {
            #(#typed_fields)*
        }

        #new
    });

    // The enum of the cases.
    let case_variants = switch.cases.iter().map(|case| {
        let text = choice
            .values
            .iter()
            .find(|(value, _)| *value == case.value)
            .map_or("", |(_, doc)| doc);
        let doc = doc(&format!("`{}`: {}", case.value, one_line(text)));
        let variant = ident(case.typed.variant);
        let credentials = ident(case.typed.credentials);
        quote!(#doc #variant(#credentials),)
    });
    let other_variant = (!closed).then(|| {
        quote! {
            /// Another value, which the sources do not agree on (a warning), with the keys
            /// it carries.
            Other(String, #other),
        }
    });
    let enum_doc = doc(&format!(
        "`{}` of a `{store_type}` store, with the keys it requires.",
        switch.key
    ));
    out.extend(quote! {
        #enum_doc
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #enum_name {
            #(#case_variants)*
            #other_variant
        }
    });

    // `method`, and the closed set's default and required keys.
    let method_doc = doc(&format!("The `{}` value of this variant.", switch.key));
    let case_variant_idents: Vec<Ident> = switch
        .cases
        .iter()
        .map(|c| ident(c.typed.variant))
        .collect();
    if closed {
        let values = switch.cases.iter().map(|c| variant(c.value));
        out.extend(quote! {
            impl #enum_name {
                #method_doc
                #[must_use]
                pub const fn method(&self) -> #method_type {
                    match self {
                        #(Self::#case_variant_idents(_) => #method_type::#values,)*
                    }
                }
            }
        });
        let values = switch.cases.iter().map(|c| variant(c.value));
        let keys = switch.cases.iter().map(|c| {
            let keys = c.requires.iter().map(|r| r.key);
            quote!(&[#(#keys),*])
        });
        out.extend(quote! {
            impl #method_type {
                /// The configuration keys this value requires, in documentation order.
                #[must_use]
                pub const fn required_keys(self) -> &'static [&'static str] {
                    match self {
                        #(Self::#values => #keys,)*
                    }
                }
            }
        });
    } else {
        let values = switch.cases.iter().map(|c| c.value);
        out.extend(quote! {
            impl #enum_name {
                #method_doc
                #[must_use]
                pub fn method(&self) -> &str {
                    match self {
                        #(Self::#case_variant_idents(_) => #values,)*
                        Self::Other(method, _) => method,
                    }
                }
            }
        });
    }

    // The structs of the cases.
    let mut case_structs: Vec<CaseStruct> = switch
        .cases
        .iter()
        .map(|case| CaseStruct {
            name: ident(case.typed.credentials),
            what: format!("The keys of `{}`", case.value),
            keys: case_keys(decl, switch, Some(case)),
        })
        .collect();
    if !closed {
        case_structs.push(CaseStruct {
            name: other.clone(),
            what: format!("The keys of another `{}` value", switch.key),
            keys: case_keys(decl, switch, None),
        });
    }
    for case in &case_structs {
        let has_firm = case.keys.iter().any(|(_, firm)| *firm);
        let default = (!has_firm).then(|| quote!(Default,));
        let doc = doc(&format!("{}.", case.what));
        let struct_name = &case.name;
        let case_fields = case.keys.iter().map(|(key, firm)| plain_field(key, *firm));
        out.extend(quote! {
            #doc
            #[derive(Clone, Debug, #default PartialEq)]
            #[non_exhaustive]
            pub struct #struct_name {
                #(#case_fields)*
            }
        });
        if has_firm {
            let fields: Vec<Field> = case
                .keys
                .iter()
                .map(|(key, firm)| Field::of_key(key, *firm))
                .collect();
            out.extend(constructor(
                struct_name,
                &format!(
                    "{}, given the required ones; the others are absent.",
                    case.what
                ),
                &fields,
            ));
        }
    }

    // The wire struct.
    let wire_doc = doc(&format!(
        "The `configuration` of a `{store_type}` store, key for key as on the wire."
    ));
    let wire_fields = decl.keys.iter().map(|key| {
        let required = key.need == Need::Required && !is_case_key(switch, key);
        wire_field(key, required)
    });
    out.extend(quote! {
        #wire_doc
        #[derive(Serialize, Deserialize)]
        pub(crate) struct #wire {
            #(#wire_fields)*
        }
    });

    // Wire to typed.
    let absent = match decl.switch_default() {
        Some(default) => quote!(None => (#default, "is absent and defaults to"),),
        None => {
            let message = format!("missing field `{}`", switch.key);
            quote!(None => return Err(#message.to_owned()),)
        }
    };
    let missing_format = format!(
        "missing field `{{key}}`, required because `{switch_key}` {{because}} `{{method}}`"
    );
    let take = |key: &KeyDecl, firm: bool| {
        let field = field(key.name);
        let name = key.name;
        if firm && key.secret {
            quote!(#field: wire.#field.unwrap_or_else(Secret::withheld),)
        } else if firm {
            quote!(#field: wire.#field.ok_or_else(|| missing(#name))?,)
        } else {
            quote!(#field: wire.#field,)
        }
    };
    let mut arms = Vec::new();
    for (case, case_struct) in switch.cases.iter().zip(&case_structs) {
        let value = case.value;
        let variant = ident(case.typed.variant);
        let struct_name = &case_struct.name;
        let takes = case_struct.keys.iter().map(|(key, firm)| take(key, *firm));
        arms.push(quote!(#value => #enum_name::#variant(#struct_name { #(#takes)* }),));
    }
    if closed {
        let message = format!("`{switch_key}` `{{method}}` has no case");
        arms.push(quote!(_ => return Err(format!(#message)),));
    } else {
        let other_struct = case_structs.last().expect("the other case");
        let takes = other_struct.keys.iter().map(|(key, firm)| take(key, *firm));
        arms.push(quote!(other => #enum_name::Other(other.to_owned(), #other { #(#takes)* }),));
    }
    let own_fields = decl.keys.iter().filter_map(|key| {
        if key.name == switch.key {
            Some(quote!(#switch_field,))
        } else if !is_case_key(switch, key) {
            let field = field(key.name);
            Some(quote!(#field: wire.#field,))
        } else {
            None
        }
    });
    out.extend(quote! {
        impl TryFrom<#wire> for #name {
            type Error = String;

            fn try_from(wire: #wire) -> Result<Self, Self::Error> {
                let (method, because) = match &wire.#method_field {
                    Some(method) => (method.as_str(), "is"),
                    #absent
                };
                let missing = |key: &str| format!(#missing_format);
                let #switch_field = match method {
                    #(#arms)*
                };
                Ok(Self {
                    #(#own_fields)*
                })
            }
        }
    });

    // Typed to wire.
    let wire_values = decl.keys.iter().map(|key| {
        let field = field(key.name);
        if key.name == switch.key {
            if closed {
                quote!(#field: Some(value.#switch_field.method()),)
            } else {
                quote!(#field: Some(value.#switch_field.method().to_owned()),)
            }
        } else if is_case_key(switch, key) {
            quote!(#field: None,)
        } else {
            quote!(#field: value.#field,)
        }
    });
    let put = |key: &KeyDecl, firm: bool| {
        let field = field(key.name);
        if firm && key.secret {
            quote!(wire.#field = Some(keys.#field).filter(|s| !s.is_withheld());)
        } else if firm {
            quote!(wire.#field = Some(keys.#field);)
        } else {
            quote!(wire.#field = keys.#field;)
        }
    };
    let mut put_arms = Vec::new();
    for (case, case_struct) in switch.cases.iter().zip(&case_structs) {
        let variant = ident(case.typed.variant);
        let binding = if case_struct.keys.is_empty() {
            quote!(_)
        } else {
            quote!(keys)
        };
        let puts = case_struct.keys.iter().map(|(key, firm)| put(key, *firm));
        put_arms.push(quote!(#enum_name::#variant(#binding) => { #(#puts)* }));
    }
    if !closed {
        let other_struct = case_structs.last().expect("the other case");
        let binding = if other_struct.keys.is_empty() {
            quote!(_)
        } else {
            quote!(keys)
        };
        let puts = other_struct.keys.iter().map(|(key, firm)| put(key, *firm));
        put_arms.push(quote!(#enum_name::Other(_, #binding) => { #(#puts)* }));
    }
    let variant = variant(store_type);
    out.extend(quote! {
        impl From<#name> for #wire {
            fn from(value: #name) -> Self {
                let mut wire = Self {
                    #(#wire_values)*
                };
                match value.#switch_field {
                    #(#put_arms)*
                }
                wire
            }
        }

        impl Configuration for #name {
            const STORE_TYPE: StoreType = StoreType::#variant;

            fn from_checked(configuration: Map<String, Value>) -> Result<Self, String> {
                serde_json::from_value::<#wire>(Value::Object(configuration))
                    .map_err(|e| e.to_string())
                    .and_then(Self::try_from)
            }
        }
    });
    out
}
