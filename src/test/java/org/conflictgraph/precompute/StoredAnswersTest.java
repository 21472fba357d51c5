package org.conflictgraph.precompute;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.load.GraphLoader;
import org.conflictgraph.load.GraphLoaderTest;
import org.conflictgraph.load.Progress;
import org.conflictgraph.system.CypherFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
// the seed's 710 statements count as a large network here, so the default requests are answered from the store
@Property(name = "conflictgraph.precompute.above", value = "0")
@Property(name = "conflictgraph.precompute.check-interval", value = "200ms")
@DisplayName("Stored answers: computed once per set of live versions, served page by page, never stale")
@SuppressWarnings("unchecked")
class StoredAnswersTest {
    /** Every claim status: the same statements as the default, but a different request, so it is read on demand. */
    private static final String ALL_STATUSES = "statuses=confirmed,reported,claimed,alleged,unconfirmed,denied";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Driver driver;

    @Inject
    GraphLoader loader;

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }

    /** The default contested-claims request, once the background computation has stored it. */
    private Map<String, Object> storedContestedClaims(String query) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Map<String, Object> answer = get("/api/queries/contested-claims" + query);
            if (answer.get("computedAt") != null) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("contested-claims was not stored within a minute");
    }

    @Test
    @DisplayName("contested-claims: the stored answer equals the answer read on demand, and says when it was computed")
    void storedEqualsOnDemand() throws InterruptedException {
        Map<String, Object> stored = storedContestedClaims("");
        Map<String, Object> onDemand = get("/api/queries/contested-claims?" + ALL_STATUSES);
        assertNull(onDemand.get("computedAt"), "a filtered request is read for itself");
        assertTrue(((List<?>) stored.get("rows")).size() > 5, "the seed has contested claims");
        assertEquals(onDemand.get("rows"), stored.get("rows"));
        assertEquals(((Map<String, Object>) onDemand.get("page")).get("total"),
                ((Map<String, Object>) stored.get("page")).get("total"));
    }

    @Test
    @DisplayName("contested-claims: pages of the stored answer walk the same rows as pages read on demand")
    void storedPagesWalkTheSameRows() throws InterruptedException {
        storedContestedClaims("");
        List<Object> fromStore = walk("/api/queries/contested-claims?limit=4");
        List<Object> onDemand = walk("/api/queries/contested-claims?limit=4&" + ALL_STATUSES);
        assertEquals(onDemand, fromStore);
        Map<String, Object> page = get("/api/queries/contested-claims?limit=4&offset=4");
        assertNotNull(page.get("computedAt"), "a later page comes from the store too");
    }

    private List<Object> walk(String first) {
        List<Object> rows = new ArrayList<>();
        String next = first;
        while (next != null) {
            Map<String, Object> answer = get(next);
            rows.addAll((List<?>) answer.get("rows"));
            next = (String) ((Map<String, Object>) answer.get("page")).get("next");
        }
        return rows;
    }

    @Test
    @DisplayName("/api/sources and /api/datasets answer what their Cypher files read now")
    void sourcesAndDatasetsAsRead() throws InterruptedException {
        storedContestedClaims(""); // sources and datasets are computed before it
        List<Map<String, Object>> sources = client.toBlocking().retrieve(HttpRequest.GET("/api/sources"), List.class);
        List<String> loads = driver.executableQuery(CypherFiles.read("system/live-loads.cypher")).execute()
                .records().stream().map(r -> r.get("load").asString()).toList();
        List<String> expected = driver.executableQuery(CypherFiles.read("source/sources.cypher"))
                .withParameters(Map.of("loads", loads, "offset", 0, "limit", 1000, "kind", "news")).execute()
                .records().stream().map(r -> r.get("source").get("id").asString()).toList();
        List<String> news = sources.stream().filter(s -> "news".equals(s.get("kind"))).map(s -> s.get("id").toString()).toList();
        assertEquals(expected, news);
        assertEquals(180, sources.size());
    }

    @Test
    @DisplayName("a load changes the live versions: the next answer is read for them, never the stored one of before")
    void neverStaleAfterALoad() throws InterruptedException {
        storedContestedClaims("");
        List<Map<String, Object>> before = client.toBlocking().retrieve(HttpRequest.GET("/api/datasets"), List.class);
        loader.load(GraphLoaderTest.fixture("datasets/extra"), Progress.NONE);
        try {
            List<Map<String, Object>> during = client.toBlocking().retrieve(HttpRequest.GET("/api/datasets"), List.class);
            assertEquals(before.size() + 1, during.size(), "the new dataset shows at once");
            Map<String, Object> claims = get("/api/queries/contested-claims");
            List<?> loads = (List<?>) ((Map<String, Object>) claims.get("parameters")).get("loads");
            assertEquals(2, loads.size(), "read from the new versions: " + loads);
        } finally {
            loader.unload("extra", Progress.NONE);
        }
        List<Map<String, Object>> after = client.toBlocking().retrieve(HttpRequest.GET("/api/datasets"), List.class);
        assertEquals(before.size(), after.size());
    }

    @Test
    @DisplayName("/api/sources pages: the headers give the total on the last page, and Link the next one")
    void sourcesPageByHeaders() {
        List<Object> all = new ArrayList<>();
        String next = "/api/sources?limit=50";
        int pages = 0;
        String total = null;
        while (next != null) {
            HttpResponse<List> response = client.toBlocking().exchange(HttpRequest.GET(next), List.class);
            all.addAll(response.body());
            String link = response.getHeaders().get("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            if (next != null) {
                assertNotNull(response.getHeaders().get("X-Total-At-Least"));
            } else {
                total = response.getHeaders().get("X-Total-Count");
            }
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(Integer.toString(all.size()), total);
        assertEquals(all, client.toBlocking().retrieve(HttpRequest.GET("/api/sources?limit=1000"), List.class));
    }
}
