package org.conflictgraph.query;

import org.conflictgraph.analytics.Analytics;
import org.conflictgraph.precompute.StoredAnswers;
import org.conflictgraph.export.CannedQueryAnswers;
import jakarta.inject.Singleton;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.system.Page;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs canned queries: checks the request's values against the parameters the file declares, runs the
 * file's own text in a read transaction with those values as {@code $parameters}, and returns plain rows.
 * No user-supplied Cypher ever reaches the database.
 */
@Singleton
public final class QueryRunner implements CannedQueryAnswers {
    private static final String LIMIT = "limit";
    private static final String OFFSET = "offset";

    private final GraphReads reads;
    private final Vocabulary vocabulary;
    private final QueryRegistry registry;
    private final Analytics analytics;
    private final StoredAnswers stored;

    QueryRunner(GraphReads reads, Vocabulary vocabulary, QueryRegistry registry, Analytics analytics, StoredAnswers stored) {
        this.reads = reads;
        this.vocabulary = vocabulary;
        this.registry = registry;
        this.analytics = analytics;
        this.stored = stored;
    }

    /** An answer, and when it was computed ahead of time (null when it was read for this request). */
    private record Read(GraphReads.Answer answer, Instant computedAt) {}

    /**
     * Answers the canned query {@code name} for raw request values (parameter name to text).
     * Unknown or malformed values are a {@link org.conflictgraph.system.BadRequestException}; an
     * empty answer for an entity or statement id that does not exist is a {@link NotFoundException}.
     */
    public QueryResult run(String name, Map<String, String> raw) {
        CannedQuery query = registry.get(name);
        Map<String, Object> parameters = parameters(query, raw);
        Paged paged = paged(query, parameters, "/api/queries/" + query.name(), raw);
        List<Map<String, Object>> rows = new ArrayList<>(paged.records().size());
        for (Record record : paged.records()) {
            Map<String, Object> row = new LinkedHashMap<>();
            record.keys().forEach(k -> row.put(k, Values.plain(record.get(k))));
            rows.add(row);
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        parameters.forEach((k, v) -> shown.put(k, Values.plain(v)));
        shown.put("loads", paged.read().answer().loads()); // the dataset versions read: the same $loads runs the file in Neo4j Browser
        Instant computedAt = paged.read().computedAt();
        return new QueryResult(query.name(), shown, paged.read().answer().keys(), rows, paged.page(),
                computedAt == null ? null : computedAt.toString());
    }

    /** One page of driver records and where it sits in the whole answer. */
    public record RecordPage(List<Record> records, Page page) {}

    /**
     * One page of canned query {@code name}'s driver records, for an endpoint that maps them to its own records:
     * the same checks and 404s as {@link #run}, and the page's {@code next} is a request to {@code path} with
     * {@code request} (the endpoint's own parameters) and the next offset.
     */
    public RecordPage records(String name, Map<String, String> raw, String path, Map<String, String> request) {
        CannedQuery query = registry.get(name);
        Paged paged = paged(query, parameters(query, raw), path, request);
        return new RecordPage(paged.records(), paged.page());
    }

    private record Paged(Read read, List<Record> records, Page page) {}

    private Paged paged(CannedQuery query, Map<String, Object> parameters, String path, Map<String, String> request) {
        Long limit = parameters.get(LIMIT) instanceof Long l ? l : null;
        Long offset = parameters.get(OFFSET) instanceof Long o ? o : 0L;
        Map<String, Object> cypher = parameters;
        if (limit != null) {
            // one row more than the page holds tells whether another page follows, without counting them all
            cypher = new LinkedHashMap<>(parameters);
            cypher.put(LIMIT, limit + 1);
        }
        Read read = execute(query, cypher);
        List<Record> records = read.answer().records();
        Page page = limit == null
                ? new Page(0, records.size(), records.size(), (long) records.size(), null, null)
                : Page.of(offset, limit, records.size(),
                        query.parameter(OFFSET).isPresent() ? Page.request(path, request, offset + limit) : null);
        return new Paged(read, records.subList(0, page.returned()), page);
    }

    /** The answer rows, for {@code /api/network?query=name}: the export draws what they name. */
    @Override
    public List<Map<String, Object>> rows(String name, Map<String, String> parameters) {
        return run(name, parameters).rows();
    }

    /**
     * The driver records of canned query {@code name}, for callers that map them to their own records;
     * the same checks and 404s as {@link #run}.
     */
    public List<Record> records(String name, Map<String, String> raw) {
        CannedQuery query = registry.get(name);
        return execute(query, parameters(query, raw)).answer().records();
    }

    private Read execute(CannedQuery query, Map<String, Object> parameters) {
        analytics.requireProcedures(query);
        if (query.stored()) {
            Optional<StoredAnswers.Stored> kept = stored.answer(query.name(), StoredQueries.unpaged(parameters));
            Optional<GraphReads.Answer> page = kept.flatMap(k -> parameters.get(LIMIT) instanceof Long limit
                    ? k.slice(parameters.get(OFFSET) instanceof Long o ? o : 0L, limit) : Optional.of(k.answer()));
            if (page.isPresent()) {
                return new Read(page.get(), kept.get().computedAt());
            }
        }
        GraphReads.Answer result = reads.run(query.cypher(), parameters, datasets(query, parameters));
        if (result.records().isEmpty()) {
            checkIdsExist(query, parameters);
        }
        return new Read(result, null);
    }

    /** The datasets a request narrows {@code $loads} to (empty: every dataset). */
    private static List<String> datasets(CannedQuery query, Map<String, Object> parameters) {
        List<String> datasets = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            if (p.type() == ParameterType.DATASETS && parameters.get(p.name()) instanceof List<?> names) {
                names.forEach(n -> datasets.add(n.toString()));
            }
        }
        return datasets;
    }

