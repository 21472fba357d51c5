package org.conflictgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cytoscape JSON, the {@code elements} format that both Cytoscape desktop (File, Import, Network) and
 * Cytoscape.js read, with the matching style under {@code style}. Written with a Jackson generator, one
 * element at a time: the elements come before the style, which does not depend on the network.
 */
@Singleton
public final class CytoscapeExport implements NetworkExport {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Vocabulary vocabulary;

    public CytoscapeExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "cytoscape"; }

    @Override public String contentType() { return "application/json"; }

    @Override public String fileName() { return "network.cyjs"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "conflict-graph");
            json.writeStringField("target_cytoscapejs_version", "~3.33");
            json.writeObjectField("data", Map.of("name", "Conflict Graph network"));
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            json.flush();
            network.nodes((n, start) -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", n.id());
                data.putAll(Attributes.node(n));
                JSON.writeValue(json, Map.of("data", data));
            });
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            network.statements(s -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", s.id());
                data.put("source", s.subject().id());
                data.put("target", s.object().id());
                // "interaction" is the edge type column Cytoscape desktop shows
                data.put("interaction", s.type());
                data.putAll(Attributes.edge(s, vocabulary));
                data.put("symmetric", vocabulary.relationshipType(s.type()).map(Vocabulary.RelationshipType::symmetric).orElse(false));
                JSON.writeValue(json, Map.of("data", data));
            });
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectField("style", style());
            json.writeEndObject();
        }
    }

    /**
     * The Cytoscape.js style: node shape and colour by entity type, edge line by claim status, labels
     * from the data. The same list, titled, is what Cytoscape desktop imports as a style file.
     */
    static List<Map<String, Object>> style() {
        List<Map<String, Object>> style = new ArrayList<>();
        // labels appear once zoomed in far enough to read them
        style.add(rule("node", "label", "data(name)", "font-size", 9, "text-valign", "bottom",
                "text-margin-y", 2, "width", 18, "height", 18, "border-width", 1, "border-color", "#333333",
                "background-color", NetworkStyle.OTHER_NODE.color(), "min-zoomed-font-size", 7));
        NetworkStyle.NODES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> style.add(
                rule("node[type = \"" + e.getKey() + "\"]",
                        "shape", e.getValue().cytoscapeShape(), "background-color", e.getValue().color())));
        // parallel statements fan out as separate curves; a small step keeps a pair's dozens of
        // statements in a tight bundle
        style.add(rule("edge", "curve-style", "bezier", "control-point-step-size", 5, "width", 1.2,
                "target-arrow-shape", "triangle", "arrow-scale", 0.7, "label", "data(label)", "font-size", 7,
                "text-rotation", "autorotate", "color", "#555555", "min-zoomed-font-size", 8));
        style.add(rule("edge[?symmetric]", "target-arrow-shape", "none"));
        NetworkStyle.EDGES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> style.add(
                rule("edge[status = \"" + e.getKey() + "\"]", "line-style", e.getValue().line(),
                        "line-color", e.getValue().color(), "target-arrow-color", e.getValue().color())));
        style.add(rule(":selected", "overlay-color", "#1f77b4", "overlay-opacity", 0.25));
        return style;
    }

    /** A style rule: a selector and its properties as name, value pairs. */
    private static Map<String, Object> rule(String selector, Object... properties) {
        Map<String, Object> css = new java.util.TreeMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            css.put((String) properties[i], properties[i + 1]);
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("selector", selector);
        rule.put("css", css);
        return rule;
    }
}
