package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GraphML, for yEd, Gephi and networkx: every node and edge attribute as a declared string key. Written with
 * StAX as the network streams: the keys, then each node, then each statement as an edge.
 */
@Singleton
public final class GraphMlExport implements NetworkExport {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** Attribute name to key id; a name both nodes and edges use ("type") is one key, for all. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        for (String name : Attributes.NODE) {
            KEYS.put(name, "key" + KEYS.size());
        }
        for (String name : Attributes.EDGE) {
            KEYS.putIfAbsent(name, "key" + KEYS.size());
        }
    }

    private final Vocabulary vocabulary;

    public GraphMlExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "graphml"; }

    @Override public String contentType() { return "application/graphml+xml"; }

    @Override public String fileName() { return "network.graphml"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        XmlOut xml = XmlOut.open(out).root("graphml", NAMESPACE, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (Map.Entry<String, String> key : KEYS.entrySet()) {
            boolean node = Attributes.NODE.contains(key.getKey());
            boolean edge = Attributes.EDGE.contains(key.getKey());
            xml.empty("key").attribute("id", key.getValue()).attribute("for", node && edge ? "all" : node ? "node" : "edge")
                    .attribute("attr.name", key.getKey()).attribute("attr.type", "string");
        }
        xml.start("graph").attribute("edgedefault", "directed");
        xml.flush();
        network.nodes((n, start) -> {
            xml.start("node").attribute("id", n.id());
            data(xml, Attributes.node(n));
            xml.end();
        });
        network.statements(s -> {
            xml.start("edge").attribute("id", s.id()).attribute("source", s.subject().id()).attribute("target", s.object().id());
            data(xml, Attributes.edge(s, vocabulary));
            xml.end();
        });
        xml.finish();
        out.write('\n');
    }

    private static void data(XmlOut xml, Map<String, String> values) throws IOException {
        for (Map.Entry<String, String> v : values.entrySet()) {
            xml.text("data", v.getValue(), "key", KEYS.get(v.getKey()));
        }
    }
}
