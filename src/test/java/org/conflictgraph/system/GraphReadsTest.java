package org.conflictgraph.system;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.load.GraphLoader;
import org.conflictgraph.load.GraphLoaderTest;
import org.conflictgraph.load.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@DisplayName("Reads on the live versions: one query while nothing is written, a checked read after any commit")
class GraphReadsTest {

    /** The versions a read ran with, and the dataset names they belong to, read in the same transaction. */
    private static final String VERSIONS = """
            MATCH (d:Dataset) WHERE d.live IN $loads
            RETURN d.name AS name ORDER BY name""";

    @Inject
    GraphReads reads;

    @Inject
    GraphLoader loader;

    @Inject
    Driver driver;

    @AfterEach
    void unloadSmall() {
        if (names(reads.run(VERSIONS, Map.of())).contains("small")) {
            loader.unload("small", Progress.NONE);
        }
    }

    private static List<String> names(GraphReads.Answer answer) {
        return answer.records().stream().map(r -> r.get("name").asString()).toList();
    }

    /** Runs {@code VERSIONS} and says which path the read took. */
    private String readPath() {
        GraphReads.ReadCounts before = reads.readCounts();
        reads.run(VERSIONS, Map.of());
        GraphReads.ReadCounts after = reads.readCounts();
        long single = after.singleQuery() - before.singleQuery();
        long checked = after.checked() - before.checked();
        assertEquals(1, single + checked, "a read answers once, by one of the two paths");
        return single == 1 ? "single" : "checked";
    }

    /**
     * Two reads, so that the next one can run alone: a checked read remembers the versions only if it ends at the
     * bookmark an earlier read ended at (a service's very first read has none to compare with).
     */
    private void settle() {
        readPath();
        readPath();
    }

    @Test
    @DisplayName("in a quiet database, reads run their query alone, on the versions an earlier read found")
    void quietReadsRunOneQuery() {
        settle();
        assertEquals("single", readPath());
        assertEquals("single", readPath());
        assertEquals(List.of("panjshir"), names(reads.run(VERSIONS, Map.of())));
    }

    @Test
    @DisplayName("after any commit the next read reads the versions again, so a load is seen at once")
    void aCommitMakesTheNextReadChecked() {
        settle();
        assertEquals("single", readPath());

        try (Session session = driver.session()) { // a write that has nothing to do with datasets
            session.executeWrite(tx -> tx.run("CREATE (p:GraphReadsProbe) DELETE p").consume());
        }
        assertEquals("checked", readPath());
        assertEquals("single", readPath());

        loader.load(GraphLoaderTest.fixture("small"), Progress.NONE);
        GraphReads.Answer afterLoad = reads.run(VERSIONS, Map.of());
        assertEquals(List.of("panjshir", "small"), names(afterLoad), "the load is seen by the very next read");
        assertEquals(2, afterLoad.loads().size());
        assertEquals("single", readPath());
        assertEquals(afterLoad.loads(), reads.run(VERSIONS, Map.of()).loads(),
                "both paths send the versions in the same order (by dataset name), so answers keyed by them match");

        loader.unload("small", Progress.NONE);
        assertEquals(List.of("panjshir"), names(reads.run(VERSIONS, Map.of())), "the unload too");
    }

    @Test
    @DisplayName("a dataset name that is not loaded is a bad request on either path")
    void unknownDatasetOnBothPaths() {
        settle();
        assertEquals("single", readPath());
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> reads.run(VERSIONS, Map.of(), List.of("nowhere")));
        assertTrue(e.getMessage().contains("dataset \"nowhere\" is not loaded; loaded: panjshir"), e.getMessage());
        assertEquals(List.of("panjshir"), names(reads.run(VERSIONS, Map.of(), List.of("panjshir"))));
    }
}
