package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.statement.Statement;
import org.conflictgraph.vocabulary.Vocabulary;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * GEXF 1.3 for Gephi, dynamic: each statement's {@code date}..{@code dateEnd} is its edge's time
 * interval, so Gephi's timeline plays the conflict out day by day.
 *
 * <p>JGraphT writes the nodes, edges and typed attribute values (with their escaping), but only as
 * static GEXF 1.2draft: it has no time intervals, no {@code mode="dynamic"} and no edge {@code kind}.
 * So this class lets JGraphT write the document, then post-processes it: the 1.3 namespace and version,
 * a dynamic date-based graph, {@code start}/{@code end} on every dated edge (and on nodes whose
 * statements are all dated, from their first one), and {@code kind}. Writing GEXF by hand would
 * duplicate what JGraphT already does well; patching its output keeps the extension small.
 */
@Singleton
public final class GexfExport implements NetworkExport {
    static final String NAMESPACE = "http://gexf.net/1.3";

    private final Vocabulary vocabulary;

    public GexfExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "gexf"; }

    @Override public String contentType() { return "application/gexf+xml"; }

    @Override public String fileName() { return "network.gexf"; }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        StringWriter jgrapht = new StringWriter();
        exporter().exportGraph(network.graph(), jgrapht);
        try {
            Document doc = parse(jgrapht.toString());
            makeDynamic(doc, network);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // JGraphT already indented the document; its whitespace is kept as it is
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (javax.xml.transform.TransformerException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            throw new IOException("Cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private GEXFExporter<Network.Node, Statement> exporter() {
        GEXFExporter<Network.Node, Statement> exporter = new GEXFExporter<>(Network.Node::id, Statement::id);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        exporter.setCreator("Conflict Graph");
        exporter.setDescription("Entities and the sourced statements between them");
        // GEXF reserves "label" (the node's name, the edge's human label) and, on edges, "type"
        // (directed or not); the statement's own type travels as "relationship".
        for (String name : Attributes.NODE) {
            if (!name.equals("name")) {
                exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
            }
        }
        for (String name : Attributes.EDGE) {
            if (!name.equals("label")) {
                exporter.registerAttribute(gexfEdgeName(name), GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
            }
        }
        exporter.setVertexAttributeProvider(n -> {
            Map<String, String> a = new LinkedHashMap<>(Attributes.node(n));
            a.put("label", a.remove("name"));
            return GraphMlExport.attributes(a);
        });
        exporter.setEdgeAttributeProvider(s -> {
            Map<String, String> a = new LinkedHashMap<>();
            Attributes.edge(s, vocabulary).forEach((k, v) -> a.put(gexfEdgeName(k), v));
            return GraphMlExport.attributes(a);
        });
        return exporter;
    }

    private static String gexfEdgeName(String attribute) {
        return attribute.equals("type") ? "relationship" : attribute;
    }

    private static Document parse(String xml) throws javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // namespace-unaware on purpose: the xmlns attribute is then plain text we can swap for 1.3
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void makeDynamic(Document doc, Network network) {
        Element root = doc.getDocumentElement();
        root.setAttribute("xmlns", NAMESPACE);
        root.setAttribute("version", "1.3");
        root.setAttribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd");

        Element graph = (Element) root.getElementsByTagName("graph").item(0);
        graph.setAttribute("mode", "dynamic");
        graph.setAttribute("timeformat", "date");
        graph.setAttribute("timerepresentation", "interval");

        Map<String, Statement> statements = new HashMap<>();
        network.statements().forEach(s -> statements.put(s.id(), s));
        NodeList edges = graph.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            Statement s = statements.get(edge.getAttribute("id"));
            // Gephi merges parallel edges of the same kind on import; a kind per statement keeps a
            // confirmed and a denied statement about the same pair apart.
            edge.setAttribute("kind", s.id());
            if (s.date() != null) {
                edge.setAttribute("start", s.date().toString());
                edge.setAttribute("end", Objects.requireNonNullElse(s.dateEnd(), s.date()).toString());
            }
        }

        Map<String, LocalDate> firstSeen = firstDates(network);
        NodeList nodes = graph.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            LocalDate first = firstSeen.get(node.getAttribute("id"));
            if (first != null) {
                node.setAttribute("start", first.toString());
            }
        }
    }

    /** A node's first date, for nodes whose every statement is dated; the others exist throughout. */
    static Map<String, LocalDate> firstDates(Network network) {
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, Boolean> allDated = new HashMap<>();
        for (Statement s : network.statements()) {
            for (String id : new String[] {s.subject().id(), s.object().id()}) {
                allDated.merge(id, s.date() != null, Boolean::logicalAnd);
                if (s.date() != null) {
                    first.merge(id, s.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        first.keySet().removeIf(id -> !allDated.get(id));
        return first;
    }
}
