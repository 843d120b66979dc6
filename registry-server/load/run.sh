#!/usr/bin/env bash
# Load measurement of the registry (not a test): requests/s and p99 latency for
#   GET  /schemas/ids/{id}          (immutable reads, served from memory)
#   POST /subjects/{s}/versions     (a new, compatible version on every request)
#   POST /subjects/{s}/versions     (the same 25-field record again: the idempotent registration)
#   POST /subjects/{s}              (the same record looked up: what producers send at start-up)
# and, in the same run, for a bare Javalin endpoint answering a constant (GET and POST), the
# baseline that shows what the registry costs on top of the web layer.
#
# Then it starts the server as the README does (START_FLAGS and START_OPTIONS, default the README's), registers
# 10,000 realistic schemas and prints its resident size.
#
# Usage: registry-server/load/run.sh [seconds per measurement, default 20] [connections, default 16]
# ROUNDS=n measures everything n times over, one table per round, and then the median and range of
# each ratio to by-id over the rounds (the machine may be shared; one round says little); only the
# first round warms up. ENDPOINTS picks some of the six names below; MEMORY=no leaves out the
# memory measurement. E.g. the producers' start-up paths against by-id, ten rounds of 5 s:
#   ROUNDS=10 ENDPOINTS="registry-get-by-id registry-register-same registry-lookup" MEMORY=no \
#     registry-server/load/run.sh 5
# Needs: Java 17, wrk (Debian: apt-get install -y wrk), python3. Builds the runnable jar first (or
# uses $JAR when set).
set -euo pipefail

DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
THREADS=2
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/registry-server/target/load"

command -v wrk >/dev/null || { echo "wrk is not installed; on Debian: apt-get install -y wrk" >&2; exit 1; }

# the JVM flags of the README's start command, the launcher registry-server/schemagate-registry
README_FLAGS="$(sed -n 's/^small="\(.*\)"$/\1/p' "$ROOT/registry-server/schemagate-registry")"
README_OPTIONS=""
START_FLAGS="${START_FLAGS-$README_FLAGS}"
START_OPTIONS="${START_OPTIONS-$README_OPTIONS}"

cd "$ROOT"
if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q -pl registry-server -am package -DskipTests
  JAR="$ROOT/registry-server/target/schemagate-registry-server.jar"
fi
rm -rf "$WORK" && mkdir -p "$WORK"
javac -cp "$JAR" -d "$WORK/classes" "$ROOT/registry-server/src/test/java/dev/schemagate/server/load/BareJavalin.java"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# start LOG COMMAND...: starts a JVM in this shell (not in a $(...) subshell), so cleanup can stop it
start() {
  local log="$1"; shift
  "$@" >"$log" 2>&1 &
  PIDS+=("$!")
}

# port_in LOG PATTERN: waits for the port in a JVM's log and prints it
port_in() {
  local log="$1" pattern="$2"
  for _ in $(seq 1 120); do
    local port
    port="$(sed -n "s/.*$pattern\([0-9][0-9]*\).*/\1/p" "$log" | head -1)"
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    sleep 0.5
  done
  echo "did not start; see $log" >&2; exit 1
}

JVM=(java -Xms512m -Xmx512m -XX:+UseParallelGC)
start "$WORK/baseline.log" "${JVM[@]}" -cp "$JAR:$WORK/classes" dev.schemagate.server.load.BareJavalin
start "$WORK/registry.log" "${JVM[@]}" -jar "$JAR" --host 127.0.0.1 --port 0 --db "$WORK/registry.db"
BASE_PORT="$(port_in "$WORK/baseline.log" "listening on port ")"
REG_PORT="$(port_in "$WORK/registry.log" "listening on http:\/\/127\.0\.0\.1:")"
BASE="http://127.0.0.1:$BASE_PORT"
REG="http://127.0.0.1:$REG_PORT"

# one schema to read back by id
curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' "$REG/subjects/read-value/versions" \
  --data '{"schema":"{\"type\":\"record\",\"name\":\"Read\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}"}' >/dev/null
