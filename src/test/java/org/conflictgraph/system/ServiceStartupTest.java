package org.conflictgraph.system;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@DisplayName("The service on the embedded database")
class ServiceStartupTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedNeo4j embedded;

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("/health is UP and reports the embedded database with the Panjshir dataset loaded")
    void healthReportsTheDatabase() {
        Map<String, Object> health = client.toBlocking().retrieve("/health", Map.class);
        assertEquals("UP", health.get("status"));
        Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get("neo4j");
        assertEquals("UP", neo4j.get("status"));
        Map<String, Object> details = (Map<String, Object>) neo4j.get("details");
        assertEquals("embedded", details.get("mode"));
        assertTrue(details.get("version").toString().startsWith("5.26"), "version " + details.get("version"));
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) details.get("datasets");
        assertEquals("panjshir", datasets.get(0).get("name"));
        assertTrue(((Number) datasets.get(0).get("statements")).intValue() >= 250);
    }

    @Test
    @DisplayName("the embedded database listens on loopback only and serves Neo4j Browser")
    void browserAnswers() throws Exception {
        assertEquals("127.0.0.1", embedded.boltUri().getHost());
        assertEquals("127.0.0.1", embedded.httpUri().getHost());
        var http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(embedded.httpUri() + "browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Neo4j Browser"), "the page is Neo4j Browser");
    }
}
