package org.conflictgraph.export;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statement and entity ids somewhere in a query's answer, however deeply its rows nest them
 * (paths of hops, lists of backers). A statement is a map with {@code id}, {@code subject} and
 * {@code object} (the shape every API response uses) or a driver relationship; an entity is a map with
 * {@code id}, {@code name} and {@code type}, or a driver node.
 */
public record AnswerIds(Set<String> statementIds, Set<String> entityIds) {

    public static AnswerIds in(List<Map<String, Object>> rows) {
        AnswerIds ids = new AnswerIds(new LinkedHashSet<>(), new LinkedHashSet<>());
        rows.forEach(ids::collect);
        return new AnswerIds(Set.copyOf(ids.statementIds), Set.copyOf(ids.entityIds));
    }

    private void collect(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object id = map.get("id");
            if (id instanceof String s && map.containsKey("subject") && map.containsKey("object")) {
                statementIds.add(s);
            } else if (id instanceof String s && map.containsKey("name") && map.containsKey("type")) {
                entityIds.add(s);
            }
            map.values().forEach(this::collect);
        } else if (value instanceof Path p) {
            // before Iterable: a path iterates as segments
            p.relationships().forEach(this::collect);
            p.nodes().forEach(this::collect);
        } else if (value instanceof Iterable<?> list) {
            list.forEach(this::collect);
        } else if (value instanceof Relationship r && r.containsKey("id")) {
            statementIds.add(r.get("id").asString());
        } else if (value instanceof Node n && n.hasLabel("Entity")) {
            entityIds.add(n.get("id").asString());
        }
    }
}
