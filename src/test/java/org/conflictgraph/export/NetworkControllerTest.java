package org.conflictgraph.export;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** GET /api/network and the web view, on the real Panjshir data in a throw-away embedded Neo4j. */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@DisplayName("GET /api/network and the web view")
class NetworkControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    Driver driver;

    @SuppressWarnings("unchecked")
    Map<String, Object> json(String uri) {
        return client.toBlocking().retrieve(uri, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Set<String> statementIds(Map<String, Object> network) {
        return ((List<Map<String, Object>>) network.get("statements")).stream().map(s -> (String) s.get("id")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static Set<String> nodeIds(Map<String, Object> network) {
        return ((List<Map<String, Object>>) network.get("nodes")).stream().map(s -> (String) s.get("id")).collect(Collectors.toSet());
    }

    long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    @DisplayName("the whole network holds every statement between entities, and exactly the entities they connect")
    void shouldExportEveryStatement() {
        Map<String, Object> network = json("/api/network?format=json");
        assertEquals(count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"), statementIds(network).size());
        assertEquals(count("MATCH (e:Entity) WHERE (e)--(:Entity) RETURN count(e)"), nodeIds(network).size());
        assertFalse(nodeIds(network).stream().anyMatch(id -> id.startsWith("wp-")), "sources are not part of the network");
    }

    @Test
    @DisplayName("Pakistan's backing of the Taliban stays separate edges: unconfirmed, claimed and denied by Pakistan")
    void shouldKeepParallelClaimsApart() {
        String graphml = client.toBlocking().retrieve("/api/network?format=graphml&types=SUPPORTED,State,Faction");
        for (String id : List.of("a-013", "a-114", "c-153", "c-170", "c-172")) {
            assertTrue(graphml.contains("<edge id=\"" + id + "\" source=\"pakistan\" target=\"taliban\""), id);
        }
        assertTrue(graphml.contains(">pakistan-foreign-office<"), "the denial names its claimant");
    }

    @Test
    @DisplayName("asOf=2021-08-20 excludes the September captures, which mode=possible on 2021-09-06 includes")
    void shouldFilterByDate() {
        Set<String> august = statementIds(json("/api/network?format=json&types=CAPTURED&asOf=2021-08-20"));
        Set<String> september = statementIds(json("/api/network?format=json&types=CAPTURED&asOf=2021-09-06&mode=possible"));
        assertFalse(august.contains("a-001"), "the capture of the Panjshir Valley on 6 September");
        assertTrue(september.contains("a-001"));
        assertTrue(september.size() > august.size());
    }

    @Test
    @DisplayName("around=nrf&depth=1 is the NRF's neighbourhood with every statement among it, and depth 2 reaches further")
    void shouldDrawAnEgoNetwork() {
        Map<String, Object> one = json("/api/network?format=json&around=nrf&depth=1");
        Set<String> members = nodeIds(one);
        assertTrue(members.containsAll(Set.of("nrf", "taliban", "ahmad-massoud")), members.toString());
        long neighbours = count("MATCH (:Entity {id: 'nrf'})--(n:Entity) RETURN count(DISTINCT n)");
        assertEquals(neighbours + 1, members.size());
        long among = driver.executableQuery("MATCH (s:Entity)-[r]->(o:Entity) WHERE s.id IN $ids AND o.id IN $ids RETURN count(r)")
                .withParameters(Map.of("ids", List.copyOf(members))).execute().records().get(0).get(0).asLong();
        assertEquals(among, statementIds(one).size());
        assertTrue(nodeIds(json("/api/network?format=json&around=nrf&depth=2")).size() > members.size());
    }

    @Test
    @DisplayName("query=<canned query> draws exactly the statements the answer names")
    void shouldDrawACannedQueryAnswer() {
        Map<String, Object> network = json("/api/network?format=json&query=backers-of&actor=taliban");
        Set<String> expected = Set.copyOf(driver.executableQuery(
                        "MATCH (:Entity)-[r:SUPPORTED]->(:Entity {id: 'taliban'}) RETURN collect(r.id) AS ids")
                .execute().records().get(0).get("ids").asList(org.neo4j.driver.Value::asString));
        assertEquals(expected, statementIds(network));
        assertTrue(nodeIds(network).containsAll(Set.of("pakistan", "taliban")));
        assertEquals(HttpStatus.NOT_FOUND, error("/api/network?query=no-such-query").getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, error("/api/network?query=backers-of").getStatus(), "actor is required");
    }

    @ParameterizedTest(name = "format={0} is {1}")
    @CsvSource({
            "graphml, application/graphml+xml, network.graphml",
            "gexf, application/gexf+xml, network.gexf",
            "dot, text/vnd.graphviz, network.dot",
            "cytoscape, application/json, network.cyjs",
            "cytoscape-style, application/json, conflict-graph-style.json",
            "csv, application/zip, network-csv.zip",
            "json, application/json, network.json"})
    void shouldServeEachFormat(String format, String contentType, String fileName) {
        HttpResponse<byte[]> response = client.toBlocking().exchange("/api/network?around=amrullah-saleh&format=" + format, byte[].class);
        assertTrue(response.getContentType().orElseThrow().toString().startsWith(contentType), response.getContentType().toString());
        assertTrue(response.header("Content-Disposition").contains("filename=\"" + fileName + "\""));
        assertTrue(response.body().length > 100);
    }

    @Test
    @DisplayName("format=csv is a zip whose edges.csv has one row per statement")
    void shouldZipCsv() throws Exception {
        byte[] zip = client.toBlocking().retrieve(HttpRequest.GET("/api/network?format=csv&around=nrf"), byte[].class);
        List<String> names = new ArrayList<>();
        String edges = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("edges.csv")) {
                    edges = text;
                }
            }
        }
        assertEquals(List.of("nodes.csv", "edges.csv"), names);
        Set<String> rows = new java.util.HashSet<>();
        try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(edges)) {
            it.forEachRemaining(row -> rows.add(row.get("id")));
        }
        assertEquals(statementIds(json("/api/network?format=json&around=nrf")), rows);
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
            "/api/network?format=pdf, 400",
            "/api/network?around=nobody, 404",
            "/api/network?around=nrf&depth=5, 400",
            "/api/network?around=nrf&depth=0, 400",
            "/api/network?around=nrf&depth=two, 400",
            "/api/network?asOf=2021-13-01, 400",
            "/api/network?mode=sometimes, 400",
            "/api/network?statuses=rumoured, 400",
            "/api/network?types=Dragon, 400"})
    void shouldRejectBadInput(String uri, int status) {
        HttpClientResponseException e = error(uri);
        assertEquals(status, e.getStatus().getCode());
        assertTrue(e.getResponse().getContentType().orElseThrow().toString().contains("problem+json"));
    }

    @Test
    @DisplayName("GET /api/network/legend gives the slider's days, the formats and the looks of types and statuses")
    @SuppressWarnings("unchecked")
    void shouldDescribeTheLegend() {
        Map<String, Object> legend = json("/api/network/legend");
        List<String> dates = (List<String>) legend.get("dates");
        assertTrue(dates.contains("2021-09-06"));
        assertEquals(dates.stream().sorted().toList(), dates);
        assertTrue(((List<String>) legend.get("formats")).containsAll(List.of("graphml", "gexf", "dot", "cytoscape", "csv")));
        Map<String, Object> denied = ((List<Map<String, Object>>) legend.get("statuses")).stream()
                .filter(s -> s.get("name").equals("denied")).findFirst().orElseThrow();
        assertEquals("#d55e00", denied.get("color"));
    }

    @Test
    @DisplayName("the web page is served with Cytoscape.js and fCoSE from WebJars and its own modules, no CDN")
    void shouldServeThePageOffline() {
        String page = client.toBlocking().retrieve("/");
        Matcher script = Pattern.compile("<script (?:type=\"module\" )?src=\"([^\"]+)\"").matcher(page);
        List<String> scripts = new ArrayList<>();
        while (script.find()) {
            scripts.add(script.group(1));
        }
        assertEquals(List.of("webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "webjars/layout-base/2.0.1/layout-base.js",
                "webjars/cose-base/2.2.0/cose-base.js", "webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js",
                "webjars/cytoscape-svg/0.4.0/package/cytoscape-svg.js", "js/main.js"), scripts);
        String main = client.toBlocking().retrieve("/js/main.js");
        Matcher module = Pattern.compile("from '\\./([a-z]+\\.js)'").matcher(main);
        while (module.find()) {
            scripts.add("js/" + module.group(1));
        }
        assertTrue(scripts.containsAll(List.of("js/api.js", "js/state.js", "js/graph.js", "js/panels.js", "js/controls.js")), scripts.toString());
        for (String src : scripts) {
            assertEquals(HttpStatus.OK, client.toBlocking().exchange("/" + src, byte[].class).getStatus(), src);
        }
    }

    @Test
    @DisplayName("headless Chromium opens the page on the overview with the NRF expanded, as its URL says (skipped without Chromium)")
    @SuppressWarnings("unchecked")
    void shouldDrawThePageInChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium)");
        Map<String, Object> view = json("/api/network/overview?limit=30&expand=nrf");
        int actors = ((List<Object>) view.get("nodes")).size();
        int ties = ((List<Object>) view.get("ties")).size();
        String url = server.getURL() + "/?limit=30&expand=nrf";
        Path profile = Files.createTempDirectory("chromium-profile");
        Path screenshot = Path.of(System.getProperty("java.io.tmpdir"), "conflict-graph-page.png");
        List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=60000");
        String dom = run(chromium, flags, "--dump-dom", url);
        Matcher drawn = Pattern.compile("<body[^>]*data-nodes=\"(\\d+)\" data-edges=\"(\\d+)\"").matcher(dom);
        assertTrue(drawn.find(), "the page reports how many actors and ties it drew");
        assertEquals(actors, Integer.parseInt(drawn.group(1)));
        assertEquals(ties, Integer.parseInt(drawn.group(2)));
        run(chromium, flags, "--window-size=1400,900", "--screenshot=" + screenshot, url);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot);
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String run(Path chromium, List<String> flags, String... more) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(chromium.toString());
        command.addAll(flags);
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    private HttpClientResponseException error(String uri) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(uri, byte[].class));
    }
}
