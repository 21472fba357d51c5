package org.conflictgraph.system;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "neo4j.max-connection-pool-size", value = "1")
@Property(name = "neo4j.connection-acquisition-timeout", value = "300ms")
@DisplayName("An API read when every database connection is busy")
class BusyDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Driver driver;

    @Test
    @DisplayName("answers 503 with a problem body and Retry-After, and answers again once a connection is free")
    void busyThenServed() {
        String uri = "/api/queries/who-backed-whom?statuses=denied";
        // the pool's only connection, held by an open transaction
        try (Session session = driver.session(); Transaction held = session.beginTransaction()) {
            held.run("RETURN 1").consume();
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET(uri), Map.class));
            assertEquals(503, e.getStatus().getCode());
            assertEquals("1", e.getResponse().getHeaders().get("Retry-After"));
            Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
            assertTrue(problem.get("detail").toString().contains("busy"), problem.toString());
        }
        Map<?, ?> answer = client.toBlocking().retrieve(HttpRequest.GET(uri), Map.class);
        assertFalse(((List<?>) answer.get("rows")).isEmpty(), answer.toString());
    }
}
