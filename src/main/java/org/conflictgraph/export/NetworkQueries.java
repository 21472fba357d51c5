package org.conflictgraph.export;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import jakarta.inject.Singleton;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads networks from the database with the {@code cypher/network/*.cypher} files. */
@Singleton
public final class NetworkQueries {
    /** The deepest {@code around=} network (statements away from the entity); the legend tells the page. */
    public static final int MAX_DEPTH = 4;

    private static final Logger LOG = LoggerFactory.getLogger(NetworkQueries.class);

    private final GraphReads reads;
    private final Vocabulary vocabulary;
    private final ExecutorService background;
    private final Duration readAheadTimeout;
    private final boolean readAhead;

    NetworkQueries(GraphReads reads, Vocabulary vocabulary, @Named(TaskExecutors.IO) ExecutorService background,
                   @io.micronaut.context.annotation.Value("${conflictgraph.export.timeout:15m}") Duration readAheadTimeout,
                   @io.micronaut.context.annotation.Value("${conflictgraph.export.read-ahead:true}") boolean readAhead) {
        this.reads = reads;
        this.vocabulary = vocabulary;
        this.background = background;
        // one scan of every statement, kept afterwards: it gets the exports' time limit, not the questions'
        this.readAheadTimeout = readAheadTimeout;
        this.readAhead = readAhead;
    }

    /**
     * The whole network, every statement that passes the filter and the entities it connects, as it streams
     * from an open read transaction with the export time limit. Unknown datasets, a database that is down and
     * a refused query fail here; the caller closes the returned read once the network has been written.
     */
    public Whole whole(StatementFilter filter, Duration timeout) {
        GraphReads.StreamingRead read = reads.stream(filter.datasets(), timeout);
        try {
            return new Whole(read, new DatabaseNetwork(read, filter.parameters()));
        } catch (RuntimeException e) {
            read.close();
            throw e;
        }
    }

    /** A whole network being read, and the read transaction to close after it. */
    public record Whole(GraphReads.StreamingRead read, NetworkSource network) implements AutoCloseable {
        @Override
        public void close() {
            read.close();
        }
    }

    /** An ego network, or how many entities it would have had when that is more than the cap. */
    public record Around(Network network, long tooMany) {}

    /**
     * Who is within {@code depth} hops of an entity, and every statement among them; empty if unknown. The
     * answer is held in memory, so it is capped: past {@code maxEntities} entities it holds no network, only
     * how many entities the walk had reached when it stopped (more than the cap).
     */
    public Optional<Around> around(String entityId, int depth, int maxEntities, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("around", entityId);
        p.put("depth", depth);
        p.put("maxEntities", maxEntities);
        return run("network/ego-network.cypher", p, filter.datasets()).map(row -> row.get("tooMany").asBoolean()
                ? new Around(null, row.get("reached").asLong())
                : new Around(network(row), 0));
    }

    /** The subgraph an answer names: those statements (if they pass the filter), their ends, and those entities. */
    public Network subgraph(Collection<String> statementIds, Collection<String> entityIds, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("statementIds", List.copyOf(statementIds));
        p.put("entityIds", List.copyOf(entityIds));
        return network(run("network/subgraph.cypher", p, filter.datasets()).orElseThrow());
    }

    /**
     * Once the HTTP server is up (not in the command line, which must not start a database): has the database
     * plan the whole-network queries (a read that starts them and ends at once), so that the first export's first
     * byte does not wait for planning (seconds at a million statements). The slider's days are the view's
     * ({@code view/ViewWarmUp}).
     */
    @EventListener
    void readAhead(ServerStartupEvent started) {
        if (!readAhead) {
            return;
        }
        background.execute(() -> {
            try {
                try (Whole whole = whole(StatementFilter.parse(vocabulary, null, null, null, null, null), readAheadTimeout)) {
                    whole.read().run(CypherFiles.read("network/network-statements.cypher"),
                            StatementFilter.parse(vocabulary, null, null, null, null, null).parameters());
                }
            } catch (RuntimeException e) {
                // the database is down or busy: the requests themselves will say so
                LOG.debug("Could not read ahead: {}", e.getMessage());
            }
        });
    }

    private Optional<Record> run(String file, Map<String, Object> parameters, List<String> datasets) {
        return reads.run(CypherFiles.read(file), parameters, datasets).records().stream().findFirst();
    }

    private static Network network(Record row) {
        return Network.from(row.get("nodes"), row.get("statements"));
    }
}
