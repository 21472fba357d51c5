package org.conflictgraph.view;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web view's aggregated network: overview, expand and ties, on the real Panjshir data. */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@DisplayName("GET /api/network/overview, /expand and /ties")
@SuppressWarnings("unchecked")
class NetworkViewControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Driver driver;

    Map<String, Object> json(String uri) {
        return client.toBlocking().retrieve(uri, Map.class);
    }

    static List<Map<String, Object>> list(Map<String, Object> view, String key) {
        return (List<Map<String, Object>>) view.get(key);
    }

    static Set<String> ids(Map<String, Object> view) {
        Set<String> ids = new HashSet<>();
        list(view, "nodes").forEach(n -> ids.add((String) n.get("id")));
        return ids;
    }

    long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
    }

    @Test
    @DisplayName("the overview is the 150 actors with the most statements, the Taliban first")
    void shouldOpenOnTheMostCentralActors() {
        Map<String, Object> view = json("/api/network/overview");
        List<Map<String, Object>> nodes = list(view, "nodes");
        assertEquals(150, nodes.size());
        assertEquals("taliban", nodes.get(0).get("id"));
        long lowestDrawn = ((Number) nodes.get(nodes.size() - 1).get("degree")).longValue();
        long highestLeftOut = count("MATCH (e:Entity)-[r]-(:Entity) WHERE NOT e.id IN $ids "
                + "RETURN coalesce(max(size([(e)-[x]-(:Entity) | x])), 0)", Map.of("ids", List.copyOf(ids(view))));
        assertTrue(highestLeftOut <= lowestDrawn, highestLeftOut + " > " + lowestDrawn);
        assertEquals(count("MATCH (:Entity {id: 'taliban'})-[r]-(:Entity) RETURN count(r)", Map.of()),
                ((Number) nodes.get(0).get("degree")).longValue());
    }

    @Test
    @DisplayName("ties aggregate: fewer edges than statements, and their counts add up to the statements among the actors")
    void shouldAggregateStatementsIntoTies() {
        Map<String, Object> view = json("/api/network/overview");
        List<Map<String, Object>> ties = list(view, "ties");
        long among = count("MATCH (s:Entity)-[r]->(o:Entity) WHERE s.id IN $ids AND o.id IN $ids RETURN count(r)",
                Map.of("ids", List.copyOf(ids(view))));
        long sum = ties.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum();
        assertEquals(among, sum);
        assertEquals(among, ((Number) view.get("statements")).longValue());
        assertTrue(ties.size() < among, ties.size() + " ties for " + among + " statements");
        Set<String> distinct = new HashSet<>();
        ties.forEach(t -> assertTrue(distinct.add(t.get("source") + ">" + t.get("target") + ":" + t.get("family")), t.toString()));
        assertFalse((Boolean) view.get("truncated"));
    }

    @Test
    @DisplayName("Pakistan's backing of the Taliban is one tie: confirmed at strongest, contested by a denial")
    void shouldStyleATieByItsStrongestAndMostContestedStatus() {
        Map<String, Object> tie = list(json("/api/network/overview"), "ties").stream()
                .filter(t -> t.get("id").equals("pakistan>taliban:backing")).findFirst().orElseThrow();
        long backing = count("MATCH (:Entity {id: 'pakistan'})-[r:SUPPORTED|ENDORSED|HOSTED|ALLIED_WITH]->(:Entity {id: 'taliban'}) "
                + "RETURN count(r)", Map.of());
        assertEquals(backing, ((Number) tie.get("count")).longValue());
        assertTrue(((List<String>) tie.get("statuses")).contains("denied"));
        assertEquals(true, tie.get("contested"));
        List<String> statuses = (List<String>) tie.get("statuses");
        assertEquals(statuses.contains("confirmed") ? "confirmed" : statuses.contains("reported") ? "reported" : "claimed", tie.get("status"));
    }

    @Test
    @DisplayName("filters apply: as of 2021-08-20 the Taliban's capture of the Panjshir Valley is not yet a tie")
    void shouldFilterTheOverview() {
        boolean before = list(json("/api/network/overview?limit=500&asOf=2021-08-20&types=CAPTURED"), "ties").stream()
                .anyMatch(t -> t.get("id").equals("taliban>panjshir-valley:control"));
        boolean after = list(json("/api/network/overview?limit=500&types=CAPTURED"), "ties").stream()
                .anyMatch(t -> t.get("id").equals("taliban>panjshir-valley:control"));
        assertFalse(before);
        assertTrue(after);
    }

    @Test
    @DisplayName("expand=pakistan with limit=5 draws Pakistan's five closest neighbours and says how many more there are")
    void shouldExpandAnActor() {
        Map<String, Object> view = json("/api/network/expand?actor=pakistan&limit=5");
        assertEquals(6, ids(view).size());
        assertTrue(ids(view).containsAll(Set.of("pakistan", "taliban")));
        Map<String, Object> expansion = list(view, "expansions").get(0);
        long neighbours = count("MATCH (:Entity {id: 'pakistan'})--(n:Entity) WHERE n.id <> 'pakistan' RETURN count(DISTINCT n)", Map.of());
        assertEquals(neighbours - 5, ((Number) expansion.get("more")).longValue());
        assertEquals(5, ((List<String>) expansion.get("neighbours")).size());
        Set<String> drawn = ids(view);
        list(view, "ties").forEach(t -> assertTrue(drawn.contains(t.get("source")) && drawn.contains(t.get("target"))));
    }

    @Test
    @DisplayName("the overview with expand and add keeps the top actors and adds the asked ones")
    void shouldAddExpandedAndSearchedActors() {
        Map<String, Object> view = json("/api/network/overview?limit=10&expand=pakistan&neighbours=3&add=adam-kinzinger");
        Set<String> drawn = ids(view);
        assertTrue(drawn.containsAll(Set.of("taliban", "pakistan", "adam-kinzinger")), drawn.toString());
        assertTrue(drawn.containsAll(((List<String>) list(view, "expansions").get(0).get("neighbours"))));
        assertTrue(drawn.size() <= 10 + 1 + 3 + 1);
    }

    @Test
    @DisplayName("the statements behind a tie come in pages that add up to its total, in date order")
    void shouldPageTheStatementsOfATie() {
        long total = count("MATCH (:Entity {id: 'nrf'})-[r:FOUGHT|ATTACKED|KILLED|WOUNDED|BLOCKADED|SURRENDERED_TO]->(:Entity {id: 'taliban'}) "
                + "RETURN count(r)", Map.of());
        List<String> seen = new ArrayList<>();
        String previous = "";
        for (int offset = 0; offset < total; offset += 20) {
            Map<String, Object> page = json("/api/network/ties?from=nrf&to=taliban&family=fighting&limit=20&offset=" + offset);
            assertEquals(total, ((Number) page.get("total")).longValue());
            for (Map<String, Object> s : list(page, "statements")) {
                seen.add((String) s.get("id"));
                String date = (String) s.get("date");
                if (date != null) {
                    assertTrue(date.compareTo(previous) >= 0, date + " after " + previous);
                    previous = date;
                }
                assertEquals("nrf", ((Map<String, Object>) s.get("subject")).get("id"));
            }
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
        assertTrue(total > 20, "more than one page");
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
            "/api/network/overview?limit=501, 400",
            "/api/network/overview?limit=many, 400",
            "/api/network/overview?neighbours=0, 400",
            "/api/network/overview?asOf=2021-02-30, 400",
            "/api/network/overview?statuses=rumoured, 400",
            "/api/network/overview?expand=nobody, 404",
            "/api/network/overview?add=nobody, 404",
            "/api/network/expand, 400",
            "/api/network/expand?actor=nobody, 404",
            "/api/network/expand?actor=nrf&limit=101, 400",
            "/api/network/ties?from=nrf&to=taliban, 400",
            "/api/network/ties?from=nrf&to=taliban&family=love, 400",
            "/api/network/ties?from=nrf&to=taliban&family=fighting&limit=0, 400",
            "/api/network/ties?from=nrf&to=taliban&family=fighting&offset=-1, 400",
            "/api/network/ties?from=nobody&to=taliban&family=fighting, 404"})
    void shouldRejectBadInput(String uri, int status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(uri, byte[].class));
        assertEquals(status, e.getStatus().getCode());
        assertTrue(e.getResponse().getContentType().orElseThrow().toString().contains("problem+json"));
    }

    @Test
    @DisplayName("every relationship type belongs to a family the legend lists")
    void shouldDeclareAFamilyForEveryType() {
        Map<String, Object> legend = json("/api/network/legend");
        List<String> families = (List<String>) legend.get("families");
        list(legend, "relationshipTypes").forEach(t -> assertTrue(families.contains(t.get("family")), t.toString()));
        assertTrue(families.containsAll(List.of("backing", "fighting", "kinship")));
    }


    @Test
    @DisplayName("format= answers exactly the drawn view as a file: its actors and every statement behind its ties")
    void shouldExportExactlyTheDrawnView() {
        Map<String, Object> view = json("/api/network/overview?limit=12&expand=pakistan&neighbours=3");
        long statements = ((Number) view.get("statements")).longValue();
        Map<String, Object> file = json("/api/network/overview?limit=12&expand=pakistan&neighbours=3&format=json");
        assertEquals(ids(view), ids(file));
        assertEquals(statements, list(file, "statements").size());
        Set<String> ties = new HashSet<>();
        list(view, "ties").forEach(t -> ties.add(t.get("source") + ">" + t.get("target")));
        list(file, "statements").forEach(st -> assertTrue(ties.contains(((Map<String, Object>) st.get("subject")).get("id") + ">"
                + ((Map<String, Object>) st.get("object")).get("id")), "a statement behind no drawn tie: " + st.get("id")));

        String graphml = client.toBlocking().retrieve("/api/network/expand?actor=pakistan&limit=5&format=graphml");
        Map<String, Object> expanded = json("/api/network/expand?actor=pakistan&limit=5");
        assertEquals(list(expanded, "nodes").size(), graphml.split("<node ", -1).length - 1);
        assertEquals(((Number) expanded.get("statements")).longValue(), graphml.split("<edge ", -1).length - 1);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> json("/api/network/overview?format=xlsx"));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(Map.class).orElseThrow().get("detail").toString().contains("graphml"));
    }

    @Test
    @DisplayName("a view asked again is the same answer, kept for the live dataset versions")
    void shouldKeepAViewForTheLiveVersions() {
        Map<String, Object> first = json("/api/network/overview?limit=30&statuses=confirmed");
        Map<String, Object> again = json("/api/network/overview?limit=30&statuses=confirmed");
        assertEquals(first, again);
        assertFalse(first.equals(json("/api/network/overview?limit=30&statuses=denied")), "another filter is another answer");
    }
}
