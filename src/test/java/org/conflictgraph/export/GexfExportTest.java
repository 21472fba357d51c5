package org.conflictgraph.export;

import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.conflictgraph.export.XmlTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("GEXF 1.3 export")
class GexfExportTest {
    static final String NS = GexfExport.NAMESPACE;

    final Document doc;
    /** Attribute titles by id, per class: node and edge attribute ids overlap. */
    final Map<String, String> nodeTitles = new HashMap<>();
    final Map<String, String> edgeTitles = new HashMap<>();

    GexfExportTest() throws Exception {
        doc = xml(bytes(new GexfExport(Vocabulary.load()), FixtureNetwork.network()));
        for (Element a : elements(doc, NS, "attribute")) {
            String cls = ((Element) a.getParentNode()).getAttribute("class");
            (cls.equals("node") ? nodeTitles : edgeTitles).put(a.getAttribute("id"), a.getAttribute("title"));
        }
    }

    @Test
    @DisplayName("is GEXF 1.3, dynamic, with dates as its time format")
    void shouldBeDynamicGexf13() {
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = elements(doc, NS, "graph").get(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
    }

    @Test
    @DisplayName("gives each statement its date..dateEnd interval; undated statements hold throughout")
    void shouldGiveStatementsTheirIntervals() {
        List<Element> edges = elements(doc, NS, "edge");
        assertEquals("2021-09-01", byId(edges, "st-1").getAttribute("start"));
        assertEquals("2021-09-30", byId(edges, "st-1").getAttribute("end"));
        assertEquals("2021-09-06", byId(edges, "st-2").getAttribute("start"));
        assertEquals("2021-09-06", byId(edges, "st-2").getAttribute("end"));
        assertFalse(byId(edges, "st-5").hasAttribute("start"));
        List<Element> nodes = elements(doc, NS, "node");
        assertEquals("2021-09-01", byId(nodes, "fx-state").getAttribute("start"), "a node starts with its first statement");
        assertFalse(byId(nodes, "fx-valley").hasAttribute("start"), "a node with an undated statement exists throughout");
    }

    @Test
    @DisplayName("keeps the unconfirmed and the denied backing as two edges of different kinds")
    void shouldKeepParallelStatementsApart() {
        List<Element> edges = elements(doc, NS, "edge");
        assertEquals(5, edges.size());
        assertEquals(6, elements(doc, NS, "node").size());
        Element st1 = byId(edges, "st-1");
        Element st2 = byId(edges, "st-2");
        assertEquals(st1.getAttribute("source") + st1.getAttribute("target"), st2.getAttribute("source") + st2.getAttribute("target"));
        assertNotEquals(st1.getAttribute("kind"), st2.getAttribute("kind"));
    }

    @Test
    @DisplayName("carries type, status, claimant, source and excerpt as attributes, and the human label")
    void shouldCarryAttributes() {
        Element st2 = byId(elements(doc, NS, "edge"), "st-2");
        assertEquals("supported", st2.getAttribute("label"));
        Map<String, String> values = values(st2, NS, "attvalue", "for", "value", edgeTitles);
        assertEquals("SUPPORTED", values.get("relationship"));
        assertEquals("denied", values.get("status"));
        assertEquals("fx-state", values.get("claimedBy"));
        assertEquals("article", values.get("sourceId"));
        assertEquals("Fixtureland denied any support.", values.get("excerpt"));
        Element leader = byId(elements(doc, NS, "node"), "fx-leader");
        assertEquals("Ahmad Fixture", leader.getAttribute("label"));
        assertEquals("Person", values(leader, NS, "attvalue", "for", "value", nodeTitles).get("type"));
    }
}
