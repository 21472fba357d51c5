package org.conflictgraph.actor;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;

/** One search hit: the entity, whether the query is its exact name or one of its aliases, and the index score. */
public record EntityMatch(String id, String name, String type, List<String> aliases, String description,
                          boolean exactName, boolean exactAlias, double score) {

    static EntityMatch from(Record r) {
        Value e = r.get("entity");
        return new EntityMatch(e.get("id").asString(), e.get("name").asString(), e.get("type").asString(),
                e.get("aliases").isNull() ? List.of() : e.get("aliases").asList(Value::asString),
                e.get("description").asString(null),
                r.get("exactName").asBoolean(), r.get("exactAlias").asBoolean(),
                Math.round(r.get("score").asDouble() * 1000) / 1000.0);
    }
}
