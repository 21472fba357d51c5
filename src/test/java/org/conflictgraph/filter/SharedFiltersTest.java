package org.conflictgraph.filter;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.load.GraphLoader;
import org.conflictgraph.load.Progress;
import org.conflictgraph.query.CannedQuery;
import org.conflictgraph.query.QueryRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared filters have one meaning (README "The shared filters", {@code cypher/filters/statement.cypher}). Every
 * canned query and every endpoint that takes them runs under each filter, over HTTP on the seed plus a second small
 * dataset, and every statement in every answer is checked in Java against that meaning.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The shared filters mean the same in every canned query, endpoint and export")
@SuppressWarnings("unchecked")
class SharedFiltersTest {
    static final String AS_OF = "2021-09-01";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QueryRegistry registry;

    @Inject
    GraphLoader loader;

    @Inject
    Driver driver;

    Set<String> extraIds;
    Set<String> panjshirIds;

    /** A filter: its request parameters and, in Java, what a statement it lets through must satisfy. */
    record Filter(String name, Map<String, String> parameters, Predicate<Map<String, Object>> holds) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An endpoint or canned query, with the parameters it needs besides the filters. */
    record Endpoint(String path, Map<String, String> parameters) {
        @Override
        public String toString() {
            return path + (parameters.isEmpty() ? "" : " " + parameters);
        }
    }

    @BeforeAll
    void loadASecondDataset() throws URISyntaxException {
        loader.load(Path.of(getClass().getClassLoader().getResource("fixtures/datasets/extra").toURI()), Progress.NONE);
        extraIds = ids("extra");
        panjshirIds = ids("panjshir");
        assertFalse(extraIds.isEmpty());
    }

    @AfterAll
    void unloadIt() {
        loader.unload("extra", Progress.NONE);
    }

    private Set<String> ids(String dataset) {
        return Set.copyOf(driver.executableQuery("MATCH ()-[r]->() WHERE r.dataset = $d RETURN collect(r.id) AS ids")
                .withParameters(Map.of("d", dataset)).execute().records().get(0).get("ids").asList(Value::asString));
    }

    List<Filter> filters() {
        return List.of(
                new Filter("asOf certain", Map.of("asOf", AS_OF, "mode", "certain"),
                        s -> s.get("date") == null || s.get("dateEnd").toString().compareTo(AS_OF) <= 0),
                new Filter("asOf possible", Map.of("asOf", AS_OF, "mode", "possible"),
                        s -> s.get("date") == null || s.get("date").toString().compareTo(AS_OF) <= 0),
                new Filter("statuses", Map.of("statuses", "confirmed,denied"),
                        s -> Set.of("confirmed", "denied").contains(s.get("status"))),
                new Filter("relationship types", Map.of("types", "SUPPORTED,KILLED,MEMBER_OF,CAPTURED"),
                        s -> Set.of("SUPPORTED", "KILLED", "MEMBER_OF", "CAPTURED").contains(s.get("type"))),
                new Filter("entity types", Map.of("types", "Faction,State,Location"),
                        s -> bothEnds(s, Set.of("Faction", "State", "Location"))),
                new Filter("entity and relationship types", Map.of("types", "Person,Faction,KILLED,LEADS,SUPPORTED"),
                        s -> Set.of("KILLED", "LEADS", "SUPPORTED").contains(s.get("type"))
                                && bothEnds(s, Set.of("Person", "Faction"))),
                new Filter("datasets=extra", Map.of("datasets", "extra"), s -> extraIds.contains((String) s.get("id"))),
                new Filter("datasets=panjshir", Map.of("datasets", "panjshir"), s -> panjshirIds.contains((String) s.get("id"))));
    }

    static boolean bothEnds(Map<String, Object> s, Set<String> types) {
        return types.contains(((Map<String, Object>) s.get("subject")).get("type"))
                && types.contains(((Map<String, Object>) s.get("object")).get("type"));
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (CannedQuery q : registry.all()) {
            Map<String, String> example = new LinkedHashMap<>(q.example());
            if (q.name().equals("sources-for")) {
                example = Map.of("from", "pakistan"); // many statements rather than one
            }
            endpoints.add(new Endpoint("/api/queries/" + q.name(), example));
        }
        endpoints.add(new Endpoint("/api/network", Map.of("format", "json")));
        endpoints.add(new Endpoint("/api/network", Map.of("format", "json", "around", "taliban", "depth", "2")));
        endpoints.add(new Endpoint("/api/network", Map.of("format", "json", "query", "backers-of", "actor", "taliban", "maxHops", "2")));
        endpoints.add(new Endpoint("/api/connections", Map.of("from", "amrullah-saleh", "to", "pakistan")));
        endpoints.add(new Endpoint("/api/connections", Map.of("from", "extra-commander", "to", "nrf")));
        endpoints.add(new Endpoint("/api/entities/taliban/timeline", Map.of()));
        endpoints.add(new Endpoint("/api/entities/pakistan/timeline", Map.of()));
        return endpoints;
    }

