package org.conflictgraph.actor;

import org.conflictgraph.statement.Statement;
import org.neo4j.driver.Record;

import org.conflictgraph.system.Page;

import java.util.List;

/**
 * One page of an entity's statements in date order, undated last; {@code direction} "out" means the entity is
 * the subject. {@code page} says where the page sits (see README, "Paging").
 */
public record Timeline(String entity, List<Entry> statements, Page page) {

    public record Entry(String direction, Statement statement) {
        static Entry from(Record r) {
            return new Entry(r.get("direction").asString(), Statement.from(r.get("statement")));
        }
    }
}
