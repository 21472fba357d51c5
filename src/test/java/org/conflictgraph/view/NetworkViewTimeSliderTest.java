package org.conflictgraph.view;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.conflictgraph.view.StraightforwardView.ids;
import static org.conflictgraph.view.StraightforwardView.list;
import static org.conflictgraph.view.StraightforwardView.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time slider: a view as of a day is the view's cast (chosen without the date) as it stood that day. Every
 * answer is compared with the straightforward reading of the same cast on that day: {@code view.cypher} with the
 * cast as its added actors and the day as its filter, which counts each actor's and each tie's statements in
 * Cypher, and with {@code /api/network/ties} totals.
 */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@DisplayName("GET /api/network/overview?asOf=: the time slider")
@SuppressWarnings("unchecked")
class NetworkViewTimeSliderTest {
    /** Days of the seed around the fall of Kabul and the Panjshir: before, during and after most statements. */
    static final List<String> DAYS = List.of("1996-09-27", "2021-08-15", "2021-08-20", "2021-09-06", "2021-09-30", "2100-01-01");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    GraphReads reads;

    @Inject
    Vocabulary vocabulary;

    Map<String, Object> json(String uri) {
        return client.toBlocking().retrieve(uri, Map.class);
    }

    static String query(String base, String asOf, String mode) {
        return base + (base.contains("?") ? "&" : "?") + "asOf=" + asOf + "&mode=" + mode;
    }

    @ParameterizedTest(name = "{0}, every day in both modes")
    @CsvSource(delimiter = ';', value = {
            "/api/network/overview; ",
            "/api/network/overview?limit=12&expand=pakistan&neighbours=4&add=adam-kinzinger; ",
            "/api/network/overview?limit=40&statuses=confirmed,reported; confirmed,reported",
            "/api/network/expand?actor=nrf&limit=8; "})
    @DisplayName("as of each day, the cast's actors with a statement by then, their degree and ties, as Cypher counts them")
    void shouldAnswerEachDayAsTheStraightforwardQueryDoes(String base, String statuses) {
        Map<String, Object> whole = json(base);
        assertFalse((Boolean) whole.get("truncated"), "the comparison holds for a view under the cap");
        List<String> cast = ids(whole);
        Set<String> drawnBefore = new HashSet<>();
        for (String mode : List.of("certain", "possible")) {
            drawnBefore.clear();
            for (String day : DAYS) {
                Map<String, Object> view = json(query(base, day, mode));
                Map<String, Object> expected = StraightforwardView.read(reads, vocabulary, cast, List.of(), day, mode, statuses);
                String at = mode + " " + day;

                Map<String, Long> degrees = new LinkedHashMap<>();
                list(expected, "nodes").stream().filter(n -> (Long) n.get("degree") > 0)
                        .forEach(n -> degrees.put((String) n.get("id"), (Long) n.get("degree")));
                Map<String, Long> answered = new LinkedHashMap<>();
                list(view, "nodes").forEach(n -> answered.put((String) n.get("id"), ((Number) n.get("degree")).longValue()));
                assertEquals(degrees, answered, "actors and degrees, in order, " + at);

                Map<String, String> ties = new LinkedHashMap<>();
                list(expected, "ties").forEach(t -> ties.put((String) t.get("id"), tie(t)));
                Map<String, String> tiesAnswered = new LinkedHashMap<>();
                list(view, "ties").forEach(t -> tiesAnswered.put((String) t.get("id"), tie(t)));
                assertEquals(ties, tiesAnswered, "ties, in order, " + at);
                assertEquals(0, ((Number) view.get("tiesLeftOut")).longValue(), "no tie left out " + at);
                assertEquals(list(view, "ties").stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum(),
                        ((Number) view.get("statements")).longValue(), "statements " + at);

                // the cast holds: nobody new, and whoever is drawn on a day is drawn on every later day
                assertTrue(cast.containsAll(answered.keySet()), "only the cast's actors " + at);
                assertTrue(answered.keySet().containsAll(drawnBefore), "actors drawn on an earlier day stay " + at);
                drawnBefore.addAll(answered.keySet());

                // expansions: the cast's neighbours that are there, and "more": the others there by then
                for (Map<String, Object> e : list(view, "expansions")) {
                    Map<String, Object> castExpansion = list(whole, "expansions").stream()
                            .filter(x -> x.get("actor").equals(e.get("actor"))).findFirst().orElseThrow();
                    List<String> listed = (List<String>) castExpansion.get("neighbours");
                    assertEquals(listed.stream().filter(answered::containsKey).toList(), e.get("neighbours"), "neighbours " + at);
                    // every neighbour by then: view.cypher expanding the actor with no limit
                    Set<String> allThen = new HashSet<>((List<String>) list(StraightforwardView.read(reads, vocabulary, List.of(), List.of((String) e.get("actor")),
                            day, mode, statuses), "expansions").get(0).get("neighbours"));
                    allThen.removeAll(listed);
                    assertEquals((long) allThen.size(), ((Number) e.get("more")).longValue(), "more " + at);
                }
            }
        }
        assertEquals(new HashSet<>(cast), drawnBefore, "by the last day, the whole cast");
    }

