package org.conflictgraph.view;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The element cap, set low so the seed reaches it. */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "conflictgraph.view.max-elements", value = "120")
@DisplayName("the network view never sends more than its element cap")
@SuppressWarnings("unchecked")
class NetworkViewCapTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @DisplayName("500 actors with Pakistan expanded are cut to 120 elements, the expanded actor kept, and say so")
    void shouldCutTheViewToTheCap() {
        Map<String, Object> view = client.toBlocking().retrieve("/api/network/overview?limit=500&expand=pakistan", Map.class);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) view.get("nodes");
        List<Map<String, Object>> ties = (List<Map<String, Object>>) view.get("ties");
        assertTrue(nodes.size() + ties.size() <= 120, nodes.size() + " + " + ties.size());
        assertEquals(60, nodes.size());
        assertEquals(true, view.get("truncated"));
        assertEquals(120, view.get("maxElements"));
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add((String) n.get("id")));
        assertTrue(ids.contains("pakistan"));
        ties.forEach(t -> assertTrue(ids.contains(t.get("source")) && ids.contains(t.get("target"))));
    }
}
