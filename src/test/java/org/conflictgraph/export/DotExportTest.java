package org.conflictgraph.export;

import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("DOT export")
class DotExportTest {
    final String dot;
    final List<String> lines;

    DotExportTest() throws Exception {
        dot = new String(XmlTestSupport.bytes(new DotExport(Vocabulary.load()), FixtureNetwork.network()), StandardCharsets.UTF_8);
        lines = dot.lines().map(String::strip).toList();
    }

    @Test
    @DisplayName("is a non-strict digraph with one edge per statement, parallel ones included")
    void shouldDrawEveryStatement() {
        assertTrue(dot.startsWith("digraph ConflictGraph {"), dot);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("\"fx-state\" -> \"fx-movement\"")).count());
        assertEquals(5, lines.stream().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    @DisplayName("styles edges by status (solid confirmed, dashed hedged, red denied) and labels them in words")
    void shouldStyleEdgesByStatus() {
        assertTrue(edge("st-4").contains("style=\"solid\""), edge("st-4"));
        assertTrue(edge("st-1").contains("style=\"dashed\""), edge("st-1"));
        assertTrue(edge("st-1").contains("color=\"#444444\""), edge("st-1"));
        assertTrue(edge("st-2").contains("color=\"#d55e00\""), edge("st-2"));
        assertTrue(edge("st-2").contains("label=\"supported\""), edge("st-2"));
        assertTrue(edge("st-5").contains("label=\"is located in\""), edge("st-5"));
    }

    @Test
    @DisplayName("shapes and colours nodes by entity type, labelled by name")
    void shouldStyleNodesByType() {
        String front = lines.stream().filter(l -> l.startsWith("\"fx-front\" [")).findFirst().orElseThrow();
        assertTrue(front.contains("label=\"Fixture Front\"") && front.contains("shape=\"hexagon\""), front);
        String state = lines.stream().filter(l -> l.startsWith("\"fx-state\" [")).findFirst().orElseThrow();
        assertTrue(state.contains("shape=\"box\"") && state.contains("fillcolor=\"#009e73\""), state);
    }

    @Test
    @DisplayName("renders with Graphviz's dot -Tsvg (skipped when Graphviz is not installed)")
    void shouldRenderWithGraphviz() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed (apt-get install graphviz)");
        Path file = Files.createTempFile("fixture", ".dot");
        Files.writeString(file, dot);
        Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", file.toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), svg);
        assertTrue(svg.contains("<svg") && svg.contains("Fixture Front"), svg);
        Files.delete(file);
    }

    private String edge(String id) {
        return lines.stream().filter(l -> l.contains(" -> ") && l.contains("tooltip=\"" + id + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + id + " in\n" + dot));
    }
}
