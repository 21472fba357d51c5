package org.conflictgraph;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "neo4j.uri", value = "bolt://127.0.0.1:9")
@Property(name = "conflictgraph.seed.auto-load", value = "false")
@DisplayName("The API with the database unreachable")
class ApiDatabaseDownTest {

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(strings = {"/api/queries/who-backed-whom", "/api/entities?q=taliban", "/api/sources/news-000"})
    @DisplayName("answers 503 with a problem body (after the driver's few seconds of retries)")
    void unavailable(String uri) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(uri), Map.class));
        assertEquals(503, e.getStatus().getCode(), uri);
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertTrue(problem.get("detail").toString().contains("unreachable"), problem.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/queries/who-backed-whom?limit=5000", "/api/queries/nothing-like-this"})
    @DisplayName("bad input is still reported as such, before the database is asked")
    void badInputFirst(String uri) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(uri), Map.class));
        assertTrue(e.getStatus().getCode() == 400 || e.getStatus().getCode() == 404, uri + " " + e.getStatus());
    }
}
