package org.conflictgraph.analytics;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.conflictgraph.query.CannedQuery;
import org.conflictgraph.query.QueryParameter;
import org.conflictgraph.query.QueryRegistry;
import org.conflictgraph.query.QueryRunner;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.vocabulary.Vocabulary;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The graph analytics: the canned queries that call Graph Data Science ({@code key-brokers}, {@code communities},
 * {@code influence}). Betweenness and community detection take minutes on a million statements, so on a network
 * of more than {@code conflictgraph.analytics.precompute-above} statements the answers for the default filters are
 * computed once per set of live dataset versions ({@code $loads}), in the background, and served from memory;
 * every other request runs the query itself, within the query time limit.
 * Each answer's rows carry {@code computedAt}, and the API shows the versions it was read from.
 */
@Singleton
public final class Analytics {
    private static final Logger LOG = LoggerFactory.getLogger(Analytics.class);
    private static final Pattern GDS_CALL = Pattern.compile("CALL\\s+(gds\\.[A-Za-z0-9_.]+)\\s*\\(");
    private static final String LIMIT = "limit";

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Duration queryTimeout;
    private final Duration computeTimeout;
    private final long precomputeAbove;
    private final Vocabulary vocabulary;
    private final QueryRegistry registry;
    private final Provider<QueryRunner> runner;
    private final ExecutorService computer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-precompute");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, GraphReads.Answer> stored = new HashMap<>();
    private Computation latest;
    private volatile Set<String> procedures = Set.of();

    /** A background computation of every analytics answer for one set of live versions. */
    private record Computation(List<String> loads, Instant started, CompletableFuture<Void> done) {}

    /** The live version of every dataset, and how many statements they hold together. */
    private record Live(List<String> loads, long statements) {}

