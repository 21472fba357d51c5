package org.conflictgraph.load;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.conflictgraph.dataset.DatasetsSideBySideTest;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The bulk path (neo4j-admin database import full) builds the graph the online loader builds")
class BulkImportTest {

    private static EmbeddedServer service(Path dataDir) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.embedded.ephemeral", dataDir == null,
                "neo4j.embedded.data-dir", dataDir == null ? "unused" : dataDir.toString(),
                "micronaut.server.port", -1), "test");
    }

    /** The seed answers that a second dataset must not change, read through the service's HTTP API. */
    private static Map<String, String> answers(EmbeddedServer service) {
        Map<String, String> answers = new LinkedHashMap<>();
        try (HttpClient client = HttpClient.create(service.getURL())) {
            for (String path : DatasetsSideBySideTest.SEED_ANSWERS) {
                answers.put(path, client.toBlocking().retrieve(path)
                        .replaceAll("\"loads\":\\[[^]]*]", "\"loads\":[...]")
                        .replaceAll("\"score\":[0-9.E-]+", "\"score\":..."));
            }
        }
        return answers;
    }

    @Test
    @DisplayName("the seed imported in bulk answers every question exactly as the seed loaded online")
    void sameAnswers(@TempDir Path tmp) throws Exception {
        Path seed = Path.of("seeds/panjshir");
        Path dataDir = tmp.resolve("neo4j");
        BulkImport.Report report = new BulkImport(Vocabulary.load())
                .importInto(List.of(seed), dataDir, "neo4j", tmp.resolve("csv"), Progress.NONE);
        assertEquals(List.of("panjshir"), report.datasets());
        assertTrue(Files.isDirectory(dataDir.resolve("databases").resolve("neo4j")));

        Map<String, String> bulk;
        try (EmbeddedServer service = service(dataDir)) {
            service.getApplicationContext().getBean(GraphLoader.class).finishImport(Progress.NONE);
            bulk = answers(service);
        }
        Map<String, String> online;
        try (EmbeddedServer service = service(null)) {
            online = answers(service);
        }
        for (String path : DatasetsSideBySideTest.SEED_ANSWERS) {
            assertEquals(online.get(path), bulk.get(path), path);
        }

        LoadRefusedException again = assertThrows(LoadRefusedException.class, () -> new BulkImport(Vocabulary.load())
                .importInto(List.of(seed), dataDir, "neo4j", tmp.resolve("csv2"), Progress.NONE));
        assertTrue(again.getMessage().contains("already holds a database"), again.getMessage());
    }

    @Test
    @DisplayName("a later folder's statement id that an earlier folder has is refused at its line, before any database exists")
    void takenStatementId(@TempDir Path tmp) {
        Path dataDir = tmp.resolve("neo4j");
        SeedValidationException e = assertThrows(SeedValidationException.class, () -> new BulkImport(Vocabulary.load())
                .importInto(List.of(Path.of("seeds/panjshir"), GraphLoaderTest.fixture("datasets/taken-statement-id")),
                        dataDir, "neo4j", tmp.resolve("csv"), Progress.NONE));
        assertTrue(e.getMessage().contains("relationships.csv:3:1: id: the statement id \"c-172\" is used by the dataset "
                + "\"panjshir\""), e.getMessage());
        assertFalse(Files.exists(dataDir.resolve("databases").resolve("neo4j")), "no database was written");
    }
}
