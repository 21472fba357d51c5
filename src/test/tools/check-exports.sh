#!/bin/sh
# Checks the network exports and the web view of a running service with the real tools:
# networkx (GraphML, GEXF counts against the database), Graphviz (dot -Tsvg) and headless Chromium.
# Usage: src/test/tools/check-exports.sh [SERVICE_URL] [NEO4J_HTTP_URL] [OUT_DIR]
#   defaults: http://localhost:8080 http://127.0.0.1:7474 /tmp/conflict-graph-check
# Needs the Debian packages graphviz, python3-networkx and chromium.
set -eu
missing=""
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"
python3 -c 'import networkx' 2>/dev/null || missing="$missing python3-networkx"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
if [ -n "$missing" ]; then
  echo "Missing tools; install them with: apt-get install$missing" >&2
  exit 2
fi
exec python3 "$(dirname "$0")/check_exports.py" "$@"
