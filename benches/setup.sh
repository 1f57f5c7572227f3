#!/usr/bin/env bash
# Times `pingone-store lint` on a generated setup of STORES stores, RULES rules and
# MAPPINGS mappings (with one plan and a `pingone-setup.json` that binds every name), with
# the checks across files and without them (`--no-setup`), and at twice the size, to show
# that the setup's cost stays within 2x of the per-file checks and that memory is linear
# (issue 18).
#
# Usage: benches/setup.sh                       (1,000 stores, 1,000 rules, 10,000 mappings)
#        STORES=500 RULES=500 MAPPINGS=5000 RUNS=3 benches/setup.sh
#
# Stores alternate `directory` and Zoom; rule i connects the directory store to Zoom store
# i, active, with MAPPINGS/RULES mappings. References are template variables bound by the
# setup file, as in the official examples. Each run is timed with `/usr/bin/time -f
# '%e %U %S %M'` (wall seconds, user and system CPU seconds, peak resident KiB), output to
# /dev/null; the best of RUNS runs is kept. On a shared machine read the CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
stores="${STORES:-1000}"
rules="${RULES:-1000}"
mappings="${MAPPINGS:-10000}"
runs="${RUNS:-3}"

. benches/release-binary.sh

generate() { # folder, scale
    local dir=$1 scale=$2
    rm -rf "$dir"
    mkdir -p "$dir/stores" "$dir/rules" "$dir/mappings"
    awk -v dir="$dir" -v stores="$((stores * scale))" -v rules="$((rules * scale))" \
        -v mappings="$((mappings * scale))" 'BEGIN {
        setup = dir "/pingone-setup.json"
        printf "{\"setup\": 1, \"complete\": true, \"objects\": {\n" > setup
        printf "\"planID\": {\"file\": \"plan.plan.json\"}" > setup
        printf "{\"name\": \"Default Plan\", \"status\": \"ACTIVE\"}\n" > (dir "/plan.plan.json")
        close(dir "/plan.plan.json")
        for (i = 0; i < stores; i++) {
            file = sprintf("stores/s%06d.store.json", i)
            if (i % 2 == 0) {
                body = sprintf("{\"name\": \"directory %d\", \"type\": \"directory\", \"status\": \"ACTIVE\"}", i)
            } else {
                body = sprintf("{\"name\": \"Zoom %d\", \"type\": \"Zoom\", \"status\": \"ACTIVE\", \"configuration\": {\"SCIM_URL\": \"https://api.zoom.us/scim2\", \"AUTHENTICATION_METHOD\": \"OAuth Bearer Token\", \"OAUTH_ACCOUNT_ID\": \"a%d\", \"OAUTH_CLIENT_ID\": \"c%d\", \"OAUTH_CLIENT_SECRET\": \"{{secret%d}}\", \"OAUTH_TOKEN_URL\": \"https://zoom.us/oauth/token\"}}", i, i, i, i)
            }
            print body > (dir "/" file); close(dir "/" file)
            printf ",\n\"store%d\": {\"file\": \"%s\"}", i, file > setup
        }
        per = int(mappings / rules)
        for (r = 0; r < rules; r++) {
            source = 2 * (r % int(stores / 2))
            target = source + 1
            file = sprintf("rules/r%06d.rule.json", r)
            printf "{\"name\": \"rule %d\", \"plan\": {\"id\": \"{{planID}}\"}, \"sourceStore\": {\"id\": \"{{store%d}}\"}, \"targetStore\": {\"id\": \"{{store%d}}\"}, \"active\": true}\n", r, source, target > (dir "/" file)
            close(dir "/" file)
            printf ",\n\"rule%d\": {\"file\": \"%s\"}", r, file > setup
            for (m = 0; m < per; m++) {
                file = sprintf("mappings/r%06d-m%03d.mapping.json", r, m)
                printf "{\"name\": \"mapping %d\", \"sourceAttribute\": \"attribute%d\", \"targetAttribute\": \"target%d\"}\n", m, m, m > (dir "/" file)
                close(dir "/" file)
                printf ",\n\"mapping%d_%d\": {\"file\": \"%s\", \"rule\": \"rule%d\"}", r, m, file, r > setup
            }
        }
        printf "\n}}\n" > setup
    }'
}

best() { # label, args...
    local label=$1; shift
    local best_line=""
    for _ in $(seq "$runs"); do
        line=$( { /usr/bin/time -f '%e %U %S %M' "$bin" lint --format json --max-findings 0 "$@" >/dev/null; } 2>&1 | tail -1 )
        if [ -z "$best_line" ] || awk -v a="$line" -v b="$best_line" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[2] + x[3] < y[2] + y[3]) }'; then
            best_line=$line
        fi
    done
    read -r wall user sys rss <<<"$best_line"
    printf '%-28s wall %6.2f s  cpu %6.2f s  peak %7d KiB\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
}

work=$(mktemp -d /tmp/pingone-setup.XXXXXX)
trap 'rm -rf "$work"' EXIT
for scale in 1 2; do
    echo "== scale $scale: $((stores * scale)) stores, $((rules * scale)) rules, $((mappings * scale)) mappings"
    generate "$work/s$scale" "$scale"
    best "per file (--no-setup)" --no-setup "$work/s$scale"; alone=$cpu
    best "with the setup" "$work/s$scale"; together=$cpu
    # The generated setup is clean: no finding from either run.
    findings=$("$bin" lint --format short "$work/s$scale" | grep -cv 'placeholder' || true)
    echo "ratio (cpu): $(awk -v a="$together" -v b="$alone" 'BEGIN { printf "%.2f", a / b }')x; findings other than placeholders: $findings"
done
