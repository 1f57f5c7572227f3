# Sourced by the benches' shell scripts, from the repository's root: checks that
# /usr/bin/time (which they time runs with) is there, builds the release binary and sets
# `bin` to it.
if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time is missing: apt-get install time" >&2
    exit 2
fi
echo "== building the release binary"
cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/pingone-store"
