package org.conflictgraph.precompute;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.Neo4jConfiguration;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers computed ahead of time, once per set of live dataset versions ({@code $loads}). Some questions read
 * the whole network whatever the page asked for (betweenness, communities, the contested claims ranked by
 * size, the sources with their quote counts, the shared actors of each dataset): on a network of more than
 * {@code conflictgraph.precompute.above} statements their default answers are computed in the background
 * when the live versions change, one question after the other, and kept in memory. A version never changes
 * once it is live (a load writes a new one and switches), so an answer stays true until the next load or
 * unload; then the versions differ and the old answer is never served again. Any other request runs the
 * question itself, within the query time limit.
 */
@Singleton
public final class StoredAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(StoredAnswers.class);

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Duration queryTimeout;
    private final Duration computeTimeout;
    private final long above;
    private final BeanProvider<StoredQuestions> features;
    private final ExecutorService computer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "precompute");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Stored> stored = new HashMap<>();
    private volatile List<StoredQuestion> questions;
    private Computation latest;

    /**
     * A stored answer, the versions it was read from ({@code answer.loads()}), when it was computed, and the most
     * rows it was read with ({@code limit} in the question's paging; a full answer has fewer).
     */
    public record Stored(GraphReads.Answer answer, Instant computedAt, long readLimit) {

        /**
         * The {@code count} rows from {@code offset} on, as running the question with that offset and limit would
         * give them; empty when they reach past the stored rows and the store does not hold the whole answer.
         */
        public Optional<GraphReads.Answer> slice(long offset, long count) {
            List<Record> records = answer.records();
            boolean whole = records.size() < readLimit;
            if (offset + count > records.size() && !whole) {
                return Optional.empty();
            }
            int from = (int) Math.min(offset, records.size());
            int to = (int) Math.min(offset + count, records.size());
            return Optional.of(new GraphReads.Answer(answer.keys(), records.subList(from, to), answer.loads()));
        }
    }

    /** A background computation of every stored answer for one set of live versions. */
    private record Computation(List<String> loads, Instant started, CompletableFuture<Void> done) {}

    /** The live version of every dataset, and how many statements they hold together. */
    private record Live(List<String> loads, long statements) {}

    StoredAnswers(Driver driver, Neo4jConfiguration config, BeanProvider<StoredQuestions> features,
                  @Value("${conflictgraph.precompute.timeout:20m}") Duration computeTimeout,
                  @Value("${conflictgraph.precompute.above:50000}") long above) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.builder().withDatabase(config.getDatabase())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.queryTimeout = config.getQueryTimeout();
        this.computeTimeout = computeTimeout;
        this.above = above;
        this.features = features;
    }

    /**
     * The stored answer to question {@code name} for a request with {@code parameters} (paging left out), when
     * that request is the stored one and the network is large enough to store it; empty otherwise, and the
     * caller runs the question itself. A question that {@linkplain StoredQuestion#waits waits} and is still
     * being computed after the query time limit throws {@link StillComputingException}.
     */
    public Optional<Stored> answer(String name, Map<String, Object> parameters) {
        Optional<StoredQuestion> question = questions().stream()
                .filter(q -> q.name().equals(name) && q.parameters().equals(parameters)).findFirst();
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Live live = live();
        if (live.statements() <= above) {
            return Optional.empty(); // a small network: every question is answered on demand, quickly
        }
        Stored answer = storedFor(name, live.loads());
        if (answer != null) {
            return Optional.of(answer);
        }
        Computation computation = computeFor(live.loads());
        if (!question.get().waits()) {
            return Optional.empty();
        }
        try {
            computation.done().get(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StillComputingException(name, computation.loads(), computation.started());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // it failed in the background: running it here reports why
        }
        return Optional.ofNullable(storedFor(name, live.loads()));
    }

    /**
     * Starts computing the stored answers when the live versions changed since the last computation (a load,
     * an unload, or the first look after a start), then lets each feature tidy up after itself.
     */
    public void refresh() {
        Live live = live();
        Computation last;
        synchronized (this) {
            last = latest;
        }
        if (live.statements() > above && (last == null || !last.loads().equals(live.loads()))) {
            computeFor(live.loads());
        }
        features.stream().forEach(StoredQuestions::afterCheck);
    }

    /** Every feature's questions; those a request waits for (the analytics, minutes each) come last. */
    private List<StoredQuestion> questions() {
        if (questions == null) { // the features' questions are fixed once the service runs: gathered once
            questions = features.stream().flatMap(f -> f.storedQuestions().stream())
                    .sorted(Comparator.comparing(StoredQuestion::waits)).toList();
        }
        return questions;
    }

    private synchronized Stored storedFor(String name, List<String> loads) {
        Stored answer = stored.get(name);
        return answer != null && answer.answer().loads().equals(loads) ? answer : null;
    }

    private synchronized Computation computeFor(List<String> loads) {
        if (latest != null && latest.loads().equals(loads)) {
            return latest;
        }
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> computeAll(loads), computer);
        latest = new Computation(loads, Instant.now(), done);
        return latest;
    }

    private void computeAll(List<String> loads) {
        for (StoredQuestion question : questions()) {
            long started = System.nanoTime();
            GraphReads.Answer answer;
            try {
                Map<String, Object> parameters = new HashMap<>(question.parameters());
                parameters.putAll(question.paging());
                answer = read(question.cypher(), parameters);
            } catch (RuntimeException e) {
                // not retried for these versions: requests run the question on demand and say what is wrong
                LOG.warn("Precompute: {} failed for {}: {}", question.name(), loads, e.getMessage());
                continue;
            }
            synchronized (this) {
                long readLimit = question.paging().get("limit") instanceof Number n ? n.longValue() : Long.MAX_VALUE;
                stored.put(question.name(), new Stored(answer, Instant.now(), readLimit));
            }
            LOG.info("Precompute: {} computed for {} in {} ms ({} rows)", question.name(), answer.loads(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), answer.records().size());
            if (!answer.loads().equals(loads)) {
                return; // the versions changed meanwhile; refresh() starts again for the new ones
            }
        }
    }

    private Live live() {
        try (Session session = driver.session(sessionConfig)) {
            List<Record> rows = session.executeRead(tx -> tx.run(CypherFiles.read("precompute/live-versions.cypher")).list());
            return new Live(rows.stream().map(r -> r.get("load").asString()).toList(),
                    rows.stream().mapToLong(r -> r.get("statements").asLong()).sum());
        }
    }

    /** Like {@link GraphReads#run}, on every dataset's live version, with the computation's own time limit. */
    private GraphReads.Answer read(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> {
                List<String> loads = tx.run(CypherFiles.read("system/live-loads.cypher")).list()
                        .stream().map(r -> r.get("load").asString()).toList();
                Map<String, Object> withLoads = new HashMap<>(parameters);
                withLoads.put("loads", loads);
                Result result = tx.run(cypher, withLoads);
                List<String> keys = result.keys();
                List<Record> records = result.list();
                return new GraphReads.Answer(keys, records, loads);
            }, TransactionConfig.builder().withTimeout(computeTimeout).build());
        }
    }

    @PreDestroy
    void close() {
        computer.shutdownNow();
    }
}
