#!/usr/bin/env python3
"""Checks the network exports of a running service with the real tools, against the database itself.

For several filters it downloads GET /api/network as GraphML and GEXF, reads both with networkx and
compares their node and edge counts with counts computed here from the raw statements in Neo4j (read
through Neo4j's own HTTP API, not through the service); renders the DOT export with Graphviz
(dot -Tsvg); and opens the web page in headless Chromium, reading the number of actors and ties it drew
(the most central actors, one tie per direction and family) and taking a screenshot.

Usage: check_exports.py [SERVICE_URL] [NEO4J_HTTP_URL] [OUT_DIR]
  defaults: http://localhost:8080  http://127.0.0.1:7474  /tmp/conflict-graph-check
  NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE are used if set.
Exit status 0 when every check passes.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

import networkx as nx

SERVICE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
NEO4J = sys.argv[2].rstrip("/") if len(sys.argv) > 2 else "http://127.0.0.1:7474"
OUT = sys.argv[3] if len(sys.argv) > 3 else "/tmp/conflict-graph-check"
DATABASE = os.environ.get("NEO4J_DATABASE", "neo4j")

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# The filters to check: request parameters, and the same filter applied here by hand.
CASES = [
    {},
    {"asOf": "2021-08-20", "mode": "certain"},
    {"asOf": "2021-09-06", "mode": "possible", "statuses": "confirmed,claimed"},
    {"types": "Faction,State,Person,SUPPORTED,FOUGHT,LEADS"},
    {"around": "nrf", "depth": "2"},
    {"around": "amrullah-saleh", "depth": "1", "statuses": "confirmed"},
]

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def get(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def database_statements():
    """Every statement between two entities, straight from Neo4j."""
    query = ("MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id, s.type, o.id, o.type, r.id, type(r), r.status, "
             "toString(r.date), toString(r.dateEnd)")
    body = json.dumps({"statements": [{"statement": query}]}).encode()
    request = urllib.request.Request(f"{NEO4J}/db/{DATABASE}/tx/commit", body,
                                     {"Content-Type": "application/json", "Accept": "application/json"})
    if os.environ.get("NEO4J_USERNAME"):
        token = f"{os.environ['NEO4J_USERNAME']}:{os.environ.get('NEO4J_PASSWORD', '')}".encode()
        request.add_header("Authorization", "Basic " + base64.b64encode(token).decode())
    answer = json.load(urllib.request.urlopen(request, timeout=60))
    if answer["errors"]:
        sys.exit(f"Neo4j answered {answer['errors']}")
    keys = ["s", "sType", "o", "oType", "id", "type", "status", "date", "dateEnd"]
    return [dict(zip(keys, row["row"])) for row in answer["results"][0]["data"]]


def kept_statements(statements, case, entity_types, relationship_types):
    """The filter applied by hand: statuses, types (both ends), asOf/mode."""
    statuses = set(filter(None, case.get("statuses", "").split(",")))
    types = set(filter(None, case.get("types", "").split(",")))
    ents, rels = types & entity_types, types & relationship_types
    as_of, mode = case.get("asOf"), case.get("mode", "certain")

    def keep(s):
        if statuses and s["status"] not in statuses:
            return False
        if rels and s["type"] not in rels:
            return False
        if ents and not (s["sType"] in ents and s["oType"] in ents):
            return False
        if as_of and s["date"] is not None:
            return (s["date"] if mode == "possible" else s["dateEnd"]) <= as_of
        return True

    return [s for s in statements if keep(s)]


def expected_counts(statements, case, entity_types, relationship_types):
    """The filter, then around/depth: the network export's nodes and edges."""
    kept = kept_statements(statements, case, entity_types, relationship_types)
    if "around" not in case:
        return len({s["s"] for s in kept} | {s["o"] for s in kept}), len(kept)
    graph = nx.Graph()
    graph.add_node(case["around"])
    graph.add_edges_from((s["s"], s["o"]) for s in kept)
    members = set(nx.ego_graph(graph, case["around"], radius=int(case["depth"])).nodes)
    return len(members), len([s for s in kept if s["s"] in members and s["o"] in members])


