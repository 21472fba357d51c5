package org.conflictgraph.query;

import org.conflictgraph.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the canned queries as a Neo4j Browser guide ({@code :play <url>}): one slide per query with
 * its description, a runnable block that sets its parameters with {@code :param} (the header's example
 * values, else its defaults), and a runnable block holding the file's Cypher, word for word.
 */
final class BrowserGuide {
    private BrowserGuide() {}

    static String render(List<CannedQuery> queries, QueryRunner runner) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>Conflict Graph: canned questions</h3>\n")
                .append("<p>Each of the following slides is one question the REST API answers at ")
                .append("<code>GET /api/queries/{name}</code>. Run the <code>:param</code> block first, then the query; ")
                .append("change the parameters to ask about other actors, dates or claim statuses. To read only some ")
                .append("datasets (<code>datasets=</code> in the API), name them in <code>datasets</code> before ")
                .append("<code>loads</code> is set: <code>").append(escape(":param datasets => ['panjshir'];"))
                .append("</code>, then <code>").append(escape(":param " + LOADS + ";")).append("</code>.</p>\n<ol>\n");
        for (CannedQuery q : queries) {
            html.append("<li><b>").append(escape(q.name())).append("</b>: ").append(escape(q.title())).append("</li>\n");
        }
        html.append("</ol>\n</div>\n</slide>\n");
        for (CannedQuery q : queries) {
            html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n")
                    .append("<h3>").append(escape(q.title())).append("</h3>\n")
                    .append("<p><code>").append(escape(q.name())).append("</code>: ").append(escape(q.description())).append("</p>\n")
                    .append("<ul>\n");
            for (QueryParameter p : q.parameters()) {
                html.append("<li><code>").append(escape(p.name())).append("</code> (").append(p.type().label())
                        .append(p.required() ? ", required" : "").append("): ").append(escape(p.description())).append("</li>\n");
            }
            html.append("</ul>\n")
                    .append("<pre class=\"code runnable\">").append(escape(params(q, runner))).append("</pre>\n")
                    .append("<pre class=\"code runnable\">").append(escape(q.cypher().strip())).append("</pre>\n")
                    .append("</div>\n</slide>\n");
        }
        html.append("</carousel>\n</article>\n");
        return html.toString();
    }

    /** One {@code :param name => literal} line per Cypher parameter, with the example's values. */
    static String params(CannedQuery q, QueryRunner runner) {
        Map<String, Object> values = new LinkedHashMap<>(runner.parameters(q, q.example()));
        // datasets is not a Cypher parameter: it selects the versions in $loads
        List<String> datasets = new ArrayList<>();
        for (QueryParameter p : q.parameters()) {
            if (p.type() == ParameterType.DATASETS && values.remove(p.name()) instanceof List<?> names) {
                names.forEach(n -> datasets.add(n.toString()));
            }
        }
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append(":param ").append(name).append(" => ").append(literal(value)).append(";\n"));
        // the live versions of the chosen datasets (all when none is named), read by the server when the block runs
        // (cypher/system/live-loads.cypher)
        out.append(":param datasets => ").append(literal(datasets)).append(";\n");
        out.append(":param ").append(LOADS).append(";\n");
        return out.toString().strip();
    }

    /** The {@code $loads} every query takes: the live version of each dataset named in {@code $datasets}, or of all. */
    static final String LOADS = "loads => COLLECT { MATCH (d:Dataset) WHERE size($datasets) = 0 OR d.name IN $datasets RETURN d.live }";

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof LocalDate date) {
            return "date('" + date + "')";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BrowserGuide::literal).reduce((a, b) -> a + ", " + b)
                    .map(s -> "[" + s + "]").orElse("[]");
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
