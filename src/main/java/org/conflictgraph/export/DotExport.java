package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DOT for Graphviz: node shape and colour by entity type, edge line by claim status (solid confirmed,
 * dashed hedged, red denied), edges labelled with the vocabulary's human label. DOT lists nodes and edges
 * one a line, so it streams like the other formats (the layout JGraphT's DOT exporter wrote before).
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
    public void write(NetworkSource network, OutputStream out) throws IOException {
        Writer dot = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        dot.write("digraph ConflictGraph {\n  overlap=false;\n  fontname=Helvetica;\n");
        dot.flush();
        network.nodes((n, start) -> {
            NetworkStyle.NodeLook look = NetworkStyle.node(n.type());
            Map<String, String> a = new LinkedHashMap<>();
            a.put("label", n.name());
            a.put("shape", look.dotShape());
            a.put("style", "filled");
            a.put("fillcolor", look.color());
            a.put("tooltip", n.type());
            dot.write("  " + quoted(n.id()) + attributes(a) + ";\n");
        });
        network.statements(s -> {
            NetworkStyle.EdgeLook look = NetworkStyle.edge(s.status());
            Map<String, String> a = new LinkedHashMap<>();
            a.put("label", Attributes.label(s, vocabulary));
            a.put("style", look.line());
            a.put("color", look.color());
            a.put("fontcolor", look.color());
            a.put("tooltip", s.id() + " (" + s.status() + ")");
            dot.write("  " + quoted(s.subject().id()) + " -> " + quoted(s.object().id()) + attributes(a) + ";\n");
        });
        dot.write("}\n");
        dot.flush();
    }

    private static String attributes(Map<String, String> a) {
        StringBuilder b = new StringBuilder(" [ ");
        a.forEach((k, v) -> b.append(k).append('=').append(quoted(v == null ? "" : v)).append(' '));
        return b.append(']').toString();
    }

    /** A DOT string: entity ids are slugs with hyphens, which DOT only accepts quoted. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