    Analytics(Driver driver, Neo4jConfiguration config, Vocabulary vocabulary, QueryRegistry registry,
              Provider<QueryRunner> runner, @Value("${conflictgraph.analytics.compute-timeout:20m}") Duration computeTimeout,
              @Value("${conflictgraph.analytics.precompute-above:50000}") long precomputeAbove) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.builder().withDatabase(config.getDatabase())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.queryTimeout = config.getQueryTimeout();
        this.computeTimeout = computeTimeout;
        this.precomputeAbove = precomputeAbove;
        this.vocabulary = vocabulary;
        this.registry = registry;
        this.runner = runner;
    }

    /** Whether {@code query} calls Graph Data Science, and so is one of the analytics. */
    public static boolean isAnalytics(CannedQuery query) {
        return GDS_CALL.matcher(query.cypher()).find();
    }

    /**
     * The Cypher parameters a query takes from the vocabulary rather than from the request: which relationship
     * types are cooperative ({@code $cooperativeTypes}) and which are backing ({@code $backingTypes}).
     */
    public Map<String, Object> vocabularyParameters(CannedQuery query) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (query.cypher().contains("$cooperativeTypes")) {
            out.put("cooperativeTypes", vocabulary.cooperativeTypes());
        }
        if (query.cypher().contains("$backingTypes")) {
            out.put("backingTypes", vocabulary.backingTypes());
        }
        return out;
    }

    /**
     * The stored answer to an analytics query with the default filters (any {@code limit}), computed for the
     * live versions; empty when the request is not one of those, and the query runs as any other.
     * Throws {@link GdsNotInstalledException} when the database lacks the procedures the query calls, and
     * {@link StillComputingException} when the answer for the live versions is still being computed after
     * the query time limit.
     */
    public Optional<GraphReads.Answer> answer(CannedQuery query, Map<String, Object> parameters) {
        if (!isAnalytics(query)) {
            return Optional.empty();
        }
        requireGds(query);
        if (!withoutLimit(parameters).equals(withoutLimit(defaults(query)))) {
            return Optional.empty();
        }
        Live live = live();
        if (live.statements() <= precomputeAbove) {
            return Optional.empty(); // a small network: computed on demand, in well under a second
        }
        List<String> loads = live.loads();
        GraphReads.Answer answer = storedFor(query.name(), loads);
        if (answer == null) {
            Computation computation = computeFor(loads);
            try {
                computation.done().get(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new StillComputingException(query.name(), computation.loads(), computation.started());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                return Optional.empty(); // it failed in the background: running it here reports why
            }
            answer = storedFor(query.name(), loads);
            if (answer == null) {
                return Optional.empty();
            }
        }
        Object limit = parameters.get(LIMIT);
        int rows = limit instanceof Number n ? (int) Math.min(n.longValue(), answer.records().size()) : answer.records().size();
        return Optional.of(new GraphReads.Answer(answer.keys(), answer.records().subList(0, rows), answer.loads()));
    }

    /**
     * Starts computing the stored answers when the live versions changed since the last computation (a load,
     * an unload, or the first look after a start), and drops in-memory graphs that stopped queries left behind.
     * Does nothing on a database without Graph Data Science.
     */
    public void refresh() {
        if (!hasProcedures(Set.of("gds.graph.list"))) {
            return;
        }
        Live live = live();
        List<String> loads = live.loads();
        Computation last;
        synchronized (this) {
            last = latest;
        }
        if (live.statements() > precomputeAbove && (last == null || !last.loads().equals(loads))) {
            computeFor(loads);
        } else if (last != null && last.done().isDone()) {
            dropLeftovers();
        }
    }

    private synchronized GraphReads.Answer storedFor(String name, List<String> loads) {
        GraphReads.Answer answer = stored.get(name);
        return answer != null && answer.loads().equals(loads) ? answer : null;
    }

    private synchronized Computation computeFor(List<String> loads) {
        if (latest != null && latest.loads().equals(loads)) {
            return latest;
        }
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> computeAll(loads), computer);
        // a failed computation is not retried for the same versions: requests then compute on demand and say why
        done.whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("Analytics: the computation for {} failed: {}", loads, failure.getMessage());
            }
        });
        latest = new Computation(loads, Instant.now(), done);
        return latest;
    }

    private void computeAll(List<String> loads) {
        for (CannedQuery query : registry.all()) {
            if (!isAnalytics(query)) {
                continue;
            }
            long started = System.nanoTime();
            Map<String, Object> parameters = new HashMap<>(defaults(query));
            // the whole ranking, so that a request with any limit is a prefix of it
            query.parameter(LIMIT).map(QueryParameter::max).ifPresent(max -> parameters.put(LIMIT, max));
            GraphReads.Answer answer = read(query.cypher(), parameters, computeTimeout);
            synchronized (this) {
                stored.put(query.name(), answer);
            }
            LOG.info("Analytics: {} computed for {} in {} ms ({} rows)", query.name(), answer.loads(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), answer.records().size());
            if (!answer.loads().equals(loads)) {
                return; // the versions changed meanwhile; refresh() starts again for the new ones
            }
        }
    }

    /** The parameters of a request that gives none: the header's defaults, and the vocabulary's lists. */
    private Map<String, Object> defaults(CannedQuery query) {
        return runner.get().parameters(query, Map.of());
    }

    private static Map<String, Object> withoutLimit(Map<String, Object> parameters) {
        Map<String, Object> rest = new HashMap<>(parameters);
        rest.remove(LIMIT);
        return rest;
    }

    private void requireGds(CannedQuery query) {
        Set<String> needed = new LinkedHashSet<>();
        Matcher calls = GDS_CALL.matcher(query.cypher());
        while (calls.find()) {
            needed.add(calls.group(1));
        }
        if (!hasProcedures(needed)) {
            List<String> missing = needed.stream().filter(p -> !procedures.contains(p)).toList();
            throw new GdsNotInstalledException(query.name(), missing);
        }
    }

    /** Whether the database offers these procedures; asks it again while it does not (a plugin can be installed later). */
    private boolean hasProcedures(Set<String> needed) {
        if (procedures.containsAll(needed)) {
            return true;
        }
        try (Session session = driver.session(sessionConfig)) {
            procedures = Set.copyOf(session.executeRead(tx -> tx.run(CypherFiles.read("analytics/gds-procedures.cypher"))
                    .single().get("names").asList(org.neo4j.driver.Value::asString)));
        }
        return procedures.containsAll(needed);
    }

    private Live live() {
        try (Session session = driver.session(sessionConfig)) {
            List<Record> rows = session.executeRead(tx -> tx.run(CypherFiles.read("analytics/live-versions.cypher")).list());
            return new Live(rows.stream().map(r -> r.get("load").asString()).toList(),
                    rows.stream().mapToLong(r -> r.get("statements").asLong()).sum());
        }
    }

    /** Like {@link GraphReads#run}, on every dataset's live version, with its own time limit. */
    private GraphReads.Answer read(String cypher, Map<String, Object> parameters, Duration timeout) {
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
            }, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /**
     * Drops the in-memory graphs of analytics queries that were stopped before they could drop them (on the
     * query time limit), once they are older than any query still allowed to run.
     */
    private void dropLeftovers() {
        long olderThan = queryTimeout.plusSeconds(30).toSeconds();
        List<String> names = new ArrayList<>();
        try (Session session = driver.session(sessionConfig)) {
            session.executeRead(tx -> tx.run(CypherFiles.read("analytics/projections.cypher"), Map.of("olderThanSeconds", olderThan))
                    .list()).stream().filter(r -> r.get("old").asBoolean()).forEach(r -> names.add(r.get("name").asString()));
            for (String name : names) {
                session.executeRead(tx -> tx.run(CypherFiles.read("analytics/drop-projection.cypher"), Map.of("name", name)).consume());
                LOG.info("Analytics: dropped the in-memory graph {} that a stopped query left behind", name);
            }
        }
    }

    @PreDestroy
    void close() {
        computer.shutdownNow();
    }
}
