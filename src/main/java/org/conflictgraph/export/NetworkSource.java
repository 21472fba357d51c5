package org.conflictgraph.export;

import org.conflictgraph.statement.Statement;
import org.jgrapht.Graph;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * A network as the export formats read it: its nodes, then its statements, each handed over one at a time,
 * each read once. A bounded network (an ego network, a query's answer) is a {@link Network} in memory, read
 * through its JGraphT graph; the whole network is read from the database as it streams
 * ({@link NetworkQueries#whole}), so no format ever holds it all. Every format writes both the same way.
 */
public interface NetworkSource {

    /** Hands every node to {@code sink}, in order. */
    void nodes(NodeSink sink) throws IOException;

    /** Hands every statement to {@code sink}, in order; called after {@link #nodes}. */
    void statements(StatementSink sink) throws IOException;

    /**
     * Receives a node, with {@code start}: its first statement's first day when every one of its statements is
     * dated, else null (it exists throughout). GEXF makes it the node's start on Gephi's timeline.
     */
    @FunctionalInterface
    interface NodeSink {
        void node(Network.Node node, LocalDate start) throws IOException;
    }

    @FunctionalInterface
    interface StatementSink {
        void statement(Statement statement) throws IOException;
    }

    /** A network in memory, in the order of its JGraphT graph (its own order: nodes by id, statements by id). */
    static NetworkSource of(Network network) {
        Graph<Network.Node, Statement> graph = network.graph();
        Map<String, LocalDate> starts = network.starts();
        return new NetworkSource() {
            @Override
            public void nodes(NodeSink sink) throws IOException {
                for (Network.Node node : graph.vertexSet()) {
                    sink.node(node, starts.get(node.id()));
                }
            }

            @Override
            public void statements(StatementSink sink) throws IOException {
                for (Statement s : graph.edgeSet()) {
                    sink.statement(s);
                }
            }
        };
    }
}
