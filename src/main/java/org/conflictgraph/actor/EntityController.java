package org.conflictgraph.actor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.HttpResponse;
import org.conflictgraph.system.Limits;
import org.conflictgraph.system.PageHeaders;

import java.util.List;

/** Entities: search by name, one entity, one entity's timeline. */
@Controller("/api/entities")
@Tag(name = "Entities")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EntityController {
    private final Entities entities;

    EntityController(Entities entities) {
        this.entities = entities;
    }

    @Get
    @Operation(summary = "Search entities by name or alias (any case, accents, Persian script, small misspellings), a page at a time",
            description = "The body is the page's array; X-Total-Count (last page) or X-Total-At-Least and a Link "
                    + "rel=\"next\" header say where it sits among all the matches.")
    HttpResponse<List<EntityMatch>> search(@Nullable @QueryValue String q, @Nullable @QueryValue String type,
                                           @QueryValue(defaultValue = "0") String offset,
                                           @QueryValue(defaultValue = "20") String limit) {
        Entities.SearchPage page = entities.search(q, type, Limits.wholeNumber("offset", offset, 0, Limits.MAX_OFFSET),
                Limits.parse(limit));
        return PageHeaders.ok(page.matches(), page.page());
    }

    @Get("/{id}")
    @Operation(summary = "One entity with its aliases and statement counts by type and direction")
    EntityDetail detail(@PathVariable String id) {
        return entities.detail(id);
    }

    @Get("/{id}/timeline")
    @Operation(summary = "One entity's statements in date order, undated last")
    Timeline timeline(@PathVariable String id, @Nullable @QueryValue String asOf, @Nullable @QueryValue String mode,
                      @Nullable @QueryValue String statuses, @Nullable @QueryValue String types,
                      @Nullable @QueryValue String datasets, @Nullable @QueryValue String offset,
                      @Nullable @QueryValue String limit) {
        return entities.timeline(id, asOf, mode, statuses, types, datasets, offset, limit);
    }
}
