package org.conflictgraph.statement;

import jakarta.inject.Singleton;
import org.conflictgraph.query.QueryRunner;
import org.conflictgraph.system.NotFoundException;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Statements and the ties they make, answered by the canned queries the API also lists. */
@Singleton
final class Statements {
    private final QueryRunner runner;

    Statements(QueryRunner runner) {
        this.runner = runner;
    }

    /**
     * What does statement {@code id} say, and on what evidence (the sources-for query)? A statement id names one
     * statement in the whole database (the loaders refuse an id another dataset uses); {@code datasets} (may be
     * null) limits the lookup to those datasets.
     */
    StatementDetail detail(String id, String datasets) {
        Map<String, String> raw = new HashMap<>();
        raw.put("statement", id);
        raw.put("datasets", datasets);
        List<Record> records = runner.records("sources-for", raw, "/api/statements", Map.of()).records();
        if (records.isEmpty()) { // the runner answers 404 for an unknown id; here it is in none of those datasets
            throw new NotFoundException("There is no statement \"" + id + "\"" + (datasets == null ? ""
                    : " in the datasets " + datasets + "; GET /api/statements/" + id + " without datasets= finds it"));
        }
        return StatementDetail.from(records.get(0));
    }

    /** How are {@code from} and {@code to} connected (the connection query)? */
    Connection connection(Map<String, String> request) {
        Map<String, String> raw = new HashMap<>();
        request.forEach((k, v) -> {
            if (v != null) {
                raw.put(k, v);
            }
        });
        QueryRunner.RecordPage page = runner.records("connection", raw, "/api/connections", raw);
        return new Connection(raw.get("from"), raw.get("to"), page.records().stream().map(Connection.Route::from).toList(),
                page.page());
    }
}
