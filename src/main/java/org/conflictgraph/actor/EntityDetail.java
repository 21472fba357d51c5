package org.conflictgraph.actor;

import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;

/**
 * One entity, its aliases, and how many statements it has of each type in each direction ("out": the
 * entity is the subject), with the vocabulary's wording for that direction.
 */
public record EntityDetail(String id, String name, String type, List<String> aliases, String description,
                           int statements, List<StatementCount> counts) {

    public record StatementCount(String type, String direction, String label, int statements) {}

    static EntityDetail from(Record r, Vocabulary vocabulary) {
        Value e = r.get("entity");
        List<StatementCount> counts = r.get("counts").asList(c -> {
            String type = c.get("type").asString();
            boolean out = "out".equals(c.get("direction").asString());
            String label = vocabulary.relationshipType(type)
                    .map(t -> out ? t.label() : t.inverseLabel()).orElse(type);
            return new StatementCount(type, c.get("direction").asString(), label, c.get("statements").asInt());
        });
        return new EntityDetail(e.get("id").asString(), e.get("name").asString(), e.get("type").asString(),
                e.get("aliases").isNull() ? List.of() : e.get("aliases").asList(Value::asString),
                e.get("description").asString(null),
                counts.stream().mapToInt(StatementCount::statements).sum(), counts);
    }
}
