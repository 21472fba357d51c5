#!/usr/bin/env bash
# Measures the REST API against the raw driver, in one run, on the Panjshir data:
#   1. starts the service with the JVM flags `mvn mn:run` uses (embedded Neo4j in a temporary folder,
#      loopback ports 19080/19687/19474; SERVICE_JAVA_OPTS adds flags, such as -Xmx1g),
#   2. warms it up: each query runs WARMUP_SECONDS through the API and WARMUP_SECONDS through the driver,
#      unmeasured, at 4 connections. On a small machine, 64 connections from a cold start leave the JIT
#      compilers little CPU, and the service takes minutes to reach its steady speed; whichever side ran
#      first would be measured cold and the other warm.
#   3. then, ROUNDS times and in alternating order (API first, then driver first, ...):
#      - loads the API with wrk (Debian package "wrk"; loopback only, bounded in time) at CONNECTIONS
#        connections for SECONDS_PER_RUN seconds, after a 5 s unmeasured wrk warm-up,
#      - runs the same Cypher file with the same parameters (taken from the API's answer) and read
#        configuration through the Java driver
#        from as many threads, for as long, after a 5 s unmeasured warm-up (src/bench/DriverBench.java, one
#        process per query that stays up through the warm-up and all rounds, so its JIT is warm too),
#   4. prints each round's requests/s, mean and p99 for both and the ratio of mean latencies (API / driver),
#      then per query the median of the rounds' ratios and p99s.
# Usage: src/bench/bench-api.sh   (from anywhere; SECONDS_PER_RUN=20 CONNECTIONS=64 ROUNDS=3 WARMUP_SECONDS=30 by default)
#   BENCH_DATA_DIR=DIR  use the embedded database already in DIR (kept afterwards) instead of a new one with the seed
#   BENCH_QUERIES="name?params name?params ..."  the canned queries compared (default: who-backed-whom and connection)
#   WRK_TIMEOUT=60s  how long wrk waits for one answer (10s; a million statements at 64 connections needs more)
set -euo pipefail

SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
ROUNDS=${ROUNDS:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
WARMUP_CONNECTIONS=4
CONNECTIONS=${CONNECTIONS:-64}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench}
API_PORT=${API_PORT:-19080}
BOLT_PORT=${BOLT_PORT:-19687}
HTTP_PORT=${HTTP_PORT:-19474}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# Build, and take the JVM flags that `mvn mn:run` starts the service with (pom.xml's mn.jvmArgs), so
# that the service is measured as the README runs it.
mkdir -p "$BUILD_DIR"
FLAGS=$(mvn -q -B -Dstyle.color=never -Dbuild.dir="$BUILD_DIR" compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD_DIR/classpath.txt" help:evaluate -Dexpression=mn.jvmArgs -DforceStdout 2>"$BUILD_DIR/build.log") \
  || { { echo "$FLAGS"; cat "$BUILD_DIR/build.log"; } >&2; exit 1; }
FLAGS=$(echo "$FLAGS" | sed 's/\x1b\[[0-9;]*m//g')
case "$FLAGS" in --add-opens*) ;; *) echo "could not read mn.jvmArgs from pom.xml: $FLAGS" >&2; exit 1 ;; esac
CP="$BUILD_DIR/classes:$(cat "$BUILD_DIR/classpath.txt")"
DATA=$(mktemp -d /tmp/bench-neo4j-XXXX)
DB_DIR=${BENCH_DATA_DIR:-$DATA/neo4j}

PORT=$API_PORT NEO4J_EMBEDDED_BOLT_PORT=$BOLT_PORT NEO4J_EMBEDDED_HTTP_PORT=$HTTP_PORT NEO4J_EMBEDDED_DATA_DIR="$DB_DIR" \
  java $FLAGS ${SERVICE_JAVA_OPTS:-} -cp "$CP" org.conflictgraph.Application > "$DATA/service.log" 2>&1 &