    /**
     * The Cypher parameters for a request: declared defaults, then the request's values, all checked; then
     * those the vocabulary gives the analytics queries.
     */
    public Map<String, Object> parameters(CannedQuery query, Map<String, String> raw) {
        for (String key : raw.keySet()) {
            if (query.parameter(key).isEmpty()) {
                throw new BadRequestException(key, "The query " + query.name() + " has no parameter \"" + key
                        + "\"; it takes " + query.parameters().stream().map(QueryParameter::name).toList());
            }
        }
        Map<String, Object> cypher = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters()) {
            String value = raw.get(p.name());
            if (value == null || value.isBlank()) {
                if (p.required()) {
                    throw new BadRequestException(p.name(), "The query " + query.name() + " needs the parameter "
                            + p.name() + " (" + p.type().label() + "): " + p.description());
                }
                value = p.defaultValue();
            }
            cypher.putAll(p.type().toCypher(p, value, vocabulary));
        }
        cypher.putAll(analytics.vocabularyParameters(query));
        return cypher;
    }

    private void checkIdsExist(CannedQuery query, Map<String, Object> parameters) {
        List<String> entities = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            Object value = parameters.get(p.name());
            if (value == null) {
                continue;
            }
            if (p.type() == ParameterType.ENTITY) {
                entities.add(value.toString());
            } else if (p.type() == ParameterType.STATEMENT) {
                boolean exists = reads.records(CypherFiles.read("lookup/statement-exists.cypher"), Map.of("id", value))
                        .get(0).get("exists").asBoolean();
                if (!exists) {
                    throw new NotFoundException("There is no statement \"" + value + "\"");
                }
            }
        }
        if (!entities.isEmpty()) {
            List<String> missing = reads.records(CypherFiles.read("lookup/missing-entities.cypher"), Map.of("ids", entities))
                    .get(0).get("missing").asList(org.neo4j.driver.Value::asString);
            if (!missing.isEmpty()) {
                throw new NotFoundException("There is no entity \"" + String.join("\", \"", missing)
                        + "\"; GET /api/entities?q=... finds entity ids by name");
            }
        }
    }
}
