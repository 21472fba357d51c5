package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.statement.Statement;
import org.conflictgraph.vocabulary.Vocabulary;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** GraphML, for yEd, Gephi and networkx: every node and edge attribute as a declared string key. */
@Singleton
public final class GraphMlExport implements NetworkExport {
    private final Vocabulary vocabulary;

    public GraphMlExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "graphml"; }

    @Override public String contentType() { return "application/graphml+xml"; }

    @Override public String fileName() { return "network.graphml"; }

    @Override
    public void write(Network network, OutputStream out) {
        GraphMLExporter<Network.Node, Statement> exporter = new GraphMLExporter<>(Network.Node::id);
        exporter.setEdgeIdProvider(Statement::id);
        // JGraphT keys attributes by name alone, so a name both nodes and edges use ("type") is one key for all
        for (String name : Attributes.NODE) {
            exporter.registerAttribute(name, Attributes.EDGE.contains(name)
                    ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String name : Attributes.EDGE) {
            if (!Attributes.NODE.contains(name)) {
                exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
            }
        }
        exporter.setVertexAttributeProvider(n -> attributes(Attributes.node(n)));
        exporter.setEdgeAttributeProvider(s -> attributes(Attributes.edge(s, vocabulary)));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(network.graph(), writer);
    }

    static Map<String, org.jgrapht.nio.Attribute> attributes(Map<String, String> values) {
        Map<String, org.jgrapht.nio.Attribute> a = new LinkedHashMap<>();
        values.forEach((k, v) -> a.put(k, DefaultAttribute.createAttribute(v)));
        return a;
    }
}
