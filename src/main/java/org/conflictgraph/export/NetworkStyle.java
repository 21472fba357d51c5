package org.conflictgraph.export;

import org.conflictgraph.vocabulary.Vocabulary;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a network looks in every drawing format (DOT, Cytoscape, the web view): the entity type picks a
 * node's shape and colour, the claim status an edge's line. The looks are declared once, beside the
 * types, in {@code seeds/vocabulary.yml}; the vocabulary refuses a type without one.
 */
public final class NetworkStyle {
    private NetworkStyle() {}

    /** A node look: DOT shape name, Cytoscape.js shape name, fill colour. */
    public record NodeLook(String dotShape, String cytoscapeShape, String color) {}

    /** An edge look: line style (solid, dashed, dotted) and colour. */
    public record EdgeLook(String line, String color) {}

    /** The base look under the typed ones (a Cytoscape style needs one); no declared type draws with it. */
    static final NodeLook OTHER_NODE = new NodeLook("ellipse", "ellipse", "#bab0ac");

    private static final Vocabulary VOCABULARY = Vocabulary.load();

    static final Map<String, NodeLook> NODES = VOCABULARY.entityTypes().stream().collect(Collectors.toUnmodifiableMap(
            Vocabulary.EntityType::name, t -> new NodeLook(t.look().dotShape(), t.look().shape(), t.look().color())));

    static final Map<String, EdgeLook> EDGES = VOCABULARY.claimStatuses().stream().collect(Collectors.toUnmodifiableMap(
            Vocabulary.ClaimStatus::name, s -> new EdgeLook(s.look().line(), s.look().color())));

    public static NodeLook node(String entityType) {
        return NODES.getOrDefault(entityType, OTHER_NODE);
    }

    public static EdgeLook edge(String status) {
        return EDGES.getOrDefault(status, new EdgeLook("dotted", "#444444"));
    }
}
