//! The typed models of the other payloads of the propagation API (propagation.md Part
//! B), generated into `src/model/generated_propagation.rs`: a plan, a rule and a mapping
//! (request and response), the LdapGateway store metadata request, the read-all lists
//! and the setup file, with the objects their keys hold.
//!
//! Each payload is a typed struct and a wire struct key for key as on the wire, as for
//! the store (`store.rs`): the typed struct leaves out what a request does not send
//! (read-only keys, which the wire struct of a request accepts and drops) and folds a
//! pair of which exactly one key must be present (`sourceAttribute`, `expression`) into
//! one enum field. serde reads the wire struct once the validator has checked the
//! payload; `validate::typed` ties each type to the validator.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    constructor, doc, header, ident, inner_doc, is_payload_root, key_doc, one_line, print,
    rust_type, store_objects, value_sets_of,
};
use super::store::{Members, is_read_only, nested_object, serde_field};
use crate::model::decl::{KeyDecl, ObjectDecl, Relation, ValueRule};
use crate::model::declarations::{METADATA, MetadataForm, ROOTS, STORE};
use crate::validate::{ListKind, ObjectKind, PayloadKind, root_declaration};

/// The typed names of a pair of keys of which exactly one must be present
/// ([`Relation::ExactlyOneWith`]): the object's name, the typed struct's field and its
/// enum. The generator stops on a pair with no names here.
const PAIRS: &[(&str, &str, &str)] = &[("Mapping", "source", "MappingSource")];

/// The typed name of a payload that has one form only, where the declaration's name is
/// taken (`validate::SetupFile` is the setup's file as the checks across files read it).
const SINGLE_NAMES: &[(&str, &str)] = &[("Setup", "SetupDocument")];

/// A payload kind's root, with its typed forms.
struct Root {
    decl: &'static ObjectDecl,
    object: ObjectKind,
    forms: &'static [PayloadKind],
}

impl Root {
    /// The typed struct of the payload of `form`: `PlanRequest`, `PlanResponse`; a kind
    /// with one form keeps its declaration's name (`RuleList`).
    fn typed_name(&self, form: PayloadKind) -> String {
        if self.forms.len() > 1 {
            format!("{}{}", self.decl.name, form_word(form))
        } else {
            SINGLE_NAMES
                .iter()
                .find(|(name, _)| *name == self.decl.name)
                .map_or(self.decl.name, |(_, typed)| typed)
                .to_owned()
        }
    }
}

fn form_word(form: PayloadKind) -> &'static str {
    match form {
        PayloadKind::Request => "Request",
        PayloadKind::Response => "Response",
    }
}

/// Every payload root but the store's (`store.rs`), in the order of
/// [`ROOTS`], with the object kind whose root it is and its forms: a list is only
/// returned, the setup file and a metadata request are only sent.
fn roots() -> Vec<Root> {
    let candidates = [
        ObjectKind::Plan,
        ObjectKind::Rule,
        ObjectKind::Mapping,
        ObjectKind::Setup,
    ]
    .into_iter()
    .chain(ListKind::ALL.iter().map(|list| ObjectKind::List(*list)))
    .chain(
        METADATA
            .iter()
            .map(|metadata| ObjectKind::Metadata(metadata.store_type)),
    );
    let candidates: Vec<ObjectKind> = candidates.collect();
    ROOTS
        .iter()
        .filter(|decl| !std::ptr::eq(**decl, &STORE))
        .map(|decl| {
            let object = *candidates
                .iter()
                .find(|kind| root_declaration(**kind).is_some_and(|d| std::ptr::eq(d, *decl)))
                .unwrap_or_else(|| panic!("`{}` is the root of no payload kind", decl.name));
            let forms: &[PayloadKind] = match object {
                ObjectKind::List(_) => &[PayloadKind::Response],
                ObjectKind::Setup | ObjectKind::Metadata(_) => &[PayloadKind::Request],
                _ => &[PayloadKind::Request, PayloadKind::Response],
            };
            Root {
                decl,
                object,
                forms,
            }
        })
        .collect()
}

