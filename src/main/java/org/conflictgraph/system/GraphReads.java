package org.conflictgraph.system;

import jakarta.inject.Singleton;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.SimpleQueryRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one way the service reads the graph: a read transaction, routed to readers, with the query time limit,
 * on the live versions of the datasets ({@code $loads}).
 * <p>
 * A read must never see a mix of two versions of a dataset. The loader switches a dataset to its new version in
 * one small transaction and then waits for the transactions that began before the switch before it removes the
 * old version. So a read is safe when it reads {@code $loads} in its own transaction and then runs the query
 * with them (the <em>checked</em> read). That costs a second query per request; on a small graph, where a query
 * takes a fraction of a millisecond, it was most of what the API added to the query's own cost.
 * <p>
 * Most of the time nothing at all is written, so the reads skip it. Every transaction ends with a bookmark that
 * names the newest transaction committed when it ended (a read's too). The live versions are remembered with
 * the bookmark at which they were read, if no commit happened while they were read (the bookmark before the
 * checked read equals the one after). A read then runs the query alone with the remembered versions; if it ends
 * at that same bookmark, nothing was committed anywhere in the database from the moment the versions were read
 * until this read ended, so it read exactly those versions, whole. If it ends at any other bookmark, its answer
 * is dropped and it is read again, checked. Writes (a load, an unload) thus cost the reads nothing in
 * correctness, only the second query while they go on.
 */
@Singleton
public final class GraphReads {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig txConfig;

    GraphReads(Driver driver, Neo4jConfiguration config) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.builder().withDatabase(config.getDatabase())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.txConfig = TransactionConfig.builder().withTimeout(config.getQueryTimeout()).build();
    }

    /** A query's answer: its columns, its rows, and the versions it was read from. */
    public record Answer(List<String> keys, List<Record> records, List<String> loads) {}

    /** Runs {@code cypher} with {@code parameters} plus {@code $loads}, the live version of every dataset. */
    public Answer run(String cypher, Map<String, Object> parameters) {
        return run(cypher, parameters, List.of());
    }

    /**
     * Runs {@code cypher} with {@code parameters} plus {@code $loads}, the live versions of {@code datasets} (of every
     * dataset when the list is empty). A name that is not loaded is a {@link BadRequestException} naming the loaded ones.
     */
    public Answer run(String cypher, Map<String, Object> parameters, List<String> datasets) {
        Known known = this.known;
        if (known.live() != null && known.live().keySet().containsAll(datasets)) {
            List<String> loads = pick(known.live(), datasets);
            try (Session session = driver.session(sessionConfig)) {
                Answer answer = session.executeRead(tx -> query(tx, cypher, parameters, loads), txConfig);
                Set<Bookmark> after = session.lastBookmarks();
                if (after.equals(known.at())) {
                    singleQueryReads.increment();
                    return answer;
                }
                // something was committed since the versions were read: this answer may have seen it half-way
                this.known = new Known(null, after);
            }
        }
        return checked(cypher, parameters, datasets);
    }

    /** Reads {@code $loads} and then the query, in one transaction; remembers the versions if nothing was committed meanwhile. */
    private Answer checked(String cypher, Map<String, Object> parameters, List<String> datasets) {
        Set<Bookmark> before = this.known.at();
        try (Session session = driver.session(sessionConfig)) {
            Map<String, String> live = new LinkedHashMap<>();
            Answer answer = session.executeRead(tx -> {
                live.clear();
                live.putAll(liveLoads(tx));
                return query(tx, cypher, parameters, pick(live, datasets));
            }, txConfig);
            Set<Bookmark> after = session.lastBookmarks();
            checkedReads.increment();
            this.known = new Known(after.equals(before) ? Collections.unmodifiableMap(live) : null, after);
            return answer;
        }
    }

    private static Answer query(SimpleQueryRunner tx, String cypher, Map<String, Object> parameters, List<String> loads) {
        Map<String, Object> withLoads = new HashMap<>(parameters);
        withLoads.put("loads", loads);
        Result result = tx.run(cypher, withLoads);
        List<String> keys = result.keys();
        return new Answer(keys, result.list(), loads);
    }

    /**
     * The live version of every dataset, by name, as remembered at bookmark {@code at}; {@code live} is null
     * while they are not known to be current (the next read is a checked one).
     */
    private record Known(Map<String, String> live, Set<Bookmark> at) {}

    private volatile Known known = new Known(null, Set.of());
    private final LongAdder singleQueryReads = new LongAdder();
    private final LongAdder checkedReads = new LongAdder();

    /** How many reads ran their query alone, on the remembered versions, and how many read the versions first. */
    public record ReadCounts(long singleQuery, long checked) {}

    public ReadCounts readCounts() {
        return new ReadCounts(singleQueryReads.sum(), checkedReads.sum());
    }

    /**
     * A read transaction kept open for a long answer that is consumed record by record (the network exports),
     * with its own time limit instead of the query time limit. {@code $loads} is read first, in the same
     * transaction, as for {@link #run}. The caller closes it, from whichever thread finished reading.
     */
    public StreamingRead stream(List<String> datasets, Duration timeout) {
        Session session = driver.session(sessionConfig);
        Transaction tx = null;
        try {
            tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build());
            return new StreamingRead(session, tx, pick(liveLoads(tx), datasets));
        } catch (RuntimeException e) {
            if (tx != null) {
                tx.close();
            }
            session.close();
            throw e;
        }
    }

    /** An open read transaction and the live versions it reads; {@link #run} runs one query with {@code $loads}. */
    public static final class StreamingRead implements AutoCloseable {
        private final Session session;
        private final Transaction tx;
        private final List<String> loads;

        private StreamingRead(Session session, Transaction tx, List<String> loads) {
            this.session = session;
            this.tx = tx;
            this.loads = loads;
        }

        /** Runs {@code cypher} with {@code parameters} plus {@code $loads}; the result is read lazily, as it is consumed. */
        public Result run(String cypher, Map<String, Object> parameters) {
            Map<String, Object> withLoads = new HashMap<>(parameters);
            withLoads.put("loads", loads);
            return tx.run(cypher, withLoads);
        }

        public List<String> loads() {
            return loads;
        }

        /** Ends the read (a read has nothing to commit: it is rolled back) and gives the connection back. */
        @Override
        public void close() {
            try {
                tx.close();
            } finally {
                session.close();
            }
        }
    }

    /** The live version of every dataset, by name. */
    private static Map<String, String> liveLoads(SimpleQueryRunner tx) {
        Map<String, String> live = new LinkedHashMap<>();
        tx.run(CypherFiles.read("system/live-loads.cypher")).list()
                .forEach(r -> live.put(r.get("name").asString(), r.get("load").asString()));
        return live;
    }

    /** The versions of {@code datasets} among {@code live} (all of them when the list is empty). */
    private static List<String> pick(Map<String, String> live, List<String> datasets) {
        List<String> loads = new ArrayList<>();
        for (String name : datasets.isEmpty() ? live.keySet() : datasets) {
            String load = live.get(name);
            if (load == null) {
                throw new BadRequestException("datasets", "dataset \"" + name + "\" is not loaded; loaded: "
                        + String.join(", ", live.keySet()));
            }
            loads.add(load);
        }
        return loads;
    }

    /** The rows of {@link #run}. */
    public List<Record> records(String cypher, Map<String, Object> parameters) {
        return run(cypher, parameters).records();
    }
}
