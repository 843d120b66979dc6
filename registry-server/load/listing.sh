#!/usr/bin/env bash
# What listing subjects costs with many of them (not a test): with SUBJECTS subjects stored (default
# 100,000), times GET /subjects, GET /subjects?limit=10 and GET /subjects?subjectPrefix=...&limit=10
# against one subject's GET /subjects/{s}/versions in the same run. Prints the median seconds per
# request and the ratio to the one-subject read.
#
# Usage: registry-server/load/listing.sh [repetitions, default 20] [subjects, default 100000]
# Needs: Java 17, curl, python3 (its sqlite3 module fills the database). Builds the runnable jar
# first (or uses $JAR when set).
set -euo pipefail

REPS="${1:-20}"
SUBJECTS="${2:-100000}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/registry-server/target/listing"
if [ -z "${JAR:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl registry-server -am package -DskipTests)
  JAR="$ROOT/registry-server/target/schemagate-registry-server.jar"
fi
rm -rf "$WORK" && mkdir -p "$WORK"

SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true' EXIT
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
REG="http://127.0.0.1:$PORT"
serve() {
  java -Xmx512m -jar "$JAR" --host 127.0.0.1 --port "$PORT" --db "$WORK/registry.db" >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "$REG/" >/dev/null && return 0; sleep 0.5; done
  echo "the server did not start; see $WORK/server.log" >&2; exit 1
}

# the server creates the database and one subject through the API; the rest are written straight
# into the table while it is stopped, which takes seconds instead of 100,000 registrations
serve
curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' "$REG/subjects/s/versions" \
  --data '{"schema":"{\"type\":\"record\",\"name\":\"S\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}"}' >/dev/null
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
python3 - "$WORK/registry.db" "$SUBJECTS" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = ((f"topic-{i:06d}-value", 1, 1, 1 if i % 50 == 0 else 0, 0) for i in range(1, int(sys.argv[2])))
db.executemany("INSERT INTO subject_versions (subject, version, schema_id, deleted, registered_at) VALUES (?, ?, ?, ?, ?)", rows)
db.commit()
PY
serve

# timed PATH: prints the median seconds of REPS requests, after as many to warm up
timed() {
  for _ in $(seq 1 "$REPS"); do curl -sf -o /dev/null "$REG$1"; done
  for _ in $(seq 1 "$REPS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$REG$1"; done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

ONE="$(timed /subjects/s/versions)"
echo "$(curl -sf "$REG/subjects" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') subjects listed of $SUBJECTS stored (every 50th soft-deleted); $REPS requests each"
printf '%-44s %10s %8s\n' request seconds ratio
printf '%-44s %10s %8s\n' "GET /subjects/s/versions" "$ONE" "1.00"
for path in "/subjects" "/subjects?limit=10" "/subjects?offset=50000&limit=10" "/subjects?subjectPrefix=topic-09&limit=10"; do
  t="$(timed "$path")"
  printf '%-44s %10s %8.1f\n' "GET $path" "$t" "$(python3 -c "print($t / $ONE)")"
done
