package org.conflictgraph;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@MicronautTest
@DisplayName("The REST API on the Panjshir data")
@SuppressWarnings("unchecked")
class RestApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    private <T> T get(String path, Map<String, String> params, Class<T> type) {
        UriBuilder uri = UriBuilder.of(path);
        params.forEach(uri::queryParam);
        return client.toBlocking().retrieve(HttpRequest.GET(uri.build()), type);
    }

    private List<Map<String, Object>> search(String q) {
        return get("/api/entities", Map.of("q", q), List.class);
    }

    private static List<String> ids(List<Map<String, Object>> entities) {
        return entities.stream().map(e -> (String) e.get("id")).toList();
    }

    @Nested
    @DisplayName("GET /api/entities")
    class Search {
        @Test
        @DisplayName("\"Amarullah\" finds Amrullah Saleh, and a misspelt \"Amrulah\" still does")
        void amarullah() {
            assertEquals("amrullah-saleh", ids(search("Amarullah")).get(0));
            assertTrue(ids(search("Amrulah Saleh")).contains("amrullah-saleh"));
        }

        @Test
        @DisplayName("\"Dashti\" finds Fahim Dashty, as does \"DASHTÍ\" with an accent")
        void dashti() {
            assertEquals("fahim-dashty", ids(search("Dashti")).get(0));
            assertEquals("fahim-dashty", ids(search("DASHTÍ")).get(0));
        }

        @Test
        @DisplayName("\"Ahmad Massoud\" returns the son before the father")
        void exactNameFirst() {
            List<Map<String, Object>> hits = search("Ahmad Massoud");
            List<String> ids = ids(hits);
            assertEquals("ahmad-massoud", ids.get(0));
            assertTrue(ids.contains("ahmad-shah-massoud"), "the father is found too: " + ids);
            assertEquals(true, hits.get(0).get("exactName"));
            assertEquals(false, hits.get(ids.indexOf("ahmad-shah-massoud")).get("exactName"));
        }

        @Test
        @DisplayName("Persian script works: طالبان is the Taliban, and Arabic-keyboard letters fold to Persian ones")
        void persian() {
            assertEquals("taliban", ids(search("طالبان")).get(0));
            assertEquals("panjshir-province", ids(search("پنجشير")).get(0), "Arabic yeh (ي) matches Persian yeh (ی)");
        }

        @Test
        @DisplayName("type narrows the search to one entity type")
        void byType() {
            List<Map<String, Object>> states = get("/api/entities", Map.of("q", "Pakistan", "type", "State"), List.class);
            assertEquals(List.of("pakistan"), ids(states));
            List<Map<String, Object>> all = search("Pakistan");
            assertTrue(all.size() > 1 && ids(all).contains("pakistan-air-force"), "without type, the air force too");
        }
    }

    @Test
    @DisplayName("GET /api/entities/{id}: the entity, its aliases and its statement counts by type and direction")
    void entityDetail() {
        Map<String, Object> saleh = get("/api/entities/amrullah-saleh", Map.of(), Map.class);
        assertEquals("Amrullah Saleh", saleh.get("name"));
        assertTrue(((List<String>) saleh.get("aliases")).contains("Amarullah Saleh"));
        List<Map<String, Object>> counts = (List<Map<String, Object>>) saleh.get("counts");
        Map<String, Object> fled = counts.stream().filter(c -> c.get("type").equals("FLED_TO")).findFirst().orElseThrow();
        assertEquals("out", fled.get("direction"));
        assertEquals("fled to", fled.get("label"));
        assertTrue(((Number) fled.get("statements")).intValue() >= 5, "Saleh's flight to Tajikistan, claimed and denied");
        assertEquals(counts.stream().mapToInt(c -> ((Number) c.get("statements")).intValue()).sum(),
                ((Number) saleh.get("statements")).intValue());
    }

    @Test
    @DisplayName("GET /api/entities/{id}/timeline: dated statements in order, undated last, filters apply")
    void timeline() {
        Map<String, Object> timeline = get("/api/entities/fahim-dashty/timeline", Map.of(), Map.class);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) timeline.get("statements");
        List<Object> dates = entries.stream().map(e -> ((Map<String, Object>) e.get("statement")).get("date")).toList();
        int firstUndated = dates.indexOf(null);
        assertTrue(firstUndated > 0, "some dated, then undated: " + dates);
        assertTrue(dates.subList(firstUndated, dates.size()).stream().allMatch(d -> d == null), "undated last");
        List<String> dated = dates.subList(0, firstUndated).stream().map(Object::toString).toList();
        assertEquals(dated.stream().sorted().toList(), dated, "in date order");
        assertEquals("2021-08-31", dated.get(0));

        Map<String, Object> denied = get("/api/entities/fahim-dashty/timeline", Map.of("statuses", "denied"), Map.class);
        List<Map<String, Object>> only = (List<Map<String, Object>>) denied.get("statements");
        assertEquals(1, only.size());
        Map<String, Object> statement = (Map<String, Object>) only.get(0).get("statement");
        assertEquals("KILLED", statement.get("type"));
        assertEquals("in", only.get(0).get("direction"));
        assertEquals("taliban", ((Map<String, Object>) statement.get("claimedBy")).get("id"), "the Taliban deny the PAF killed him");
    }

    @Test
    @DisplayName("GET /api/connections: Amrullah Saleh and Pakistan are connected, and every hop has its evidence")
    void connectionWithEvidence() {
        Map<String, Object> connection = get("/api/connections", Map.of("from", "amrullah-saleh", "to", "pakistan"), Map.class);
        List<Map<String, Object>> routes = (List<Map<String, Object>>) connection.get("routes");
        assertFalse(routes.isEmpty(), "a connection exists");
        for (Map<String, Object> route : routes) {
            List<Map<String, Object>> actors = (List<Map<String, Object>>) route.get("actors");
            assertEquals("amrullah-saleh", actors.get(0).get("id"));
            assertEquals("pakistan", actors.get(actors.size() - 1).get("id"));
            List<Map<String, Object>> hops = (List<Map<String, Object>>) route.get("hops");
            assertEquals(((Number) route.get("length")).intValue(), hops.size());
            for (Map<String, Object> hop : hops) {
                List<Map<String, Object>> statements = (List<Map<String, Object>>) hop.get("statements");
                assertFalse(statements.isEmpty(), "hop " + hop.get("from") + " -> " + hop.get("to") + " has statements");
                for (Map<String, Object> s : statements) {
                    assertNotNull(((Map<String, Object>) s.get("source")).get("title"), "every statement names its source");
                    assertFalse(String.valueOf(s.get("excerpt")).isBlank(), "and quotes it");
                }
            }
        }
        // through intermediaries when the direct ties are filtered out
        Map<String, Object> indirect = get("/api/connections",
                Map.of("from", "amrullah-saleh", "to", "pakistan", "types", "SUPPORTED,FLED_TO,HOSTED,FOUGHT,MEMBER_OF,LEADS"), Map.class);
        List<Map<String, Object>> longer = (List<Map<String, Object>>) indirect.get("routes");
        assertFalse(longer.isEmpty(), "connected without OPPOSED too");
        assertTrue(((Number) longer.get(0).get("length")).intValue() > 1);
        Map<String, Object> tooShort = get("/api/connections",
                Map.of("from", "amrullah-saleh", "to", "pakistan", "types", "SUPPORTED,FLED_TO,HOSTED,FOUGHT,MEMBER_OF,LEADS",
                        "maxHops", "1"), Map.class);
        assertEquals(List.of(), tooShort.get("routes"), "no route within one hop once OPPOSED is left out");
    }

    @Test
    @DisplayName("GET /api/statements/{id}: the statement, its source document, the numbered reference it cites, its excerpt")
    void statementWithEvidence() {
        Map<String, Object> detail = get("/api/statements/c-172", Map.of(), Map.class);
        Map<String, Object> statement = (Map<String, Object>) detail.get("statement");
        assertEquals("SUPPORTED", statement.get("type"));
        assertEquals("pakistan", ((Map<String, Object>) statement.get("subject")).get("id"));
        assertEquals("denied", statement.get("status"));
        assertEquals("2021-09-01", statement.get("date"));
        assertEquals("2021-09-30", statement.get("dateEnd"));
        assertEquals("month", statement.get("datePrecision"));
        assertEquals("wp-panjshir-conflict", ((Map<String, Object>) detail.get("document")).get("id"));
        List<Map<String, Object>> references = (List<Map<String, Object>>) detail.get("references");
        assertEquals(1, references.size());
        assertEquals("174", references.get(0).get("ref"));
        assertEquals("The Hindu", references.get(0).get("publisher"));
        assertEquals("2021-09-10", references.get(0).get("published"));
        assertTrue(detail.get("excerpt").toString().contains("Pakistani Foreign Office"));
        Map<String, Object> undated = (Map<String, Object>) get("/api/statements/a-013", Map.of(), Map.class).get("statement");
        assertTrue(undated.containsKey("date") && undated.get("date") == null, "null fields are present, not dropped");
    }

    @Test
    @DisplayName("GET /api/sources and /api/sources/{id}: documents with their numbered references")
    void sources() {
        List<Map<String, Object>> news = get("/api/sources", Map.of("kind", "news"), List.class);
        assertEquals(List.of("news-000", "news-001", "news-002", "news-003"),
                news.stream().map(s -> s.get("id")).sorted().toList().subList(0, 4));
        Map<String, Object> article = get("/api/sources/wp-panjshir-conflict", Map.of(), Map.class);
        List<Map<String, Object>> references = (List<Map<String, Object>>) article.get("references");
        assertTrue(references.size() > 150);
        assertEquals("1", references.get(0).get("ref"));
        assertEquals("2", references.get(1).get("ref"), "in number order, not text order");
        assertTrue(((Number) article.get("statements")).intValue() > 400);
        Map<String, Object> ref = get("/api/sources/wp-ref-174", Map.of(), Map.class);
        assertEquals("wp-panjshir-conflict", ((Map<String, Object>) ref.get("citedBy")).get("id"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/entities/no-such-entity|404",
            "/api/entities/no-such-entity/timeline|404",
            "/api/entities/taliban/timeline?asOf=2021-02-30|400",
            "/api/entities/taliban/timeline?statuses=maybe|400",
            "/api/entities/taliban/timeline?limit=5000|400",
            "/api/entities|400",
            "/api/entities?q=%20%20|400",
            "/api/entities?q=taliban&type=Tribe|400",
            "/api/entities?q=taliban&limit=1001|400",
            "/api/entities?q=taliban&limit=lots|400",
            "/api/statements/no-such-statement|404",
            "/api/sources/no-such-source|404",
            "/api/sources?kind=blog|400",
            "/api/connections?from=amrullah-saleh|400",
            "/api/connections?from=amrullah-saleh&to=nobody-here|404",
            "/api/connections?from=amrullah-saleh&to=pakistan&maxHops=7|400",
            "/api/connections?from=amrullah-saleh&to=pakistan&maxHops=0|400",
            "/api/connections?from=amrullah-saleh&to=pakistan&asOf=20210820|400",
            "/api/connections?from=amrullah-saleh&to=pakistan&mode=sometimes|400",
            "/api/connections?from=amrullah-saleh&to=pakistan&statuses=rumour|400",
    })
    @DisplayName("not-found and bad input are JSON problems with their status, never a 500")
    void errors(String uri, int status) {
        try {
            client.toBlocking().exchange(HttpRequest.GET(uri), Map.class);
            fail(uri + " succeeded");
        } catch (HttpClientResponseException e) {
            assertEquals(status, e.getStatus().getCode(), uri);
            assertEquals("application/problem+json", e.getResponse().getContentType().map(Object::toString).orElse(""));
            Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
            assertEquals(status, ((Number) problem.get("status")).intValue());
        }
    }

    @Test
    @DisplayName("the OpenAPI spec describes the endpoints, and Swagger UI is served at /swagger-ui")
    void openApi() {
        String spec = client.toBlocking().retrieve("/swagger/conflict-graph-0.1.yml");
        for (String path : List.of("/api/queries/{name}", "/api/entities/{id}/timeline", "/api/connections",
                "/api/statements/{id}", "/api/sources/{id}")) {
            assertTrue(spec.contains(path + ":"), "the spec has " + path);
        }
        HttpResponse<String> ui = client.toBlocking().exchange("/swagger-ui/index.html", String.class);
        assertEquals(HttpStatus.OK, ui.getStatus());
        assertTrue(ui.body().contains("swagger-ui"), "the Swagger UI page");
        assertTrue(ui.body().contains("conflict-graph-0.1.yml"), "pointing at our spec");
    }
}
