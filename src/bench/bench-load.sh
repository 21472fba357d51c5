#!/usr/bin/env bash
# Load benchmark: generates a dataset with the project's own generator, then loads the same files three ways in
# one run and prints rows/s, the ratios and the peak resident memory of each:
#   (a) online: `load DIR` (loader JVM at -Xmx2g) into a running service's embedded database, through Bolt;
#   (b) bulk:   `import DIR` into a new, empty embedded database (validation, conversion, neo4j-admin import,
#               then the schema and the full-text index);
#   (c) neo4j-admin database import full itself, on the CSV files (b) wrote: the baseline.
# Everything runs on loopback ports of its own and throw-away folders, deleted at the end.
#
#   src/bench/bench-load.sh                      # 1,000,000 statements, 200,000 entities
#   STATEMENTS=100000 src/bench/bench-load.sh    # a quicker look
#   JAR=/tmp/main.jar src/bench/bench-load.sh    # another build of the service (a baseline), same steps
set -euo pipefail
cd "$(dirname "$0")/../.."

STATEMENTS=${STATEMENTS:-1000000}
ENTITIES=${ENTITIES:-$((STATEMENTS / 5))}
LOADER_HEAP=${LOADER_HEAP:-2g}
PORT=${BENCH_PORT:-19180}
BOLT=${BENCH_BOLT_PORT:-19787}
HTTP=${BENCH_HTTP_PORT:-19574}
jar=${JAR:-target/conflict-graph.jar}
[ -f "$jar" ] || mvn -q -B -DskipTests package
# the JVM flags the embedded database needs, from the pom (or JVM_FLAGS, to run beside a Maven build)
flags=${JVM_FLAGS:-$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=neo4j.jvm.flags -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g")}

work=$(mktemp -d /tmp/conflict-graph-bench-load.XXXXXX)
service=""
cleanup() {
  if [ -n "$service" ]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# peak RSS in MB of a command run under GNU time
peak() { awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$1"; }
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$1"; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian package time)"; exit 1; }

data="$work/gen/bench"
echo "generating $STATEMENTS statements, $ENTITIES entities ..."
java -jar "$jar" generate --statements "$STATEMENTS" --entities "$ENTITIES" --seed 42 "$data" | tail -n +1 | head -3
rows=$(( $(wc -l < "$data/sources.csv") + $(wc -l < "$data/entities.csv") + $(wc -l < "$data/relationships.csv") - 3 ))
echo "rows: $rows (sources + entities + statements)"

export NEO4J_EMBEDDED_BOLT_PORT=$BOLT NEO4J_EMBEDDED_HTTP_PORT=$HTTP PORT=$PORT

# (b) the bulk path, keeping the importer's files for (c)
export NEO4J_EMBEDDED_DATA_DIR="$work/bulk"
/usr/bin/time -v java $flags -Xmx"$LOADER_HEAP" -jar "$jar" import --keep-files "$work/csv" "$data" >"$work/b.log" 2>&1 \
  || { grep -v "^	" "$work/b.log" | tail -20; echo "the bulk import failed"; exit 1; }
grep '^Imported' "$work/b.log"
grep -E '\(done\)|After the import' "$work/b.log" | sed -E 's/.*(Progress|GraphLoader) - /    /' || true

# (c) neo4j-admin database import full itself, on the same converted files
mkdir -p "$work/admin-home/conf"
printf 'server.directories.data=%s\nserver.directories.logs=%s\n' "$work/admin" "$work/admin-home/logs" >"$work/admin-home/conf/neo4j.conf"
mapfile -t args <"$work/csv/import.args"   # the very arguments (b) ran the importer with
NEO4J_HOME="$work/admin-home" NEO4J_CONF="$work/admin-home/conf" /usr/bin/time -v java $flags -cp "$jar" org.neo4j.cli.AdminTool \
  "${args[@]}" >"$work/c.log" 2>&1 || { grep -v "^	" "$work/c.log" | tail -20; echo "neo4j-admin import failed"; exit 1; }
rm -rf "$work/admin" "$work/bulk"

# (a) online, into the running service's embedded database
export NEO4J_EMBEDDED_DATA_DIR="$work/online"
java $flags -jar "$jar" >"$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 180); do curl -sf "http://localhost:$PORT/health" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$PORT/health" >/dev/null || { tail -20 "$work/service.log"; echo "the service did not start"; exit 1; }
service_before=$(awk '/VmHWM/ {print int($2 / 1024)}' /proc/$service/status)
/usr/bin/time -v java -Xmx"$LOADER_HEAP" -jar "$jar" load "$data" >"$work/a.log" 2>&1 \
  || { grep -v "^	" "$work/a.log" | tail -20; echo "the online load failed"; exit 1; }
grep '^Loaded' "$work/a.log"
grep -E '\(done\)' "$work/a.log" | sed 's/.*Progress - /    /' || true
service_peak=$(awk '/VmHWM/ {print int($2 / 1024)}' /proc/$service/status)
curl -s "http://localhost:$PORT/api/datasets" | grep -q '"name":"bench"' || { echo "the service does not list the dataset"; exit 1; }

ta=$(seconds "$work/a.log"); tb=$(seconds "$work/b.log"); tc=$(seconds "$work/c.log")
ra=$(awk -v r="$rows" -v t="$ta" 'BEGIN {printf "%d", r / t}')
rb=$(awk -v r="$rows" -v t="$tb" 'BEGIN {printf "%d", r / t}')
rc=$(awk -v r="$rows" -v t="$tc" 'BEGIN {printf "%d", r / t}')
echo
printf '%-58s %9s %10s %12s %14s\n' "path ($rows rows)" seconds rows/s "vs (c)" "peak RSS MB"
printf '%-58s %9s %10s %12s %14s\n' "(a) online load into the running service (loader)" "$ta" "$ra" \
  "$(awk -v a="$ra" -v c="$rc" 'BEGIN {printf "%.2f", a / c}')" "$(peak "$work/a.log")"
printf '%-58s %9s %10s %12s %14s\n' "    the service with its database, during (a)" "" "" "" "$service_peak (was $service_before)"
printf '%-58s %9s %10s %12s %14s\n' "(b) import into a new embedded database (all of it)" "$tb" "$rb" \
  "$(awk -v a="$rb" -v c="$rc" 'BEGIN {printf "%.2f", a / c}')" "$(peak "$work/b.log")"
printf '%-58s %9s %10s %12s %14s\n' "(c) neo4j-admin database import full, same files" "$tc" "$rc" "1.00" "$(peak "$work/c.log")"
# the importer alone leaves a database without its indexes; (b) builds them: add (b)'s own index time to (c)
ti=$(grep '^Imported' "$work/b.log" | sed -E 's/.*\+ ([0-9,]+) ms \(indexes\).*/\1/' | tr -d ,)
tci=$(awk -v c="$tc" -v i="$ti" 'BEGIN {printf "%.1f", c + i / 1000}')
rci=$(awk -v r="$rows" -v t="$tci" 'BEGIN {printf "%d", r / t}')
printf '%-58s %9s %10s %12s %14s\n' "(c') (c) plus the index build (b) measured (derived)" "$tci" "$rci" \
  "$(awk -v a="$rci" -v c="$rc" 'BEGIN {printf "%.2f", a / c}')" ""
echo "(b) against (c'): $(awk -v a="$rb" -v c="$rci" 'BEGIN {printf "%.2f", a / c}')"
echo "RESULT online_rows_per_s=$ra bulk_rows_per_s=$rb admin_rows_per_s=$rc online_ratio=$(awk -v a="$ra" -v c="$rc" 'BEGIN {printf "%.2f", a / c}') bulk_ratio=$(awk -v a="$rb" -v c="$rc" 'BEGIN {printf "%.2f", a / c}')"
