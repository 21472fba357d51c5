package org.conflictgraph.actor;

import org.conflictgraph.statement.Statement;
import org.neo4j.driver.Record;

import java.util.List;

/** An entity's statements in date order, undated last; {@code direction} "out" means the entity is the subject. */
public record Timeline(String entity, List<Entry> statements) {

    public record Entry(String direction, Statement statement) {
        static Entry from(Record r) {
            return new Entry(r.get("direction").asString(), Statement.from(r.get("statement")));
        }
    }
}
