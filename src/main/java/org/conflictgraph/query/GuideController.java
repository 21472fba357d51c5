package org.conflictgraph.query;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The Neo4j Browser guide of the canned queries: {@code :play http://localhost:8080/guides/queries.html}.
 * Browser fetches it cross-origin; the CORS configuration in application.yml allows loopback origins.
 */
@Controller("/guides")
@Tag(name = "Canned queries")
final class GuideController {
    private final String guide;

    GuideController(QueryRegistry registry, QueryRunner runner) {
        this.guide = BrowserGuide.render(registry.all(), runner);
    }

    @Get("/queries.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A Neo4j Browser guide with every canned query as a runnable block, parameters preset")
    String queries() {
        return guide;
    }
}