def main():
    os.makedirs(OUT, exist_ok=True)
    legend = json.loads(get(f"{SERVICE}/api/network/legend"))
    entity_types = {t["name"] for t in legend["entityTypes"]}
    relationship_types = {t["name"] for t in legend["relationshipTypes"]}
    statements = database_statements()
    print(f"database: {len(statements)} statements between entities")

    for case in CASES:
        nodes, edges = expected_counts(statements, case, entity_types, relationship_types)
        query = urllib.parse.urlencode(case)
        label = query or "(no filter)"
        for fmt in ("graphml", "gexf"):
            path = os.path.join(OUT, f"network-{len(failures)}-{abs(hash(query))}.{fmt}")
            with open(path, "wb") as f:
                f.write(get(f"{SERVICE}/api/network?format={fmt}&{query}"))
            graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
            check(graph.number_of_nodes() == nodes and graph.number_of_edges() == edges,
                  f"networkx reads {fmt} for {label}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges;"
                  f" database {nodes}, {edges}")
        dot = get(f"{SERVICE}/api/network?format=dot&{query}")
        svg = os.path.join(OUT, f"network-{abs(hash(query))}.svg")
        run = subprocess.run(["dot", "-Tsvg", "-o", svg], input=dot, capture_output=True, timeout=300)
        check(run.returncode == 0 and os.path.getsize(svg) > 0,
              f"dot -Tsvg renders the DOT export for {label} ({os.path.getsize(svg) if os.path.exists(svg) else 0} bytes)"
              + (f": {run.stderr.decode()[:300]}" if run.returncode else ""))

    # the whole network streams: no length up front, the body sent in chunks as it is written
    with urllib.request.urlopen(f"{SERVICE}/api/network?format=graphml", timeout=120) as response:
        headers = response.headers
        response.read()
    check(headers.get("Transfer-Encoding") == "chunked" and headers.get("Content-Length") is None,
          f"the whole-network export streams (Transfer-Encoding {headers.get('Transfer-Encoding')}, "
          f"Content-Length {headers.get('Content-Length')})")

    families = {t["name"]: t["family"] for t in legend["relationshipTypes"]}
    check_page(statements, entity_types, relationship_types, families)
    print(f"\n{len(failures)} failure(s); files in {OUT}")
    sys.exit(1 if failures else 0)


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def expected_view(statements, case, entity_types, relationship_types, families):
    """The web view's opening view by hand: the `limit` entities with the most statements (ties broken by
    id), and one tie per direction and relationship family among them."""
    kept = kept_statements(statements, case, entity_types, relationship_types)
    degree = {}
    for s in kept:
        degree[s["s"]] = degree.get(s["s"], 0) + 1
        degree[s["o"]] = degree.get(s["o"], 0) + 1
    top = set(sorted(degree, key=lambda e: (-degree[e], e))[:int(case.get("limit", 150))])
    ties = {(s["s"], s["o"], families[s["type"]]) for s in kept if s["s"] in top and s["o"] in top}
    return len(top), len(ties)


def check_page(statements, entity_types, relationship_types, families):
    browser = chromium()
    if not browser:
        check(False, "headless Chromium is not installed (apt-get install chromium)")
        return
    for case, name in (({}, "page"), ({"limit": "50", "statuses": "confirmed"}, "page-confirmed")):
        nodes, ties = expected_view(statements, case, entity_types, relationship_types, families)
        url = f"{SERVICE}/?{urllib.parse.urlencode(case)}"
        with tempfile.TemporaryDirectory() as profile:
            dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=60000",
                                  "--dump-dom", url], capture_output=True, timeout=180).stdout.decode()
        match = re.search(r'<body[^>]*data-nodes="(\d*)" data-edges="(\d*)"', dom)
        drawn = (int(match.group(1)), int(match.group(2))) if match and match.group(1) else (-1, -1)
        check(drawn == (nodes, ties), f"Chromium: the page at {url} drew {drawn[0]} actors and {drawn[1]} ties;"
              f" database {nodes}, {ties}")
        png = os.path.join(OUT, f"{name}.png")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=60000",
                            "--window-size=1400,900", f"--screenshot={png}", url], capture_output=True, timeout=180)
        check(os.path.exists(png) and os.path.getsize(png) > 10000, f"Chromium: screenshot {png}")


if __name__ == "__main__":
    main()
