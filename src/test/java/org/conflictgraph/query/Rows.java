package org.conflictgraph.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks a canned query header's {@code @expect} lines against the rows the API returned. */
final class Rows {
    private Rows() {}

    static boolean holds(List<Map<String, Object>> rows, CannedQuery.Expectation expectation) {
        List<Map<String, Object>> candidates = expectation.firstRow() ? rows.stream().limit(1).toList() : rows;
        return candidates.stream().anyMatch(row -> expectation.conditions().stream()
                .allMatch(c -> matches(row, c.path().split("\\."), 0, c.value())));
    }

    /** Walks the path through maps; on a list, any element may match the rest of the path. */
    static boolean matches(Object node, String[] path, int at, String expected) {
        if (node instanceof Collection<?> list) {
            return list.stream().anyMatch(item -> matches(item, path, at, expected));
        }
        if (at == path.length) {
            return node != null && text(node).equals(expected);
        }
        return node instanceof Map<?, ?> map && matches(map.get(path[at]), path, at + 1, expected);
    }

    private static String text(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }
}
