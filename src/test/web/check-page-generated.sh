#!/usr/bin/env bash
# The web view's Chromium check on a generated dataset: generates 50,000 statements among 10,000 entities
# (seed 42), imports them into a new embedded database (the bulk path), starts that database and, beside it,
# the service pointed at it through Bolt, then runs check-page.mjs against the service. The database runs in
# a process of its own so that the check can stop it and start it again: the page must then show the
# service's real 503 and a Retry that works.
#
# Usage: src/test/web/check-page-generated.sh [OUT_DIR]     (needs target/conflict-graph.jar: mvn package)
# Environment: STATEMENTS (50000), ENTITIES (10000), PORT (18512: the service the page talks to),
# DB_PORT (18513), BOLT_PORT (18588), DB_HTTP_PORT (18575): the database's process. Exit status 0 when every
# check passes.
set -euo pipefail
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$0")/../../.."
JAR=target/conflict-graph.jar
JAVA=(java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED)
PORT="${PORT:-18512}"
DB_PORT="${DB_PORT:-18513}"
BOLT_PORT="${BOLT_PORT:-18588}"
DB_HTTP_PORT="${DB_HTTP_PORT:-18575}"

up() { # URL: waits until its /health answers
  for _ in $(seq 1 240); do curl -sf "$1/health" >/dev/null && return 0; sleep 1; done
  echo "$1 did not start"; return 1
}

# the database: the embedded Neo4j, in a service of its own that loads nothing; its id goes to WORK/database.pid
if [ "${1:-}" = "--database-up" ]; then
  work="$2"
  NEO4J_EMBEDDED_DATA_DIR="$work/neo4j" NEO4J_EMBEDDED_BOLT_PORT="$BOLT_PORT" NEO4J_EMBEDDED_HTTP_PORT="$DB_HTTP_PORT" \
    PORT="$DB_PORT" CONFLICTGRAPH_SEED_AUTO_LOAD=false CONFLICTGRAPH_VIEW_WARM_UP=false \
    setsid "${JAVA[@]}" -Xmx1g -jar "$JAR" >>"$work/database.log" 2>&1 </dev/null &
  echo $! >"$work/database.pid"
  up "http://localhost:$DB_PORT"
  exit 0
fi
if [ "${1:-}" = "--database-down" ]; then
  pid="$(cat "$2/database.pid")"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  exit 0
fi

OUT="${1:-$(mktemp -d)}"
STATEMENTS="${STATEMENTS:-50000}"
ENTITIES="${ENTITIES:-10000}"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -DskipTests package first"; exit 1; }
work="$(mktemp -d /tmp/check-page-generated.XXXXXX)"
mkdir -p "$OUT"
service=""
cleanup() {
  [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  [ -f "$work/database.pid" ] && "$self" --database-down "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start=$SECONDS
"${JAVA[@]}" -Xmx512m -jar "$JAR" generate --statements "$STATEMENTS" --entities "$ENTITIES" --seed 42 "$work/gen50k" | head -1
NEO4J_EMBEDDED_DATA_DIR="$work/neo4j" NEO4J_EMBEDDED_BOLT_PORT="$BOLT_PORT" NEO4J_EMBEDDED_HTTP_PORT="$DB_HTTP_PORT" PORT="$DB_PORT" \
  "${JAVA[@]}" -Xmx1g -jar "$JAR" import "$work/gen50k" >"$work/import.log" 2>&1 || { cat "$work/import.log"; echo "the import failed"; exit 1; }
grep -a '^Imported' "$work/import.log"
"$self" --database-up "$work"
# the service the page talks to, on that database through Bolt
NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" PORT="$PORT" CONFLICTGRAPH_SEED_AUTO_LOAD=false \
  "${JAVA[@]}" -Xmx1g -jar "$JAR" >"$work/service.log" 2>&1 &
service=$!
up "http://localhost:$PORT"
# ready means the opening view and the slider's days are read (the service reads them ahead, as after a load)
curl -sf -m 170 "http://localhost:$PORT/api/network/legend" >/dev/null
curl -sf -m 170 "http://localhost:$PORT/api/network/overview" >/dev/null
echo "generated, imported and started in $((SECONDS - start)) s"

node --experimental-websocket src/test/web/check-page.mjs "http://localhost:$PORT" "$OUT" \
  --down "$self --database-down $work" --up "$self --database-up $work"
