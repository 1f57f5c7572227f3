#!/usr/bin/env bash
# Times `pingone-store lint` on a Postman collection that is a whole setup (issue 18,
# propagation.md A5): N store items, one plan, N rules and N mappings, each create
# request's test script setting the id it created (`pm.environment.set("storeI", ...)`),
# rules naming their stores and plan by those variables, mappings created under
# `rules/{{ruleI}}/mappings`. Run with the checks across the collection's bodies (the
# default) and without them (`--no-setup`), at N and at 4N, to show that the checks stay
# linear in the collection.
#
# Usage: benches/collection-setup.sh            (N=1000; RUNS=3)
#        N=500 RUNS=1 benches/collection-setup.sh
#
# Stores alternate `directory` and Zoom; rule i connects directory store i to Zoom store
# i + 1 and is active with one mapping. Each run is timed with `/usr/bin/time -f '%e %U %S
# %M'` (wall and CPU seconds, peak resident KiB), output to /dev/null, `--max-file-size
# 1GiB` to let the large one in; the best of RUNS is kept. On a shared machine read the CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${N:-1000}"
runs="${RUNS:-3}"

. benches/release-binary.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

generate() { # count, file
    python3 - "$1" "$2" <<'PY'
import json, sys

count, path = int(sys.argv[1]), sys.argv[2]

def item(name, method, segments, body, sets=None):
    entry = {
        "name": name,
        "request": {
            "method": method,
            "header": [{"key": "Content-Type", "value": "application/json"}],
            "url": {
                "raw": "{{apiPath}}/environments/{{envID}}/propagation/" + "/".join(segments),
                "host": ["{{apiPath}}"],
                "path": ["environments", "{{envID}}", "propagation", *segments],
            },
            "body": {"mode": "raw", "raw": json.dumps(body, indent=4)},
        },
        "response": [],
    }
    if sets:
        entry["event"] = [{"listen": "test", "script": {"type": "text/javascript", "exec": [
            f'pm.environment.set("{sets}", pm.response.json().id);']}}]
    return entry

stores, rules, mappings = [], [], []
for i in range(count):
    if i % 2 == 0:
        body = {"name": f"directory {i}", "type": "directory", "status": "ACTIVE"}
    else:
        body = {"name": f"Zoom {i}", "type": "Zoom", "status": "ACTIVE", "configuration": {
            "SCIM_URL": "https://api.zoom.us/scim2",
            "AUTHENTICATION_METHOD": "OAuth Bearer Token",
            "OAUTH_ACCOUNT_ID": f"a{i}", "OAUTH_CLIENT_ID": f"c{i}",
            "OAUTH_CLIENT_SECRET": "{{zoomSecret}}",
            "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"}}
    stores.append(item(f"store {i}", "POST", ["stores"], body, f"store{i}"))
plan = item("plan", "POST", ["plans"], {"name": "Default Plan", "status": "ACTIVE"}, "planID")
for i in range(count):
    source, target = 2 * (i // 2), 2 * (i // 2) + 1
    body = {"name": f"rule {i}", "plan": {"id": "{{planID}}"},
            "sourceStore": {"id": f"{{{{store{source}}}}}"},
            "targetStore": {"id": f"{{{{store{min(target, count - 1)}}}}}"}, "active": True}
    rules.append(item(f"rule {i}", "POST", ["plans", "{{planID}}", "rules"], body, f"rule{i}"))
    mappings.append(item(f"mapping {i}", "POST", ["rules", f"{{{{rule{i}}}}}", "mappings"],
                         {"name": f"mapping {i}", "sourceAttribute": "email",
                          "targetAttribute": "userName"}))
collection = {
    "info": {"name": "setup", "schema":
             "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [{"name": "Stores", "item": stores}, {"name": "Plans", "item": [plan]},
             {"name": "Rules", "item": rules}, {"name": "Mappings", "item": mappings}],
}
with open(path, "w") as out:
    json.dump(collection, out, indent=2)
PY
}

best() { # label, args...
    local label=$1 best_cpu="" line
    shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$bin" lint --format json \
            --max-file-size 1GiB "$@" >/dev/null 2>&1 || true
        read -r wall user sys rss <"$work/time"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
        if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
            best_cpu=$cpu best_wall=$wall best_rss=$rss
        fi
    done
    printf '%-24s wall %6.2f s  cpu %6.2f s  peak %7d KiB\n' "$label" "$best_wall" "$best_cpu" "$best_rss"
    last_cpu=$best_cpu
}

for scale in 1 4; do
    count=$((n * scale))
    file="$work/setup-$count.postman_collection.json"
    generate "$count" "$file"
    echo "== $count stores, $count rules, $count mappings: $(wc -c <"$file") bytes"
    best "--no-setup" --no-setup "$file"
    alone=$last_cpu
    best "checks across bodies" "$file"
    together=$last_cpu
    echo "ratio (cpu): $(awk -v a="$together" -v b="$alone" 'BEGIN { printf "%.2f", a / b }')x"
done
