#!/usr/bin/env bash
# Seeds the fuzz corpus with every payload of the fixture corpus (valid and invalid),
# the Postman collections and the setups' files.
# Usage: fuzz/seed.sh [TARGET]   (default target: validate_text; `marker` gets each
# fixture cut after its first `{` into the prefix and suffix around the planted member,
# behind three choice bytes: see fuzz_targets/marker.rs)
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-validate_text}"
mkdir -p "corpus/$target"
count=0
# The Postman collections and the setups' files too: the target lints the text as a
# collection and through the checks across files.
for file in ../tests/fixtures/valid/*.json ../tests/fixtures/invalid/*.json \
    ../tests/fixtures/postman/*.json ../tests/setups/*/*.json ../tests/setups/*/*/*.json; do
    [ -e "$file" ] || continue
    seed="corpus/$target/fixture-$(basename "$file")"
    if [ "$target" = marker ]; then
        {
            printf "\\$(printf '%03o' $((count % 16)))\\$(printf '%03o' $((count % 10)))\\$(printf '%03o' $((count % 6)))"
            head -c 1 -- "$file"
            printf '\377, '
            tail -c +2 -- "$file"
        } >"$seed"
    else
        cp -- "$file" "$seed"
    fi
    count=$((count + 1))
done
echo "seeded corpus/$target with $count fixtures"
