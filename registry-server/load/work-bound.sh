#!/usr/bin/env bash
# What single costly requests cost the running server (not a test): registering, then checking, an
# Avro union of 2,000 records, an Avro enum of 100,000 symbols (after one of 99,999), a JSON Schema
# $ref chain of 4,000 links and a JSON Schema of 50,000 properties, each timed against a trivial
# registration measured in the same run. Prints seconds per request and the ratio to the trivial one.
#
# Usage: registry-server/load/work-bound.sh [repetitions, default 3]
# Needs: Java 17, curl, python3. Builds the runnable jar first (or uses $JAR when set).
set -euo pipefail

REPS="${1:-3}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/registry-server/target/work-bound"
if [ -z "${JAR:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl schema-core,registry-server -am package -DskipTests)
  JAR="$ROOT/registry-server/target/schemagate-registry-server.jar"
fi
rm -rf "$WORK" && mkdir -p "$WORK"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
java -Xmx1g -jar "$JAR" --host 127.0.0.1 --port "$PORT" --db "$WORK/registry.db" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
REG="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -sf "$REG/" >/dev/null && break; sleep 0.5; done

# body NAME: writes the request bodies of one case (old and new version) as WORK/NAME-{old,new}.json
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
def body(schema, kind=None):
    b = {"schema": json.dumps(schema, separators=(",", ":"))}
    if kind: b["schemaType"] = kind
    return json.dumps(b)
def union(n): return [{"type": "record", "name": f"R{i}", "fields": [{"name": "f", "type": "int"}]} for i in range(n)]
def enum(n): return {"type": "enum", "name": "E", "symbols": [f"S{i}" for i in range(n)]}
def chain(n):
    defs = {f"d{i}": {"$ref": f"#/$defs/d{i + 1}"} for i in range(n - 1)}
    defs[f"d{n - 1}"] = {"type": "string"}
    return {"$ref": "#/$defs/d0", "$defs": defs}
def props(n): return {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(n)}}
cases = {
    "trivial": (body({"type": "record", "name": "T", "fields": []}), None),
    "avro-union-2000": (body(union(2000)), body(union(2000))),
    "avro-enum-100000": (body(enum(99999)), body(enum(100000))),
    "json-ref-chain-4000": (body(chain(4000), "JSON"), body(chain(4000), "JSON")),
    "json-properties-50000": (body(props(50000), "JSON"), body(props(50000), "JSON")),
}
for name, (old, new) in cases.items():
    open(f"{work}/{name}-old.json", "w").write(old)
    open(f"{work}/{name}-new.json", "w").write(new or old)
PY

post() { # post PATH FILE: prints the seconds the request took; its status goes to WORK/status
  curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
    --data-binary "@$2" "$REG$1" | { read -r seconds status; echo "$status" >"$WORK/status"; echo "$seconds"; }
}

printf '%-24s %10s %6s %10s %6s %8s\n' case register status check status ratio
for rep in $(seq 1 "$REPS"); do
  base="$(post "/subjects/trivial-$rep/versions" "$WORK/trivial-old.json")"
  printf '%-24s %10s %6s %10s %6s %8s\n' "trivial" "$base" "$(cat "$WORK/status")" "-" "-" "1"
  for name in avro-union-2000 avro-enum-100000 json-ref-chain-4000 json-properties-50000; do
    subject="$name-$rep"
    curl -s -o /dev/null -X PUT -H 'Content-Type: application/json' --data '{"compatibility":"FULL_TRANSITIVE"}' \
      "$REG/config/$subject"
    post "/subjects/$subject/versions" "$WORK/$name-old.json" >/dev/null
    register="$(post "/subjects/$subject/versions" "$WORK/$name-new.json")"
    registered="$(cat "$WORK/status")"
    check="$(post "/compatibility/subjects/$subject/versions" "$WORK/$name-new.json")"
    checked="$(cat "$WORK/status")"
    ratio="$(python3 -c "print(round(max($register, $check) / max($base, 1e-6)))")"
    printf '%-24s %10s %6s %10s %6s %8s\n' "$name" "$register" "$registered" "$check" "$checked" "$ratio"
  done
done
