package org.conflictgraph.source;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A source as the list shows it: a document, or a numbered reference ({@code parent} and {@code ref})
 * that a document cites; {@code statements} is how many statements quote it.
 */
public record Source(String id, String kind, String title, String publisher, String published, String url,
                     String parent, String ref, int statements) {

    static Source from(Record r) {
        Value s = r.get("source");
        return new Source(s.get("id").asString(), s.get("kind").asString(null), s.get("title").asString(null),
                s.get("publisher").asString(null), s.get("published").asString(null), s.get("url").asString(null),
                s.get("parent").asString(null), s.get("ref").asString(null), r.get("statements").asInt());
    }
}
