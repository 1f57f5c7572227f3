#!/usr/bin/env python3
"""Loads schemas/openapi.json in a real client, a Prism mock server, and checks that it
answers every request fixture as the linter judges it (docs/schemas.md, issue 18).

Usage: check.py PRISM_BIN LINTER_BIN

For each request fixture of tests/fixtures/{valid,invalid} whose kind has a request body
(store, plan, rule, mapping, `metadata.<Type>`), the fixture is sent to the operation that
creates its kind; Prism validates the body against the document and answers 2xx or 4xx.
The linter's verdict on the same file, linted alone as the same kind (`--payload KIND
--no-setup`), is "valid" when it has no error. The two verdicts must agree, fixture for
fixture, with two differences that are rules, not exceptions:
- a fixture that is not plain JSON (a byte order mark, a duplicate key) is not sent: the
  text is at fault, which no schema describes (as in tests/schema.rs);
- a request holding a read-only member (`id` in a request) is not compared: the linter
  warns (`read-only`, propagation.md A3: PingOne ignores it), the document marks the member
  `readOnly: true`, and Prism refuses such a member only where it reads `readOnly` (a plan's
  top-level `id`, not a store's under `allOf`), which is Prism's reading, not the contract.
A few path checks follow (a malformed path id is refused, an update is accepted). Prism runs on loopback and is stopped at the end; nothing leaves the machine.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ENVIRONMENT = "3ec7a9f0-1b2c-4d5e-8f90-a1b2c3d4e5f6"
AN_ID = "9d2f6a4e-7b1c-4e3a-8f0d-5c6b7a8e9f01"
FIXTURES = ["tests/fixtures/valid", "tests/fixtures/invalid"]
NAMED_KIND = re.compile(r"\.(store|plan|rule|mapping|metadata\.[A-Za-z0-9]+)\.json$")
# Kinds without a request body to send, by the file name's suffix: lists, a revision
# (no body), shape-decided files (the kind is the finding), setup files, responses.
NOT_SENT = re.compile(r"\.(stores|plans|rules|mappings|revision|shape|setup)\.json$|\.response\.")


def kind_of(name):
    """The payload kind a fixture's name gives, as `--payload` spells it, or None."""
    if NOT_SENT.search(name):
        return None
    found = NAMED_KIND.search(name)
    if not found:
        return "store"
    return found.group(1).replace("metadata.", "metadata:", 1)


def operation_of(kind):
    """The path, under the environment's propagation prefix, that creates `kind`."""
    if kind.startswith("metadata:"):
        return "storeMetadata/" + kind.split(":", 1)[1]
    return {
        "store": "stores",
        "plan": "plans",
        "rule": "rules",
        "mapping": f"rules/{AN_ID}/mappings",
    }[kind]


def is_plain_json(path):
    """Whether the file is JSON text (RFC 8259: UTF-8, no byte order mark) without a
    duplicate key, the texts a schema can judge."""
    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)
    try:
        with open(path, encoding="utf-8") as text:
            json.loads(text.read(), object_pairs_hook=no_duplicates)
    except ValueError:
        return False
    return True


def expected_verdicts(linter, kind, paths):
    """Whether Prism should accept each file, from the linter's findings on it linted
    alone as `kind` (no error), or None where the answers are not compared (a read-only
    member, see the module's doc)."""
    run = subprocess.run(
        [linter, "lint", "--payload", kind, "--kind", "request", "--no-setup",
         "--format", "json", *paths],
        capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"error: the linter failed ({run.returncode}): {run.stderr.strip()}")
    reported = {f["path"]: f for f in json.loads(run.stdout)["files"]}
    verdicts = {}
    for path in paths:
        diagnostics = reported.get(path, {}).get("diagnostics", [])
        if any(d["code"] == "read-only" for d in diagnostics):
            verdicts[path] = None
        else:
            verdicts[path] = not any(d["severity"] == "error" for d in diagnostics)
    return verdicts


def send(base, method, path, body=None):
    """Prism's status code for one request."""
    request = urllib.request.Request(
        f"{base}/environments/{ENVIRONMENT}/propagation/{path}", data=body, method=method,
        headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as refused:
        return refused.code


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_prism(prism, port):
    log = open(os.path.join(os.path.dirname(prism), "..", "..", "prism.log"), "w")
    server = subprocess.Popen(
        [prism, "mock", "--host", "127.0.0.1", "--port", str(port), "schemas/openapi.json"],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        if server.poll() is not None:
            sys.exit(f"error: prism stopped at start (exit {server.returncode}); see {log.name}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit(f"error: prism did not listen on port {port} within 60 s; see {log.name}")


def main():
    prism, linter = sys.argv[1], sys.argv[2]
    by_kind = {}
    for folder in FIXTURES:
        for name in sorted(os.listdir(folder)):
            kind = kind_of(name)
            if kind and name.endswith(".json") and is_plain_json(f"{folder}/{name}"):
                by_kind.setdefault(kind, []).append(f"{folder}/{name}")

    port = free_port()
    server = start_prism(prism, port)
    base = f"http://127.0.0.1:{port}"
    disagreements, sent, refused, not_compared = [], 0, 0, 0
    try:
        for kind, paths in sorted(by_kind.items()):
            for path, expected in expected_verdicts(linter, kind, paths).items():
                if expected is None:
                    not_compared += 1
                    continue
                with open(path, "rb") as body:
                    status = send(base, "POST", operation_of(kind), body.read())
                sent += 1
                prism_valid = 200 <= status < 300
                refused += not prism_valid
                if prism_valid != expected:
                    disagreements.append(
                        f"{path} ({kind}): the linter's findings say "
                        f"{'2xx' if expected else '4xx'}, prism answered {status}")
        # The path parameters are typed too: a malformed id is refused before any body.
        checks = [
            ("GET", f"plans/{AN_ID}", None, True),
            ("GET", "plans/not-a-uuid", None, False),
            ("PUT", f"mappings/{AN_ID}",
             b'{"targetAttribute": "username", "sourceAttribute": "email"}', True),
            ("DELETE", f"rules/{AN_ID}", None, True),
        ]
        for method, path, body, accepted in checks:
            status = send(base, method, path, body)
            if (200 <= status < 300) != accepted:
                disagreements.append(f"{method} {path}: prism {status}, expected "
                                     f"{'2xx' if accepted else '4xx'}")
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"prism answered {sent} fixtures ({sent - refused} accepted, {refused} refused), "
          f"{len(checks)} path checks; {not_compared} "
          f"requests with a read-only member not compared")
    if disagreements:
        print(f"error: prism and the linter disagree on {len(disagreements)}:", file=sys.stderr)
        for line in disagreements:
            print(f"  {line}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
