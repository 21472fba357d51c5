package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

/** What {@code GET /api/queries} says about one canned query, including the Cypher it runs. */
public record QueryDescription(String name, String title, String description, List<Parameter> parameters,
                               Map<String, String> example, String cypher) {

    /** One parameter; {@code min} and {@code max} only for integers. */
    public record Parameter(String name, String type, String defaultValue, boolean required, Long min, Long max,
                            String description) {}

    static QueryDescription of(CannedQuery q) {
        return new QueryDescription(q.name(), q.title(), q.description(),
                q.parameters().stream().map(p -> new Parameter(p.name(), p.type().label(), p.defaultValue(), p.required(),
                        p.type() == ParameterType.INTEGER ? p.min() : null,
                        p.type() == ParameterType.INTEGER ? p.max() : null,
                        p.description())).toList(),
                q.example(), q.cypher());
    }
}
