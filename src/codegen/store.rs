//! The base store's typed models: `StoreRequest` and `StoreResponse` with their wire
//! bodies, and the nested objects (`Image`, `EnvironmentRef`, `SyncStatus`, `Link`).
//!
//! The typed structs fold `type` and `configuration` into one field, `store`
//! (`StoreConfiguration`); a request's struct leaves out the read-only keys, which its
//! wire body accepts and drops. serde reads a body key for key as on the wire, and the
//! typed value is built from it once the validator has checked the payload.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    Field, constructor, doc, field, ident, is_payload_root, key_doc, one_line, rust_type,
    takes_into,
};
use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Text, ValueRule};
use crate::model::declarations::STORE;
use crate::validate::PayloadKind;

/// The declaration's name of the store, whose keys the wire bodies hold.
pub(super) const STORE_NAME: &str = STORE.name;

/// The store and the objects its keys hold (not the configurations a selection
/// chooses), each once, in key order.
pub(super) fn base_objects() -> Vec<&'static ObjectDecl> {
    let mut found: Vec<&'static ObjectDecl> = vec![&STORE];
    let mut at = 0;
    while at < found.len() {
        for key in found[at].keys {
            if let ValueRule::Object(child) | ValueRule::MapOf(child) = key.value
                && !found.iter().any(|seen| std::ptr::eq(*seen, child))
            {
                found.push(child);
            }
        }
        at += 1;
    }
    found
}

/// The base store's items: the nested objects' structs, then the request and the
/// response.
pub(super) fn base_store() -> TokenStream {
    let mut out = TokenStream::new();
    for decl in base_objects().into_iter().skip(1) {
        out.extend(nested_object(decl, writable(decl)));
    }
    out.extend(store(PayloadKind::Request));
    out.extend(store(PayloadKind::Response));
    out
}

/// Whether a request may send the object (a key of the store that is not read-only
/// holds it): its struct then refuses unknown keys, as a request does.
fn writable(decl: &ObjectDecl) -> bool {
    STORE.keys.iter().any(|key| {
        !is_read_only(key)
            && matches!(key.value, ValueRule::Object(child) | ValueRule::MapOf(child)
                if std::ptr::eq(child, decl))
    })
}

pub(super) fn is_read_only(key: &KeyDecl) -> bool {
    matches!(key.need, Need::ReadOnly | Need::ReadOnlyRequired)
}

/// Whether a payload of `kind` must hold the key.
pub(super) fn is_required(key: &KeyDecl, kind: PayloadKind) -> bool {
    match key.need {
        Need::Required => true,
        Need::ReadOnlyRequired => kind == PayloadKind::Response,
        Need::Optional | Need::Doubtful(_) | Need::InUpdate(_) | Need::ReadOnly => false,
    }
}

/// How serde reads an optional key's value: present (`null` refused), a count, an
/// object (not an array of its fields), a map of objects. In a response, an object (and
/// each object of an array) keeps only its declared keys, since the API may add members;
/// a payload's items (a list's) are read by their own types.
fn optional_reader(key: &KeyDecl, kind: PayloadKind) -> &'static str {
    match key.value {
        ValueRule::Count => "super::count",
        ValueRule::Object(_) if kind == PayloadKind::Response => "super::lenient_object",
        ValueRule::Object(_) => "super::present_object",
        ValueRule::MapOf(_) => "super::map_of_objects",
        ValueRule::Open(_) => "super::present_object",
        ValueRule::ArrayOf(item) if kind == PayloadKind::Response && !is_payload_root(item) => {
            "super::lenient_objects"
        }
        _ => "super::present",
    }
}

/// A field of a struct serde reads as it is (a nested object, a wire body).
pub(super) fn serde_field(
    key: &KeyDecl,
    required: bool,
    kind: PayloadKind,
    public: bool,
) -> TokenStream {
    let doc = key_doc(key);
    let ty = rust_type(key);
    let name = key.name;
    let field = field(name);
    let vis = public.then(|| quote!(pub));
    if required {
        assert!(
            !matches!(key.value, ValueRule::MapOf(_)),
            "`{name}`: the generator reads a map only as an optional key"
        );
        let reader = match key.value {
            ValueRule::Object(_) if kind == PayloadKind::Response => {
                Some(quote!(, deserialize_with = "super::lenient_required"))
            }
            ValueRule::Object(_) | ValueRule::Open(_) => {
                Some(quote!(, deserialize_with = "super::object"))
            }
            ValueRule::Count => Some(quote!(, deserialize_with = "super::required_count")),
            _ => None,
        };
        quote! {
            #doc
            #[serde(rename = #name #reader)]
            #vis #field: #ty,
        }
    } else {
        let reader = optional_reader(key, kind);
        quote! {
            #doc
            #[serde(rename = #name, default, deserialize_with = #reader, skip_serializing_if = "Option::is_none")]
            #vis #field: Option<#ty>,
        }
    }
}

