package org.conflictgraph.view;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;

import java.util.Iterator;
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
 * <p>
 * At most {@value #ENTRIES} answers are kept, the least recently used leaving first, and the {@link Sized} ones
 * (a view's timeline: a few megabytes at a million statements) together take at most
 * {@code conflictgraph.view.timelines-megabytes}; the other answers are small (a view is at most 2,000 elements).
 */
@Singleton
final class LiveCache {
    static final int ENTRIES = 128;

    /** An answer that says how much memory it holds, roughly, in bytes. */
    interface Sized {
        long bytes();
    }

    private final GraphReads reads;
    private final long budget;
    private final Map<List<Object>, Read<?>> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long sized;

    LiveCache(GraphReads reads, @Value("${conflictgraph.view.timelines-megabytes:128}") long megabytes) {
        this.reads = reads;
        this.budget = megabytes * 1024 * 1024;
    }

    /** What a cached answer carries: the answer and the versions it was read from. */
    record Read<T>(T answer, List<String> loads) {}

    /**
     * The answer for {@code question} on the live versions of {@code datasets} (all when empty): the kept one, or
     * {@code read}'s, which is kept under the versions it was read from.
     */
    <T> T get(List<String> datasets, Object question, Function<List<String>, Read<T>> read) {
        return read(datasets, question, read).answer();
    }

    /** As {@link #get}, with the versions the answer was read from. */
    @SuppressWarnings("unchecked")
    <T> Read<T> read(List<String> datasets, Object question, Function<List<String>, Read<T>> read) {
        List<String> live = live(datasets);
        synchronized (answers) {
            Read<?> kept = answers.get(List.of(live, question));
            if (kept != null) {
                return (Read<T>) kept;
            }
        }
        Read<T> fresh = read.apply(datasets);
        synchronized (answers) {
            sized += bytes(fresh) - bytes(answers.put(List.of(fresh.loads(), question), fresh));
            // the least recently used leave first; an answer bigger than the whole budget is not kept at all
            Iterator<Read<?>> eldest = answers.values().iterator();
            while (eldest.hasNext() && (answers.size() > ENTRIES || sized > budget)) {
                sized -= bytes(eldest.next());
                eldest.remove();
            }
        }
        return fresh;
    }

    /** Whether an answer for {@code question} on the current live versions is kept. */
    boolean has(List<String> datasets, Object question) {
        List<String> live = live(datasets);
        synchronized (answers) {
            return answers.containsKey(List.of(live, question));
        }
    }

    /** The memory the kept {@link Sized} answers hold, in bytes. */
    long sizedBytes() {
        synchronized (answers) {
            return sized;
        }
    }

    private List<String> live(List<String> datasets) {
        return reads.run(CypherFiles.read("system/live-loads.cypher"), Map.of(), datasets).loads();
    }

    private static long bytes(Read<?> read) {
        return read != null && read.answer() instanceof Sized s ? s.bytes() : 0;
    }
}
