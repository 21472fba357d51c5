package org.conflictgraph.statement;

import jakarta.inject.Singleton;
import org.conflictgraph.query.QueryRunner;
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

    /** What does statement {@code id} say, and on what evidence (the sources-for query)? */
    StatementDetail detail(String id) {
        List<Record> records = runner.records("sources-for", Map.of("statement", id), "/api/statements", Map.of()).records();
        return StatementDetail.from(records.get(0)); // the runner answers 404 when nothing matched
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