/// A nested object's struct: serde reads it as it is.
pub(super) fn nested_object(decl: &ObjectDecl, writable: bool) -> TokenStream {
    let name = ident(decl.name);
    let struct_doc = doc(&one_line(decl.doc));
    let kind = if writable {
        PayloadKind::Request
    } else {
        PayloadKind::Response
    };
    let mut fields = Vec::new();
    let mut serde_fields = Vec::new();
    for key in decl.keys {
        let required = is_required(key, PayloadKind::Response);
        serde_fields.push(serde_field(key, required, kind, true));
        fields.push(Field::of_key(key, required));
    }
    let any_required = fields.iter().any(|f| f.required);
    let default = (!any_required).then(|| quote!(Default,));
    // `Eq` where every field's type has it (`Secret`, `serde_json::Value` and a payload's
    // typed struct need not).
    let comparable = decl.keys.iter().all(|key| {
        !key.secret
            && !matches!(key.value, ValueRule::Bool(BoolRule::TextTolerated(_)))
            && !matches!(key.value, ValueRule::ArrayOf(item) if is_payload_root(item))
    });
    let eq = comparable.then(|| quote!(Eq,));
    let deny = writable.then(|| quote!(#[serde(deny_unknown_fields)]));
    let new = any_required.then(|| {
        constructor(
            &name,
            "An object with its required keys; the optional keys are absent.",
            &fields,
        )
    });
    let keys = decl.keys.iter().map(|key| key.name);
    quote! {
        #struct_doc
        #[derive(Clone, Debug, #default PartialEq, #eq Serialize, Deserialize)]
        #deny
        #[non_exhaustive]
        pub struct #name {
            #(#serde_fields)*
        }

        #new

        impl super::DeclaredObject for #name {
            const KEYS: &'static [&'static str] = &[#(#keys),*];
        }
    }
}

/// What the typed struct of a payload and its wire body make of the payload's keys, key
/// by key: the fields of each, the constructor's arguments, the conversions (the wire
/// body is `body`, the typed value `value`) and the setters.
#[derive(Default)]
pub(super) struct Members {
    pub(super) typed_fields: Vec<TokenStream>,
    pub(super) body_fields: Vec<TokenStream>,
    pub(super) fields: Vec<Field>,
    pub(super) to_typed: Vec<TokenStream>,
    pub(super) to_body: Vec<TokenStream>,
    pub(super) setters: Vec<TokenStream>,
    /// Some read-only key is accepted and dropped (its body field is never read).
    pub(super) ignored: bool,
    /// Some typed field is `#[deprecated]`.
    pub(super) deprecated: bool,
}

