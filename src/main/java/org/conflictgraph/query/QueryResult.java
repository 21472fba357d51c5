package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to one canned query: its name, the Cypher parameters it ran with, the column names and
 * one map per row (dates as ISO strings).
 */
public record QueryResult(String query, Map<String, Object> parameters, List<String> columns,
                          List<Map<String, Object>> rows) {}