/// The objects the roots' keys hold that `src/model/generated.rs` does not define, each
/// once, in key order, with whether a request may send it.
fn nested_objects(roots: &[Root]) -> Vec<(&'static ObjectDecl, bool)> {
    let defined: Vec<&ObjectDecl> = store_objects().collect();
    let mut found: Vec<(&'static ObjectDecl, bool)> = Vec::new();
    let mut queue: Vec<(&'static ObjectDecl, bool)> = roots
        .iter()
        .map(|root| (root.decl, root.forms.contains(&PayloadKind::Request)))
        .collect();
    let mut at = 0;
    while at < queue.len() {
        let (decl, sent) = queue[at];
        at += 1;
        for key in decl.keys {
            let (ValueRule::Object(child)
            | ValueRule::MapOf(child)
            | ValueRule::ArrayOf(child)
            | ValueRule::Open(child)) = key.value
            else {
                continue;
            };
            if is_payload_root(child) || defined.iter().any(|d| std::ptr::eq(*d, child)) {
                continue;
            }
            let sent = sent && !is_read_only(key);
            match found
                .iter_mut()
                .find(|(seen, _)| std::ptr::eq(*seen, child))
            {
                Some(entry) => entry.1 |= sent,
                None => {
                    found.push((child, sent));
                    queue.push((child, sent));
                }
            }
        }
    }
    found
}

/// Whether some key holds `decl` as an open object ([`ValueRule::Open`]).
fn is_open(roots: &[Root], decl: &ObjectDecl) -> bool {
    crate::model::declarations::every_kind()
        .chain(roots.iter().map(|root| root.decl))
        .flat_map(|holder| holder.keys)
        .any(|key| matches!(key.value, ValueRule::Open(child) if std::ptr::eq(child, decl)))
}

/// `src/model/generated_propagation.rs`.
pub(super) fn typed_models() -> String {
    let roots = roots();
    let nested = nested_objects(&roots);
    let mut items = vec![
        inner_doc(
            "The typed models of the other payloads of the propagation API, generated from \
             the declarations: a plan, a rule and a mapping as a request and as a response, \
             the LdapGateway store metadata request, the read-all lists and the setup file, \
             with the objects their keys hold. A field per declared key, wire names as \
             declared; a request's struct leaves out the read-only keys, which its wire \
             struct accepts and drops. Where exactly one of two keys must be present (a \
             mapping's `sourceAttribute` and `expression`), the two are one enum field. \
             Deserializing checks the payload with the validator first.",
        ),
        imports(&roots, &nested),
    ];
    let mut seen: Vec<&'static str> = Vec::new();
    let _ = value_sets_of(store_objects(), &mut seen);
    items.push(value_sets_of(
        roots
            .iter()
            .map(|root| root.decl)
            .chain(nested.iter().map(|(decl, _)| *decl)),
        &mut seen,
    ));
    for (decl, sent) in &nested {
        items.push(if is_open(&roots, decl) {
            open_object(decl)
        } else {
            nested_object(decl, *sent)
        });
    }
    for root in &roots {
        items.push(pair_enums(root.decl));
        for form in root.forms {
            items.push(payload(root, *form));
        }
    }
    items.push(metadata_request(&roots));
    items.push(for_each_payload(&roots));
    items.push(wire_fields(&roots, &nested));
    let tokens: TokenStream = items.into_iter().collect();
    let file: syn::File = syn::parse2(tokens).expect("the generator emits a valid Rust file");
    let printed = print(file);
    // `print` starts with the header of `src/model/generated.rs`: the same one.
    debug_assert!(printed.starts_with(&header()));
    printed
}

/// The `use` items: serde's derives, and the types of `src/model/generated.rs` that the
/// keys hold (`EnvironmentRef`, `Link`, a list's `StoreResponse`, a value set).
fn imports(roots: &[Root], nested: &[(&'static ObjectDecl, bool)]) -> TokenStream {
    let defined: Vec<&ObjectDecl> = store_objects().collect();
    let is_defined = |decl: &ObjectDecl| defined.iter().any(|d| std::ptr::eq(*d, decl));
    let mut names: Vec<String> = Vec::new();
    let holders = roots
        .iter()
        .map(|root| root.decl)
        .chain(nested.iter().map(|(decl, _)| *decl));
    for key in holders.flat_map(|decl| decl.keys) {
        let name = match key.value {
            ValueRule::ArrayOf(item) if std::ptr::eq(item, &STORE) => {
                format!("{}Response", item.name)
            }
            ValueRule::Object(child)
            | ValueRule::MapOf(child)
            | ValueRule::ArrayOf(child)
            | ValueRule::Open(child)
                if is_defined(child) =>
            {
                child.name.to_owned()
            }
            ValueRule::Choice(choice)
                if choice.open.is_none()
                    && store_objects().flat_map(|decl| decl.keys).any(
                        |k| matches!(k.value, ValueRule::Choice(c) if std::ptr::eq(c, choice)),
                    ) =>
            {
                choice.name.to_owned()
            }
            _ if key.secret => "Secret".to_owned(),
            _ => continue,
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    // The metadata request's types: the store type, and the configurations its bodies are.
    names.push("StoreType".to_owned());
    names.push("Configuration".to_owned());
    for metadata in METADATA {
        if let MetadataForm::Configuration(decl, _) = metadata.form
            && !names.iter().any(|name| name == decl.name)
        {
            names.push(decl.name.to_owned());
        }
    }
    names.sort();
    names.dedup();
    let names = names.iter().map(|name| ident(name));
    quote! {
        use serde::{Deserialize, Serialize};

        use super::{#(#names),*};
    }
}

/// An open object (a rule's `configuration`): its declared keys, and every other member
/// as a string, kept in `other`.
fn open_object(decl: &ObjectDecl) -> TokenStream {
    let name = ident(decl.name);
    let struct_doc = doc(&format!(
        "{}\n\nThe declared keys are fields; every other member, whose value is a string, \
         is kept in `other`.",
        one_line(decl.doc)
    ));
    let fields = decl
        .keys
        .iter()
        .map(|key| serde_field(key, false, PayloadKind::Request, true));
    let keys = decl.keys.iter().map(|key| key.name);
    quote! {
        #struct_doc
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            /// The members the declaration does not name (the inbound keys, which were
            /// never published), each a string.
            #[serde(flatten)]
            pub other: std::collections::BTreeMap<String, String>,
        }

        impl super::DeclaredObject for #name {
            const KEYS: &'static [&'static str] = &[#(#keys),*];
        }
    }
}

/// The pairs of `decl`'s keys of which exactly one must be present: the first key of
/// each pair with the second, in key order.
fn pairs(decl: &ObjectDecl) -> Vec<(&'static KeyDecl, &'static KeyDecl)> {
    decl.keys
        .iter()
        .enumerate()
        .filter_map(|(at, key)| {
            let Some(Relation::ExactlyOneWith(other)) = key.relation else {
                return None;
            };
            let (other_at, other) = decl.key(other)?;
            (other_at > at).then_some((key, other))
        })
        .collect()
}

/// The field and the enum of a pair.
fn pair_names(decl: &ObjectDecl) -> (&'static str, &'static str) {
    PAIRS
        .iter()
        .find(|(name, _, _)| *name == decl.name)
        .map(|(_, field, enum_name)| (*field, *enum_name))
        .unwrap_or_else(|| panic!("`{}` has a pair of keys with no typed name", decl.name))
}

/// The enum of each pair of `decl` (one per declaration, shared by its forms).
fn pair_enums(decl: &ObjectDecl) -> TokenStream {
    let mut out = TokenStream::new();
    for (first, second) in pairs(decl) {
        let (_, enum_name) = pair_names(decl);
        let name = ident(enum_name);
        let enum_doc = doc(&format!(
            "`{}` or `{}`: exactly one of the two is present.",
            first.name, second.name
        ));
        let variants = [first, second].map(|key| {
            let doc = key_doc(key);
            let variant = super::rust::variant(key.name);
            let ty = rust_type(key);
            quote!(#doc #variant(#ty),)
        });
        let keys = [first, second].map(|key| {
            let variant = super::rust::variant(key.name);
            let name = key.name;
            quote!(Self::#variant(_) => #name,)
        });
        out.extend(quote! {
            #enum_doc
            #[derive(Clone, Debug, PartialEq, Eq)]
            pub enum #name {
                #(#variants)*
            }

            impl #name {
                /// The key this value is sent as.
                #[must_use]
                pub const fn key(&self) -> &'static str {
                    match self {
                        #(#keys)*
                    }
                }
            }
        });
    }
    out
}

/// The typed struct of a payload of `form`, its wire struct and the conversions.
fn payload(root: &Root, form: PayloadKind) -> TokenStream {
    let decl = root.decl;
    let typed_name = root.typed_name(form);
    let typed = ident(&typed_name);
    let wire = format_ident!("{typed_name}Wire");
    let wire_name = wire.to_string();
    let single = root.forms.len() == 1;
    let what = match (form, single) {
        (PayloadKind::Request, false) => {
            " The body of a create or update request. Read-only members are accepted and \
             dropped; unknown members are refused."
        }
        (PayloadKind::Response, false) => {
            " As PingOne returns it; members this model does not know are accepted and \
             dropped, since the API may add members."
        }
        (PayloadKind::Request, true) => " Unknown members are refused.",
        (PayloadKind::Response, true) => {
            " Members this model does not know are accepted and dropped."
        }
    };
    let typed_doc = doc(&format!(
        "{}{what}\n\nDeserializing checks every error-level rule of the declarations (as \
         `{}` {}), so a value of this type is one PingOne accepts.",
        one_line(decl.doc),
        root.object,
        form_word(form).to_lowercase(),
    ));
    let pairs = pairs(decl);
    let mut members = Members::default();
    let mut before_body = Vec::new();
    for key in decl.keys {
        if is_read_only(key) && form == PayloadKind::Request {
            members.dropped(key);
            continue;
        }
        let Some((first, second)) = pairs
            .iter()
            .find(|(a, b)| a.name == key.name || b.name == key.name)
        else {
            members.plain(key, form);
            continue;
        };
        members
            .body_fields
            .push(serde_field(key, false, form, false));
        if first.name != key.name {
            continue;
        }
        let (pair_field, enum_name) = pair_names(decl);
        let enum_name = ident(enum_name);
        members.folded(
            pair_field,
            quote!(#enum_name),
            &format!(
                "`{}` or `{}`: exactly one of the two.",
                first.name, second.name
            ),
        );
        let pair_field = ident(pair_field);
        let (a, b) = (
            super::rust::field(first.name),
            super::rust::field(second.name),
        );
        let (va, vb) = (
            super::rust::variant(first.name),
            super::rust::variant(second.name),
        );
        let both = format!(
            "`{}` and `{}` are both present: send exactly one",
            first.name, second.name
        );
        let neither = format!(
            "missing field: one of `{}` and `{}` is required",
            first.name, second.name
        );
        members.to_typed.push(quote! {
            #pair_field: match (body.#a, body.#b) {
                (Some(value), None) => #enum_name::#va(value),
                (None, Some(value)) => #enum_name::#vb(value),
                (Some(_), Some(_)) => return Err(#both.to_owned()),
                (None, None) => return Err(#neither.to_owned()),
            },
        });
        before_body.push(quote! {
            let (#a, #b) = match value.#pair_field {
                #enum_name::#va(value) => (Some(value), None),
                #enum_name::#vb(value) => (None, Some(value)),
            };
        });
        members.to_body.push(quote!(#a, #b,));
    }
    let Members {
        typed_fields,
        body_fields: wire_fields,
        fields,
        to_typed,
        to_body: to_wire,
        setters,
        ignored,
        deprecated,
    } = members;
    let deny = (form == PayloadKind::Request).then(|| quote!(#[serde(deny_unknown_fields)]));
    let dead = ignored.then(|| {
        quote!(#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")])
    });
    // The conversions and the constructor set the deprecated fields, which is no use of
    // them: only a user's reading or writing one is.
    let allow = deprecated.then(|| {
        quote!(#[allow(deprecated, reason = "the generated code moves every field, deprecated or not")])
    });
    let wire_doc = doc(&format!(
        "{}, member for member as on the wire.",
        match form {
            PayloadKind::Request => format!("A {} request", root.object),
            PayloadKind::Response => format!("A {} as returned", root.object),
        }
    ));
    // With nothing required, `Default` is the constructor.
    let any_required = fields.iter().any(|f| f.required);
    let default = (!any_required).then(|| quote!(Default,));
    let new = any_required.then(|| {
        constructor(
            &typed,
            "A value with its required members; the optional ones are absent.",
            &fields,
        )
    });
    let setters = (!setters.is_empty()).then(|| quote!(impl #typed { #(#setters)* }));
    quote! {
        #typed_doc
        #[derive(Clone, Debug, #default PartialEq, Serialize)]
        #[serde(into = #wire_name)]
        #[non_exhaustive]
        pub struct #typed {
            #(#typed_fields)*
        }

        #allow
        #new

        #setters

        #wire_doc
        #[derive(Serialize, Deserialize)]
        #deny
        #dead
        pub(crate) struct #wire {
            #(#wire_fields)*
        }

        #allow
        impl TryFrom<#wire> for #typed {
            type Error = String;

            fn try_from(body: #wire) -> Result<Self, Self::Error> {
                Ok(Self {
                    #(#to_typed)*
                })
            }
        }

        #allow
        impl From<#typed> for #wire {
            fn from(value: #typed) -> Self {
                #(#before_body)*
                Self {
                    #(#to_wire)*
                }
            }
        }
    }
}

/// `MetadataRequest`: the body of a store metadata request, a variant per store type of
/// the path, as its declaration ([`METADATA`]) says: the type's store configuration (or
/// `{}`), a body of its own, an empty body, or any object where no page was published.
fn metadata_request(roots: &[Root]) -> TokenStream {
    let mut variants = Vec::new();
    let mut type_arms = Vec::new();
    let mut from_arms = Vec::new();
    let mut to_arms = Vec::new();
    for metadata in METADATA {
        let store_type = metadata.store_type;
        let variant = super::rust::variant(store_type);
        let path = format!("`POST .../propagation/storeMetadata/{store_type}`");
        type_arms.push(match metadata.form {
            MetadataForm::Empty => quote!(Self::#variant => StoreType::#variant,),
            _ => quote!(Self::#variant(_) => StoreType::#variant,),
        });
        match metadata.form {
            MetadataForm::Configuration(decl, excused) => {
                let ty = ident(decl.name);
                let excused = if excused.is_empty() {
                    String::new()
                } else {
                    let keys: Vec<String> = excused.iter().map(|key| format!("`{key}`")).collect();
                    format!(", where {} may be absent", keys.join(", "))
                };
                let doc = doc(&format!(
                    "{path}: the type's store configuration, checked as a store's{excused}; \
                     `None` for `{{}}`, which is always valid."
                ));
                variants.push(quote!(#doc #variant(Option<#ty>),));
                from_arms.push(quote! {
                    StoreType::#variant if body.is_empty() => Ok(Self::#variant(None)),
                    StoreType::#variant => #ty::from_checked(body).map(|c| Self::#variant(Some(c))),
                });
                to_arms.push(quote! {
                    Self::#variant(configuration) => configuration
                        .as_ref()
                        .map_or_else(serde_json::Map::new, super::generated::to_map),
                });
            }
            MetadataForm::Own(decl) => {
                let root = roots
                    .iter()
                    .find(|root| std::ptr::eq(root.decl, decl))
                    .expect("a metadata body of its own is a payload root");
                let ty = ident(&root.typed_name(PayloadKind::Request));
                let wire = format_ident!("{}Wire", root.typed_name(PayloadKind::Request));
                let doc = doc(&format!("{path}: {}", one_line(decl.doc)));
                variants.push(quote!(#doc #variant(#ty),));
                from_arms.push(quote! {
                    StoreType::#variant => serde_json::from_value::<#wire>(serde_json::Value::Object(body))
                        .map_err(|e| e.to_string())
                        .and_then(#ty::try_from)
                        .map(Self::#variant),
                });
                to_arms.push(quote!(Self::#variant(body) => super::generated::to_map(body),));
            }
            MetadataForm::Empty => {
                let doc = doc(&format!(
                    "{path}: \"required but should be empty\"; PingOne ignores any content \
                     (a warning), so the model keeps none and sends `{{}}`."
                ));
                variants.push(quote!(#doc #variant,));
                from_arms.push(quote!(StoreType::#variant => Ok(Self::#variant),));
                to_arms.push(quote!(Self::#variant => serde_json::Map::new(),));
            }
            MetadataForm::Unpublished => {
                let doc = doc(&format!(
                    "{path}: no metadata page was found for the type, so only \"an object\" \
                     is checked; its members are kept as sent."
                ));
                variants.push(quote!(#doc #variant(serde_json::Map<String, serde_json::Value>),));
                from_arms.push(quote!(StoreType::#variant => Ok(Self::#variant(body)),));
                to_arms.push(quote!(Self::#variant(body) => body.clone(),));
            }
        }
    }
    quote! {
        /// The body of a store metadata request (`POST .../propagation/storeMetadata/{Type}`),
        /// a variant per store type of the path. The path, not the body, names the type, so
        /// [`parse_metadata`](crate::validate::parse_metadata) takes it; serializing writes
        /// the body.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum MetadataRequest {
            #(#variants)*
        }

        impl MetadataRequest {
            /// The store type of the request's path.
            #[must_use]
            pub fn store_type(&self) -> StoreType {
                match self {
                    #(#type_arms)*
                }
            }

            /// The typed body of a metadata request of `store_type` (already checked).
            pub(crate) fn from_checked(
                store_type: StoreType,
                body: serde_json::Map<String, serde_json::Value>,
            ) -> Result<Self, String> {
                match store_type {
                    #(#from_arms)*
                }
            }

            /// The body on the wire.
            pub(crate) fn to_wire(&self) -> serde_json::Map<String, serde_json::Value> {
                match self {
                    #(#to_arms)*
                }
            }
        }

        impl Serialize for MetadataRequest {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.to_wire().serialize(serializer)
            }
        }
    }
}

/// The tokens of an object kind, as the generated code names it.
fn kind_tokens(kind: ObjectKind) -> TokenStream {
    match kind {
        ObjectKind::List(list) => {
            let list = format_ident!("{list:?}");
            quote!(crate::validate::ObjectKind::List(crate::validate::ListKind::#list))
        }
        ObjectKind::Metadata(store_type) => {
            quote!(crate::validate::ObjectKind::Metadata(#store_type))
        }
        other => {
            let kind = format_ident!("{other:?}");
            quote!(crate::validate::ObjectKind::#kind)
        }
    }
}

/// `for_each_payload!`: calls `$then!` with every payload type, its wire struct, its
/// object kind and its form, for the impls of the validator's layer.
fn for_each_payload(roots: &[Root]) -> TokenStream {
    let entries = roots.iter().flat_map(|root| {
        root.forms.iter().map(|form| {
            let typed = ident(&root.typed_name(*form));
            let wire = format_ident!("{}Wire", root.typed_name(*form));
            let object = kind_tokens(root.object);
            let form = ident(form_word(*form));
            quote!(#typed: #wire, #object, crate::validate::PayloadKind::#form;)
        })
    });
    quote! {
        /// Calls `$then!` with every payload type of this file: the type, its wire struct,
        /// its object kind and request or response.
        macro_rules! for_each_payload {
            ($then:ident) => {
                $then! { #(#entries)* }
            };
        }
        pub(crate) use for_each_payload;
    }
}

/// `wire_fields()`: every struct of this file that serde reads field by field (not the
/// open objects, whose other members serde collects as a map), with the declaration
/// whose keys it holds and the wire names serde reads.
fn wire_fields(roots: &[Root], nested: &[(&'static ObjectDecl, bool)]) -> TokenStream {
    let mut entries = Vec::new();
    for (decl, _) in nested {
        if is_open(roots, decl) {
            continue;
        }
        let name = decl.name;
        let ty = ident(decl.name);
        entries.push(quote!((#name, super::wire_names::fields_of(#ty::deserialize))));
    }
    for root in roots {
        for form in root.forms {
            let name = root.decl.name;
            let ty = format_ident!("{}Wire", root.typed_name(*form));
            entries.push(quote!((#name, super::wire_names::fields_of(#ty::deserialize))));
        }
    }
    let count = proc_macro2::Literal::usize_unsuffixed(entries.len());
    quote! {
        /// Every struct of this file serde reads field by field: the declaration whose
        /// keys it holds, and the wire names serde reads, recorded from the struct itself.
        #[cfg(test)]
        pub(crate) fn wire_fields() -> [(&'static str, &'static [&'static str]); #count] {
            [#(#entries),*]
        }
    }
}
