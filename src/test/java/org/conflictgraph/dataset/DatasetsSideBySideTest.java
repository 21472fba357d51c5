package org.conflictgraph.dataset;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.load.GraphLoader;
import org.conflictgraph.load.GraphLoaderTest;
import org.conflictgraph.load.LoadRefusedException;
import org.conflictgraph.load.Progress;
import org.conflictgraph.load.SeedValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@DisplayName("Datasets side by side: a second dataset that shares the seed's actors, loaded and unloaded")
@SuppressWarnings("unchecked")
public class DatasetsSideBySideTest {

    /** Answers of the seed that a second dataset must not change once it is unloaded. */
    public static final List<String> SEED_ANSWERS = List.of(
            "/api/entities/taliban",
            "/api/entities/pakistan",
            "/api/entities?q=Taliban",
            "/api/entities?q=Pakistan",
            "/api/queries/who-backed-whom",
            "/api/queries/backers-of?actor=taliban&maxHops=2",
            "/api/queries/contested-claims",
            "/api/queries/ego-network?actor=taliban",
            "/api/queries/connection?from=amrullah-saleh&to=pakistan",
            "/api/entities/taliban/timeline",
            "/api/statements/c-172",
            "/api/sources?limit=1000",
            "/api/network?format=json",
            "/api/network?format=graphml&around=taliban");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    GraphLoader loader;

    private static Path fixture(String name) {
        return GraphLoaderTest.fixture(name);
    }

