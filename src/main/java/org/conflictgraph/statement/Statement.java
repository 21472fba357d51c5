package org.conflictgraph.statement;

import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.List;

/**
 * One sourced statement as every API response carries it. A query returns it as a map
 * {id, type, subject: {id, name, type}, object: {...}, date, dateEnd, datePrecision, status,
 * claimedBy: {...} or null, source: {id, title}, ref, excerpt, place: {...} or null, note}.
 */
public record Statement(String id, String type, EntityRef subject, EntityRef object, LocalDate date, LocalDate dateEnd,
                        String datePrecision, String status, EntityRef claimedBy, SourceRef source, List<String> ref,
                        String excerpt, EntityRef place, String note) {

    public record EntityRef(String id, String name, String type) {}

    public record SourceRef(String id, String title) {}

    /** Maps the map a query returns for a statement. */
    public static Statement from(Value v) {
        return new Statement(
                v.get("id").asString(),
                v.get("type").asString(),
                entity(v.get("subject")),
                entity(v.get("object")),
                v.get("date").isNull() ? null : v.get("date").asLocalDate(),
                v.get("dateEnd").isNull() ? null : v.get("dateEnd").asLocalDate(),
                v.get("datePrecision").asString(null),
                v.get("status").asString(),
                entity(v.get("claimedBy")),
                v.get("source").isNull() ? null : new SourceRef(v.get("source").get("id").asString(), v.get("source").get("title").asString(null)),
                v.get("ref").isNull() ? List.of() : v.get("ref").asList(Value::asString),
                v.get("excerpt").asString(null),
                entity(v.get("place")),
                v.get("note").asString(null));
    }

    static EntityRef entity(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new EntityRef(v.get("id").asString(), v.get("name").asString(null), v.get("type").asString(null));
    }
}
