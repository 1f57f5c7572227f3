#!/usr/bin/env bash
# Times `pingone-store lint --format json` over N generated payload files, side by side
# with other JSON Schema validators run on the same files and the exported schema.
#
# Usage: benches/lint-files.sh [N]        (default N=10000; WORKDIR=... to keep the files)
#
# Generates N realistic request payloads of about 1 KB (one in five faulty, five kinds
# of fault in turn), builds the release binary (`cargo build --release --locked`), then
# for each tool that is installed reports: wall time over the N files (hyperfine when
# installed, else a loop over `date +%s%N`), throughput, peak memory (`/usr/bin/time
# -v`), and the wall time of a one-file run.
#
# The other tools, optional (a tool that is missing is skipped and said so):
#   jsonschema-cli     cargo install --locked jsonschema-cli
#   check-jsonschema   pip install check-jsonschema
#   ajv-cli            npm install -g ajv-cli ajv-formats
#   hyperfine          apt-get install hyperfine    (or cargo install --locked hyperfine)
#   /usr/bin/time      apt-get install time         (needed for peak memory)
#
# The schema is the committed `schemas/store-request.schema.json`.
# Only pingone-store computes line and column for each finding; the others report
# JSON Pointers.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n="${1:-10000}"
runs="${RUNS:-5}"
schema="$root/schemas/store-request.schema.json"
work="${WORKDIR:-$(mktemp -d /tmp/pingone-lint-files.XXXXXX)}"
files="$work/payloads"
one="$work/one"

[ -f "$schema" ] || { echo "error: $schema not found (run \`pingone-store schema\` first)" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time is missing: apt-get install time" >&2
    exit 2
fi

echo "== building the release binary"
cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-$root/target}/release/pingone-store"

