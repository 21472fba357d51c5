package org.conflictgraph.source;

import jakarta.inject.Singleton;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The documents the statements are taken from, and the numbered references those documents cite. */
@Singleton
final class Sources {
    private final GraphReads reads;
    private final Vocabulary vocabulary;

    Sources(GraphReads reads, Vocabulary vocabulary) {
        this.reads = reads;
        this.vocabulary = vocabulary;
    }

    /** Which sources are there (optionally of one kind), documents first, each followed by its references? */
    List<Source> list(String kind, int limit) {
        if (kind != null && !vocabulary.sourceKinds().contains(kind)) {
            throw new BadRequestException("kind", "kind \"" + kind + "\" is unknown; expected one of " + vocabulary.sourceKinds());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("limit", limit);
        return reads.records(CypherFiles.read("source/sources.cypher"), params).stream().map(Source::from).toList();
    }

    /** What is source {@code id}, who cites it and what does it cite? */
    SourceDetail detail(String id) {
        List<Record> records = reads.records(CypherFiles.read("source/source.cypher"), Map.of("id", id));
        if (records.isEmpty()) {
            throw new NotFoundException("There is no source \"" + id + "\"; GET /api/sources lists them");
        }
        return SourceDetail.from(records.get(0));
    }
}
