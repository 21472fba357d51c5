package org.conflictgraph.export;

import jakarta.inject.Singleton;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads networks from the database with the {@code cypher/network/*.cypher} files. */
@Singleton
public final class NetworkQueries {
    private final GraphReads reads;

    NetworkQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The whole network: every statement that passes the filter, and the entities it connects. */
    public Network whole(StatementFilter filter) {
        return network(run("network/network.cypher", filter.parameters(), filter.datasets()).orElseThrow());
    }

    /** Who is within {@code depth} hops of an entity, and every statement among them; empty if unknown. */
    public Optional<Network> around(String entityId, int depth, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("around", entityId);
        p.put("depth", depth);
        return run("network/ego-network.cypher", p, filter.datasets()).map(NetworkQueries::network);
    }

    /** The subgraph an answer names: those statements (if they pass the filter), their ends, and those entities. */
    public Network subgraph(Collection<String> statementIds, Collection<String> entityIds, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("statementIds", List.copyOf(statementIds));
        p.put("entityIds", List.copyOf(entityIds));
        return network(run("network/subgraph.cypher", p, filter.datasets()).orElseThrow());
    }

    /** Every day a statement starts or ends on, in order: the stops of the web view's time slider. */
    public List<LocalDate> dates() {
        return run("network/legend.cypher", Map.of(), List.of()).orElseThrow().get("dates").asList(Value::asLocalDate);
    }

    private Optional<Record> run(String file, Map<String, Object> parameters, List<String> datasets) {
        return reads.run(CypherFiles.read(file), parameters, datasets).records().stream().findFirst();
    }

    private static Network network(Record row) {
        return Network.from(row.get("nodes"), row.get("statements"));
    }
}
