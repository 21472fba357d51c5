package org.conflictgraph.precompute;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.conflictgraph.system.Problem;

/** A stored answer still being computed: 503 with Retry-After, as the API's JSON problem body. */
@Singleton
@Produces("application/problem+json")
final class StoredAnswerProblems implements ExceptionHandler<StillComputingException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StillComputingException e) {
        return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()).header(HttpHeaders.RETRY_AFTER, "30");
    }
}
