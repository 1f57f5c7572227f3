//! The typed configurations of the store types other than Zoom are generated from the
//! declarations into `src/model/generated.rs`, as schemas are: this test fails when the
//! committed file differs from what the declarations generate, and names the command
//! that regenerates it.

use std::fmt::Write as _;

use pingone_store::StoreType;
use pingone_store::model::decl::{BoolRule, Need, ObjectDecl, ValueRule};
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

fn rust_type(value: ValueRule, secret: bool) -> &'static str {
    match value {
        _ if secret => "Secret",
        ValueRule::Bool(BoolRule::TextTolerated(_)) => "serde_json::Value",
        ValueRule::Bool(_) => "bool",
        ValueRule::Count => "u64",
        _ => "String",
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
    for (store_type, decl) in CONFIGURATIONS.cases {
        let decl = decl.expect("every documented type is declared");
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
        let name = if *store_type == "Zoom" {
            "ZoomConfiguration".to_owned()
        } else {
            struct_name(decl)
        };
        let _ = writeln!(
            out,
            "    /// `\"type\": \"{store_type}\"`.\n    {variant}({name}),"
        );
        let _ = writeln!(
            store_type_arms,
            "            Self::{variant}(_) => StoreType::{variant},"
        );
        if *store_type == "Zoom" {
            let _ = writeln!(
                from_arms,
                "            StoreType::{variant} => super::zoom::from_wire(configuration).map(Self::{variant}),"
            );
        } else {
            let _ = writeln!(
                from_arms,
                "            StoreType::{variant} => from_map(configuration).map(Self::{variant}),"
            );
        }
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
         \x20       match store_type {{\n{from_arms}        }}\n    }}\n\n\
         \x20   /// The configuration object on the wire.\n\
         \x20   pub(crate) fn to_wire(&self) -> Map<String, Value> {{\n\
         \x20       match self {{\n{to_arms}        }}\n    }}\n\
         }}\n\n\
         fn from_map<T: serde::de::DeserializeOwned>(configuration: Map<String, Value>) -> Result<T, String> {{\n\
         \x20   serde_json::from_value(Value::Object(configuration))\n\
         \x20       .map_err(|e| format!(\"invalid `configuration`: {{e}}\"))\n\
         }}\n\n\
         fn to_map<T: Serialize>(configuration: &T) -> Map<String, Value> {{\n\
         \x20   match serde_json::to_value(configuration) {{\n\
         \x20       Ok(Value::Object(map)) => map,\n\
         \x20       _ => Map::new(),\n\
         \x20   }}\n\
         }}\n"
    );
}

/// The generated module.
fn generate() -> String {
    let mut out = String::from(
        "// @generated from src/model/declarations by tests/generated.rs:\n\
         // `PINGONE_STORE_BLESS=1 cargo test --test generated`. Do not edit by hand.\n\
         \n\
         //! The typed `configuration` of each store type other than `Zoom`, generated from\n\
         //! the declarations: a field per declared key, wire names as declared, secrets as\n\
         //! [`Secret`]. Deserializing a store checks the configuration with the validator\n\
         //! first, so these types hold what PingOne accepts.\n\
         \n\
         use serde::{Deserialize, Serialize};\n\
         use serde_json::{Map, Value};\n\
         \n\
         use super::{Secret, StoreType, ZoomConfiguration};\n",
    );
    enum_of_configurations(&mut out);
    for (store_type, decl) in CONFIGURATIONS.cases {
        let Some(decl) = decl else { continue };
        if *store_type == "Zoom" || decl.keys.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n/// The `configuration` of a store of `\"type\": \"{store_type}\"`.\n///\n/// {}\n\
             #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]\n\
             #[non_exhaustive]\n\
             pub struct {} {{\n",
            decl.doc.replace('\n', " "),
            struct_name(decl)
        );
        for key in decl.keys {
            let ty = rust_type(key.value, key.secret);
            let required = key.need == Need::Required;
            let doc = if key.doc.is_empty() {
                key.name
            } else {
                key.doc
            };
            let _ = writeln!(out, "    /// `{}`: {}", key.name, doc.replace('\n', " "));
            if let Some(instead) = key.deprecated {
                let _ = writeln!(out, "    ///\n    /// Deprecated: {instead}.");
            }
            if required && key.secret {
                // A response may withhold a secret.
                let _ = writeln!(
                    out,
                    "    #[serde(rename = \"{}\", default = \"Secret::withheld\", skip_serializing_if = \"Secret::is_withheld\")]",
                    key.name
                );
                let _ = writeln!(out, "    pub {}: {ty},", field_name(key.name));
            } else if required {
                let _ = writeln!(out, "    #[serde(rename = \"{}\")]", key.name);
                let _ = writeln!(out, "    pub {}: {ty},", field_name(key.name));
            } else {
                let _ = writeln!(
                    out,
                    "    #[serde(rename = \"{}\", default, skip_serializing_if = \"Option::is_none\")]",
                    key.name
                );
                let _ = writeln!(out, "    pub {}: Option<{ty}>,", field_name(key.name));
            }
        }
        out.push_str("}\n");
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
