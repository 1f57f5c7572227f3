//! `cargo xtask codegen`: writes every file generated from the declarations (the typed
//! models, the schemas of both drafts, `docs/rules.md`); `cargo xtask codegen --check`
//! writes nothing and fails, naming each stale file, where a committed file differs.
//!
//! The generator is the library's (`pingone_store::codegen`, feature `codegen`); this
//! binary only compares and writes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pingone_store::codegen::{COMMAND, Output, files};

const USAGE: &str = "usage: cargo xtask codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    // `cargo run` sets CARGO_MANIFEST_DIR for the process: read it at run time, so that a
    // binary built in another checkout sharing the target directory writes this one.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let root = manifest_dir
        .parent()
        .expect("xtask sits in the repository's root")
        .to_path_buf();
    match run(&root, &files(), check) {
        Ok(stale) if stale.is_empty() => ExitCode::SUCCESS,
        Ok(stale) => {
            for (path, missing) in &stale {
                let word = if *missing { "missing" } else { "stale" };
                eprintln!("{word}: {path}");
            }
            eprintln!("hint: run `{COMMAND}` to regenerate");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// Compares every generated file with the committed one under `root`, writing those
/// that differ unless `check`. With `check`, returns the paths that differ, each with
/// whether it is missing; without, nothing (every file is then current).
fn run(root: &Path, files: &[Output], check: bool) -> Result<Vec<(String, bool)>, String> {
    let mut stale = Vec::new();
    for file in files {
        let path: PathBuf = root.join(&file.path);
        let (current, missing) = match std::fs::read(&path) {
            Ok(bytes) => (bytes == file.contents.as_bytes(), false),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => (false, true),
            Err(error) => return Err(format!("cannot read {}: {error}", file.path)),
        };
        if current {
            continue;
        }
        if check {
            stale.push((file.path.clone(), missing));
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
        }
        std::fs::write(&path, &file.contents)
            .map_err(|error| format!("cannot write {}: {error}", file.path))?;
        println!("wrote {}", file.path);
    }
    Ok(stale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pingone_store::codegen::{field_name, variant_name};

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

    #[test]
    fn variant_names_are_camel_case_words() {
        assert_eq!(variant_name("OAuth Bearer Token"), "OAuthBearerToken");
        assert_eq!(variant_name("JWT Bearer Token"), "JwtBearerToken");
        assert_eq!(variant_name("GitHubEMU"), "GitHubEmu");
        assert_eq!(
            variant_name("AzureActiveDirectorySAML2"),
            "AzureActiveDirectorySaml2"
        );
        assert_eq!(variant_name("scim"), "Scim");
        assert_eq!(variant_name("INACTIVE"), "Inactive");
    }

    #[test]
    fn check_names_a_stale_file_and_writes_nothing() {
        let dir = tempdir();
        let file = Output {
            path: "a/b.txt".to_owned(),
            contents: "new\n".to_owned(),
        };
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(dir.join("a/b.txt"), "old\n").unwrap();
        let stale = run(&dir, std::slice::from_ref(&file), true).unwrap();
        assert_eq!(stale, [("a/b.txt".to_owned(), false)]);
        let other = Output {
            path: "a/c.txt".to_owned(),
            contents: String::new(),
        };
        let missing = run(&dir, std::slice::from_ref(&other), true).unwrap();
        assert_eq!(missing, [("a/c.txt".to_owned(), true)]);
        assert!(!dir.join("a/c.txt").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("a/b.txt")).unwrap(),
            "old\n"
        );
        let written = run(&dir, std::slice::from_ref(&file), false).unwrap();
        assert!(written.is_empty());
        assert_eq!(
            std::fs::read_to_string(dir.join("a/b.txt")).unwrap(),
            "new\n"
        );
        assert!(run(&dir, &[file], true).unwrap().is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A fresh directory under the target's temporary folder.
    fn tempdir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
