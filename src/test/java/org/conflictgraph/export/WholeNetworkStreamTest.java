package org.conflictgraph.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole network streams from the database record by record, ordered by subject rather than by statement id;
 * these tests check that every format still holds exactly what the export held when it collected the network
 * into one row (the old query, kept as the oracle in {@code export/network-collected.cypher}), written by the
 * same format's writer from memory. Order aside, nodes, edges and every attribute must be equal.
 */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@DisplayName("GET /api/network, the whole network streamed, on the seed")
class WholeNetworkStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Driver driver;

    @Inject
    List<NetworkExport> exports;

    static Stream<Arguments> cases() {
        List<String> formats = List.of("json", "graphml", "gexf", "csv", "dot", "cytoscape");
        List<String[]> filters = List.of(
                new String[] {"", null, "certain", "", "", ""},
                new String[] {"asOf=2021-09-10&mode=possible", "2021-09-10", "possible", "", "", ""},
                new String[] {"statuses=confirmed,reported&types=Faction,State,Person,SUPPORTED,LEADS", null, "certain",
                        "confirmed,reported", "Faction,State,Person", "SUPPORTED,LEADS"},
                new String[] {"datasets=panjshir&asOf=2021-08-31", "2021-08-31", "certain", "", "", ""});
        return formats.stream().flatMap(f -> filters.stream().map(q -> Arguments.of(f, q)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    @DisplayName("holds what the collected network held")
    void shouldHoldWhatTheCollectedNetworkHeld(String format, String[] filter) throws Exception {
        HttpResponse<byte[]> response = client.toBlocking().exchange(
                "/api/network?format=" + format + (filter[0].isEmpty() ? "" : "&" + filter[0]), byte[].class);
        assertEquals(200, response.code());
        byte[] streamed = response.body();

        Network collected = collected(filter);
        assertTrue(collected.statements().size() > 10, "the case has statements: " + collected.statements().size());
        NetworkExport export = exports.stream().filter(e -> e.format().equals(format)).findFirst().orElseThrow();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        export.write(collected, expected);

        assertEquals(canonical(format, expected.toByteArray()), canonical(format, streamed));
    }

    /** The old answer: one row, collected by the database. */
    private Network collected(String[] f) throws IOException {
        String cypher;
        try (InputStream in = getClass().getResourceAsStream("/export/network-collected.cypher")) {
            cypher = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", f[1] == null ? null : LocalDate.parse(f[1]));
        p.put("mode", f[2]);
        p.put("statuses", list(f[3]));
        p.put("entityTypes", list(f[4]));
        p.put("relationshipTypes", list(f[5]));
        p.put("loads", driver.executableQuery("MATCH (d:Dataset) WHERE d.live IS NOT NULL RETURN collect(d.live) AS loads")
                .execute().records().get(0).get("loads").asList());
        Record row = driver.executableQuery(cypher).withParameters(p).execute().records().get(0);
        return Network.from(row.get("nodes"), row.get("statements"));
    }

    private static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    /**
     * What a file holds, order aside where the stream's order differs (statements by subject, not by id): nodes in
     * order (both list them by id), edges sorted, every attribute.
     */
    static Object canonical(String format, byte[] bytes) throws Exception {
        return switch (format) {
            case "json" -> {
                Map<String, Object> doc = JSON.readValue(bytes, Map.class);
                doc.put("statements", sortedBy((List<Map<String, Object>>) doc.get("statements"), m -> (String) m.get("id")));
                yield doc;
            }
            case "cytoscape" -> {
                Map<String, Object> doc = JSON.readValue(bytes, Map.class);
                Map<String, Object> elements = (Map<String, Object>) doc.get("elements");
                elements.put("edges", sortedBy((List<Map<String, Object>>) elements.get("edges"),
                        m -> (String) ((Map<String, Object>) m.get("data")).get("id")));
                yield doc;
            }
            case "graphml", "gexf" -> {
                Document doc = XmlTestSupport.xml(bytes);
                Map<String, Object> parts = new LinkedHashMap<>();
                parts.put("root", attributes(doc.getDocumentElement()));
                List<String> nodes = new ArrayList<>();
                Map<String, String> edges = new TreeMap<>();
                List<String> other = new ArrayList<>();
                walk(doc.getDocumentElement(), nodes, edges, other);
                parts.put("nodes", nodes);
                parts.put("edges", edges);
                parts.put("declarations", other);
                yield parts;
            }
            case "csv" -> {
                Map<String, List<List<String>>> tables = new LinkedHashMap<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        List<List<String>> rows = new ArrayList<>();
                        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                                .readerForListOf(String.class).readValues(zip.readAllBytes())) {
                            it.forEachRemaining(rows::add);
                        }
                        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
                        body.sort(Comparator.comparing(r -> r.get(0)));
                        body.add(0, rows.get(0));
                        tables.put(e.getName(), body);
                    }
                }
                yield tables;
            }
            case "dot" -> {
                List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
                List<String> edges = new ArrayList<>(lines.stream().filter(l -> l.contains(" -> ")).sorted().toList());
                List<String> rest = lines.stream().filter(l -> !l.contains(" -> ")).toList();
                yield List.of(rest, edges);
            }
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static <T> List<T> sortedBy(List<T> list, java.util.function.Function<T, String> key) {
        List<T> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(key));
        return sorted;
    }

    /** Each node and edge element as text (its attributes and its data), keyed edges by id; other elements in order. */
    private static void walk(Element e, List<String> nodes, Map<String, String> edges, List<String> other) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element c)) {
                continue;
            }
            switch (c.getLocalName()) {
                case "node" -> nodes.add(text(c));
                case "edge" -> edges.put(c.getAttribute("id"), text(c));
                case "graph", "nodes", "edges", "attributes", "meta" -> {
                    other.add(c.getLocalName() + attributes(c));
                    walk(c, nodes, edges, other);
                }
                default -> other.add(text(c));
            }
        }
    }

    private static String text(Element e) {
        StringBuilder b = new StringBuilder(e.getLocalName()).append(attributes(e));
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c instanceof Element child) {
                b.append('[').append(text(child)).append(']');
            } else if (!c.getTextContent().isBlank()) {
                b.append('"').append(c.getTextContent()).append('"');
            }
        }
        return b.toString();
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node n = e.getAttributes().item(i);
            a.put(n.getNodeName(), n.getNodeValue());
        }
        return a;
    }
}
