package org.conflictgraph.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The canned queries over HTTP: the list, and one query run with the request's query parameters. */
@Controller("/api/queries")
@Tag(name = "Canned queries")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class QueryController {
    private final QueryRegistry registry;
    private final QueryRunner runner;

    QueryController(QueryRegistry registry, QueryRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    @Get
    @Operation(summary = "Every canned query, with its parameters and the Cypher it runs")
    List<QueryDescription> list() {
        return registry.all().stream().map(QueryDescription::of).toList();
    }

    @Get("/{name}")
    @Operation(summary = "Runs one canned query; its parameters (see GET /api/queries) come as query parameters",
            description = "Repeated parameters are joined with commas, so statuses=a&statuses=b equals statuses=a,b.")
    QueryResult run(@PathVariable String name, HttpRequest<?> request) {
        Map<String, String> raw = new LinkedHashMap<>();
        request.getParameters().forEach((key, values) -> raw.put(key, String.join(",", values)));
        return runner.run(name, raw);
    }
}
