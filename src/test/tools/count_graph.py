#!/usr/bin/env python3
"""Reads a GraphML or GEXF export with networkx and prints "<nodes> <edges>".

Usage: count_graph.py graphml|gexf FILE
Parallel edges count one by one (networkx reads both formats as a MultiDiGraph when the file has any).
"""
import sys

import networkx as nx


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "graphml":
        graph = nx.read_graphml(path)
    elif fmt == "gexf":
        graph = nx.read_gexf(path)
    else:
        sys.exit("unknown format " + fmt)
    print(graph.number_of_nodes(), graph.number_of_edges())


if __name__ == "__main__":
    main()
