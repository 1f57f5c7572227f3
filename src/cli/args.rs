//! The command line, as clap parses it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use pingone_store::report::Code;
use pingone_store::report::render::Format;
use pingone_store::validate::{ObjectKind, PayloadKind};

/// Validate PingOne Identity Propagation payloads (stores of all 14 types, plans, rules,
/// mappings) before they are sent to the API, in each file and across files.
#[derive(Debug, Parser)]
#[command(name = "pingone-store", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check payload files and report every finding.
    Lint(LintArgs),
    /// Write the JSON Schemas of the payloads, or check that they are up to date.
    Schema(SchemaArgs),
    /// Print the documentation of a rule: what it checks, its default severity, an example.
    Explain(ExplainArgs),
    /// List every rule with its default severity in requests and in responses.
    Rules(RulesArgs),
    /// Print a shell completion script to standard output.
    Completions(CompletionsArgs),
}

/// The options of `pingone-store rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the full rules document instead (markdown: every key of every store type
    /// with its JSON type, rule, severity and sources), as committed in docs/rules.md.
    #[arg(long)]
    pub markdown: bool,
}

/// The options of `pingone-store explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's code, as output shows it (`required`, `unknown-property`, ...).
    #[arg(value_name = "CODE", value_parser = code_names())]
    pub code: String,
}

/// The options of `pingone-store completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The codes as `explain` takes them, so that a misspelled one gets clap's suggestion.
fn code_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(Code::ALL.iter().map(|code| code.as_str()))
}

/// The options of `pingone-store lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files, directories or `-` for standard input [default: the current directory].
    /// A walk lints the `*.json` files that are payloads or Postman collections
    /// (honouring `.gitignore` and the configuration's `[files]`); a named file is
    /// always linted.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Which body the payloads are [default: `request`, or what a `[[kind]]` entry of
    /// the configuration file gives the path].
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// A Postman environment export whose enabled `values` fill the `{{variables}}` of
    /// collections' bodies, over the collections' own `variable[]` (as newman's `-e`).
    #[arg(short = 'e', long, value_name = "FILE")]
    pub environment: Option<PathBuf>,
    /// Which object the payloads are: `store`, `plan`, `rule`, `mapping`,
    /// `metadata:<Type>` (`metadata:LdapGateway`), `revision`, `list:stores`,
    /// `list:plans`, `list:rules` or `list:mappings` [default: what a `[[kind]]` entry
    /// gives the path, else the file name (`*.rule.json`), else the payload's shape].
    #[arg(long, value_name = "KIND", value_parser = parse_payload)]
    pub payload: Option<ObjectKind>,

    /// Check each file on its own: no checks across the files of the run (a rule's
    /// stores, a mapping's rule, one plan per environment).
    #[arg(long)]
    pub no_setup: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,

    /// Report warnings as errors, so that a warning fails the run.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Show only errors and the summary: warnings are neither shown nor counted.
    #[arg(short, long)]
    pub quiet: bool,

    /// Say on standard error which configuration file is in use and which files a
    /// directory walk skipped, and why.
    #[arg(short, long, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Read the configuration from this file instead of the `.pingone-store.toml`
    /// found in the current directory or its nearest parent.
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Read no configuration file.
    #[arg(long)]
    pub no_config: bool,

    /// Make template variables (`{{name}}`) errors, for payloads that must be final.
    #[arg(long)]
    pub deny_placeholders: bool,

    /// Files larger than this are reported as `too-large` and not read: bytes, or with
    /// a suffix K, KiB, M, MiB, G, GiB (all powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "10MiB", value_parser = parse_size)]
    pub max_file_size: u64,

    /// Show at most N findings per file (0: every one); the summary still counts
    /// every finding, and a last line says how many were not shown.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub max_findings: usize,

    /// When to colour `human` output. `NO_COLOR` (not empty) turns colour off in every
    /// case; under `auto`, `CLICOLOR_FORCE` (not `0`) or `FORCE_COLOR` (not empty) turn it
    /// on, `CLICOLOR=0` or `TERM=dumb` off, and otherwise colour is on when standard
    /// output is a terminal.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// The options of `pingone-store schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The folder to write the schemas into (`draft-07/` is created inside it).
    #[arg(long, value_name = "DIR", default_value = "schemas")]
    pub out_dir: PathBuf,

    /// Write nothing; exit 1, naming each file, when a file is stale or missing.
    #[arg(long)]
    pub check: bool,
}

/// `--payload`: a payload kind as [`ObjectKind`] parses it.
fn parse_payload(text: &str) -> Result<ObjectKind, String> {
    text.parse()
        .map_err(|error: pingone_store::Error| error.to_string())
}

/// `--kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A request body (a create, or an update whose body is the same).
    Request,
    /// The body of an update request (`PUT`): as `request`, and a member only an update
    /// needs (a mapping's `rule`) is a `required` warning when missing.
    Update,
    /// A payload as the API returns it.
    Response,
}

impl From<KindArg> for PayloadKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Request | KindArg::Update => Self::Request,
            KindArg::Response => Self::Response,
        }
    }
}

/// `--format`: the command line's copy of [`Format`], so that the library's type
/// does not derive a clap trait; a test holds the two lists together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Cargo style: header, source line with a label, pointer note, summary line.
    Human,
    /// One line per diagnostic: `path:line:col: severity[code]: message`.
    Short,
    /// One JSON document: `{"files": [...], "summary": {...}}` (a stable contract).
    Json,
    /// SARIF 2.1.0, one run, every code a rule.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`).
    Github,
    /// For each file, the `400` body PingOne would send, or `null` for a valid file.
    Pingone,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Human => Self::Human,
            FormatArg::Short => Self::Short,
            FormatArg::Json => Self::Json,
            FormatArg::Sarif => Self::Sarif,
            FormatArg::Github => Self::Github,
            FormatArg::Pingone => Self::Pingone,
        }
    }
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when standard output is a terminal.
    Auto,
    /// Always colour (unless `NO_COLOR` is set).
    Always,
    /// Never colour.
    Never,
}

/// Parses `--max-file-size`: `512`, `64K`, `64KiB`, `10M`, `10MiB`, `1G`, `1GiB`.
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number.parse().map_err(|_| {
        format!("`{text}` is not a size: expected a number of bytes such as `512` or `10MiB`")
    })?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown size unit `{other}`: use K, KiB, M, MiB, G or GiB"
            ));
        }
    };
    number
        .checked_mul(multiplier)
        .ok_or_else(|| format!("`{text}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size("64k"), Ok(64 << 10));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("1TB").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn format_arguments_are_the_library_formats_in_order_with_their_names() {
        let mapped: Vec<Format> = FormatArg::value_variants()
            .iter()
            .map(|&arg| Format::from(arg))
            .collect();
        assert_eq!(mapped, Format::ALL);
        for &arg in FormatArg::value_variants() {
            let value = arg.to_possible_value().expect("no format is hidden");
            assert_eq!(value.get_name(), Format::from(arg).as_str());
        }
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
