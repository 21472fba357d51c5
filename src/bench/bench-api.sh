#!/usr/bin/env bash
# Measures the REST API against the raw driver, in one run, on the Panjshir data:
#   1. starts the service (embedded Neo4j in a temporary folder, loopback ports 19080/19687/19474),
#   2. loads it with wrk (Debian package "wrk"; loopback only, bounded in time) on who-backed-whom and
#      connection, at CONNECTIONS connections for SECONDS seconds each,
#   3. runs the same Cypher files with the same parameters through the Java driver from as many threads,
#   4. prints the ratio of mean latencies (API / driver) and both p99s.
# Usage: src/bench/bench-api.sh            (from the project folder; SECONDS=20 CONNECTIONS=64 by default)
set -euo pipefail

SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
CONNECTIONS=${CONNECTIONS:-64}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench}
API_PORT=${API_PORT:-19080}
BOLT_PORT=${BOLT_PORT:-19687}
HTTP_PORT=${HTTP_PORT:-19474}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

mvn -q -B -Dbuild.dir="$BUILD_DIR" compile dependency:build-classpath -Dmdep.outputFile="$BUILD_DIR/classpath.txt" >/dev/null
CP="$BUILD_DIR/classes:$(cat "$BUILD_DIR/classpath.txt")"
FLAGS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
DATA=$(mktemp -d /tmp/bench-neo4j-XXXX)

PORT=$API_PORT NEO4J_EMBEDDED_BOLT_PORT=$BOLT_PORT NEO4J_EMBEDDED_HTTP_PORT=$HTTP_PORT NEO4J_EMBEDDED_DATA_DIR="$DATA/neo4j" \
  java $FLAGS ${SERVICE_JAVA_OPTS:--Xms512m -Xmx1g} -cp "$CP" org.conflictgraph.Application > "$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$API_PORT/health" >/dev/null && break
  kill -0 $SERVICE 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$API_PORT/health" >/dev/null || { echo "the service did not come up" >&2; exit 1; }

# milliseconds from a wrk latency figure such as 12.34ms, 1.02s or 850.00us
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

bench() {
  local name=$1 query=$2; shift 2
  local url="http://127.0.0.1:$API_PORT/api/queries/$name$query"
  curl -sf "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d5s "$url" >/dev/null # warm-up
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency "$url")
  echo "$out"
  local api_mean api_p99 api_rps
  api_mean=$(to_ms "$(echo "$out" | awk '/^    Latency/ {print $2}')")
  api_p99=$(to_ms "$(echo "$out" | awk '/^     99%/ {print $2}')")
  api_rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  local drv; drv=$(java -cp "$CP" src/bench/DriverBench.java "bolt://127.0.0.1:$BOLT_PORT" "$name" "$SECONDS_PER_RUN" "$CONNECTIONS" "$@")
  echo "$drv" | grep -v '^DRIVER_'
  eval "$(echo "$drv" | grep '^DRIVER_')"
  printf 'RESULT %-16s connections=%s  API: %s req/s, mean %s ms, p99 %s ms | driver: %s req/s, mean %s ms, p99 %s ms | ratio (API/driver mean) %s\n' \
    "$name" "$CONNECTIONS" "$api_rps" "$api_mean" "$api_p99" "$DRIVER_RPS" "$DRIVER_MEAN_MS" "$DRIVER_P99_MS" \
    "$(awk -v a="$api_mean" -v d="$DRIVER_MEAN_MS" 'BEGIN { printf "%.2f", a / d }')"
}

bench who-backed-whom "" limit=500
bench connection "?from=amrullah-saleh&to=pakistan" from=amrullah-saleh to=pakistan maxHops=4 limit=25
