package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.statement.Statement;
import org.conflictgraph.vocabulary.Vocabulary;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DOT for Graphviz: node shape and colour by entity type, edge line by claim status (solid confirmed,
 * dashed hedged, red denied), edges labelled with the vocabulary's human label.
 */
@Singleton
public final class DotExport implements NetworkExport {
    private final Vocabulary vocabulary;

    public DotExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "dot"; }

    @Override public String contentType() { return "text/vnd.graphviz; charset=utf-8"; }

    @Override public String fileName() { return "network.dot"; }

    @Override
    public void write(Network network, OutputStream out) {
        // entity ids are slugs with hyphens, which DOT only accepts quoted
        DOTExporter<Network.Node, Statement> exporter = new DOTExporter<>(n -> quoted(n.id()));
        exporter.setGraphIdProvider(() -> "ConflictGraph");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("overlap", DefaultAttribute.createAttribute("false"));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        exporter.setVertexAttributeProvider(n -> {
            NetworkStyle.NodeLook look = NetworkStyle.node(n.type());
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.name()));
            a.put("shape", DefaultAttribute.createAttribute(look.dotShape()));
            a.put("style", DefaultAttribute.createAttribute("filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(look.color()));
            a.put("tooltip", DefaultAttribute.createAttribute(n.type()));
            return a;
        });
        exporter.setEdgeAttributeProvider(s -> {
            NetworkStyle.EdgeLook look = NetworkStyle.edge(s.status());
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(Attributes.label(s, vocabulary)));
            a.put("style", DefaultAttribute.createAttribute(look.line()));
            a.put("color", DefaultAttribute.createAttribute(look.color()));
            a.put("fontcolor", DefaultAttribute.createAttribute(look.color()));
            a.put("tooltip", DefaultAttribute.createAttribute(s.id() + " (" + s.status() + ")"));
            return a;
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(network.graph(), writer);
    }

    private static String quoted(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
