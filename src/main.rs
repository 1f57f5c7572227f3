//! The `pingone-store` command line: see `pingone-store --help`.
//!
//! The binary is built with the `cli` feature (on by default); the library alone
//! (`default-features = false`) does not depend on clap, rayon or ignore.

mod cli;

fn main() {
    std::process::exit(cli::run(std::env::args_os()));
}