    @Test
    @DisplayName("a tie's count on a day is the total of its statements by then, as /api/network/ties pages them")
    void shouldCountATieAsItsEvidenceListDoes() {
        for (String day : List.of("2021-08-15", "2021-09-06")) {
            for (String mode : List.of("certain", "possible")) {
                List<Map<String, Object>> ties = list(json(query("/api/network/overview", day, mode)), "ties");
                assertTrue(ties.size() > 10, ties.size() + " ties " + day);
                for (Map<String, Object> t : ties.subList(0, 10)) {
                    Map<String, Object> page = json("/api/network/ties?from=" + encode(t.get("source")) + "&to=" + encode(t.get("target"))
                            + "&family=" + t.get("family") + "&asOf=" + day + "&mode=" + mode + "&limit=1");
                    assertEquals(((Number) t.get("count")).longValue(), ((Number) page.get("total")).longValue(), t.get("id") + " " + mode + " " + day);
                }
            }
        }
    }

    @Test
    @DisplayName("the actors keep their cast across days: as of 2021-08-20 the Taliban's capture of the Panjshir Valley is not yet a tie")
    void shouldKeepTheCastAcrossDays() {
        Map<String, Object> whole = json("/api/network/overview?limit=30&types=CAPTURED");
        Map<String, Object> before = json("/api/network/overview?limit=30&types=CAPTURED&asOf=2021-08-20");
        Map<String, Object> after = json("/api/network/overview?limit=30&types=CAPTURED&asOf=2021-09-06");
        assertTrue(ids(whole).containsAll(ids(before)) && ids(whole).containsAll(ids(after)));
        assertTrue(ids(before).size() <= ids(after).size());
        assertTrue(list(whole, "ties").stream().anyMatch(t -> t.get("id").equals("taliban>panjshir-valley:control")));
        assertFalse(list(before, "ties").stream().anyMatch(t -> t.get("id").equals("taliban>panjshir-valley:control")));
        assertTrue(list(after, "ties").stream().anyMatch(t -> t.get("id").equals("taliban>panjshir-valley:control")));
        // a day before every statement: only what nothing dates (kinship, membership, places)
        Map<String, Object> early = json("/api/network/overview?limit=30&asOf=1900-01-01");
        list(early, "ties").forEach(t -> assertEquals(((Number) t.get("count")).longValue(),
                ((Number) json("/api/network/ties?from=" + encode(t.get("source")) + "&to=" + encode(t.get("target")) + "&family="
                        + t.get("family") + "&asOf=1900-01-01&limit=1").get("total")).longValue()));
    }

    @Test
    @DisplayName("an unknown expanded or added actor is a 404 on any day, a bad day a 400")
    void shouldRejectUnknownActorsOnADay() {
        for (String uri : List.of("/api/network/overview?add=nobody&asOf=2021-09-06", "/api/network/expand?actor=nobody&asOf=2021-09-06")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(uri, byte[].class));
            assertEquals(404, e.getStatus().getCode(), uri);
        }
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/api/network/overview?asOf=2021-09-31", byte[].class));
        assertEquals(400, e.getStatus().getCode());
    }

    private static String encode(Object id) {
        return URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8);
    }
}
