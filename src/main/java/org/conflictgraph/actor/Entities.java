package org.conflictgraph.actor;

import jakarta.inject.Singleton;
import org.conflictgraph.query.QueryRunner;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.system.Page;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questions about single entities: finding one by name, describing one, and its timeline. */
@Singleton
final class Entities {
    private final GraphReads reads;
    private final Vocabulary vocabulary;
    private final QueryRunner runner;

    Entities(GraphReads reads, Vocabulary vocabulary, QueryRunner runner) {
        this.reads = reads;
        this.vocabulary = vocabulary;
        this.runner = runner;
    }

    /**
     * Which entities does {@code q} name? Matches names and aliases ignoring case and accents, in Latin
     * or Persian script, with small misspellings, titles, possessives, plurals, generic place words and
     * acronym variants; an exact name ranks first, then an exact alias, then a name or alias spelt
     * differently, then one the query contains, then the rest by score (see {@code actor/search.cypher}).
     */
    SearchPage search(String q, String type, long offset, int limit) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", "q is required: the name to search for");
        }
        if (EntitySearch.words(q).isEmpty()) {
            throw new BadRequestException("q", "q \"" + q + "\" has no letters or digits to search for");
        }
        List<String> types = type == null || type.isBlank() ? List.of() : List.of(type.trim());
        for (String t : types) {
            if (vocabulary.entityType(t).isEmpty()) {
                throw new BadRequestException("type", "type \"" + t + "\" is unknown; expected one of " + vocabulary.entityTypeNames());
            }
        }
        // one row more than the page holds tells whether another page follows
        Map<String, Object> params = Map.of("lucene", EntitySearch.lucene(q), "folded", EntitySearch.folded(q),
                "key", EntitySearch.key(q), "keyWords", EntitySearch.keyWords(q), "types", types,
                "offset", offset, "limit", limit + 1L);
        List<Record> records = reads.records(CypherFiles.read("actor/search.cypher"), params);
        Map<String, String> request = new LinkedHashMap<>();
        request.put("q", q);
        if (!types.isEmpty()) {
            request.put("type", types.get(0));
        }
        request.put("limit", Integer.toString(limit));
        Page page = Page.of(offset, limit, records.size(), Page.request("/api/entities", request, offset + limit));
        return new SearchPage(records.subList(0, page.returned()).stream().map(EntityMatch::from).toList(), page);
    }

    /** One page of search results, and where it sits among them all. */
    record SearchPage(List<EntityMatch> matches, Page page) {}

    /** What is entity {@code id}, and how many statements of each kind does it take part in? */
    EntityDetail detail(String id) {
        List<Record> records = reads.records(CypherFiles.read("actor/entity.cypher"), Map.of("id", id));
        if (records.isEmpty()) {
            throw new NotFoundException("There is no entity \"" + id + "\"; GET /api/entities?q=... finds entity ids by name");
        }
        return EntityDetail.from(records.get(0), vocabulary);
    }

    /** What happened to entity {@code id}, in date order (the actor-timeline canned query). */
    Timeline timeline(String id, String asOf, String mode, String statuses, String types, String datasets,
                      String offset, String limit) {
        Map<String, String> raw = new HashMap<>();
        raw.put("actor", id);
        putIfPresent(raw, "asOf", asOf);
        putIfPresent(raw, "mode", mode);
        putIfPresent(raw, "statuses", statuses);
        putIfPresent(raw, "types", types);
        putIfPresent(raw, "datasets", datasets);
        putIfPresent(raw, "offset", offset);
        putIfPresent(raw, "limit", limit);
        Map<String, String> request = new LinkedHashMap<>(raw);
        request.remove("actor");
        QueryRunner.RecordPage page = runner.records("actor-timeline", raw,
                "/api/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/timeline", request);
        if (page.records().isEmpty()) {
            detail(id); // 404 when the entity does not exist; otherwise simply nothing passed the filters
        }
        return new Timeline(id, page.records().stream().map(Timeline.Entry::from).toList(), page.page());
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
