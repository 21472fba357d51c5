package org.conflictgraph.export;

import org.conflictgraph.statement.Statement;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

import java.util.Map;

/**
 * The whole network as it streams from the database, in one read transaction: the nodes
 * ({@code network/network.cypher}), then the statements ({@code network/network-statements.cypher}), each
 * record mapped and handed on as the driver fetches it, so neither the database nor the service holds the
 * network. The node query starts in the constructor, so a database that is down or a refused query fails
 * before the response has begun, where it can still be a problem response.
 */
final class DatabaseNetwork implements NetworkSource {
    private final GraphReads.StreamingRead read;
    private final Map<String, Object> parameters;
    private final Result nodes;

    DatabaseNetwork(GraphReads.StreamingRead read, Map<String, Object> parameters) {
        this.read = read;
        this.parameters = parameters;
        this.nodes = read.run(CypherFiles.read("network/network.cypher"), parameters);
    }

    @Override
    public void nodes(NodeSink sink) throws java.io.IOException {
        while (nodes.hasNext()) {
            Record row = nodes.next();
            Value start = row.get("start");
            sink.node(Network.Node.from(row.get("node")), start.isNull() ? null : start.asLocalDate());
        }
    }

    @Override
    public void statements(StatementSink sink) throws java.io.IOException {
        Result statements = read.run(CypherFiles.read("network/network-statements.cypher"), parameters);
        while (statements.hasNext()) {
            sink.statement(Statement.from(statements.next().get("statement")));
        }
    }
}
