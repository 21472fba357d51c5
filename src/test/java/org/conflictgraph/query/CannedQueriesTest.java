package org.conflictgraph.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@MicronautTest
@DisplayName("Canned queries over HTTP, on the Panjshir data")
class CannedQueriesTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QueryRegistry registry;

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(String name, Map<String, String> params) {
        UriBuilder uri = UriBuilder.of("/api/queries/" + name);
        params.forEach(uri::queryParam);
        return client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("rows");
    }

    @Test
    @DisplayName("the registry holds every question the issue names, and each file has a title and an example")
    void everyQuestionHasAFile() {
        List<String> names = registry.all().stream().map(CannedQuery::name).toList();
        for (String required : List.of("who-backed-whom", "backers-of", "backed-by", "connection", "ego-network",
                "actor-timeline", "fled-to", "killed", "territorial-control", "contested-claims", "foreign-involvement",
                "key-brokers", "network-as-of", "sources-for")) {
            assertTrue(names.contains(required), "missing canned query " + required);
        }
        for (CannedQuery q : registry.all()) {
            assertFalse(q.description().isBlank(), q.name() + " has a description");
            assertFalse(q.expectations().isEmpty(), q.name() + " has an @expect line");
        }
    }

    @TestFactory
    @DisplayName("each canned query's header example holds")
    Stream<DynamicTest> headerExamplesHold() {
        return registry.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            List<Map<String, Object>> rows = rows(run(q.name(), q.example()));
            assertFalse(rows.isEmpty(), q.name() + " " + q.example() + " returned no rows");
            for (CannedQuery.Expectation e : q.expectations()) {
                assertTrue(Rows.holds(rows, e), q.name() + " " + q.example() + ": no " + (e.firstRow() ? "first " : "")
                        + "row with " + e.conditions() + "; first rows: " + rows.subList(0, Math.min(3, rows.size())));
            }
        }));
    }

    @Test
    @DisplayName("an expectation that is false fails: the example check can fail")
    void exampleCheckCanFail() {
        List<Map<String, Object>> rows = rows(run("who-backed-whom", Map.of("statuses", "denied")));
        assertFalse(Rows.holds(rows, new CannedQuery.Expectation(false,
                List.of(new CannedQuery.Condition("backer.id", "tajikistan")))));
        assertFalse(Rows.holds(rows, new CannedQuery.Expectation(false,
                List.of(new CannedQuery.Condition("statement.status", "confirmed")))));
    }

    @SuppressWarnings("unchecked")
    @Test
    @DisplayName("GET /api/queries lists every query with parameters, and its text equals the file in cypher/queries")
    void listedTextEqualsTheFile() throws Exception {
        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET("/api/queries"), List.class);
        try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
            assertEquals(files.filter(p -> p.toString().endsWith(".cypher")).count(), listed.size());
        }
        for (Map<String, Object> q : listed) {
            String file = Files.readString(Path.of("cypher", "queries", q.get("name") + ".cypher"), StandardCharsets.UTF_8);
            assertEquals(file, q.get("cypher"), q.get("name") + " runs its file word for word");
            assertFalse(((List<?>) q.get("parameters")).isEmpty(), q.get("name") + " lists its parameters");
        }
        Map<String, Object> connection = listed.stream().filter(q -> q.get("name").equals("connection")).findFirst().orElseThrow();
        Map<String, Object> from = ((List<Map<String, Object>>) connection.get("parameters")).get(0);
        assertEquals("from", from.get("name"));
        assertEquals("entity", from.get("type"));
        assertEquals(true, from.get("required"));
        Map<String, Object> maxHops = ((List<Map<String, Object>>) connection.get("parameters")).stream()
                .filter(p -> p.get("name").equals("maxHops")).findFirst().orElseThrow();
        assertEquals("4", maxHops.get("defaultValue"));
        assertEquals(6, ((Number) maxHops.get("max")).intValue());
    }

    @SuppressWarnings("unchecked")
    @Test
    @DisplayName("contested-claims sets the different accounts of one killing side by side: who killed Fahim Dashty")
    void shouldContestWhoKilledFahimDashty() {
        Map<String, Object> dashty = rows(run("contested-claims", Map.of("actor", "fahim-dashty"))).stream()
                .filter(r -> "KILLED".equals(r.get("type")))
                .findFirst().orElseThrow(() -> new AssertionError("no contested killing of Fahim Dashty"));
        assertEquals(null, dashty.get("subject"), "one event with several perpetrators has no single subject");
        List<Object> killers = ((List<Map<String, Object>>) dashty.get("subjects")).stream().map(k -> k.get("id")).toList();
        assertTrue(killers.containsAll(List.of("taliban", "pakistan-air-force")), "killers " + killers);
        assertTrue(((List<String>) dashty.get("statuses")).containsAll(List.of("confirmed", "claimed", "denied")));
    }

    @SuppressWarnings("unchecked")
    @Test
    @DisplayName("Pakistan appears among the Taliban's backers both as unconfirmed and as denied by Pakistan")
    void shouldListPakistanAmongTalibanBackersUnconfirmedAndDenied() {
        Map<String, Object> result = run("backers-of", Map.of("actor", "taliban"));
        assertEquals(List.of("backer", "hops", "via", "links"), result.get("columns"));
        Map<String, Object> pakistan = rows(result).stream()
                .filter(r -> "pakistan".equals(((Map<String, Object>) r.get("backer")).get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("Pakistan is not among the Taliban's backers"));
        List<Map<String, Object>> statements = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) pakistan.get("links")).get(0).get("statements");
        assertTrue(statements.stream().anyMatch(s -> "unconfirmed".equals(s.get("status"))), "an unconfirmed statement");
        Map<String, Object> denial = statements.stream().filter(s -> "denied".equals(s.get("status"))).findFirst()
                .orElseThrow(() -> new AssertionError("no denial among " + statements));
        assertEquals("pakistan-foreign-office", ((Map<String, Object>) denial.get("claimedBy")).get("id"));
        for (Map<String, Object> s : statements) {
            for (String field : List.of("id", "type", "subject", "object", "date", "dateEnd", "datePrecision", "status",
                    "claimedBy", "source", "ref", "excerpt")) {
                assertTrue(s.containsKey(field), "statement " + s.get("id") + " carries " + field);
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    @DisplayName("asOf=2021-08-20 excludes the September captures")
    void asOfExcludesLaterCaptures() {
        List<Map<String, Object>> all = rows(run("territorial-control", Map.of("place", "panjshir-valley")));
        assertTrue(all.stream().anyMatch(r -> String.valueOf(r.get("date")).startsWith("2021-09")),
                "without asOf the September captures are there");
        for (String mode : List.of("certain", "possible")) {
            List<Map<String, Object>> early = rows(run("territorial-control", Map.of("asOf", "2021-08-20", "mode", mode)));
            assertFalse(early.isEmpty());
            for (Map<String, Object> row : early) {
                // undated statements hold at every date (cypher/filters/statement.cypher)
                assertTrue(row.get("date") == null || row.get("date").toString().compareTo("2021-08-20") <= 0, mode + ": " + row);
            }
            List<Map<String, Object>> network = rows(run("network-as-of", Map.of("asOf", "2021-08-20", "mode", mode)));
            assertTrue(network.stream().noneMatch(r -> String.valueOf(((Map<String, Object>) r.get("statement")).get("date"))
                    .startsWith("2021-09")), mode + ": no September statement in the network of 20 August");
            assertTrue(network.stream().anyMatch(r -> ((Map<String, Object>) r.get("statement")).get("date") == null),
                    mode + ": undated statements (kinship, membership, geography) hold at every date");
        }
        // a statement dated "2021-08" ends on 31 August: possible by the 20th, not certain
        List<Map<String, Object>> possible = rows(run("network-as-of", Map.of("asOf", "2021-08-20", "mode", "possible")));
        List<Map<String, Object>> certain = rows(run("network-as-of", Map.of("asOf", "2021-08-20", "mode", "certain")));
        assertTrue(possible.size() > certain.size(), "possible mode admits the month-dated statements of August");
    }

    @SuppressWarnings("unchecked")
    @Test
    @DisplayName("the answer echoes the Cypher parameters it ran with, defaults included")
    void echoesParameters() {
        Map<String, Object> result = run("connection", Map.of("from", "amrullah-saleh", "to", "pakistan", "statuses", "confirmed"));
        Map<String, Object> parameters = (Map<String, Object>) result.get("parameters");
        assertEquals("connection", result.get("query"));
        assertEquals(4, ((Number) parameters.get("maxHops")).intValue());
        assertEquals(List.of("confirmed"), parameters.get("statuses"));
        assertEquals("certain", parameters.get("mode"));
        assertTrue(parameters.containsKey("asOf") && parameters.get("asOf") == null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/queries/no-such-query|404",
            "/api/queries/backers-of|400",
            "/api/queries/backers-of?actor=nobody-at-all|404",
            "/api/queries/sources-for?statement=zz-999|404",
            "/api/queries/who-backed-whom?asOf=2021-13-45|400",
            "/api/queries/who-backed-whom?asOf=yesterday|400",
            "/api/queries/who-backed-whom?mode=perhaps|400",
            "/api/queries/who-backed-whom?statuses=confirmed,rumoured|400",
            "/api/queries/who-backed-whom?types=SUPPORTED,BEFRIENDED|400",
            "/api/queries/who-backed-whom?limit=1001|400",
            "/api/queries/who-backed-whom?limit=0|400",
            "/api/queries/who-backed-whom?limit=ten|400",
            "/api/queries/who-backed-whom?cypher=MATCH%20(n)%20DETACH%20DELETE%20n|400",
            "/api/queries/connection?from=amrullah-saleh&to=pakistan&maxHops=7|400",
            "/api/queries/connection?from=amrullah-saleh|400",
            "/api/queries/network-as-of|400",
    })
    @DisplayName("bad input is a JSON problem with its status, never a 500")
    void errorsAreProblems(String uri, int status) {
        try {
            client.toBlocking().exchange(HttpRequest.GET(uri), Map.class);
            fail(uri + " succeeded");
        } catch (HttpClientResponseException e) {
            assertEquals(status, e.getStatus().getCode(), uri);
            Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
            assertEquals(status, ((Number) problem.get("status")).intValue());
            assertFalse(String.valueOf(problem.get("detail")).isBlank(), "the problem says what is wrong");
        }
    }

    @Test
    @DisplayName("the Browser guide sets each query's parameters with :param and holds each file's Cypher, runnable")
    void browserGuide() throws Exception {
        HttpResponse<String> response = client.toBlocking().exchange(
                HttpRequest.GET("/guides/queries.html").header("Origin", "http://localhost:7474"), String.class);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("http://localhost:7474", response.getHeaders().get("Access-Control-Allow-Origin"),
                "Neo4j Browser may fetch the guide cross-origin");
        String html = response.body();
        assertEquals(registry.all().size() + 1, html.split("<slide").length - 1, "a title slide and one per query");
        assertTrue(html.contains("<pre class=\"code runnable\">:param actor =&gt; &#39;taliban&#39;;")
                || html.contains("<pre class=\"code runnable\">:param actor =&gt; 'taliban';"), "backers-of presets its example");
        assertTrue(html.contains(":param asOf =&gt; date('2021-08-20');"), "dates become Cypher dates");
        assertTrue(html.contains(":param relationshipTypes =&gt; [];"), "types become the two lists the Cypher uses");
        assertTrue(html.contains(":param datasets =&gt; [];\n:param loads =&gt; COLLECT { MATCH (d:Dataset) "
                        + "WHERE size($datasets) = 0 OR d.name IN $datasets RETURN d.live };"),
                "each slide reads every dataset's live version, through $datasets, as a parameter and never as text");
        assertTrue(html.contains(":param datasets =&gt; [&#39;panjshir&#39;];")
                || html.contains(":param datasets =&gt; ['panjshir'];"), "the guide says how to read only some datasets");
        String who = Files.readString(Path.of("cypher", "queries", "who-backed-whom.cypher")).strip()
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        assertTrue(html.contains("<pre class=\"code runnable\">" + who + "</pre>"), "the file word for word");
    }

    @Test
    @DisplayName("cross-origin requests from anywhere but loopback are refused")
    void guideCorsOnlyForLoopback() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(
                        HttpRequest.GET("/guides/queries.html").header("Origin", "https://elsewhere.example"), String.class));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    @DisplayName("pages: following page.next walks the whole answer, without overlap, and the last page gives the exact total")
    @SuppressWarnings("unchecked")
    void pagesWalkTheWholeAnswer() {
        Map<String, Object> whole = run("who-backed-whom", Map.of("limit", "1000"));
        List<Object> all = rows(whole).stream().map(r -> ((Map<String, Object>) r.get("statement")).get("id")).toList();
        Map<String, Object> lastOfWhole = (Map<String, Object>) whole.get("page");
        assertEquals(all.size(), ((Number) lastOfWhole.get("total")).intValue(), "one page holds it all: total is exact");
        assertEquals(null, lastOfWhole.get("next"));
        assertTrue(all.size() > 20, "the seed has enough backing statements to page through");

        List<Object> walked = new java.util.ArrayList<>();
        String next = "/api/queries/who-backed-whom?limit=7";
        int pages = 0;
        while (next != null) {
            Map<String, Object> answer = client.toBlocking().retrieve(HttpRequest.GET(next), Map.class);
            Map<String, Object> page = (Map<String, Object>) answer.get("page");
            rows(answer).forEach(r -> walked.add(((Map<String, Object>) r.get("statement")).get("id")));
            next = (String) page.get("next");
            if (next != null) {
                assertEquals(null, page.get("total"), "a page with more after it has no exact total");
                assertEquals(walked.size() + 1, ((Number) page.get("totalAtLeast")).intValue());
                assertEquals(7, ((Number) page.get("returned")).intValue());
            } else {
                assertEquals(all.size(), ((Number) page.get("total")).intValue());
            }
            pages++;
        }
        assertEquals(all, walked, "the pages, in order, are the whole answer");
        assertEquals((all.size() + 6) / 7, pages);
    }
}
