package org.conflictgraph.query;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.conflictgraph.analytics.Analytics;
import org.conflictgraph.precompute.StoredQuestion;
import org.conflictgraph.precompute.StoredQuestions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canned queries marked {@code @stored}: their default request, computed ahead of time on a large network.
 * The stored answer holds the first {@code max + 1} rows of the header's {@code limit} range, so any page inside
 * them is served from it and the extra row tells whether more follow. Graph analytics come last (they take
 * minutes) and a request for them waits for their computation rather than starting its own.
 */
@Singleton
final class StoredQueries implements StoredQuestions {
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";

    private final QueryRegistry registry;
    private final Provider<QueryRunner> runner;
    private volatile List<StoredQuestion> questions;

    StoredQueries(QueryRegistry registry, Provider<QueryRunner> runner) {
        this.registry = registry;
        this.runner = runner;
    }

    @Override
    public List<StoredQuestion> storedQuestions() {
        if (questions == null) {
            questions = registry.all().stream().filter(CannedQuery::stored)
                    .sorted(Comparator.comparing(Analytics::isAnalytics))
                    .map(this::question).toList();
        }
        return questions;
    }

    private StoredQuestion question(CannedQuery query) {
        Map<String, Object> paging = new HashMap<>();
        query.parameter(LIMIT).ifPresent(p -> paging.put(LIMIT, p.max() + 1));
        query.parameter(OFFSET).ifPresent(p -> paging.put(OFFSET, 0L));
        return new StoredQuestion(query.name(), query.cypher(), unpaged(runner.get().parameters(query, Map.of())), paging,
                Analytics.isAnalytics(query));
    }

    /** A request's parameters without its page: what decides whether the stored answer is its answer. */
    static Map<String, Object> unpaged(Map<String, Object> parameters) {
        Map<String, Object> rest = new HashMap<>(parameters);
        rest.remove(LIMIT);
        rest.remove(OFFSET);
        return rest;
    }
}
