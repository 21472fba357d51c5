package org.conflictgraph.view;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.conflictgraph.view.StraightforwardView.ids;
import static org.conflictgraph.view.StraightforwardView.list;
import static org.conflictgraph.view.StraightforwardView.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The element cap and the tie limit, set low so the seed reaches them. */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "conflictgraph.view.max-elements", value = "120")
@Property(name = "conflictgraph.view.max-ties", value = "50")
@DisplayName("the network view never sends more than its element cap, nor more ties than its tie limit")
@SuppressWarnings("unchecked")
class NetworkViewCapTest {

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

    @Test
    @DisplayName("500 actors with Pakistan expanded are cut to 120 elements, the expanded actor kept, and say so")
    void shouldCutTheViewToTheCap() {
        Map<String, Object> view = json("/api/network/overview?limit=500&expand=pakistan");
        List<Map<String, Object>> nodes = list(view, "nodes");
        List<Map<String, Object>> ties = list(view, "ties");
        assertTrue(nodes.size() + ties.size() <= 120, nodes.size() + " + " + ties.size());
        assertEquals(60, nodes.size());
        assertEquals(true, view.get("truncated"));
        assertEquals(120, view.get("maxElements"));
        Set<String> ids = new HashSet<>(ids(view));
        assertTrue(ids.contains("pakistan"));
        ties.forEach(t -> assertTrue(ids.contains(t.get("source")) && ids.contains(t.get("target"))));
    }

    @Test
    @DisplayName("with at most 50 ties, 40 actors and Pakistan's neighbours draw 50: Pakistan's ties to its drawn neighbours, "
            + "then a spanning forest, then the strongest; the others are counted")
    void shouldDrawTheStrongestTiesThatHoldTheViewTogether() {
        Map<String, Object> view = json("/api/network/overview?limit=40&expand=pakistan&neighbours=3");
        List<String> cast = ids(view);
        List<Map<String, Object>> drawn = list(view, "ties");
        List<Map<String, Object>> all = list(StraightforwardView.read(reads, vocabulary, cast, List.of(), null, null, null), "ties");
        assertTrue(all.size() > 50, all.size() + " ties among the actors");
        assertEquals(50, drawn.size());
        assertEquals(all.size() - drawn.size(), ((Number) view.get("tiesLeftOut")).longValue());
        assertEquals(true, view.get("truncated"));
        Set<String> allIds = new HashSet<>();
        all.forEach(t -> allIds.add((String) t.get("id")));
        drawn.forEach(t -> assertTrue(allIds.contains(t.get("id")), t.get("id") + " is a tie among the actors"));

        List<String> neighbours = (List<String>) list(view, "expansions").get(0).get("neighbours");
        for (Map<String, Object> t : all) {
            if (t.get("source").equals("pakistan") && neighbours.contains(t.get("target"))
                    || t.get("target").equals("pakistan") && neighbours.contains(t.get("source"))) {
                assertTrue(drawn.stream().anyMatch(d -> d.get("id").equals(t.get("id"))), "the expanded actor's tie " + t.get("id"));
            }
        }
        assertEquals(parts(cast, all), parts(cast, drawn), "the drawn ties join the actors as all their ties do");
        long weakestDrawn = drawn.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).min().orElseThrow();
        assertTrue(drawn.stream().anyMatch(t -> ((Number) t.get("count")).longValue() > weakestDrawn), "not only the weakest");
    }

    @Test
    @DisplayName("on the slider, a cast with ties left out draws on each day only its own ties, and counts the others of that day")
    void shouldCountTheTiesLeftOutOnEachDay() {
        Map<String, Object> whole = json("/api/network/overview?limit=40");
        List<String> cast = ids(whole);
        Set<String> castTies = new HashSet<>();
        list(whole, "ties").forEach(t -> castTies.add((String) t.get("id")));
        for (String mode : List.of("certain", "possible")) {
            for (String day : NetworkViewTimeSliderTest.DAYS) {
                Map<String, Object> view = json("/api/network/overview?limit=40&asOf=" + day + "&mode=" + mode);
                Map<String, Object> expected = StraightforwardView.read(reads, vocabulary, cast, List.of(), day, mode, null);
                Map<String, String> then = new LinkedHashMap<>();
                list(expected, "ties").forEach(t -> then.put((String) t.get("id"), tie(t)));
                Map<String, String> answered = new LinkedHashMap<>();
                list(view, "ties").forEach(t -> answered.put((String) t.get("id"), tie(t)));
                Map<String, String> castThen = new LinkedHashMap<>(then);
                castThen.keySet().retainAll(castTies);
                assertEquals(castThen, answered, mode + " " + day);
                assertEquals(then.size() - answered.size(), ((Number) view.get("tiesLeftOut")).longValue(), mode + " " + day);
            }
        }
    }

    /** How many parts (connected components) the ties make of the actors. */
    private static int parts(List<String> actors, List<Map<String, Object>> ties) {
        Map<String, String> parent = new HashMap<>();
        actors.forEach(a -> parent.put(a, a));
        for (Map<String, Object> t : ties) {
            parent.put(root(parent, (String) t.get("source")), root(parent, (String) t.get("target")));
        }
        return (int) actors.stream().map(a -> root(parent, a)).distinct().count();
    }

    private static String root(Map<String, String> parent, String a) {
        while (!parent.get(a).equals(a)) {
            a = parent.get(a);
        }
        return a;
    }
}
