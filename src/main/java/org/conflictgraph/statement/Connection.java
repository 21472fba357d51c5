package org.conflictgraph.statement;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.conflictgraph.system.Page;

import java.util.List;

/**
 * How two actors are connected: the shortest routes between them, each a list of hops, and for every
 * hop each statement that links its two ends, with its source and excerpt; {@code page} says where the routes
 * sit among all of them (see README, "Paging").
 */
public record Connection(String from, String to, List<Route> routes, Page page) {

    public record Route(List<Statement.EntityRef> actors, int length, List<Hop> hops) {
        static Route from(Record r) {
            return new Route(r.get("actors").asList(Statement::entity), r.get("length").asInt(),
                    r.get("hops").asList(Hop::from));
        }
    }

    public record Hop(Statement.EntityRef from, Statement.EntityRef to, List<Statement> statements) {
        static Hop from(Value v) {
            return new Hop(Statement.entity(v.get("from")), Statement.entity(v.get("to")),
                    v.get("statements").asList(Statement::from));
        }
    }
}
