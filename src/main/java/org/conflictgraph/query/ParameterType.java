package org.conflictgraph.query;

import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.Limits;
import org.conflictgraph.vocabulary.Vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types a canned query's header can give a parameter (see {@code cypher/queries/README.md}).
 * Each type checks a raw request value and turns it into the Cypher parameter(s) it stands for.
 */
public enum ParameterType {
    STRING, ENTITY, STATEMENT, INTEGER, DATE, MODE, STATUSES, TYPES, DATASETS;

    private static final int MAX_TEXT = 200;

    static ParameterType of(String name) {
        return switch (name) {
            case "string" -> STRING;
            case "entity" -> ENTITY;
            case "statement" -> STATEMENT;
            case "integer" -> INTEGER;
            case "date" -> DATE;
            case "mode" -> MODE;
            case "statuses" -> STATUSES;
            case "types" -> TYPES;
            case "datasets" -> DATASETS;
            default -> throw new IllegalArgumentException("unknown parameter type \"" + name + "\"");
        };
    }

    /** The name used in query headers and in the API's description of a parameter. */
    public String label() {
        return name().toLowerCase();
    }

    /** True for the list types, whose absent value is the empty list ("all"). */
    boolean isList() {
        return this == STATUSES || this == TYPES || this == DATASETS;
    }

    /**
     * The Cypher parameters for one raw value ({@code null} when absent). Throws
     * {@link BadRequestException} when the value does not fit the type.
     */
    Map<String, Object> toCypher(QueryParameter p, String raw, Vocabulary vocabulary) {
        Map<String, Object> out = new LinkedHashMap<>();
        // strip, not trim: trim() would also remove control characters such as %00 and read them as "absent"
        String value = raw == null || raw.isBlank() ? null : raw.strip();
        switch (this) {
            // an id that names nothing is a 404, found out once the query comes back empty
            case STRING, ENTITY, STATEMENT -> {
                if (value != null && value.length() > MAX_TEXT) {
                    throw new BadRequestException(p.name(), p.name() + " is longer than " + MAX_TEXT + " characters");
                }
                out.put(p.name(), value);
            }
            case INTEGER -> {
                Long number = value == null ? null : Limits.wholeNumber(p.name(), value, p.min(), p.max());
                out.put(p.name(), number);
            }
            case DATE -> out.put(p.name(), StatementFilter.asOf(value));
            case MODE -> out.put(p.name(), StatementFilter.mode(value));
            case STATUSES -> out.put(p.name(), StatementFilter.statuses(vocabulary, value));
            case TYPES -> {
                out.put("entityTypes", StatementFilter.entityTypes(vocabulary, value));
                out.put("relationshipTypes", StatementFilter.relationshipTypes(vocabulary, value));
            }
            // not read by the Cypher: it narrows $loads to these datasets' live versions (QueryRunner, GraphReads)
            case DATASETS -> out.put(p.name(), StatementFilter.datasets(value));
        }
        return out;
    }

    /** The Cypher parameter names this type sets for a parameter called {@code name}. */
    List<String> cypherNames(String name) {
        return this == TYPES ? List.of("entityTypes", "relationshipTypes") : List.of(name);
    }
}
