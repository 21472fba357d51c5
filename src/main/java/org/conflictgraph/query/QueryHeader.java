package org.conflictgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comment header of a canned query file; the format is described in
 * {@code cypher/queries/README.md}. A malformed header is a programming error and fails start-up.
 */
final class QueryHeader {
    private static final Pattern PARAM = Pattern.compile(
            "@param\\s+(\\w+)\\s+(\\w+)(?:\\s+(\\d+)\\.\\.(\\d+))?(?:\\s+(required)|\\s+=\\s*(\\S+))?\\s+(.+)");

    private QueryHeader() {}

    static CannedQuery parse(String name, String text) {
        List<String> header = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("//")) {
                break;
            }
            header.add(line.substring(2).strip());
        }
        if (header.isEmpty() || header.get(0).isEmpty()) {
            throw new IllegalStateException(name + ".cypher: the first line must be a // comment with the query's title");
        }
        String title = header.get(0);
        StringBuilder description = new StringBuilder();
        List<QueryParameter> parameters = new ArrayList<>();
        Map<String, String> example = new LinkedHashMap<>();
        List<CannedQuery.Expectation> expectations = new ArrayList<>();
        boolean stored = false;
        for (String line : header.subList(1, header.size())) {
            if (line.startsWith("@param")) {
                parameters.add(parameter(name, line));
            } else if (line.startsWith("@example")) {
                pairs(name, line.substring("@example".length())).forEach(c -> example.put(c.path(), c.value()));
            } else if (line.startsWith("@expect-first")) {
                expectations.add(new CannedQuery.Expectation(true, pairs(name, line.substring("@expect-first".length()))));
            } else if (line.startsWith("@expect")) {
                expectations.add(new CannedQuery.Expectation(false, pairs(name, line.substring("@expect".length()))));
            } else if (line.equals("@stored")) {
                stored = true;
            } else if (line.startsWith("@")) {
                throw new IllegalStateException(name + ".cypher: unknown header tag in \"" + line + "\"");
            } else if (!line.isEmpty() && parameters.isEmpty() && example.isEmpty()) {
                description.append(description.length() == 0 ? "" : " ").append(line);
            }
        }
        for (String key : example.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalStateException(name + ".cypher: the example sets " + key + ", which is not a @param");
            }
        }
        return new CannedQuery(name, title, description.toString(), List.copyOf(parameters), example,
                List.copyOf(expectations), stored, text);
    }

    private static QueryParameter parameter(String query, String line) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException(query + ".cypher: cannot read \"" + line
                    + "\"; expected @param <name> <type> [min..max] [= default | required] <description>");
        }
        ParameterType type;
        try {
            type = ParameterType.of(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(query + ".cypher: " + e.getMessage() + " in \"" + line + "\"");
        }
        boolean ranged = m.group(3) != null;
        if (type == ParameterType.INTEGER && !ranged) {
            throw new IllegalStateException(query + ".cypher: integer parameter " + m.group(1) + " needs a range such as 1..1000");
        }
        return new QueryParameter(m.group(1), type, m.group(5) != null, m.group(6),
                ranged ? Long.parseLong(m.group(3)) : Long.MIN_VALUE, ranged ? Long.parseLong(m.group(4)) : Long.MAX_VALUE,
                m.group(7).strip());
    }

    private static List<CannedQuery.Condition> pairs(String query, String text) {
        List<CannedQuery.Condition> pairs = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(query + ".cypher: expected name=value, found \"" + token + "\"");
            }
            pairs.add(new CannedQuery.Condition(token.substring(0, eq), token.substring(eq + 1)));
        }
        return pairs;
    }
}
