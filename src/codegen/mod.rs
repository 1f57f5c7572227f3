//! The generator of every committed file that derives from the declarations: the typed
//! models (`src/model/generated.rs`, `src/model/generated_propagation.rs`), the JSON
//! Schemas of both drafts (`schemas/`), the OpenAPI document (`schemas/openapi.json`) and
//! the rules document (`docs/rules.md`).
//!
//! `cargo xtask codegen` writes [`files`], `cargo xtask codegen --check` compares them
//! with the committed ones; the generator lives here, behind the `codegen` feature, so
//! that it reads the declarations from inside the crate (they need not be public for
//! it) and no user's build compiles `quote` or `prettyplease`.

mod propagation;
mod rust;
mod store;

/// The command that writes every generated file; each file's header names it.
pub const COMMAND: &str = "cargo xtask codegen";

/// One generated file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// The path from the repository's root, with `/` separators.
    pub path: String,
    /// The contents, with a trailing newline.
    pub contents: String,
}

/// Every generated file, in a fixed order.
#[must_use]
pub fn files() -> Vec<Output> {
    let mut files = vec![Output {
        path: "src/model/generated.rs".to_owned(),
        contents: rust::typed_models(),
    }];
    files.push(Output {
        path: "src/model/generated_propagation.rs".to_owned(),
        contents: propagation::typed_models(),
    });
    files.extend(
        crate::schema::generate_all()
            .into_iter()
            .map(|file| Output {
                path: format!("schemas/{}", file.path),
                contents: file.contents,
            }),
    );
    files.push(Output {
        path: "schemas/openapi.json".to_owned(),
        contents: crate::schema::to_file_contents(&crate::schema::openapi_document()),
    });
    files.push(Output {
        path: "docs/rules.md".to_owned(),
        contents: crate::schema::rules_document(),
    });
    files
}

/// The snake-case Rust name of a wire key of any spelling (`ServiceNow_Url`, `tenantId`,
/// `ClientSecret`, `createNewUsers`); exposed for the generator's tests.
#[must_use]
pub fn field_name(key: &str) -> String {
    rust::field_name(key)
}

/// The Rust variant of a wire value (`OAuth Bearer Token` is `OAuthBearerToken`,
/// `JWT Bearer Token` `JwtBearerToken`); exposed for the generator's tests.
#[must_use]
pub fn variant_name(value: &str) -> String {
    rust::variant_name(value)
}
