#!/usr/bin/env bash
# Times `pingone-store lint` on one-line payloads of growing size, in every format, to
# show that the cost is linear in the input (issue 11), masking included (issue 20).
#
# Usage: benches/scaling.sh            (SIZES="1 4 16" MB by default; WORKDIR=... keeps files)
#        SIZES="1 8" CAPS="1000 0" FORMATS="json" PAYLOADS="comments" benches/scaling.sh
#
# PAYLOADS picks the files (all three by default):
# - `one-line`: the benign file described below;
# - `comments`: text that does not parse, `API_KEY /* ` repeated (a secret-looking word
#   followed by a comment opener: the old masking scan searched the rest of the file
#   for `*/` from each one);
# - `secret-object`: a Zoom request whose `API_KEY` is an object of `"k":0` members
#   repeated, each a `duplicate-key` finding inside a secret (the old masking looped over
#   every piece of the secret for each finding).
#
# Each payload is a valid Zoom request body on one line followed by members that the
# model does not know (`"member000001":0,` is 17 bytes, about 61,700 per MiB), so every
# member is an `unknown-property` finding on the same line: the worst case for line and
# column lookup and for `human`'s source snippets. `--max-file-size 1GiB` lets the large
# files in. Each run is timed once with `/usr/bin/time -f '%e %U %S %M'` (wall seconds,
# CPU seconds, peak resident memory), output to /dev/null, with `--max-findings` at the default (1000) and
# at 0 (no cap); the ratio column is the CPU time over the CPU time of the first size.
# On a shared machine read the CPU time: the wall time includes waiting for a core.
#
# Then Postman collections of growing size (COLLECTION_SIZES="1 4 10" MiB by default,
# issue 19): one folder of `POST .../propagation/stores` items, each with a pretty-printed
# body written as a JSON string (so `\n` and `\"` escapes throughout), three variables
# filled from an environment export (`-e`), one of them into `OAUTH_CLIENT_SECRET`, a
# wrong `status` (an `enum` error) and a variable left without a value (a `placeholder`).
# Each item is a body of its own with its offset maps: the cost must stay linear in
# the collection.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-1 4 16}"
caps="${CAPS:-1000 0}"
formats="${FORMATS:-human short json sarif github pingone}"
payloads="${PAYLOADS:-one-line comments secret-object}"
work="${WORKDIR:-$(mktemp -d /tmp/pingone-scaling.XXXXXX)}"

. benches/release-binary.sh

echo "== generating $payloads payloads of $sizes MiB in $work"
mkdir -p "$work"
for mb in $sizes; do
    bytes=$((mb * 1048576))
    file="$work/one-line-${mb}mb.json"
    [ -f "$file" ] || awk -v bytes="$bytes" 'BEGIN {
        head = "{\"type\":\"Zoom\",\"name\":\"scaling\",\"configuration\":{\"SCIM_URL\":\"https://api.zoom.us/scim2\",\"AUTHENTICATION_METHOD\":\"OAuth Bearer Token\",\"OAUTH_ACCOUNT_ID\":\"a\",\"OAUTH_CLIENT_ID\":\"c\",\"OAUTH_CLIENT_SECRET\":\"s\",\"OAUTH_TOKEN_URL\":\"https://zoom.us/oauth/token\"}"
        n = int((bytes - length(head) - 2) / 17)
        printf "%s", head
        for (i = 1; i <= n; i++) printf ",\"member%06d\":0", i
        printf "}\n"
    }' >"$file"
    file="$work/comments-${mb}mb.json"
    [ -f "$file" ] || awk -v bytes="$bytes" 'BEGIN {
        head = "{\"API_KEY\": \"s3cr3t\", "
        n = int((bytes - length(head)) / 11)
        printf "%s", head
        for (i = 1; i <= n; i++) printf "API_KEY /* "
        printf "\n"
    }' >"$file"
    file="$work/secret-object-${mb}mb.json"
    [ -f "$file" ] || awk -v bytes="$bytes" 'BEGIN {
        head = "{\"type\":\"Zoom\",\"name\":\"scaling\",\"configuration\":{\"SCIM_URL\":\"https://api.zoom.us/scim2\",\"API_SECRET\":\"s\",\"API_KEY\":{\"k\":0"
        n = int((bytes - length(head) - 4) / 6)
        printf "%s", head
        for (i = 1; i <= n; i++) printf ",\"k\":0"
        printf "}}}\n"
    }' >"$file"
done

