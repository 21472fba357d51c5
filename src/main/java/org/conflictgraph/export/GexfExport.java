package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GEXF 1.3 for Gephi, dynamic: each statement's {@code date}..{@code dateEnd} is its edge's time interval, so
 * Gephi's timeline plays the conflict out day by day; a node whose statements are all dated starts at the
 * first of them. Written with StAX as the network streams.
 *
 * <p>Gephi merges parallel edges of the same kind on import; a kind per statement keeps a confirmed and a
 * denied statement about the same pair apart. GEXF reserves "label" (the node's name, the edge's human
 * label) and, on edges, "type" (directed or not): the statement's own type travels as "relationship".
 */
@Singleton
public final class GexfExport implements NetworkExport {
    static final String NAMESPACE = "http://gexf.net/1.3";

    /** The declared attributes, by class; an attribute's id is its position. */
    static final List<String> NODE_ATTRIBUTES = Attributes.NODE.stream().filter(a -> !a.equals("name")).toList();
    static final List<String> EDGE_ATTRIBUTES = Attributes.EDGE.stream().filter(a -> !a.equals("label")).toList();

    private final Vocabulary vocabulary;

    public GexfExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "gexf"; }

    @Override public String contentType() { return "application/gexf+xml"; }

    @Override public String fileName() { return "network.gexf"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        XmlOut xml = XmlOut.open(out).root("gexf", NAMESPACE, NAMESPACE + "/gexf.xsd").attribute("version", "1.3");
        xml.start("meta")
                .text("creator", "Conflict Graph")
                .text("description", "Entities and the sourced statements between them")
                .end();
        xml.start("graph").attribute("defaultedgetype", "directed").attribute("mode", "dynamic")
                .attribute("timeformat", "date").attribute("timerepresentation", "interval");
        declare(xml, "node", NODE_ATTRIBUTES);
        declare(xml, "edge", EDGE_ATTRIBUTES.stream().map(GexfExport::gexfEdgeName).toList());
        xml.start("nodes");
        xml.flush();
        network.nodes((n, start) -> {
            Map<String, String> a = Attributes.node(n);
            xml.start("node").attribute("id", n.id()).attribute("label", a.get("name"))
                    .attribute("start", start == null ? null : start.toString());
            values(xml, NODE_ATTRIBUTES, a);
            xml.end();
        });
        xml.end().start("edges");
        network.statements(s -> {
            Map<String, String> a = Attributes.edge(s, vocabulary);
            LocalDate start = s.date();
            xml.start("edge").attribute("id", s.id()).attribute("source", s.subject().id())
                    .attribute("target", s.object().id()).attribute("label", a.get("label")).attribute("kind", s.id())
                    .attribute("start", start == null ? null : start.toString())
                    .attribute("end", start == null ? null : Objects.requireNonNullElse(s.dateEnd(), start).toString());
            values(xml, EDGE_ATTRIBUTES, a);
            xml.end();
        });
        xml.finish();
    }

    private static void declare(XmlOut xml, String type, List<String> titles) throws IOException {
        xml.start("attributes").attribute("class", type);
        for (int i = 0; i < titles.size(); i++) {
            xml.empty("attribute").attribute("id", Integer.toString(i)).attribute("title", titles.get(i))
                    .attribute("type", "string");
        }
        xml.end();
    }

    private static void values(XmlOut xml, List<String> names, Map<String, String> values) throws IOException {
        xml.start("attvalues");
        for (int i = 0; i < names.size(); i++) {
            xml.empty("attvalue").attribute("for", Integer.toString(i)).attribute("value", values.get(names.get(i)));
        }
        xml.end();
    }

    private static String gexfEdgeName(String attribute) {
        return attribute.equals("type") ? "relationship" : attribute;
    }
}