# the record registered again and looked up
IDEMPOTENT_BODY="$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' "$HERE/idempotent.lua")"
curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' "$REG/subjects/idem-value/versions" \
  --data "$IDEMPOTENT_BODY" >/dev/null

ENDPOINTS="${ENDPOINTS:-baseline-get registry-get-by-id baseline-post registry-register registry-register-same registry-lookup}"

# measure NAME SCRIPT URL: in the first round warms up for 5 s; then measures; prints "NAME rps p99"
measure() {
  local name="$1" script="$2" url="$3"
  case " $ENDPOINTS " in *" $name "*) ;; *) return 0 ;; esac
  if [ "$round" = 1 ]; then
    (cd "$HERE" && wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$script" "$url" >/dev/null)
  fi
  local line
  line="$(cd "$HERE" && wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "$url" | grep '^RESULT')"
  echo "$name $line"
}

ROUNDS="${ROUNDS:-1}"
ALL="$WORK/results-all.txt"
: >"$ALL"
for round in $(seq 1 "$ROUNDS"); do
  RESULTS="$WORK/results-$round.txt"
  {
    measure baseline-get report.lua "$BASE/constant"
    measure registry-get-by-id report.lua "$REG/schemas/ids/1"
    measure baseline-post register.lua "$BASE/constant"
    measure registry-register register.lua "$REG/subjects/SUBJECT/versions"
    measure registry-register-same idempotent.lua "$REG/subjects/idem-value/versions"
    measure registry-lookup idempotent.lua "$REG/subjects/idem-value"
  } | tee "$RESULTS"

  echo
  echo "round $round of $ROUNDS: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on $(nproc) cores, $(java -version 2>&1 | head -1)"
  awk -v round="$round" -v all="$ALL" '
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } }
    END {
      printf "%-24s %12s %10s %8s %12s %10s\n", "endpoint", "requests/s", "p99 ms", "errors", "vs baseline", "vs by-id"
      n = split("baseline-get registry-get-by-id baseline-post registry-register registry-register-same registry-lookup",
          names, " ")
      for (i = 1; i <= n; i++) {
        name = names[i]; base = (name ~ /get/) ? "baseline-get" : "baseline-post"
        if (!((name, "rps") in v)) continue
        ratio = (name ~ /^baseline/) ? "1.00" : ((base, "rps") in v) ? sprintf("%.2f", v[name, "rps"] / v[base, "rps"]) : "-"
        byid = (name ~ /^baseline/ || !(("registry-get-by-id", "rps") in v)) ? "-" \
            : sprintf("%.2f", v[name, "rps"] / v["registry-get-by-id", "rps"])
        printf "%-24s %12.0f %10.2f %8d %12s %10s\n", name, v[name, "rps"], v[name, "p99_ms"], v[name, "errors"], ratio, byid
        if (byid != "-") print name, byid >> all
      }
    }' "$RESULTS"
  echo
done
if [ "$ROUNDS" -gt 1 ]; then
  echo "vs by-id over $ROUNDS rounds: median (lowest-highest)"
  sort -k1,1 -k2,2n "$ALL" | awk '
    function report() { if (n) printf "%-24s %s (%s-%s)\n", last, (n % 2) ? r[(n + 1) / 2] : sprintf("%.2f", (r[n / 2] + r[n / 2 + 1]) / 2), r[1], r[n] }
    $1 != last { report(); last = $1; n = 0 }
    { r[++n] = $2 }
    END { report() }' 
fi

[ "${MEMORY:-yes}" = no ] && exit 0

# memory: the server started as the README starts it, after 10,000 registrations
cleanup; PIDS=()
MEM_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
# shellcheck disable=SC2086
start "$WORK/memory.log" java $START_FLAGS -jar "$JAR" $START_OPTIONS --host 127.0.0.1 --port "$MEM_PORT" \
  --db "$WORK/memory.db"
port_in "$WORK/memory.log" "listening on http:\/\/127\.0\.0\.1:" >/dev/null
echo
echo "java ${START_FLAGS:-(no flags)} -jar ... ${START_OPTIONS} on $(free -g | awk '/^Mem:/ { print $2 }') GB"
python3 "$HERE/memory.py" "$MEM_PORT" "${PIDS[0]}"
