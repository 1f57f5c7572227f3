#!/usr/bin/env bash
# Prints the table and the target ratios from criterion's estimates of the last
# `cargo bench --bench validate` run (the mean of each benchmark, in microseconds).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${CARGO_TARGET_DIR:-target}/criterion"
[ -d "$dir" ] || { echo "error: no criterion results in $dir: run cargo bench --bench validate" >&2; exit 2; }
python3 - "$dir" <<'PY'
import json, os, sys

root = sys.argv[1]
cases = ["seed_request", "request_1kb", "request_5_faults", "seed_response",
         "scim_request_1kb", "salesforce_request_1kb"]
benches = ["parse_floor", "validate_value", "jsonschema_is_valid", "jsonschema_iter_errors", "validate_str"]

def mean(case, bench):
    path = os.path.join(root, case, bench, "new", "estimates.json")
    try:
        with open(path) as f:
            return json.load(f)["mean"]["point_estimate"] / 1000.0
    except OSError:
        return None

t = {(c, b): mean(c, b) for c in cases for b in benches}
print("| payload | " + " | ".join(benches) + " |")
print("|---|" + "---:|" * len(benches))
for c in cases:
    cells = ["%.2f" % t[c, b] if t[c, b] is not None else "-" for b in benches]
    print(f"| {c} | " + " | ".join(cells) + " |")
print("\n(times in microseconds per call, criterion mean)\n")

def ratio(label, a, b, target):
    if a is None or b is None:
        print(f"- {label}: not measured")
        return
    r = a / b
    print(f"- {label}: {r:.3f}x (target <= {target}x: {'met' if r <= target else 'MISSED'})")

for c in ["request_1kb", "scim_request_1kb", "salesforce_request_1kb"]:
    ratio(f"validate_request, valid 1 KB ({c}) / jsonschema is_valid",
          t[c, "validate_value"], t[c, "jsonschema_is_valid"], 0.5)
ratio("validate_request, 5 faults / jsonschema iter_errors",
      t["request_5_faults", "validate_value"], t["request_5_faults", "jsonschema_iter_errors"], 0.5)
for c in cases:
    ratio(f"validate_str / parse floor, {c}", t[c, "validate_str"], t[c, "parse_floor"], 1.3)
PY
