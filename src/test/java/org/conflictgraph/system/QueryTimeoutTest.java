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

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "neo4j.query-timeout", value = "50ms")
@DisplayName("An API read that runs too long")
class QueryTimeoutTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @DisplayName("is stopped by the database and answers 503 with a problem body")
    void stoppedAndAnswered503() {
        // key-brokers with a filter computes betweenness on demand (Graph Data Science), well over 50 ms even on this
        // small network; with the default filters it would answer from the ranking computed in the background
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/queries/key-brokers?statuses=confirmed,reported"), Map.class));
        assertEquals(503, e.getStatus().getCode());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertTrue(problem.get("detail").toString().contains("neo4j.query-timeout"), problem.toString());
    }
}
