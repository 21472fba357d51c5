package org.conflictgraph.system;

import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code neo4j.uri} set (env NEO4J_URI), no embedded database starts and the same service and loader
 * work against that Neo4j. A second harness instance stands in for the external server.
 */
@DisplayName("The service on an external database (NEO4J_URI)")
class ExternalDatabaseTest {
    static Neo4j external;
    static EmbeddedServer server;

    @BeforeAll
    static void start() {
        external = SeparateNeo4j.start();
        server = SeparateNeo4j.service(external);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    @DisplayName("no embedded database starts")
    void noEmbeddedDatabase() {
        assertFalse(server.getApplicationContext().containsBean(EmbeddedNeo4j.class));
    }

    @Test
    @DisplayName("the Panjshir dataset is loaded into the external database")
    void datasetLoadedIntoExternal() {
        try (var tx = external.defaultDatabaseService().beginTx()) {
            long entities = (long) tx.execute("MATCH (x:EntityRecord {dataset: 'panjshir'}) RETURN count(x) AS c").next().get("c");
            long statements = (long) tx.execute("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c").next().get("c");
            assertTrue(entities >= 80, "entities: " + entities);
            assertTrue(statements >= 250, "statements: " + statements);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("/health reports the external database")
    void healthReportsExternal() {
        try (HttpClient client = HttpClient.create(server.getURL())) {
            Map<String, Object> health = client.toBlocking().retrieve("/health", Map.class);
            Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get("neo4j");
            Map<String, Object> details = (Map<String, Object>) neo4j.get("details");
            assertEquals("UP", neo4j.get("status"));
            assertEquals("external", details.get("mode"));
            assertEquals(external.boltURI().toString(), details.get("uri"));
        }
    }
}