    private Object get(Endpoint endpoint, Map<String, String> filter) {
        UriBuilder uri = UriBuilder.of(endpoint.path());
        Map<String, String> all = new LinkedHashMap<>(endpoint.parameters());
        all.putAll(filter);
        all.forEach(uri::queryParam);
        return client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Object.class);
    }

    /** Every statement in an answer, however deeply it nests them: a map with id, type, subject, object and status. */
    static List<Map<String, Object>> statements(Object answer) {
        List<Map<String, Object>> out = new ArrayList<>();
        collect(answer, out);
        return out;
    }

    private static void collect(Object value, List<Map<String, Object>> out) {
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("id") && map.containsKey("subject") && map.containsKey("object") && map.containsKey("status")) {
                out.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    @TestFactory
    @DisplayName("every statement of every answer passes the filter it was asked for")
    Stream<DynamicTest> everyStatementPasses() {
        return filters().stream().flatMap(filter -> endpoints().stream().map(endpoint ->
                DynamicTest.dynamicTest(filter + ": " + endpoint, () -> {
                    List<Map<String, Object>> failing = statements(get(endpoint, filter.parameters())).stream()
                            .filter(s -> !filter.holds().test(s)).toList();
                    assertEquals(List.of(), failing.stream().map(s -> s.get("id") + " " + s.get("type") + " "
                            + s.get("status") + " " + s.get("date") + ".." + s.get("dateEnd")).toList(),
                            filter + " on " + endpoint);
                })));
    }

    @Test
    @DisplayName("the check is not vacuous: without the filter, the answers hold statements each filter must remove, "
            + "and with it, statements remain")
    void everyFilterRemovesAndKeeps() {
        for (Filter filter : filters()) {
            int kept = 0;
            int removable = 0;
            for (Endpoint endpoint : endpoints()) {
                kept += statements(get(endpoint, filter.parameters())).size();
                removable += (int) statements(get(endpoint, Map.of())).stream().filter(s -> !filter.holds().test(s)).count();
            }
            assertTrue(kept > 0, filter + " keeps some statements somewhere");
            assertTrue(removable > 0, filter + " has something to remove somewhere");
        }
    }

    @Test
    @DisplayName("the whole network and a timeline under a filter are exactly their unfiltered statements that pass it")
    void filteringIsSelection() {
        for (Endpoint endpoint : List.of(new Endpoint("/api/network", Map.of("format", "json")),
                new Endpoint("/api/entities/taliban/timeline", Map.of()))) {
            List<Map<String, Object>> all = statements(get(endpoint, Map.of()));
            for (Filter filter : filters()) {
                Set<Object> expected = all.stream().filter(filter.holds()).map(s -> s.get("id")).collect(Collectors.toSet());
                Set<Object> actual = statements(get(endpoint, filter.parameters())).stream().map(s -> s.get("id"))
                        .collect(Collectors.toSet());
                assertEquals(expected, actual, filter + " on " + endpoint);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "types=%00", "types=SUPPORTED,,KILLED", "types=SUPPORTED,", "types=Dragon", "types=supported",
            "statuses=,confirmed", "statuses=rumoured", "statuses=%00",
            "datasets=nowhere", "datasets=%00", "datasets=panjshir,,extra", "datasets=Panjshir"})
    @DisplayName("an unknown or malformed list value is a 400 problem on every endpoint that takes the filters")
    void badListValues(String query) {
        for (String path : List.of("/api/queries/who-backed-whom?", "/api/queries/actor-timeline?actor=taliban&",
                "/api/network?", "/api/network?around=nrf&", "/api/connections?from=amrullah-saleh&to=pakistan&",
                "/api/entities/taliban/timeline?")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET(path + query), String.class), path + query);
            assertEquals(400, e.getStatus().getCode(), path + query);
            assertTrue(e.getResponse().getContentType().orElseThrow().toString().contains("problem+json"), path + query);
            Map<String, Object> problem = e.getResponse().getBody(Map.class).orElseThrow();
            assertEquals(400, ((Number) problem.get("status")).intValue());
            assertFalse(String.valueOf(problem.get("detail")).isBlank());
        }
    }

    @Test
    @DisplayName("an unknown dataset's 400 lists the loaded ones")
    void unknownDatasetListsTheLoadedOnes() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/network?datasets=nowhere"), String.class));
        String detail = String.valueOf(e.getResponse().getBody(Map.class).orElseThrow().get("detail"));
        assertTrue(detail.contains("nowhere") && detail.contains("extra") && detail.contains("panjshir"), detail);
    }
}
