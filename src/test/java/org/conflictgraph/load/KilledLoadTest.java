package org.conflictgraph.load;

import io.micronaut.runtime.server.EmbeddedServer;
import org.conflictgraph.generate.DatasetGenerator;
import org.conflictgraph.system.SeparateNeo4j;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A loader process killed with {@code kill -9} half-way through writing a new version: the old version stays
 * what everyone sees, and the next start of the service removes what the dead load wrote. The database is a
 * separate Neo4j (as with NEO4J_URI), shared by the service and the loader process.
 */
@DisplayName("A load killed half-way (kill -9 of the loader process)")
class KilledLoadTest {
    static Neo4j database;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        database = SeparateNeo4j.start();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    private long count(String cypher) {
        try (Transaction tx = database.defaultDatabaseService().beginTx()) {
            return ((Number) tx.execute(cypher).next().values().iterator().next()).longValue();
        }
    }

    private String string(String cypher) {
        try (Transaction tx = database.defaultDatabaseService().beginTx()) {
            var rows = tx.execute(cypher);
            return rows.hasNext() ? String.valueOf(rows.next().values().iterator().next()) : null;
        }
    }

    /** The service, started against the shared database as {@code NEO4J_URI} would start it. */
    private EmbeddedServer service() {
        return SeparateNeo4j.service(database);
    }

    @Test
    @DisplayName("leaves the old version live; the next start removes the dead load's leftovers")
    void killedLoad() throws Exception {
        Vocabulary vocabulary = Vocabulary.load();
        Path first = tmp.resolve("a").resolve("killed");
        Path second = tmp.resolve("b").resolve("killed");
        new DatasetGenerator(vocabulary, 1, 2_000, 400, "killed").write(first);
        new DatasetGenerator(vocabulary, 2, 120_000, 24_000, "killed").write(second);

        String oldLoad;
        try (EmbeddedServer service = service()) {
            service.getApplicationContext().getBean(GraphLoader.class).load(first, Progress.NONE);
            oldLoad = string("MATCH (d:Dataset {name: 'killed'}) RETURN d.live");
        }
        long oldStatements = count("MATCH ()-[r {load: '" + oldLoad + "'}]->() RETURN count(r)");
        assertEquals(2_000, oldStatements);

        // a separate loader process, as a user runs it: java ... load DIR, with NEO4J_URI set
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.conflictgraph.Application", "load", second.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("loader.log").toFile());
        builder.environment().put("NEO4J_URI", database.boltURI().toString());
        Process loader = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long written = 0;
        while (System.nanoTime() < deadline && loader.isAlive()) {
            written = count("OPTIONAL MATCH (l:Load {state: 'writing'}) RETURN COUNT { MATCH ()-[r]->() WHERE r.load = l.id }");
            if (written >= 10_000) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(loader.isAlive(), "the loader was still writing when killed:\n" + Files.readString(tmp.resolve("loader.log")));
        loader.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up of its own
        loader.waitFor();
        assertTrue(written >= 10_000, "the dead load had written part of its version (" + written + " statements)");

        assertEquals(oldLoad, string("MATCH (d:Dataset {name: 'killed'}) RETURN d.live"), "the old version is still live");
        assertEquals(2_000, count("MATCH ()-[r {load: '" + oldLoad + "'}]->() RETURN count(r)"));
        assertEquals(1, count("MATCH (l:Load {state: 'writing'}) RETURN count(l)"), "the dead load's leftovers are there");

        try (EmbeddedServer service = service()) {
            assertEquals(0, count("MATCH (l:Load) WHERE l.state <> 'live' RETURN count(l)"), "no unfinished load remains");
            assertEquals(0, count("MATCH ()-[r]->() WHERE r.dataset = 'killed' AND r.load <> '" + oldLoad + "' RETURN count(r)"));
            assertEquals(0, count("MATCH (x:EntityRecord {dataset: 'killed'}) WHERE x.load <> '" + oldLoad + "' RETURN count(x)"));
            assertEquals(0, count("MATCH (s:Source {dataset: 'killed'}) WHERE s.load <> '" + oldLoad + "' RETURN count(s)"));
            assertEquals(0, count("MATCH (e:Entity) WHERE NOT EXISTS { MATCH (:EntityRecord {id: e.id}) } RETURN count(e)"),
                    "no actor is left that no dataset declares");
            assertEquals(2_000, count("MATCH ()-[r {load: '" + oldLoad + "'}]->() RETURN count(r)"), "the old version is intact");
        }
    }
}