printf '\n| payload | format | --max-findings | size MiB | findings | wall s | CPU s | CPU ratio to %s MiB | peak RSS MB |\n' "${sizes%% *}"
printf '|---|---|---:|---:|---:|---:|---:|---:|---:|\n'
for payload in $payloads; do
    for format in $formats; do
        for cap in $caps; do
            first=""
            for mb in $sizes; do
                file="$work/${payload}-${mb}mb.json"
                # Exit status 1 (findings) is expected.
                /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$bin" lint --format "$format" \
                    --max-file-size 1GiB --max-findings "$cap" "$file" >/dev/null 2>&1 || true
                read -r wall user sys rss < <(tail -1 "$work/time")
                findings=$({ "$bin" lint --format short --max-file-size 1GiB --max-findings 1 "$file" 2>/dev/null || true; } |
                    awk '/ more findings? not shown/ { for (i = 2; i <= NF; i++) if ($i == "more") n = $(i - 1) + 1 }
                        END { print (n ? n : NR) }')
                cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
                [ -z "$first" ] && first=$cpu
                awk -v p="$payload" -v f="$format" -v c="$cap" -v m="$mb" -v n="$findings" -v w="$wall" -v t="$cpu" -v r="$rss" -v first="$first" 'BEGIN {
                    printf "| %s | %s | %s | %s | %d | %.2f | %.2f | %.1fx | %.0f |\n", p, f, c, m, n, w, t, (first > 0 ? t / first : 0), r / 1024
                }'
            done
        done
    done
done
collection_sizes="${COLLECTION_SIZES:-1 4 10}"
echo
echo "== generating Postman collections of $collection_sizes MiB in $work"
cat >"$work/environment.json" <<'JSON'
{"name": "scaling", "values": [
  {"key": "apiPath", "value": "https://api.pingone.com/v1", "enabled": true},
  {"key": "envID", "value": "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6", "enabled": true},
  {"key": "zoomAccountId", "value": "a1B2c3", "enabled": true},
  {"key": "adminAppSecret", "value": "not-a-real-secret", "type": "secret", "enabled": true}
], "_postman_variable_scope": "environment"}
JSON
for mb in $collection_sizes; do
    file="$work/collection-${mb}mb.json"
    [ -f "$file" ] && continue
    awk -v bytes="$((mb * 1048576))" 'BEGIN {
        head = "{\"info\":{\"name\":\"scaling\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\"item\":[{\"name\":\"Stores\",\"item\":["
        body = "{\\n    \\\"name\\\": \\\"Zoom {{storeSuffix}}\\\",\\n    \\\"type\\\": \\\"Zoom\\\",\\n    \\\"status\\\": \\\"ENABLED\\\",\\n    \\\"configuration\\\": {\\n        \\\"SCIM_URL\\\": \\\"https://api.zoom.us/scim2\\\",\\n        \\\"AUTHENTICATION_METHOD\\\": \\\"OAuth Bearer Token\\\",\\n        \\\"OAUTH_ACCOUNT_ID\\\": \\\"{{zoomAccountId}}\\\",\\n        \\\"OAUTH_CLIENT_ID\\\": \\\"zoom-client\\\",\\n        \\\"OAUTH_CLIENT_SECRET\\\": \\\"{{adminAppSecret}}\\\",\\n        \\\"OAUTH_TOKEN_URL\\\": \\\"https://zoom.us/oauth/token\\\"\\n    }\\n}"
        url = "{\"raw\":\"{{apiPath}}/environments/{{envID}}/propagation/stores\",\"host\":[\"{{apiPath}}\"],\"path\":[\"environments\",\"{{envID}}\",\"propagation\",\"stores\"]}"
        item_bytes = length(body) + length(url) + 200
        n = int((bytes - length(head)) / item_bytes)
        printf "%s", head
        for (i = 1; i <= n; i++) {
            if (i > 1) printf ","
            printf "\n{\"name\":\"Create Zoom store %06d\",\"request\":{\"method\":\"POST\",\"header\":[{\"key\":\"Content-Type\",\"value\":\"application/json\"}],\"body\":{\"mode\":\"raw\",\"raw\":\"%s\",\"options\":{\"raw\":{\"language\":\"json\"}}},\"url\":%s},\"response\":[]}", i, body, url
        }
        printf "]}]}\n"
    }' >"$file"
done

printf '\n| format | size MiB | items | findings | wall s | CPU s | CPU ratio to %s MiB | peak RSS MB |\n' "${collection_sizes%% *}"
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for format in $formats; do
    first=""
    for mb in $collection_sizes; do
        file="$work/collection-${mb}mb.json"
        items=$(grep -c '"name":"Create Zoom store' "$file")
        # Two findings per item: the `status` and the variable without a value.
        /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$bin" lint --format "$format" \
            --max-file-size 1GiB -e "$work/environment.json" "$file" >/dev/null 2>&1 || true
        read -r wall user sys rss < <(tail -1 "$work/time")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        [ -z "$first" ] && first=$cpu
        awk -v f="$format" -v m="$mb" -v n="$items" -v w="$wall" -v t="$cpu" -v r="$rss" -v first="$first" 'BEGIN {
            printf "| %s | %s | %d | %d | %.2f | %.2f | %.1fx | %.0f |\n", f, m, n, 2 * n, w, t, (first > 0 ? t / first : 0), r / 1024
        }'
    done
done

echo
echo "files kept in $work (delete with: rm -r $work)"
