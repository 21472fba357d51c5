package org.conflictgraph.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.conflictgraph.system.Problem;

/**
 * Not a failure of the request or of a busy database: this server lacks Graph Data Science, which the query
 * needs. 501, as the API's JSON problem body.
 */
@Singleton
@Produces("application/problem+json")
final class AnalyticsProblems implements ExceptionHandler<GdsNotInstalledException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, GdsNotInstalledException e) {
        return Problem.response(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
    }
}
