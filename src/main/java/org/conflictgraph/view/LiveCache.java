package org.conflictgraph.view;

import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The web view's answers, kept per live dataset versions ({@code $loads}). A view depends only on the loaded
 * versions and the request, and a version never changes once it is live (a load writes a new one and switches),
 * so an answer keyed by the versions it was read from stays true until a dataset is loaded again; then the key
 * changes and the old answer is simply never asked for. On a million statements the overview reads every
 * statement (Community Edition's runtime does that in 15 s or more), so this is what keeps the page's first
 * drawing fast; {@link ViewWarmUp} fills it for the opening view before anyone asks.
 */
@Singleton
final class LiveCache {
    private static final int ENTRIES = 128;

    private final GraphReads reads;
    private final Map<List<Object>, Object> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > ENTRIES;
        }
    };

    LiveCache(GraphReads reads) {
        this.reads = reads;
    }

    /** What a cached answer carries: the answer and the versions it was read from. */
    record Read<T>(T answer, List<String> loads) {}

    /**
     * The answer for {@code question} on the live versions of {@code datasets} (all when empty): the kept one, or
     * {@code read}'s, which is kept under the versions it was read from.
     */
    @SuppressWarnings("unchecked")
    <T> T get(List<String> datasets, Object question, Function<List<String>, Read<T>> read) {
        List<String> live = reads.run(CypherFiles.read("system/live-loads.cypher"), Map.of(), datasets).loads();
        synchronized (answers) {
            Object kept = answers.get(List.of(live, question));
            if (kept != null) {
                return (T) kept;
            }
        }
        Read<T> fresh = read.apply(datasets);
        synchronized (answers) {
            answers.put(List.of(fresh.loads(), question), fresh.answer());
        }
        return fresh.answer();
    }

    /** Whether an answer for {@code question} on the current live versions is kept. */
    boolean has(List<String> datasets, Object question) {
        List<String> live = reads.run(CypherFiles.read("system/live-loads.cypher"), Map.of(), datasets).loads();
        synchronized (answers) {
            return answers.containsKey(List.of(live, question));
        }
    }
}
