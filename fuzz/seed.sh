#!/usr/bin/env bash
# Seeds the fuzz corpus with every payload of the fixture corpus (valid and invalid).
# Usage: fuzz/seed.sh [TARGET]   (default target: validate_text)
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-validate_text}"
mkdir -p "corpus/$target"
count=0
for file in ../tests/fixtures/valid/*.json ../tests/fixtures/invalid/*.json; do
    [ -e "$file" ] || continue
    cp -- "$file" "corpus/$target/fixture-$(basename "$file")"
    count=$((count + 1))
done
echo "seeded corpus/$target with $count fixtures"
