#!/usr/bin/env bash
# Compares check-jsonschema's verdict on every fixture that parses with pingone-store's
# (`pip install check-jsonschema`; run from the repository root after `cargo build`).
set -uo pipefail
bin=target/debug/pingone-store
checked=0; disagree=0
for file in tests/fixtures/valid/*.json tests/fixtures/invalid/*.json; do
    case "$file" in *.response.json) kind=response ;; *) kind=request ;; esac
    report=$("$bin" lint --no-config --kind "$kind" --format json "$file")
    if grep -qE '"code": "(duplicate-key|syntax|encoding|byte-order-mark)"' <<<"$report"; then continue; fi
    if grep -q '"severity": "error"' <<<"$report"; then tool=invalid; else tool=valid; fi
    for schema in "schemas/store-$kind.schema.json" "schemas/draft-07/store-$kind.schema.json"; do
        if check-jsonschema --schemafile "$schema" "$file" >/dev/null 2>&1; then cj=valid; else cj=invalid; fi
        checked=$((checked + 1))
        if [ "$cj" != "$tool" ]; then disagree=$((disagree + 1)); echo "DISAGREE $file ($schema): check-jsonschema $cj, pingone-store $tool"; fi
    done
done
echo "$checked checks, $disagree disagree"
[ "$disagree" -eq 0 ]
