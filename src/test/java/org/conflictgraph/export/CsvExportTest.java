package org.conflictgraph.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("CSV export")
class CsvExportTest {
    final Map<String, String> files = new LinkedHashMap<>();

    CsvExportTest() throws Exception {
        byte[] zip = XmlTestSupport.bytes(new CsvExport(Vocabulary.load()), FixtureNetwork.network());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    @DisplayName("is a zip of nodes.csv and edges.csv with Gephi's column names first")
    void shouldHoldTwoTables() {
        assertEquals(List.of("nodes.csv", "edges.csv"), List.copyOf(files.keySet()));
        assertEquals("\"id\",\"label\",\"type\",\"aliases\",\"description\"", files.get("nodes.csv").lines().findFirst().orElseThrow());
        assertEquals("\"id\",\"source\",\"target\",\"relationship\",\"label\",\"status\"",
                String.join(",", files.get("edges.csv").lines().findFirst().orElseThrow().split(",", 7)).substring(0, 54));
    }

    @Test
    @DisplayName("keeps every attribute, with commas, quotes and Persian intact")
    void shouldRoundTripEveryAttribute() throws Exception {
        List<Map<String, String>> nodes = rows("nodes.csv");
        List<Map<String, String>> edges = rows("edges.csv");
        assertEquals(6, nodes.size());
        assertEquals(5, edges.size());
        Map<String, String> front = nodes.stream().filter(n -> n.get("id").equals("fx-front")).findFirst().orElseThrow();
        assertEquals("FF|جبهه", front.get("aliases"));
        Map<String, String> st1 = edges.get(0);
        assertEquals("st-1", st1.get("id"));
        assertEquals("SUPPORTED", st1.get("relationship"));
        assertEquals("unconfirmed", st1.get("status"));
        assertEquals("2021-09-30", st1.get("dateEnd"));
        assertEquals("1|2", st1.get("ref"));
        assertEquals("Fixtureland (unconfirmed) backed the movement, with commas, \"quotes\" and Persian: جبهه", st1.get("excerpt"));
        assertEquals("fx-valley", edges.get(2).get("place"));
        assertEquals(CsvExport.EDGE_COLUMNS, List.copyOf(st1.keySet()));
    }

    private List<Map<String, String>> rows(String file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(files.get(file))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