impl Members {
    /// A read-only key of a request: the body accepts and drops it; the typed struct has
    /// no field for it.
    pub(super) fn dropped(&mut self, key: &KeyDecl) {
        let field = field(key.name);
        let name = key.name;
        let doc = doc(&format!(
            "`{}`: read-only, set by PingOne; accepted and dropped in a request.",
            key.name
        ));
        self.body_fields.push(quote! {
            #doc
            #[serde(rename = #name, default, skip_serializing)]
            #field: Option<serde::de::IgnoredAny>,
        });
        self.to_body.push(quote!(#field: None,));
        self.ignored = true;
    }

    /// A key both structs hold as it is, required or optional in a payload of `kind`; a
    /// deprecated key's typed field is `#[deprecated]` and has no setter.
    pub(super) fn plain(&mut self, key: &KeyDecl, kind: PayloadKind) {
        let field = field(key.name);
        let required = is_required(key, kind);
        self.body_fields
            .push(serde_field(key, required, kind, false));
        let doc = key_doc(key);
        let ty = rust_type(key);
        let mark = key.deprecated.map(|instead| {
            self.deprecated = true;
            let note = format!("{}: {instead}", key.name);
            quote!(#[deprecated(note = #note)])
        });
        self.typed_fields.push(if required {
            quote!(#doc #mark pub #field: #ty,)
        } else {
            quote!(#doc #mark pub #field: Option<#ty>,)
        });
        self.fields.push(Field::of_key(key, required));
        self.to_typed.push(quote!(#field: body.#field,));
        self.to_body.push(quote!(#field: value.#field,));
        let scalar = matches!(
            key.value,
            ValueRule::Text(_) | ValueRule::Bool(_) | ValueRule::Count | ValueRule::Choice(_)
        );
        if kind == PayloadKind::Request && !required && scalar && key.deprecated.is_none() {
            self.setters.push(setter(key));
        }
    }

    /// A required typed field that stands for several keys of the body (`store` for
    /// `type` and `configuration`), described by `doc`.
    pub(super) fn folded(&mut self, name: &str, ty: TokenStream, doc_text: &str) {
        let doc = doc(doc_text);
        let name = ident(name);
        self.typed_fields.push(quote!(#doc pub #name: #ty,));
        self.fields.push(Field {
            name,
            ty,
            into: false,
            required: true,
        });
    }
}

/// The typed struct of a store payload of `kind`, its wire body and the conversions.
fn store(kind: PayloadKind) -> TokenStream {
    let (typed, body, typed_doc) = match kind {
        PayloadKind::Request => (
            format_ident!("{}Request", STORE.name),
            format_ident!("RequestBody"),
            format!(
                "{} The body of a create or update request (`POST .../propagation/stores`, \
                 `PUT .../propagation/stores/{{storeID}}`).\n\n\
                 Deserializing checks every error-level rule, so a value of this type is a \
                 body PingOne accepts. Read-only members (`id`, `createdAt`, ...) are \
                 accepted and dropped; unknown members are refused.",
                one_line(STORE.doc)
            ),
        ),
        PayloadKind::Response => (
            format_ident!("{}Response", STORE.name),
            format_ident!("ResponseBody"),
            format!(
                "{} As PingOne returns it (`201 Created`, `GET`).\n\n\
                 Deserializing checks every error-level rule; members this model does not \
                 know are accepted and dropped, since the API may add members.",
                one_line(STORE.doc)
            ),
        ),
    };
    let typed_doc = doc(&typed_doc);
    let body_name = body.to_string();
    let selection_key = STORE.keys.iter().find_map(|key| match key.value {
        ValueRule::SelectedBy(selection) => Some(selection.by),
        _ => None,
    });

    let mut members = Members::default();
    for key in STORE.keys {
        let field = field(key.name);
        let name = key.name;
        if Some(key.name) == selection_key {
            let doc = key_doc(key);
            let ty = rust_type(key);
            members
                .body_fields
                .push(quote!(#doc #[serde(rename = #name)] #field: #ty,));
            members
                .to_body
                .push(quote!(#field: value.store.store_type(),));
            continue;
        }
        if let ValueRule::SelectedBy(selection) = key.value {
            let by = super::rust::field(selection.by);
            members.folded(
                "store",
                quote!(StoreConfiguration),
                &format!(
                    "`{}` and `{}`: the store type with its configuration.",
                    selection.by, key.name
                ),
            );
            let doc = doc(&format!(
                "`{}`: {} Absent only where the declarations allow it.",
                key.name,
                one_line(key.doc)
            ));
            members
                .body_fields
                .push(quote!(#doc #[serde(default)] #field: Map<String, Value>,));
            members
                .to_typed
                .push(quote!(store: StoreConfiguration::from_wire(body.#by, body.#field)?,));
            members.to_body.push(quote!(#field: value.store.to_wire(),));
            continue;
        }
        if is_read_only(key) && kind == PayloadKind::Request {
            members.dropped(key);
            continue;
        }
        members.plain(key, kind);
    }
    let Members {
        typed_fields,
        body_fields,
        fields,
        to_typed,
        to_body,
        setters,
        ignored,
        deprecated: _,
    } = members;

    let body_attrs = match kind {
        PayloadKind::Request => quote!(#[serde(deny_unknown_fields)]),
        PayloadKind::Response => quote!(),
    };
    let dead = ignored.then(|| {
        quote!(#[expect(dead_code, reason = "read-only members are accepted and dropped, never read")])
    });
    let body_doc = doc(&format!(
        "A store {}, member for member as on the wire.",
        match kind {
            PayloadKind::Request => "request",
            PayloadKind::Response => "response",
        }
    ));
    let new = match kind {
        PayloadKind::Request => constructor(
            &typed,
            "A request with its required members; the optional ones are absent.",
            &fields,
        ),
        PayloadKind::Response => from_request(),
    };
    let setters = (!setters.is_empty()).then(|| quote!(impl #typed { #(#setters)* }));
    quote! {
        #typed_doc
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(into = #body_name)]
        #[non_exhaustive]
        pub struct #typed {
            #(#typed_fields)*
        }

        #new

        #setters

        #body_doc
        #[derive(Serialize, Deserialize)]
        #body_attrs
        #dead
        pub(crate) struct #body {
            #(#body_fields)*
        }

        impl TryFrom<#body> for #typed {
            type Error = String;

            fn try_from(body: #body) -> Result<Self, Self::Error> {
                Ok(Self {
                    #(#to_typed)*
                })
            }
        }

        impl From<#typed> for #body {
            fn from(value: #typed) -> Self {
                Self {
                    #(#to_body)*
                }
            }
        }
    }
}

/// `with_<key>`: sets an optional member of a request.
pub(super) fn setter(key: &KeyDecl) -> TokenStream {
    let field = field(key.name);
    let ty = rust_type(key);
    let name = format_ident!("with_{}", field.to_string().trim_start_matches("r#"));
    let doc = doc(&format!("Sets `{}`.", key.name));
    if takes_into(key) {
        quote! {
            #doc
            #[must_use]
            pub fn #name(mut self, #field: impl Into<#ty>) -> Self {
                self.#field = Some(#field.into());
                self
            }
        }
    } else {
        quote! {
            #doc
            #[must_use]
            pub fn #name(mut self, #field: #ty) -> Self {
                self.#field = Some(#field);
                self
            }
        }
    }
}

/// `StoreResponse::from_request`: a request's members plus the read-only members a
/// response requires, given; the optional read-only members absent. A read-only object
/// of one text key (`environment`) is given as that text (`environment_id`).
fn from_request() -> TokenStream {
    let mut arguments = Vec::new();
    let mut values = Vec::new();
    let mut given = Vec::new();
    let mut absent = Vec::new();
    for key in STORE.keys {
        let field = field(key.name);
        if !is_read_only(key) {
            if let ValueRule::SelectedBy(_) = key.value {
                values.push(quote!(store: request.store,));
            } else if !matches!(key.value, ValueRule::Choice(_))
                || STORE
                    .keys
                    .iter()
                    .all(|k| !matches!(k.value, ValueRule::SelectedBy(s) if s.by == key.name))
            {
                values.push(quote!(#field: request.#field,));
            }
            continue;
        }
        if !is_required(key, PayloadKind::Response) {
            values.push(quote!(#field: None,));
            absent.push(format!("`{}`", key.name));
            continue;
        }
        match key.value {
            ValueRule::Object(child)
                if child.keys.len() == 1
                    && matches!(child.keys[0].value, ValueRule::Text(_))
                    && is_required(&child.keys[0], PayloadKind::Response) =>
            {
                let inner = super::rust::field(child.keys[0].name);
                let argument = format_ident!("{}_{}", field, inner);
                let child_name = ident(child.name);
                arguments.push(quote!(#argument: impl Into<String>));
                values.push(quote!(#field: #child_name { #inner: #argument.into() },));
                given.push(format!("`{}.{}`", key.name, child.keys[0].name));
            }
            ValueRule::Text(Text::Any | Text::NotBlank | Text::Url | Text::HttpsUrl(_))
            | ValueRule::Text(Text::Uuid | Text::DateTime) => {
                arguments.push(quote!(#field: impl Into<String>));
                values.push(quote!(#field: #field.into(),));
                given.push(format!("`{}`", key.name));
            }
            _ => {
                let ty = rust_type(key);
                arguments.push(quote!(#field: #ty));
                values.push(quote!(#field,));
                given.push(format!("`{}`", key.name));
            }
        }
    }
    let doc = doc(&format!(
        "The store that PingOne returns for `request`: its members, plus the read-only {}; \
         no {} (set them on the value).",
        and_list(&given),
        and_list(&absent).replace(" and ", " or ")
    ));
    quote! {
        impl StoreResponse {
            #doc
            #[must_use]
            pub fn from_request(request: StoreRequest, #(#arguments),*) -> Self {
                Self {
                    #(#values)*
                }
            }
        }
    }
}

/// `a`, `b` and `c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
