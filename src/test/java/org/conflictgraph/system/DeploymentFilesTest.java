package org.conflictgraph.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This machine has no Docker engine, so the compose file and the Dockerfile are checked as far as can be
 * done here: they parse, they wire the service to the database, and no password is committed.
 */
@DisplayName("docker-compose.yml and the Dockerfile")
class DeploymentFilesTest {

    @Test
    @DisplayName("the compose file runs Neo4j 5.26 with a healthcheck and the service against it")
    void composeFile() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
        JsonNode neo4j = compose.at("/services/neo4j");
        assertEquals("neo4j:5.26", neo4j.get("image").asText());
        assertFalse(neo4j.at("/healthcheck/test").isMissingNode(), "a healthcheck");
        assertTrue(neo4j.get("ports").toString().contains("7474:7474"), "Neo4j Browser on 7474");
        assertTrue(neo4j.at("/environment/NEO4J_AUTH").asText().contains("${NEO4J_PASSWORD"), "the password comes from .env");

        JsonNode service = compose.at("/services/conflict-graph");
        assertEquals("service_healthy", service.at("/depends_on/neo4j/condition").asText());
        assertEquals("bolt://neo4j:7687", service.at("/environment/NEO4J_URI").asText());
        Path dockerfile = Path.of(service.at("/build/dockerfile").asText());
        assertTrue(Files.isRegularFile(dockerfile), "the Dockerfile the compose file names exists");
    }

    @Test
    @DisplayName("the Dockerfile builds with the README's Maven build and runs the shaded jar")
    void dockerfile() throws Exception {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile"));
        assertTrue(dockerfile.contains("RUN mvn -q -B -DskipTests package"), dockerfile);
        assertTrue(dockerfile.contains("target/conflict-graph.jar"), dockerfile);
        assertTrue(Files.readString(Path.of("README.md")).contains("mvn package"), "the README names the same build");
    }

    @Test
    @DisplayName("no password is committed: .env is ignored and .env.example holds a placeholder")
    void noPassword() throws Exception {
        assertTrue(Files.readAllLines(Path.of(".gitignore")).contains(".env"));
        assertTrue(Files.readString(Path.of(".env.example")).contains("NEO4J_PASSWORD=change-me-please"));
    }
}
