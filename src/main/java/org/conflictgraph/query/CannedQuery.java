package org.conflictgraph.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file of {@code cypher/queries}: its header, read by {@link QueryHeader}, and its full text, which
 * is exactly what the API runs.
 *
 * @param example       the request parameters of the header's {@code @example}
 * @param expectations  what the example's answer holds ({@code @expect} / {@code @expect-first})
 * @param stored        whether its answer to the default request is computed ahead of time on a large network
 *                      ({@code @stored}; see {@link org.conflictgraph.precompute.StoredAnswers})
 */
public record CannedQuery(String name, String title, String description, List<QueryParameter> parameters,
                          Map<String, String> example, List<Expectation> expectations, boolean stored,
                          String cypher) {

    /** Some row (or, with {@code firstRow}, the first row) in which every condition holds. */
    public record Expectation(boolean firstRow, List<Condition> conditions) {}

    /** A dotted path through a row's columns and map keys, and the value found there. */
    public record Condition(String path, String value) {}

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
