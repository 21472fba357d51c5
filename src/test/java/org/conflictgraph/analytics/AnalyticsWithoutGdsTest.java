package org.conflictgraph.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.conflictgraph.system.SeparateNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On an external server without the Graph Data Science plugin (a second harness with no GDS procedures
 * registered), the analytics answer a problem that says so, and every other query still works.
 */
@DisplayName("Graph analytics on an external database without Graph Data Science")
class AnalyticsWithoutGdsTest {
    static Neo4j external;
    static EmbeddedServer server;
    static HttpClient client;

    @BeforeAll
    static void start() {
        external = SeparateNeo4j.start();
        server = SeparateNeo4j.service(external);
        DefaultHttpClientConfiguration slowMachine = new DefaultHttpClientConfiguration();
        slowMachine.setReadTimeout(Duration.ofSeconds(60));
        client = HttpClient.create(server.getURL(), slowMachine);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/queries/key-brokers", "/api/queries/communities?statuses=confirmed", "/api/queries/influence?limit=5"})
    @DisplayName("answers 501 with a problem body naming the missing plugin")
    void answers501(String path) throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(path), Argument.of(String.class), Argument.of(String.class)));
        String body = e.getResponse().getBody(String.class).orElse("");
        assertEquals(501, e.getStatus().getCode(), body);
        Map<?, ?> problem = new ObjectMapper().readValue(body, Map.class);
        assertEquals(501, ((Number) problem.get("status")).intValue());
        assertTrue(problem.get("detail").toString().contains("Graph Data Science"), problem.toString());
        assertTrue(problem.get("detail").toString().contains("gds."), problem.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the other queries still answer")
    void otherQueriesAnswer() {
        Map<String, Object> answer = client.toBlocking().retrieve(HttpRequest.GET("/api/queries/who-backed-whom?limit=3"), Map.class);
        assertFalse(((List<Object>) answer.get("rows")).isEmpty());
    }
}