    private String get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), String.class);
    }

    private <T> T get(String path, Class<T> type) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), type);
    }

    private Map<String, String> seedAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : SEED_ANSWERS) {
            // the version ids read, and full-text scores (Lucene's statistics count the updates an actor had), vary;
            // everything else, search ranks included, must not
            answers.put(path, get(path).replaceAll("\"loads\":\\[[^]]*]", "\"loads\":[...]")
                    .replaceAll("\"score\":[0-9.E-]+", "\"score\":..."));
        }
        return answers;
    }

    @Test
    @DisplayName("refers to and re-declares seed actors, adds aliases, then unloads leaving every seed answer as it was")
    void loadThenUnload() {
        Map<String, String> before = seedAnswers();
        List<Map<String, Object>> datasetsBefore = get("/api/datasets", List.class);

        GraphLoader.LoadReport report = loader.load(fixture("datasets/extra"), Progress.NONE);
        assertEquals(2, report.entities());

        List<Map<String, Object>> datasets = get("/api/datasets", List.class);
        assertEquals(List.of("extra", "panjshir"), datasets.stream().map(d -> d.get("name")).toList());
        Map<String, Object> extra = datasets.get(0);
        assertEquals(1, extra.get("sharedEntities"), "taliban is declared by both");
        assertEquals(2, extra.get("statements"));

        // the shared actor keeps the first dataset's name and gains the second's name and alias as aliases
        Map<String, Object> taliban = get("/api/entities/taliban", Map.class);
        assertEquals("Taliban", taliban.get("name"));
        List<String> aliases = (List<String>) taliban.get("aliases");
        assertTrue(aliases.containsAll(List.of("Extra Alias Taliban", "Taliban movement")), "aliases: " + aliases);
        List<Map<String, Object>> found = get("/api/entities?q=Extra%20Alias%20Taliban", List.class);
        assertEquals("taliban", found.get(0).get("id"));

        // the second dataset's statements join the seed's actors: pakistan (only referred to) backs its commander
        Map<String, Object> backers = get("/api/queries/backers-of?actor=extra-commander", Map.class);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) backers.get("rows");
        assertEquals("pakistan", ((Map<String, Object>) rows.get(0).get("backer")).get("id"));
        assertTrue(get("/api/queries/ego-network?actor=taliban").contains("extra-commander"));

        // the seed cannot be unloaded while the second dataset refers to an actor only the seed declares
        LoadRefusedException refused = assertThrows(LoadRefusedException.class, () -> loader.unload("panjshir", Progress.NONE));
        assertTrue(refused.getMessage().contains("extra") && refused.getMessage().contains("Nothing was changed"),
                refused.getMessage());

        loader.unload("extra", Progress.NONE);

        assertEquals(datasetsBefore, get("/api/datasets", List.class));
        Map<String, String> after = seedAnswers();
        for (String path : SEED_ANSWERS) {
            assertEquals(before.get(path), after.get(path), path + " answers as before");
        }
        assertEquals(404, assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> get("/api/entities/extra-commander")).getStatus().getCode(), "what only extra declared is gone");
    }

    @Test
    @DisplayName("a statement id another dataset uses is refused at its line, and nothing is written")
    void takenStatementId() {
        List<Map<String, Object>> datasetsBefore = get("/api/datasets", List.class);
        SeedValidationException e = assertThrows(SeedValidationException.class,
                () -> loader.load(fixture("datasets/taken-statement-id"), Progress.NONE));
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("relationships.csv:")).count(), e.getMessage());
        assertTrue(e.getMessage().contains("relationships.csv:3:1: id: the statement id \"c-172\" is used by the dataset "
                + "\"panjshir\""), e.getMessage());
        assertEquals(datasetsBefore, get("/api/datasets", List.class), "nothing written");
        assertEquals("panjshir", get("/api/statements/c-172", Map.class).get("dataset"));
        // validate says the same, without writing
        assertThrows(SeedValidationException.class, () -> loader.validate(fixture("datasets/taken-statement-id"), Progress.NONE));
    }

    @Test
    @DisplayName("a source id two datasets use: 409 naming both, datasets= picks one, and each answer names its dataset")
    void sharedSourceId() {
        loader.load(fixture("datasets/shared-source"), Progress.NONE);
        try {
            HttpClientResponseException source = assertThrows(HttpClientResponseException.class,
                    () -> get("/api/sources/wp-panjshir-conflict"));
            assertEquals(409, source.getStatus().getCode());
            Map<String, Object> problem = source.getResponse().getBody(Map.class).orElseThrow();
            assertEquals(409, problem.get("status"));
            String detail = String.valueOf(problem.get("detail"));
            assertTrue(detail.contains("2 datasets (panjshir, shared-source)")
                    && detail.contains("/api/sources/wp-panjshir-conflict?datasets=panjshir"), detail);

            Map<String, Object> theirs = get("/api/sources/wp-panjshir-conflict?datasets=shared-source", Map.class);
            assertEquals("shared-source", theirs.get("dataset"));
            assertEquals("A fixture report that reuses an id of the seed", theirs.get("title"));
            assertEquals(2, theirs.get("statements"), "the statements of its own dataset only");
            Map<String, Object> seeds = get("/api/sources/wp-panjshir-conflict?datasets=panjshir", Map.class);
            assertEquals("Panjshir conflict", seeds.get("title"));
            assertEquals("panjshir", seeds.get("dataset"));

            // a statement quotes the document of its own dataset, and says which dataset it is in
            Map<String, Object> statement = get("/api/statements/shared-source-1", Map.class);
            assertEquals("shared-source", statement.get("dataset"));
            assertEquals("A fixture report that reuses an id of the seed",
                    ((Map<String, Object>) statement.get("document")).get("title"));
            assertEquals(404, assertThrows(HttpClientResponseException.class,
                    () -> get("/api/statements/shared-source-1?datasets=panjshir")).getStatus().getCode());
            assertEquals(400, assertThrows(HttpClientResponseException.class,
                    () -> get("/api/sources/wp-panjshir-conflict?datasets=no-such-dataset")).getStatus().getCode());
        } finally {
            loader.unload("shared-source", Progress.NONE);
        }
        assertEquals("panjshir", get("/api/sources/wp-panjshir-conflict", Map.class).get("dataset"), "one dataset again: no 409");
    }

    @Test
    @DisplayName("unloading a dataset that is not loaded is refused with the list of loaded ones")
    void unloadUnknown() {
        LoadRefusedException e = assertThrows(LoadRefusedException.class, () -> loader.unload("nothing-here", Progress.NONE));
        assertTrue(e.getMessage().contains("loaded: panjshir"), e.getMessage());
    }
}
