#!/usr/bin/env bash
# Load figures of the PostgreSQL store (not a test), as ratios against the SQLite node measured in
# the same run: registration (a new compatible version on every request) and lookup by id, on one
# SQLite node, one PostgreSQL node, and two PostgreSQL nodes on one database (one wrk per node, the
# figures added up). PostgreSQL runs from Debian's package in a temporary folder with its default
# durability (fsync on), as SQLite runs with synchronous=FULL.
#
# During each two-node registration run it samples what the nodes' database sessions wait for
# (pg_stat_activity, every 200 ms) and prints the share of each wait: advisory-lock waits between the
# nodes show as Lock/advisory. pg2-register-split gives each node subjects of its own, which tells
# waits for the same subjects apart from the cost of a second node on the same machine.
#
# Usage: registry-server/load/postgresql.sh [seconds per measurement, default 15] [connections per node, default 8]
# Needs: Java 17, wrk, curl and Debian's postgresql. Builds the runnable jar first (or uses $JAR when set).
set -euo pipefail

DURATION="${1:-15}"
CONNECTIONS="${2:-8}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/registry-server/target/load-postgresql"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
command -v wrk >/dev/null || { echo "wrk is not installed; on Debian: apt-get install -y wrk" >&2; exit 1; }
[ -x "$PG_BIN/postgres" ] || { echo "PostgreSQL is not installed; on Debian: apt-get install -y postgresql" >&2; exit 1; }

cd "$ROOT"
if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q -pl registry-server -am package -DskipTests
  JAR="$ROOT/registry-server/target/schemagate-registry-server.jar"
fi
rm -rf "$WORK" && mkdir -p "$WORK/pg"
# PostgreSQL refuses to run as root: then it runs as the postgres user the package creates
AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; AS=(runuser -u postgres --); fi
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"${AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
"${AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres one
"${AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres two

# node VARIABLE LOG DB: starts a node in this shell (so cleanup can stop it), waits for its ready
# line and sets VARIABLE to its URL
node() {
  local variable="$1" log="$2" db="$3"
  SCHEMAGATE_DB_USER=postgres java -Xms256m -Xmx256m -XX:+UseParallelGC -jar "$JAR" --host 127.0.0.1 --port 0 \
    --db "$db" >"$log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 120); do
    local port
    port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$log" | head -1)"
    if [ -n "$port" ]; then printf -v "$variable" 'http://127.0.0.1:%s' "$port"; return 0; fi
    sleep 0.5
  done
  echo "did not start; see $log" >&2; exit 1
}

# measure NAME SCRIPT PATH URL...: one wrk per URL at once; prints the summed requests/s and the worst p99
measure() {
  local name="$1" script="$2" path="$3"; shift 3
  local i=0 files=() waiting=()
  for url in "$@"; do
    (cd "$HERE" && OFFSET=$((i * 100)) wrk -t1 -c"$CONNECTIONS" -d5s -s "$script" "$url$path" >/dev/null)
  done
  for url in "$@"; do
    files+=("$WORK/$name.$i")
    (cd "$HERE" && OFFSET=$((i * 100 + 50)) wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "$url$path" \
      | grep '^RESULT' >"$WORK/$name.$i") &
    waiting+=("$!")
    i=$((i + 1))
  done
  wait "${waiting[@]}"
  cat "${files[@]}" | awk -v name="$name" '{ split($2, r, "="); split($3, p, "="); split($6, e, "=");
    rps += r[2]; if (p[2] > p99) p99 = p[2]; errors += e[2] }
    END { printf "%s rps=%.1f p99_ms=%.2f errors=%d\n", name, rps, p99, errors }' | tee -a "$WORK/results"
}

node SQLITE "$WORK/sqlite.log" "$WORK/registry.db"
node PG1 "$WORK/pg-one.log" "jdbc:postgresql://127.0.0.1:$PG_PORT/one"
node PG2A "$WORK/pg-two-a.log" "jdbc:postgresql://127.0.0.1:$PG_PORT/two"
node PG2B "$WORK/pg-two-b.log" "jdbc:postgresql://127.0.0.1:$PG_PORT/two"
for url in "$SQLITE" "$PG1" "$PG2A"; do
  curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' "$url/subjects/read-value/versions" \
    --data '{"schema":"{\"type\":\"record\",\"name\":\"Read\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}"}' >/dev/null
done

# waits NAME COMMAND...: runs COMMAND while sampling the wait events of the nodes' sessions on database two
waits() {
  local name="$1"; shift
  printf "SELECT COALESCE(wait_event_type, 'CPU') || '/' || COALESCE(wait_event, '-') FROM pg_stat_activity\n"\
"  WHERE datname = 'two' AND application_name = 'schemagate-registry' AND state <> 'idle';\n\\watch 0.2\n" \
    | "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d two -At >"$WORK/$name.waits" 2>/dev/null &
  local sampler="$!"
  "$@"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  grep -v '^$' "$WORK/$name.waits" | sort | uniq -c | sort -rn | awk -v name="$name" '
    { count[NR] = $1; what[NR] = $2; total += $1 }
    END { line = name " waits:"; for (i = 1; i <= NR && i <= 6; i++) line = line sprintf(" %s %.0f%%", what[i], 100 * count[i] / total);
      print line " (" total " samples of active sessions)" }' | tee -a "$WORK/waits"
}

measure sqlite-register register.lua "/subjects/SUBJECT/versions" "$SQLITE"
measure pg1-register register.lua "/subjects/SUBJECT/versions" "$PG1"
waits pg2-register measure pg2-register register.lua "/subjects/SUBJECT/versions" "$PG2A" "$PG2B"
export SPLIT=yes
waits pg2-register-split measure pg2-register-split register.lua "/subjects/SUBJECT/versions" "$PG2A" "$PG2B"
unset SPLIT
measure sqlite-get-by-id report.lua "/schemas/ids/1" "$SQLITE"
measure pg1-get-by-id report.lua "/schemas/ids/1" "$PG1"
measure pg2-get-by-id report.lua "/schemas/ids/1" "$PG2A" "$PG2B"

awk '{ split($2, r, "="); rps[$1] = r[2] }
  END {
    printf "ratios against the SQLite node: register 1 PG node %.2f, 2 PG nodes %.2f (subjects of their own %.2f); get by id 1 PG node %.2f, 2 PG nodes %.2f\n",
      rps["pg1-register"] / rps["sqlite-register"], rps["pg2-register"] / rps["sqlite-register"],
      rps["pg2-register-split"] / rps["sqlite-register"],
      rps["pg1-get-by-id"] / rps["sqlite-get-by-id"], rps["pg2-get-by-id"] / rps["sqlite-get-by-id"]
  }' "$WORK/results"
