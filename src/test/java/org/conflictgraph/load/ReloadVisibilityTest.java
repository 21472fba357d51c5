package org.conflictgraph.load;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.generate.DatasetGenerator;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@DisplayName("A reload seen by a reader that polls all the while")
class ReloadVisibilityTest {

    /** What a reader sees of the dataset: its statements, actors and sources, each counted on the live versions. */
    static final String COUNTS = """
            RETURN COUNT { MATCH ()-[r]->() WHERE r.load IN $loads AND r.dataset = $dataset } AS statements,
                   COUNT { MATCH (x:EntityRecord {dataset: $dataset}) WHERE x.load IN $loads } AS entities,
                   COUNT { MATCH (s:Source {dataset: $dataset}) WHERE s.load IN $loads } AS sources,
                   COUNT { MATCH ()-[r]->() WHERE r.load IN $loads AND r.dataset = 'panjshir' } AS seed""";

    @Inject
    GraphLoader loader;

    @Inject
    GraphReads reads;

    @Inject
    Vocabulary vocabulary;

    private List<Integer> counts() {
        Record r = reads.records(COUNTS, Map.of("dataset", "polled")).get(0);
        return List.of(r.get("statements").asInt(), r.get("entities").asInt(), r.get("sources").asInt(), r.get("seed").asInt());
    }

    @Test
    @DisplayName("sees the old counts or the new ones, never a mix, while 50,000 statements are replaced by 52,000")
    void onlyOldOrNew(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("a").resolve("polled");
        Path second = tmp.resolve("b").resolve("polled");
        new DatasetGenerator(vocabulary, 1, 50_000, 10_000, "polled").write(first);
        new DatasetGenerator(vocabulary, 2, 52_000, 10_400, "polled").write(second);
        loader.load(first, Progress.NONE);
        List<Integer> old = counts();
        int seed = old.get(3);
        assertEquals(List.of(50_000, 10_000), old.subList(0, 2));

        Set<List<Integer>> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger polls = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (!stop.get()) {
                    seen.add(counts());
                    polls.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        loader.load(second, Progress.NONE);
        Thread.sleep(200);
        stop.set(true);
        reader.join();

        assertNull(failure.get(), "the reader never failed");
        List<Integer> fresh = counts();
        assertEquals(List.of(52_000, 10_400, seed), List.of(fresh.get(0), fresh.get(1), fresh.get(3)));
        assertTrue(polls.get() >= 5, "the reader polled throughout (" + polls.get() + " polls)");
        assertEquals(Set.of(old, fresh), seen, "only the old or the new version was ever seen");
    }
}
