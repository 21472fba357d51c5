package org.conflictgraph.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

/** One statement with its evidence, and the connections between two actors. */
@Controller("/api")
@Tag(name = "Statements")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatementController {
    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    @Get("/statements/{id}")
    @Operation(summary = "One statement with its source document, the numbered references it cites, its excerpt and its dataset",
            description = "A statement id names one statement in the whole database; datasets= limits the lookup "
                    + "to those datasets (404 when the statement is in another).")
    StatementDetail statement(@PathVariable String id, @Nullable @QueryValue String datasets) {
        return statements.detail(id, datasets);
    }

    @Get("/connections")
    @Operation(summary = "How two actors are connected: shortest routes up to maxHops (at most 6), every hop with its statements; filtered by asOf, mode, statuses, types and datasets")
    Connection connection(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                          @Nullable @QueryValue String maxHops, @Nullable @QueryValue String asOf,
                          @Nullable @QueryValue String mode, @Nullable @QueryValue String statuses,
                          @Nullable @QueryValue String types, @Nullable @QueryValue String datasets,
                          @Nullable @QueryValue String offset, @Nullable @QueryValue String limit) {
        Map<String, String> raw = new HashMap<>();
        raw.put("from", from);
        raw.put("to", to);
        raw.put("maxHops", maxHops);
        raw.put("asOf", asOf);
        raw.put("mode", mode);
        raw.put("statuses", statuses);
        raw.put("types", types);
        raw.put("datasets", datasets);
        raw.put("offset", offset);
        raw.put("limit", limit);
        return statements.connection(raw);
    }
}
