package org.conflictgraph.statement;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;

/**
 * One statement with its evidence: the source document it was taken from, the numbered references of
 * that document it cites (outlet, title, date), its excerpt, and the dataset it belongs to.
 */
public record StatementDetail(Statement statement, Document document, List<Reference> references, String excerpt,
                              String dataset) {

    public record Document(String id, String kind, String title, String publisher, String published, String url) {}

    public record Reference(String id, String ref, String title, String publisher, String published, String url) {}

    static StatementDetail from(Record r) {
        Value d = r.get("document");
        return new StatementDetail(Statement.from(r.get("statement")),
                new Document(d.get("id").asString(), d.get("kind").asString(null), d.get("title").asString(null),
                        d.get("publisher").asString(null), d.get("published").asString(null), d.get("url").asString(null)),
                r.get("references").asList(x -> new Reference(x.get("id").asString(), x.get("ref").asString(null),
                        x.get("title").asString(null), x.get("publisher").asString(null),
                        x.get("published").asString(null), x.get("url").asString(null))),
                r.get("excerpt").asString(null), r.get("dataset").asString(null));
    }
}
