package org.conflictgraph.query;

import org.conflictgraph.system.Page;

import java.util.List;
import java.util.Map;

/**
 * The answer to one canned query: its name, the Cypher parameters it ran with, the column names, one
 * map per row (dates as ISO strings), and where the rows sit in the whole answer ({@link Page}).
 *
 * @param computedAt when the answer was computed ahead of time for the live dataset versions ({@code @stored}
 *                   queries on a large network; see README, "Stored answers"); null when it was read for this request
 */
public record QueryResult(String query, Map<String, Object> parameters, List<String> columns,
                          List<Map<String, Object>> rows, Page page, String computedAt) {}
