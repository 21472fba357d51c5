package org.conflictgraph.analytics;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.conflictgraph.precompute.StoredQuestions;
import org.conflictgraph.query.CannedQuery;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The graph analytics: the canned queries that call Graph Data Science ({@code key-brokers}, {@code communities},
 * {@code influence}). They say {@code @stored} in their headers, so on a large network their default answers
 * are computed ahead of time ({@link org.conflictgraph.precompute.StoredAnswers}); this class checks that the
 * database has the procedures a query calls, gives the queries the vocabulary's lists, and drops in-memory
 * graphs that queries stopped by the time limit left behind.
 */
@Singleton
public final class Analytics implements StoredQuestions {
    private static final Logger LOG = LoggerFactory.getLogger(Analytics.class);
    private static final Pattern GDS_CALL = Pattern.compile("CALL\\s+(gds\\.[A-Za-z0-9_.]+)\\s*\\(");

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Duration queryTimeout;
    private final Vocabulary vocabulary;
    private volatile Set<String> procedures = Set.of();
    /** The Graph Data Science procedures each canned query calls, read off its text once. */
    private final Map<String, Set<String>> calls = new java.util.concurrent.ConcurrentHashMap<>();

    Analytics(Driver driver, Neo4jConfiguration config, Vocabulary vocabulary) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.builder().withDatabase(config.getDatabase())
                .withDefaultAccessMode(AccessMode.READ).build();
        this.queryTimeout = config.getQueryTimeout();
        this.vocabulary = vocabulary;
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
     * Throws {@link GdsNotInstalledException} when {@code query} calls Graph Data Science procedures the database
     * lacks; does nothing for any other query.
     */
    public void requireProcedures(CannedQuery query) {
        Set<String> needed = calls.computeIfAbsent(query.name(), name -> {
            Set<String> found = new LinkedHashSet<>();
            Matcher m = GDS_CALL.matcher(query.cypher());
            while (m.find()) {
                found.add(m.group(1));
            }
            return Set.copyOf(found);
        });
        if (!needed.isEmpty() && !hasProcedures(needed)) {
            List<String> missing = needed.stream().filter(p -> !procedures.contains(p)).toList();
            throw new GdsNotInstalledException(query.name(), missing);
        }
    }

    /** The analytics' questions are canned queries, stored as the others are: none of their own. */
    @Override
    public List<org.conflictgraph.precompute.StoredQuestion> storedQuestions() {
        return List.of();
    }

    /**
     * After each look at the live versions: drops the in-memory graphs of analytics queries that were stopped
     * before they could drop them (on the query time limit), once they are older than any query still allowed
     * to run. Does nothing on a database without Graph Data Science.
     */
    @Override
    public void afterCheck() {
        if (!hasProcedures(Set.of("gds.graph.list"))) {
            return;
        }
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
}
