#!/usr/bin/env bash
# Times the whole-network exports of a running service, format by format: first byte, total and size (curl),
# and the service's peak resident memory and heap after each (from /proc and jcmd). Then checks the GraphML
# file with networkx. The service should be started with -Xmx2g on a large dataset first, for example:
#
#   java -jar target/conflict-graph.jar generate --statements 1000000 --entities 200000 --seed 42 /tmp/gen1m
#   NEO4J_EMBEDDED_DATA_DIR=/tmp/big java -jar target/conflict-graph.jar import seeds/panjshir /tmp/gen1m
#   NEO4J_EMBEDDED_DATA_DIR=/tmp/big PORT=18410 java -Xmx2g -jar target/conflict-graph.jar &
#   src/bench/bench-export.sh http://localhost:18410 <service pid> /tmp/export-files
#
# FORMATS (default: json graphml gexf csv dot cytoscape) chooses the formats; each export must end within
# MAX_SECONDS (default 900). With GC_LOG set to the service's -Xlog:gc file, it also prints the largest heap
# left after a collection (what the service really holds) over the whole run.
set -euo pipefail
URL=${1:?usage: bench-export.sh SERVICE_URL SERVICE_PID OUT_DIR}
PID=${2:?usage: bench-export.sh SERVICE_URL SERVICE_PID OUT_DIR}
OUT=${3:?usage: bench-export.sh SERVICE_URL SERVICE_PID OUT_DIR}
FORMATS=${FORMATS:-json graphml gexf csv dot cytoscape}
MAX_SECONDS=${MAX_SECONDS:-900}
mkdir -p "$OUT"

heap() {  # the heap in use (garbage included) and committed, right after the export
  jcmd "$PID" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2 \1/p' | head -1 |
    awk '{printf "%.0f of %.0f MB", $1 / 1024, $2 / 1024}'
}

echo "legend: $(curl -s -o /dev/null -w '%{http_code} %{time_total} s %{size_download} bytes' "$URL/api/network/legend")"
printf '| format | HTTP | first byte (s) | total (s) | size (MB) | service peak RSS (MB) | heap in use after |\n|---|---|---|---|---|---|---|\n'
for format in $FORMATS; do
  file="$OUT/network.$format"
  timing=$(curl -s -m "$MAX_SECONDS" -o "$file" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
    "$URL/api/network?format=$format" || echo "cut $?")
  read -r code first total size <<<"$timing"
  peak=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
  printf '| %s | %s | %s | %s | %.1f | %s | %s |\n' "$format" "$code" "$first" "$total" "$(echo "${size:-0} / 1048576" | bc -l)" \
    "$peak" "$(heap)"
done
if [[ -n "${GC_LOG:-}" ]]; then
  echo "largest heap after a collection: $(grep -o -- '->[0-9]*M' "$GC_LOG" | tr -d '>M-' | sort -n | tail -1) MB"
fi
if [[ -f "$OUT/network.graphml" ]]; then
  # the whole file, read as a stream (a DOM of it would need many times its size): well-formed, and how many
  python3 - "$OUT/network.graphml" <<'PY'
import sys, time, xml.sax
class Count(xml.sax.ContentHandler):
    nodes = edges = 0
    def startElement(self, name, attrs):
        if name == "node": self.nodes += 1
        elif name == "edge": self.edges += 1
t = time.time(); c = Count(); xml.sax.parse(sys.argv[1], c)
print(f"{sys.argv[1]} is well-formed XML: {c.nodes} nodes, {c.edges} edges ({time.time() - t:.0f} s)")
PY
fi
# networkx holds a whole graph in memory, so it reads a filtered export of the same database, also streamed
if python3 -c 'import networkx' 2>/dev/null; then
  curl -s -o "$OUT/filtered.graphml" "$URL/api/network?format=graphml&${NETWORKX_FILTER:-types=CAPTURED}"
  python3 - "$OUT/filtered.graphml" <<'PY'
import sys, time, networkx as nx
t = time.time()
g = nx.read_graphml(sys.argv[1])
print(f"networkx reads {sys.argv[1]}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({time.time() - t:.0f} s)")
PY
fi
