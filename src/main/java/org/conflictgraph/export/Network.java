package org.conflictgraph.export;

import org.conflictgraph.statement.Statement;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drawable network: entities as nodes, and every statement between them as its own edge, so two
 * sources' statements about the same pair (one confirmed, one denied) stay two edges.
 */
public record Network(List<Node> nodes, List<Statement> statements) {

    /** An entity as a node. */
    public record Node(String id, String name, String type, List<String> aliases, String description) {

        static Node from(Value v) {
            return new Node(v.get("id").asString(), v.get("name").asString(null), v.get("type").asString(null),
                    v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                    v.get("description").asString(null));
        }
    }

    /** Maps the one row a {@code cypher/network/*.cypher} query returns: {nodes, statements}. */
    static Network from(Value nodes, Value statements) {
        return new Network(nodes.asList(Node::from), statements.asList(Statement::from));
    }

    /** Each node's first day, for nodes whose every statement is dated (see {@link NetworkSource.NodeSink}). */
    Map<String, LocalDate> starts() {
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, Boolean> allDated = new HashMap<>();
        for (Statement s : statements) {
            for (String id : new String[] {s.subject().id(), s.object().id()}) {
                allDated.merge(id, s.date() != null, Boolean::logicalAnd);
                if (s.date() != null) {
                    first.merge(id, s.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        first.keySet().removeIf(id -> !allDated.get(id));
        return first;
    }

    /**
     * The network as a JGraphT multigraph: directed, with parallel edges and self-loops allowed, which
     * is what JGraphT's exporters write from.
     */
    public Graph<Node, Statement> graph() {
        Graph<Node, Statement> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
            graph.addVertex(node);
        }
        for (Statement s : statements) {
            graph.addEdge(byId.get(s.subject().id()), byId.get(s.object().id()), s);
        }
        return graph;
    }
}