SERVICE=$!
stop() { # on any exit: stop the driver process and the service, delete the throw-away database
  kill ${DRIVER_PID:-} "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$API_PORT/health" >/dev/null && break
  kill -0 $SERVICE 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$API_PORT/health" >/dev/null || { echo "the service did not come up" >&2; exit 1; }

# milliseconds from a wrk latency figure such as 12.34ms, 1.02s or 850.00us
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# waits until the service has worked off the requests a finished wrk run left behind: wrk closes its connections
# at the end, but the service still answers every request it had taken (at a million statements, 64 of them are
# half a minute of work), which would slow whichever run comes next. Done when one request takes about as long as
# it does on an idle service ($IDLE_MS).
drain() {
  for _ in $(seq 1 600); do
    local t; t=$(curl -s -o /dev/null -m 300 -w '%{time_total}' "$1")
    awk -v t="$t" -v idle="$IDLE_MS" 'BEGIN { exit !(t * 1000 < 1.5 * idle + 50) }' && return
  done
}

# sets API_MEAN, API_P99 (ms) and API_RPS from one measured wrk run on $1
api_run() {
  wrk -t2 -c"$CONNECTIONS" -d5s --timeout "${WRK_TIMEOUT:-10s}" "$1" >/dev/null
  drain "$1"
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout "${WRK_TIMEOUT:-10s}" --latency "$1")
  drain "$1"
  echo "$out" | grep -E '^ +(Latency|50%|99%)|Requests/sec|Non-2xx|Socket errors' | sed 's/^ */  api    /'
  API_MEAN=$(to_ms "$(echo "$out" | awk '/^    Latency/ {print $2}')")
  API_P99=$(to_ms "$(echo "$out" | awk '/^     99%/ {print $2}')")
  API_RPS=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  if echo "$out" | grep -q 'Non-2xx'; then echo "the API answered errors under load" >&2; exit 1; fi
  if [ "$(echo "$out" | awk '/requests in/ {print $1}')" = 0 ]; then
    echo "no API request completed in ${SECONDS_PER_RUN}s; run longer (SECONDS_PER_RUN)" >&2; exit 1
  fi
}

# sets DRIVER_MEAN_MS, DRIVER_P99_MS and DRIVER_RPS from one measured run of the driver process
driver_run() {
  echo "warmup $CONNECTIONS 5" >&"${DRIVER[1]}"
  local line; read -r line <&"${DRIVER[0]}"
  echo "measure $CONNECTIONS $SECONDS_PER_RUN" >&"${DRIVER[1]}"
  read -r line <&"${DRIVER[0]}"; echo "  $line"
  read -r line <&"${DRIVER[0]}"; eval "$line"
}

bench() {
  local name=$1 query=$2
  local url="http://127.0.0.1:$API_PORT/api/queries/$name$query"
  curl -sf "$url" >/dev/null
  # how long one request takes on the idle service (the best of three), for drain()
  IDLE_MS=$(for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -g | awk 'NR == 1 { printf "%.0f", $1 * 1000 }')
  # one driver process for the whole comparison of this query, so that its JIT warms up like the service's
  # (it takes its Cypher parameters from the API's answer to the same URL)
  coproc DRIVER { exec java -cp "$CP" src/bench/DriverBench.java "bolt://127.0.0.1:$BOLT_PORT" "$url"; }
  echo "== $name: warm-up, ${WARMUP_SECONDS}s through the API and ${WARMUP_SECONDS}s through the driver, at $WARMUP_CONNECTIONS connections"
  wrk -t2 -c"$WARMUP_CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout "${WRK_TIMEOUT:-10s}" "$url" >/dev/null
  drain "$url"
  echo "warmup $WARMUP_CONNECTIONS $WARMUP_SECONDS" >&"${DRIVER[1]}"
  local line; read -r line <&"${DRIVER[0]}"
  local ratios="" api_p99s="" driver_p99s=""
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then api_run "$url"; driver_run
    else driver_run; api_run "$url"; fi
    local ratio; ratio=$(awk -v a="$API_MEAN" -v d="$DRIVER_MEAN_MS" 'BEGIN { printf "%.2f", a / d }')
    printf 'RESULT %-16s round %s  connections=%s  API: %s req/s, mean %s ms, p99 %s ms | driver: %s req/s, mean %s ms, p99 %s ms | ratio (API/driver mean) %s\n' \
      "$name" "$round" "$CONNECTIONS" "$API_RPS" "$API_MEAN" "$API_P99" "$DRIVER_RPS" "$DRIVER_MEAN_MS" "$DRIVER_P99_MS" "$ratio"
    ratios="$ratios $ratio"; api_p99s="$api_p99s $API_P99"; driver_p99s="$driver_p99s $DRIVER_P99_MS"
  done
  local pid=$DRIVER_PID to_driver=${DRIVER[1]}
  exec {to_driver}>&- # end of its input: it exits
  wait "$pid"
  printf 'SUMMARY %-16s connections=%s rounds=%s  ratio (API/driver mean) per round:%s, median %.2f | median p99: API %.0f ms, driver %.0f ms\n' \
    "$name" "$CONNECTIONS" "$ROUNDS" "$ratios" "$(echo "$ratios" | median)" "$(echo "$api_p99s" | median)" "$(echo "$driver_p99s" | median)"
}

for request in ${BENCH_QUERIES:-who-backed-whom connection?from=amrullah-saleh\&to=pakistan}; do
  name=${request%%\?*}
  params=${request#"$name"}
  bench "$name" "$params"
done
