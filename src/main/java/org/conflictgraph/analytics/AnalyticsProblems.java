package org.conflictgraph.analytics;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.conflictgraph.system.Problem;

/** The analytics' own problems, as the API's JSON problem bodies. */
final class AnalyticsProblems {
    private AnalyticsProblems() {}

    /** Not a failure of the request or of a busy database: this server lacks a feature the query needs. */
    @Singleton
    @Produces("application/problem+json")
    static final class GdsNotInstalled implements ExceptionHandler<GdsNotInstalledException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, GdsNotInstalledException e) {
            return HttpResponse.<Problem>status(HttpStatus.NOT_IMPLEMENTED)
                    .body(Problem.of(HttpStatus.NOT_IMPLEMENTED, e.getMessage()));
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class StillComputing implements ExceptionHandler<StillComputingException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StillComputingException e) {
            return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, "30");
        }
    }
}
