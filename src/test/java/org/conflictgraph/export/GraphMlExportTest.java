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

@DisplayName("GraphML export")
class GraphMlExportTest {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    final Document doc;
    final Map<String, String> keyNames = new HashMap<>();

    GraphMlExportTest() throws Exception {
        doc = xml(bytes(new GraphMlExport(Vocabulary.load()), FixtureNetwork.network()));
        for (Element key : elements(doc, NS, "key")) {
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
    }

    @Test
    @DisplayName("is a directed graph with every entity and every statement, parallel statements as separate edges")
    void shouldKeepParallelStatementsApart() {
        assertEquals("directed", elements(doc, NS, "graph").get(0).getAttribute("edgedefault"));
        assertEquals(6, elements(doc, NS, "node").size());
        List<Element> edges = elements(doc, NS, "edge");
        assertEquals(List.of("st-1", "st-2", "st-3", "st-4", "st-5"), edges.stream().map(e -> e.getAttribute("id")).toList());
        for (String id : List.of("st-1", "st-2")) {
            assertEquals("fx-state", byId(edges, id).getAttribute("source"));
            assertEquals("fx-movement", byId(edges, id).getAttribute("target"));
        }
    }

    @Test
    @DisplayName("declares every attribute as a string key and carries status, claimant, source and the exact excerpt")
    void shouldCarryEveryAttribute() {
        assertEquals(Attributes.NODE.size() + Attributes.EDGE.size() - 1, keyNames.size(), "type is shared: " + keyNames);
        Map<String, String> st2 = values(byId(elements(doc, NS, "edge"), "st-2"), NS, "data", "key", null, keyNames);
        assertEquals("denied", st2.get("status"));
        assertEquals("fx-state", st2.get("claimedBy"));
        assertEquals("Fixtureland", st2.get("claimedByName"));
        assertEquals("supported", st2.get("label"));
        assertEquals("A fixture article", st2.get("sourceTitle"));
        assertEquals("2021-09-06", st2.get("date"));
        Map<String, String> st1 = values(byId(elements(doc, NS, "edge"), "st-1"), NS, "data", "key", null, keyNames);
        assertEquals("Fixtureland (unconfirmed) backed the movement, with commas, \"quotes\" and Persian: جبهه",
                st1.get("excerpt"));
        assertEquals("1|2", st1.get("ref"));
        Map<String, String> front = values(byId(elements(doc, NS, "node"), "fx-front"), NS, "data", "key", null, keyNames);
        assertEquals("Faction", front.get("type"));
        assertEquals("FF|جبهه", front.get("aliases"));
    }
}
