package org.conflictgraph.analytics;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
// the seed's 710 statements count as a large network here, so the default filters are answered from the store
@Property(name = "conflictgraph.precompute.above", value = "0")
@DisplayName("Graph analytics (key-brokers, communities, influence) on the Panjshir data")
class AnalyticsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Driver driver;

    @Inject
    Vocabulary vocabulary;

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

    @SuppressWarnings("unchecked")
    private static String id(Object actor) {
        return ((Map<String, Object>) actor).get("id").toString();
    }

    @Test
    @DisplayName("the embedded database offers Graph Data Science's procedures")
    void embeddedDatabaseHasGds() {
        List<String> names = driver.executableQuery("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN name")
                .execute().records().stream().map(r -> r.get("name").asString()).toList();
        assertTrue(names.containsAll(List.of("gds.betweenness.mutate", "gds.leiden.mutate", "gds.pageRank.mutate",
                "gds.graph.drop")), "gds procedures: " + names.size());
    }

    @Test
    @DisplayName("key-brokers: the Taliban and the NRF lead for confirmed statements, computed exactly on a small network")
    void talibanAndNrfLeadKeyBrokers() {
        List<Map<String, Object>> rows = rows(run("key-brokers", Map.of("statuses", "confirmed")));
        assertEquals("taliban", id(rows.get(0).get("actor")));
        assertEquals("nrf", id(rows.get(1).get("actor")));
        assertEquals(false, rows.get(0).get("sampled"));
        assertEquals(null, rows.get(0).get("samplingSize"));
        assertTrue(((Number) rows.get(0).get("betweenness")).doubleValue() > ((Number) rows.get(2).get("betweenness")).doubleValue());
        assertTrue(((Number) rows.get(0).get("statements")).longValue() >= ((Number) rows.get(0).get("degree")).longValue());
    }

    @Test
    @DisplayName("key-brokers: on a network larger than samplingSize the answer says it is sampled, and how much")
    void keyBrokersSaysWhenSampled() {
        List<Map<String, Object>> rows = rows(run("key-brokers", Map.of("samplingSize", "40")));
        long actors = ((Number) rows.get(0).get("actors")).longValue();
        assertTrue(actors > 40, "actors: " + actors);
        assertEquals(true, rows.get(0).get("sampled"));
        assertEquals(40, ((Number) rows.get(0).get("samplingSize")).intValue());
        assertEquals("taliban", id(rows.get(0).get("actor")));
    }

    @Test
    @DisplayName("key-brokers refuses a samplingSize out of range with a problem body")
    void samplingSizeOutOfRange() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> run("key-brokers", Map.of("samplingSize", "0")));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(Map.class).orElseThrow().get("detail").toString().contains("samplingSize"));
    }

    @Test
    @DisplayName("the default filters are answered from the ranking stored for the live versions, any limit a prefix of it")
    void defaultFiltersServedFromTheStoredAnswer() throws Exception {
        Map<String, Object> first = run("key-brokers", Map.of());
        Thread.sleep(20);
        Map<String, Object> again = run("key-brokers", Map.of("limit", "3"));
        List<Map<String, Object>> all = rows(first);
        List<Map<String, Object>> top = rows(again);
        assertEquals(25, all.size());
        assertEquals(3, top.size());
        // computed once, before either request: a computation per request would state its own time
        assertEquals(all.subList(0, 3), top);
        assertEquals(all.get(0).get("computedAt"), top.get(0).get("computedAt"));
        @SuppressWarnings("unchecked")
        List<?> loads = (List<?>) ((Map<String, Object>) first.get("parameters")).get("loads");
        assertEquals(1, loads.size());
        assertTrue(loads.get(0).toString().startsWith("panjshir@"), loads.toString());
    }

    @Test
    @DisplayName("a filtered request is computed on demand: each answer states its own computation time")
    void filteredRequestsComputedOnDemand() throws Exception {
        Instant before = Instant.now();
        Map<String, Object> first = run("influence", Map.of("statuses", "confirmed,reported"));
        Thread.sleep(20);
        Map<String, Object> second = run("influence", Map.of("statuses", "confirmed,reported"));
        Instant computed = Instant.parse(rows(first).get(0).get("computedAt").toString());
        assertFalse(computed.isBefore(before.minusSeconds(1)), "computed " + computed + ", asked " + before);
        assertNotEquals(rows(first).get(0).get("computedAt"), rows(second).get(0).get("computedAt"));
        assertEquals(rows(first).stream().map(r -> r.get("actor")).toList(), rows(second).stream().map(r -> r.get("actor")).toList());
    }

    @Test
    @DisplayName("communities: the NRF and Ahmad Massoud share a bloc, the Taliban are in another, each member with its evidence")
    @SuppressWarnings("unchecked")
    void communitiesSeparateTheSides() {
        List<Map<String, Object>> blocs = rows(run("communities", Map.of("statuses", "confirmed,reported")));
        Map<String, Integer> blocOf = new java.util.HashMap<>();
        for (Map<String, Object> bloc : blocs) {
            List<Map<String, Object>> members = (List<Map<String, Object>>) bloc.get("members");
            assertTrue(((Number) bloc.get("size")).intValue() >= Math.max(2, members.size()), bloc.toString());
            for (Map<String, Object> m : members) {
                assertTrue(((Number) m.get("statements")).intValue() >= 1, m.toString());
                blocOf.put(id(m.get("actor")), ((Number) bloc.get("bloc")).intValue());
            }
        }
        assertEquals(blocOf.get("nrf"), blocOf.get("ahmad-massoud"));
        assertTrue(blocOf.containsKey("taliban"));
        assertNotEquals(blocOf.get("nrf"), blocOf.get("taliban"));
    }

    @Test
    @DisplayName("communities gives the same blocs on every run (fixed seed, one thread)")
    void communitiesAreStable() {
        Map<String, String> filter = Map.of("statuses", "confirmed,reported,claimed");
        List<Object> first = rows(run("communities", filter)).stream().map(r -> r.get("members")).toList();
        List<Object> second = rows(run("communities", filter)).stream().map(r -> r.get("members")).toList();
        assertEquals(first, second);
    }

    @Test
    @DisplayName("the cooperative and backing ties are the vocabulary's families, passed as parameters")
    @SuppressWarnings("unchecked")
    void tiesComeFromTheVocabulary() {
        Map<String, Object> parameters = (Map<String, Object>) run("communities", Map.of("limit", "1")).get("parameters");
        Set<String> cooperative = Set.copyOf((List<String>) parameters.get("cooperativeTypes"));
        assertEquals(Set.copyOf(vocabulary.cooperativeTypes()), cooperative);
        assertTrue(cooperative.containsAll(List.of("SUPPORTED", "ALLIED_WITH", "MEMBER_OF", "LEADS", "RELATIVE_OF")), cooperative.toString());
        assertFalse(cooperative.contains("FOUGHT"));
        Map<String, Object> influence = (Map<String, Object>) run("influence", Map.of("limit", "1")).get("parameters");
        assertEquals(vocabulary.backingTypes(), influence.get("backingTypes"));
        assertEquals(vocabulary.relationshipTypes().stream().filter(t -> t.family().equals("backing"))
                .map(Vocabulary.RelationshipType::name).collect(Collectors.toSet()), Set.copyOf(vocabulary.backingTypes()));
    }

    @Test
    @DisplayName("influence: the backing flows to the Taliban and the NRF, each with its backers")
    void influenceRanksTheBacked() {
        List<Map<String, Object>> rows = rows(run("influence", Map.of("statuses", "confirmed,reported,claimed")));
        List<String> top = rows.subList(0, 2).stream().map(r -> id(r.get("actor"))).toList();
        assertEquals(Set.of("taliban", "nrf"), Set.copyOf(top));
        for (Map<String, Object> row : rows) {
            assertTrue(((Number) row.get("backers")).intValue() >= 1, row.toString());
            assertTrue(((Number) row.get("statements")).intValue() >= ((Number) row.get("backers")).intValue(), row.toString());
        }
    }

    @Test
    @DisplayName("a filter that leaves no ties answers no rows, not an error")
    void emptyNetwork() {
        assertTrue(rows(run("influence", Map.of("types", "Location"))).isEmpty());
        assertTrue(rows(run("key-brokers", Map.of("types", "Location"))).isEmpty());
        assertTrue(rows(run("communities", Map.of("types", "Location"))).isEmpty());
    }

    @Test
    @DisplayName("every query drops the in-memory graph it projected")
    void noGraphLeftBehind() {
        run("key-brokers", Map.of("statuses", "reported"));
        run("communities", Map.of("statuses", "reported"));
        run("influence", Map.of("statuses", "reported"));
        List<String> left = driver.executableQuery("CALL gds.graph.list() YIELD graphName RETURN graphName").execute()
                .records().stream().map(r -> r.get("graphName").asString()).filter(Objects::nonNull).toList();
        // a background computation may hold one graph of its own for a moment, never one per request
        assertTrue(left.size() <= 1, "graphs left: " + left);
    }
}
