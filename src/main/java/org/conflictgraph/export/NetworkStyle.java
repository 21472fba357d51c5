package org.conflictgraph.export;

import java.util.Map;

/**
 * How a network looks, declared once for every drawing format (DOT, Cytoscape, the web view's legend):
 * the entity type picks a node's shape and colour, the claim status an edge's line.
 */
public final class NetworkStyle {
    private NetworkStyle() {}

    /** A node look: DOT shape name, Cytoscape.js shape name, fill colour. */
    public record NodeLook(String dotShape, String cytoscapeShape, String color) {}

    /** An edge look: line style (solid, dashed, dotted) and colour. */
    public record EdgeLook(String line, String color) {}

    static final NodeLook OTHER_NODE = new NodeLook("ellipse", "ellipse", "#bab0ac");

    static final Map<String, NodeLook> NODES = Map.of(
            "Person", new NodeLook("ellipse", "ellipse", "#4e79a7"),
            "Faction", new NodeLook("hexagon", "hexagon", "#e15759"),
            "State", new NodeLook("box", "rectangle", "#59a14f"),
            "Organization", new NodeLook("diamond", "diamond", "#f28e2b"),
            "Location", new NodeLook("triangle", "triangle", "#b07aa1"));

    /** Confirmed is solid; every hedged status is dashed; denied is red. */
    static final Map<String, EdgeLook> EDGES = Map.of(
            "confirmed", new EdgeLook("solid", "#444444"),
            "reported", new EdgeLook("dashed", "#444444"),
            "claimed", new EdgeLook("dashed", "#444444"),
            "alleged", new EdgeLook("dashed", "#444444"),
            "unconfirmed", new EdgeLook("dashed", "#444444"),
            "denied", new EdgeLook("dashed", "#d62728"));

    public static NodeLook node(String entityType) {
        return NODES.getOrDefault(entityType, OTHER_NODE);
    }

    public static EdgeLook edge(String status) {
        return EDGES.getOrDefault(status, new EdgeLook("dotted", "#444444"));
    }
}
