package org.conflictgraph.system;

import jakarta.inject.Singleton;
import org.neo4j.driver.AccessMode;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way the service reads the graph: a read transaction, routed to readers, with the query time limit,
 * on the live versions of the datasets. It first reads which versions are live ({@code $loads}) and then runs
 * the query with them, in the same transaction, so a loader that switches a dataset meanwhile waits for this
 * read to end before it removes the version the read sees.
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
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> {
                List<String> loads = liveLoads(tx, datasets);
                Map<String, Object> withLoads = new HashMap<>(parameters);
                withLoads.put("loads", loads);
                Result result = tx.run(cypher, withLoads);
                List<String> keys = result.keys();
                return new Answer(keys, result.list(), loads);
            }, txConfig);
        }
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
            return new StreamingRead(session, tx, liveLoads(tx, datasets));
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

    private static List<String> liveLoads(SimpleQueryRunner tx, List<String> datasets) {
        Map<String, String> live = new LinkedHashMap<>();
        tx.run(CypherFiles.read("system/live-loads.cypher")).list()
                .forEach(r -> live.put(r.get("name").asString(), r.get("load").asString()));
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
