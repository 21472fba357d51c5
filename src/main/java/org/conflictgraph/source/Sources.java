package org.conflictgraph.source;

import jakarta.inject.Singleton;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.system.Queries;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The documents the statements are taken from, and the numbered references those documents cite. */
@Singleton
final class Sources {
    private final Driver driver;
    private final QueryConfig readConfig;
    private final Vocabulary vocabulary;

    Sources(Driver driver, Neo4jConfiguration config, Vocabulary vocabulary) {
        this.driver = driver;
        this.readConfig = Queries.readConfig(config);
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
        return driver.executableQuery(CypherFiles.read("source/sources.cypher")).withParameters(params)
                .withConfig(readConfig).execute().records().stream().map(Source::from).toList();
    }

    /** What is source {@code id}, who cites it and what does it cite? */
    SourceDetail detail(String id) {
        List<Record> records = driver.executableQuery(CypherFiles.read("source/source.cypher"))
                .withParameters(Map.of("id", id)).withConfig(readConfig).execute().records();
        if (records.isEmpty()) {
            throw new NotFoundException("There is no source \"" + id + "\"; GET /api/sources lists them");
        }
        return SourceDetail.from(records.get(0));
    }
}
