package org.conflictgraph.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The service when the database is down")
class DatabaseDownTest {

    @Test
    @DisplayName("/health answers 503 DOWN with a JSON body")
    void healthIsDown() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort(); // closed again: nothing listens there
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + deadPort,
                "conflictgraph.seed.auto-load", false,
                "micronaut.server.port", -1), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().retrieve("/health", Map.class));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
            Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
            assertEquals("DOWN", body.get("status"));
        }
    }
}
