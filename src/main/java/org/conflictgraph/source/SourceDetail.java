package org.conflictgraph.source;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;

/**
 * One source with its note and file, the document that cites it, the references it cites in number order, how
 * many statements quote it, and the dataset it belongs to.
 */
public record SourceDetail(String id, String kind, String title, String publisher, String published, String url,
                           String file, String note, Citing citedBy, String ref, List<Reference> references,
                           int statements, String dataset) {

    public record Citing(String id, String title) {}

    public record Reference(String id, String ref, String title, String publisher, String published, String url) {}

    static SourceDetail from(Record r) {
        Value s = r.get("source");
        Value c = r.get("citedBy");
        return new SourceDetail(s.get("id").asString(), s.get("kind").asString(null), s.get("title").asString(null),
                s.get("publisher").asString(null), s.get("published").asString(null), s.get("url").asString(null),
                s.get("file").asString(null), s.get("note").asString(null),
                c.isNull() ? null : new Citing(c.get("id").asString(), c.get("title").asString(null)),
                s.get("ref").asString(null),
                r.get("references").asList(x -> new Reference(x.get("id").asString(), x.get("ref").asString(null),
                        x.get("title").asString(null), x.get("publisher").asString(null),
                        x.get("published").asString(null), x.get("url").asString(null))),
                r.get("statements").asInt(), r.get("dataset").asString(null));
    }
}
