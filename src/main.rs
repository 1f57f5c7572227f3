//! The `pingone-store` command line: see `pingone-store --help`.

fn main() {
    std::process::exit(pingone_store::cli::run(std::env::args_os()));
}
