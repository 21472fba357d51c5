package org.conflictgraph.source;

import jakarta.inject.Singleton;
import org.conflictgraph.precompute.StoredAnswers;
import org.conflictgraph.precompute.StoredQuestion;
import org.conflictgraph.precompute.StoredQuestions;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.ConflictException;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.Limits;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.system.Page;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the statements are taken from, and the numbered references those documents cite. Counting
 * the statements that quote each source reads every statement, so on a large network the list of every kind
 * is stored per set of live versions ({@link StoredAnswers}) and pages are served from it.
 */
@Singleton
final class Sources implements StoredQuestions {
    private static final String NAME = "sources";

    private final GraphReads reads;
    private final Vocabulary vocabulary;
    private final StoredAnswers stored;

    Sources(GraphReads reads, Vocabulary vocabulary, StoredAnswers stored) {
        this.reads = reads;
        this.vocabulary = vocabulary;
        this.stored = stored;
    }

    /** One page of the list, and where it sits in the whole list. */
    record SourcePage(List<Source> sources, Page page) {}

    /**
     * Every page a request may ask for: sources are documents and their references, tens of thousands at most
     * (9,619 beside a million statements), so the whole list is stored.
     */
    @Override
    public List<StoredQuestion> storedQuestions() {
        return List.of(new StoredQuestion(NAME, CypherFiles.read("source/sources.cypher"), filter(null),
                Map.of("offset", 0L, "limit", Limits.MAX_OFFSET + Limits.MAX_LIMIT + 1), false));
    }

    /** Which sources are there (optionally of one kind), documents first, each followed by its references? */
    SourcePage list(String kind, long offset, int limit) {
        if (kind != null && !vocabulary.sourceKinds().contains(kind)) {
            throw new BadRequestException("kind", "kind \"" + kind + "\" is unknown; expected one of " + vocabulary.sourceKinds());
        }
        // one row more than the page holds tells whether another page follows
        List<Record> records = stored.answer(NAME, filter(kind)).flatMap(s -> s.slice(offset, limit + 1L))
                .map(GraphReads.Answer::records)
                .orElseGet(() -> {
                    Map<String, Object> params = filter(kind);
                    params.put("offset", offset);
                    params.put("limit", limit + 1L);
                    return reads.records(CypherFiles.read("source/sources.cypher"), params);
                });
        Map<String, String> request = new LinkedHashMap<>();
        Optional.ofNullable(kind).ifPresent(k -> request.put("kind", k));
        request.put("limit", Integer.toString(limit));
        Page page = Page.of(offset, limit, records.size(), Page.request("/api/sources", request, offset + limit));
        return new SourcePage(records.subList(0, page.returned()).stream().map(Source::from).toList(), page);
    }

    private static Map<String, Object> filter(String kind) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        return params;
    }

    /**
     * What is source {@code id}, who cites it and what does it cite? Ids are unique within a dataset: {@code datasets}
     * (may be null) picks the dataset when several use the id, which is otherwise a 409.
     */
    SourceDetail detail(String id, String datasets) {
        List<Record> records = reads.run(CypherFiles.read("source/source.cypher"), Map.of("id", id),
                StatementFilter.datasets(datasets)).records();
        if (records.isEmpty()) {
            throw new NotFoundException("There is no source \"" + id + "\"" + (datasets == null || datasets.isBlank()
                    ? "" : " in the datasets " + datasets) + "; GET /api/sources lists them");
        }
        if (records.size() > 1) { // one row per dataset that uses the id
            List<String> names = records.stream().map(r -> r.get("dataset").asString("")).toList();
            throw new ConflictException("The source id \"" + id + "\" is used by " + names.size() + " datasets ("
                    + String.join(", ", names) + "); ask for one of them, e.g. /api/sources/" + id + "?datasets=" + names.get(0));
        }
        return SourceDetail.from(records.get(0));
    }
}
