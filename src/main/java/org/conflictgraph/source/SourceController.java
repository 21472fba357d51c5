package org.conflictgraph.source;

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

/** The sources behind the statements. */
@Controller("/api/sources")
@Tag(name = "Sources")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SourceController {
    private final Sources sources;

    SourceController(Sources sources) {
        this.sources = sources;
    }

    @Get
    @Operation(summary = "Every source document and cited reference, with how many statements quote it, a page at a time",
            description = "The body is the page's array; X-Total-Count (last page) or X-Total-At-Least and a Link "
                    + "rel=\"next\" header say where it sits in the whole list.")
    HttpResponse<List<Source>> list(@Nullable @QueryValue String kind, @QueryValue(defaultValue = "0") String offset,
                                    @QueryValue(defaultValue = "1000") String limit) {
        Sources.SourcePage page = sources.list(kind == null || kind.isBlank() ? null : kind.trim(),
                Limits.wholeNumber("offset", offset, 0, Limits.MAX_OFFSET), Limits.parse(limit));
        return PageHeaders.ok(page.sources(), page.page());
    }

    @Get("/{id}")
    @Operation(summary = "One source: who cites it, what it cites, how many statements quote it, its dataset",
            description = "Source ids are unique within a dataset. When several loaded datasets use the id, "
                    + "datasets= names the one to show; without it the answer is 409, listing them.")
    SourceDetail detail(@PathVariable String id, @Nullable @QueryValue String datasets) {
        return sources.detail(id, datasets);
    }
}
