package org.conflictgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Cytoscape JSON export")
class CytoscapeExportTest {
    final JsonNode doc;

    CytoscapeExportTest() throws Exception {
        doc = new ObjectMapper().readTree(XmlTestSupport.bytes(new CytoscapeExport(Vocabulary.load()), FixtureNetwork.network()));
    }

    @Test
    @DisplayName("has elements.nodes and elements.edges, every edge between listed nodes")
    void shouldBeElementsFormat() {
        JsonNode nodes = doc.at("/elements/nodes");
        JsonNode edges = doc.at("/elements/edges");
        assertEquals(6, nodes.size());
        assertEquals(5, edges.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.at("/data/id").asText()));
        edges.forEach(e -> assertTrue(ids.contains(e.at("/data/source").asText()) && ids.contains(e.at("/data/target").asText())));
        JsonNode st2 = edge("st-2");
        assertEquals("SUPPORTED", st2.get("interaction").asText());
        assertEquals("denied", st2.get("status").asText());
        assertEquals("fx-state", st2.get("claimedBy").asText());
        assertEquals("supported", st2.get("label").asText());
        assertEquals(true, edge("st-4").get("symmetric").asBoolean() == false);
    }

    @Test
    @DisplayName("comes with a style: node shape by type, dashed hedged and red denied edges")
    void shouldComeWithAMatchingStyle() {
        assertEquals("hexagon", rule("node[type = \"Faction\"]").get("shape").asText());
        assertEquals("dashed", rule("edge[status = \"claimed\"]").get("line-style").asText());
        assertEquals("solid", rule("edge[status = \"confirmed\"]").get("line-style").asText());
        assertEquals("#d55e00", rule("edge[status = \"denied\"]").get("line-color").asText());
        assertEquals("data(label)", rule("edge").get("label").asText());
    }

    private JsonNode edge(String id) {
        for (JsonNode e : doc.at("/elements/edges")) {
            if (e.at("/data/id").asText().equals(id)) {
                return e.get("data");
            }
        }
        throw new AssertionError("no edge " + id);
    }

    private JsonNode rule(String selector) {
        for (JsonNode r : doc.get("style")) {
            if (r.get("selector").asText().equals(selector)) {
                return r.get("css");
            }
        }
        throw new AssertionError("no style rule " + selector);
    }
}