echo "== generating $n payload files in $files"
rm -rf "$files" "$one"
mkdir -p "$files" "$one"
awk -v n="$n" -v dir="$files" 'BEGIN {
    srand(42)
    split("Staff,Contractors,Engineering,Sales,Support,Finance,Marketing,Interns", groups, ",")
    split("EMEA,AMER,APAC,LATAM", regions, ",")
    for (i = 0; i < n; i++) {
        g = groups[1 + i % 8]; r = regions[1 + int(i / 8) % 4]
        fault = (i % 5 == 4) ? int(i / 5) % 5 : -1
        status = (fault == 0) ? "active" : (i % 2 ? "ACTIVE" : "INACTIVE")
        scim = (fault == 1) ? "api.zoom.us/scim2" : "https://api.zoom.us/scim2"
        client = (fault == 2) ? "OAUTH_CLIENTID" : "OAUTH_CLIENT_ID"
        create = (fault == 3) ? "\"true\"" : "true"
        remove = (fault == 4) ? "Remove" : (i % 3 ? "Disable" : "Delete")
        file = sprintf("%s/store-%05d.json", dir, i)
        printf "{\n  \"name\": \"Zoom provisioning (%s, %s) #%d\",\n  \"type\": \"Zoom\",\n", g, r, i > file
        printf "  \"description\": \"Provisions every active member of the %s group from PingOne into the %s Zoom account; owned by the identity team, changes go through the provisioning repository and its CI lint (store %d).\",\n", g, r, i > file
        printf "  \"status\": \"%s\",\n  \"managed\": %s,\n", status, (i % 4 ? "false" : "true") > file
        printf "  \"image\": {\n    \"href\": \"https://assets.example.com/integrations/zoom/%s-%d.png\"\n  },\n", tolower(r), i > file
        printf "  \"configuration\": {\n    \"SCIM_URL\": \"%s\",\n", scim > file
        printf "    \"AUTHENTICATION_METHOD\": \"OAuth Bearer Token\",\n" > file
        printf "    \"OAUTH_ACCOUNT_ID\": \"acct-%08x%08x\",\n", int(rand() * 2^31), i > file
        printf "    \"%s\": \"client-%08x%08x\",\n", client, int(rand() * 2^31), i > file
        printf "    \"OAUTH_CLIENT_SECRET\": \"%08x%08x%08x%08x\",\n", int(rand() * 2^31), int(rand() * 2^31), int(rand() * 2^31), i > file
        printf "    \"OAUTH_TOKEN_URL\": \"https://zoom.us/oauth/token\",\n" > file
        printf "    \"CREATE_USERS\": %s,\n    \"UPDATE_USERS\": true,\n", create > file
        printf "    \"DISABLE_USERS\": %s,\n    \"DEPROVISION_USERS\": %s,\n", (i % 2 ? "true" : "false"), (i % 3 ? "true" : "false") > file
        printf "    \"REMOVE_ACTION\": \"%s\"\n  }\n}\n", remove > file
        close(file)
    }
}'
cp "$files/store-00004.json" "$one/"
bytes=$(cat "$files"/*.json | wc -c)
echo "   $n files, $bytes bytes ($((bytes / n)) bytes per file), one in five faulty"

# Each tool: a name and a command over the directory ($files) and over $one.
declare -a names=() many=() single=()
add() { names+=("$1"); many+=("$2"); single+=("$3"); }

add "pingone-store lint --format json" \
    "$bin lint --format json $files" \
    "$bin lint --format json $one"

if command -v jsonschema-cli >/dev/null; then
    # Newer releases take a `validate` subcommand; older ones validate directly.
    sub=""
    jsonschema-cli --help 2>&1 | grep -qE '^ +validate' && sub="validate"
    fmt=""
    jsonschema-cli $sub --help 2>&1 | grep -q -- '--assert-format' && fmt="--assert-format"
    fmt="$sub $fmt"
    # One `-i` per file; the list is written once and passed through xargs-free expansion.
    printf -- '-i\n%s\n' "$files"/*.json > "$work/jsonschema-args"
    add "jsonschema-cli" \
        "bash -c 'mapfile -t a < $work/jsonschema-args; exec jsonschema-cli $fmt $schema \"\${a[@]}\"'" \
        "jsonschema-cli $fmt $schema -i $one/store-00004.json"
else
    echo "   skipped jsonschema-cli: not installed (cargo install --locked jsonschema-cli)"
fi
if command -v check-jsonschema >/dev/null; then
    add "check-jsonschema" \
        "bash -c 'exec check-jsonschema --schemafile $schema $files/*.json'" \
        "check-jsonschema --schemafile $schema $one/store-00004.json"
else
    echo "   skipped check-jsonschema: not installed (pip install check-jsonschema)"
fi
if command -v ajv >/dev/null; then
    add "ajv-cli" \
        "ajv validate --spec=draft2020 -c ajv-formats --errors=json -s $schema -d '$files/*.json'" \
        "ajv validate --spec=draft2020 -c ajv-formats --errors=json -s $schema -d $one/store-00004.json"
else
    echo "   skipped ajv-cli: not installed (npm install -g ajv-cli ajv-formats)"
fi

# Wall time in milliseconds (mean over $runs runs) of a command whose exit status
# 1 (findings) is expected.
wall_ms() {
    if command -v hyperfine >/dev/null; then
        hyperfine --style none --ignore-failure --warmup 1 --runs "$runs" \
            --export-json "$work/hyperfine.json" "$1" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["mean"] * 1000))' \
            "$work/hyperfine.json"
    else
        local start end total=0 i
        bash -c "$1" >/dev/null 2>&1 || true
        for ((i = 0; i < runs; i++)); do
            start=$(date +%s%N)
            bash -c "$1" >/dev/null 2>&1 || true
            end=$(date +%s%N)
            total=$((total + end - start))
        done
        awk -v t="$total" -v r="$runs" 'BEGIN { printf "%.1f", t / r / 1e6 }'
    fi
}

# Peak resident memory in MB of one run.
peak_mb() {
    # The tools exit 1 on findings: that status is not a failure here.
    { /usr/bin/time -v bash -c "exec $1" 2>&1 >/dev/null || true; } |
        awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }'
}

echo "== measuring ($runs runs each; timing by $(command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N'))"
# Sanity: the findings of our own run.
status=0
"$bin" lint --format json "$files" >"$work/pingone-store.json" 2>/dev/null || status=$?
echo "   pingone-store exit status $status (1 expected: one file in five is faulty)"

printf '\n| tool | %s files: wall ms | files/s | MB/s | peak RSS MB | one file: wall ms |\n' "$n"
printf '|---|---:|---:|---:|---:|---:|\n'
for i in "${!names[@]}"; do
    t=$(wall_ms "${many[$i]}")
    m=$(peak_mb "${many[$i]}")
    t1=$(wall_ms "${single[$i]}")
    awk -v name="${names[$i]}" -v t="$t" -v m="$m" -v t1="$t1" -v n="$n" -v b="$bytes" 'BEGIN {
        printf "| %s | %s | %.0f | %.1f | %s | %s |\n", name, t, n / (t / 1000), b / 1e6 / (t / 1000), m, t1
    }'
done
echo
echo "files kept in $work (delete with: rm -r $work)"
