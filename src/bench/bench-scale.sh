#!/usr/bin/env bash
# Scale benchmark: every documented request on a million generated statements.
#   1. generates 1,000,000 statements and 200,000 entities with the project's generator (seed 42) and bulk-imports
#      them beside the Panjshir seed into a new embedded database (or reuses SCALE_DATA_DIR when it already holds one),
#   2. starts the service from the jar at -Xmx2g (page cache NEO4J_EMBEDDED_PAGE_CACHE, 1g by default: the store is
#      about 1 GB), waits until the analytics computed in the background for the default filters are ready,
#   3. runs each documented request RUNS times (after one unmeasured run) and prints its status, median and worst
#      latency and size; the biggest hub (the generator's busiest entity) is the actor,
#   4. runs src/bench/bench-api.sh on the same database: the API against the same Cypher through the driver at 64
#      connections, for who-backed-whom, connection and backers-of.
#
#   src/bench/bench-scale.sh                          # the whole run (tens of minutes on 2 cores)
#   STATEMENTS=100000 src/bench/bench-scale.sh        # a quicker look
#   SCALE_DATA_DIR=/tmp/big/neo4j src/bench/bench-scale.sh   # keep (or reuse) the imported database
#   SKIP_RATIO=1 ...                                  # latencies only
set -euo pipefail
cd "$(dirname "$0")/../.."

STATEMENTS=${STATEMENTS:-1000000}
ENTITIES=${ENTITIES:-$((STATEMENTS / 5))}
RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-19280}
BOLT=${BENCH_BOLT_PORT:-19887}
HTTP=${BENCH_HTTP_PORT:-19674}
export NEO4J_EMBEDDED_PAGE_CACHE=${NEO4J_EMBEDDED_PAGE_CACHE:-1g}
jar=target/conflict-graph.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
flags=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=neo4j.jvm.flags -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g")

work=$(mktemp -d /tmp/conflict-graph-bench-scale.XXXXXX)
service=""
cleanup() {
  if [ -n "$service" ]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export NEO4J_EMBEDDED_BOLT_PORT=$BOLT NEO4J_EMBEDDED_HTTP_PORT=$HTTP PORT=$PORT

data=${SCALE_DATA_DIR:-$work/neo4j}
java -jar "$jar" generate --statements "$STATEMENTS" --entities "$ENTITIES" --seed 42 "$work/gen/bench" > "$work/generate.log"
hub=$(awk '/Busiest entities/ {getline; print $1; exit}' "$work/generate.log")
state=$(awk '/Busiest entities/ {f = 1; next} f && $2 == "State" {print $1; exit}' "$work/generate.log")
person=$(awk '/Busiest entities/ {f = 1; next} f && $2 == "Person" {print $1; exit}' "$work/generate.log")
grep -A6 'Busiest entities' "$work/generate.log"
if [ ! -d "$data/databases" ]; then
  echo "importing $STATEMENTS statements into $data ..."
  NEO4J_EMBEDDED_DATA_DIR="$data" java $flags -Xmx2g -jar "$jar" import seeds/panjshir "$work/gen/bench" 2>&1 | grep '^Imported'
fi

export NEO4J_EMBEDDED_DATA_DIR="$data"
java $flags -Xmx2g -jar "$jar" >"$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { tail -30 "$work/service.log"; echo "the service did not start"; exit 1; }
base="http://127.0.0.1:$PORT"

# the stored answers for the default requests are computed in the background after start, the analytics last:
# wait for them
start=$(date +%s)
for q in key-brokers communities influence; do
  until [ "$(curl -s -o /dev/null -m 60 -w '%{http_code}' "$base/api/queries/$q?limit=5")" = 200 ]; do
    [ $(( $(date +%s) - start )) -lt 3600 ] || { echo "analytics not ready after an hour"; exit 1; }
    sleep 10
  done
done
echo "stored answers ready $(( $(date +%s) - start )) s after the service started"

# one line per request: status, median and worst of RUNS runs (seconds), size of the answer (bytes)
measure() {
  local path=$1 times=() status size
  curl -s -o /dev/null -m 120 "$base$path" || true
  for _ in $(seq 1 "$RUNS"); do
    read -r status t size < <(curl -s -o /dev/null -m 120 -w '%{http_code} %{time_total} %{size_download}\n' "$base$path" || echo "000 120 0")
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v s="$status" -v b="$size" -v p="$path" \
    '{ v[NR] = $1 } END { printf "SCALE %-3s median %6.2f s  worst %6.2f s  %9d B  %s\n", s, v[int((NR + 1) / 2)], v[NR], b, p }'
}
# exports: time to the first byte and to the end, once (a whole network is large)
stream() {
  local path=$1
  curl -s -o /dev/null -m 600 -w "EXPORT %{http_code} first byte %{time_starttransfer} s  total %{time_total} s  %{size_download} B  $path\n" "$base$path" || true
}

echo "hub: $hub   state: $state   person: $person   ($RUNS runs per request)"
for q in "who-backed-whom" "who-backed-whom?statuses=confirmed&asOf=2021-09-01" "backers-of?actor=$hub" "backers-of?actor=$hub&maxHops=3" \
         "backed-by?actor=$state" "backed-by?actor=$hub&maxHops=3" "connection?from=$hub&to=$state" "ego-network?actor=$hub" \
         "ego-network?actor=$hub&depth=2" "actor-timeline?actor=$hub" "fled-to" "fled-to?actor=$person" "killed" "killed?actor=$hub" \
         "territorial-control" "contested-claims" "contested-claims?offset=800" "contested-claims?actor=$hub" "foreign-involvement" \
         "network-as-of?asOf=2021-09-01" "network-as-of?asOf=2021-09-01&statuses=confirmed&offset=5000" \
         "sources-for?from=$hub&to=$state" "key-brokers" "communities" "influence"; do
  measure "/api/queries/$q"
done
for p in "/api/entities?q=Brigade" "/api/entities/$hub" "/api/entities/$hub/timeline" "/api/connections?from=$hub&to=$state" \
         "/api/sources" "/api/sources?offset=5000" "/api/datasets" "/health" "/api/network/legend" "/api/network/overview" \
         "/api/network/overview?asOf=2020-06-01" "/api/network/expand?actor=$hub" \
         "/api/network?around=$state&depth=1&format=json"; do
  measure "$p"
done
for f in graphml gexf csv json; do stream "/api/network?format=$f"; done
rss=$(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$service/status")
echo "service peak RSS: $rss (heap capped at 2 GB, page cache $NEO4J_EMBEDDED_PAGE_CACHE)"

if [ -z "${SKIP_RATIO:-}" ]; then
  kill "$service"; wait "$service" 2>/dev/null || true; service=""
  # no background analytics during the comparison: it would take a core from both sides
  # 64 connections share 2 cores: a half-second query waits tens of seconds in line, so the read time limit and
  # wrk wait up to two minutes (on both sides alike)
  CONFLICTGRAPH_PRECOMPUTE_ABOVE=1000000000000 BENCH_DATA_DIR="$data" SERVICE_JAVA_OPTS="-Xmx2g" \
    NEO4J_QUERY_TIMEOUT=120s WRK_TIMEOUT=120s SECONDS_PER_RUN=${RATIO_SECONDS:-90} ROUNDS=${RATIO_ROUNDS:-3} WARMUP_SECONDS=${RATIO_WARMUP_SECONDS:-20} \
    BENCH_QUERIES="who-backed-whom connection?from=$hub&to=$state backers-of?actor=$hub" src/bench/bench-api.sh \
    | grep -E '^(RESULT|SUMMARY)'
fi
