#!/usr/bin/env bash
# Repeatable figures: instructions per call (valgrind callgrind) and heap blocks per
# call (valgrind dhat) of every entry point on every benchmark payload.
#
# Usage: benches/profile.sh [CALLS]   (default 1000; PAYLOADS="a b" for some payloads only)
# Needs valgrind (apt-get install valgrind). Builds the `profile` bench itself.
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-1000}"
command -v valgrind >/dev/null || { echo "error: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

bin=$(cargo bench --locked --bench profile --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*profile-[^"]*\)".*/\1/p' | tail -1)
[ -x "$bin" ] || { echo "error: could not build the profile bench" >&2; exit 1; }

# $1 tool, $2 entry, $3 payload, $4 calls: prints the tool's total (instructions or blocks).
measure() {
    local out
    if [ "$1" = callgrind ]; then
        out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$2" "$3" "$4" 2>&1 >/dev/null)
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p' <<<"$out"
    else
        out=$(valgrind --tool=dhat --dhat-out-file=/dev/null "$bin" "$2" "$3" "$4" 2>&1 >/dev/null)
        sed -n 's/.*Total: *[0-9,]* bytes in \([0-9,]*\) blocks.*/\1/p' <<<"$out" | tr -d ,
    fi
}

printf '%-18s %-12s %14s %14s\n' payload entry instr/call blocks/call
for payload in ${PAYLOADS:-seed_request request_1kb request_5_faults seed_response scim_request_1kb salesforce_request_1kb}; do
    for entry in parse value str is_valid iter_errors; do
        base_i=$(measure callgrind "$entry" "$payload" 0)
        full_i=$(measure callgrind "$entry" "$payload" "$calls")
        base_b=$(measure dhat "$entry" "$payload" 0)
        full_b=$(measure dhat "$entry" "$payload" "$calls")
        printf '%-18s %-12s %14d %14s\n' "$payload" "$entry" \
            $(((full_i - base_i) / calls)) \
            "$(awk -v a="$full_b" -v b="$base_b" -v n="$calls" 'BEGIN { printf "%.2f", (a - b) / n }')"
    done
done
