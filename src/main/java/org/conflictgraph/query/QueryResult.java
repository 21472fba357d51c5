package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to one canned query: its name, the Cypher parameters it ran with, the column names, one
 * map per row (dates as ISO strings), and where the rows sit in the whole answer ({@link Page}).
 */
public record QueryResult(String query, Map<String, Object> parameters, List<String> columns,
                          List<Map<String, Object>> rows, Page page) {}
